import type { RichText, RichTextNode } from '../../../../shared/api/rich-text';

/**
 * Cleans a rich text before it is stored: only the nodes, marks and attributes the editor makes
 * survive (anything else — a pasted <script>, an onerror= or style= attribute, an unknown node
 * carrying raw HTML — is dropped), links keep only http, https and mailto addresses, and images only
 * point at an image stored in the file (`passerelles-image:<id>`), never at the web.
 * The HTML made from it is cleaned again by sanitize-html when it is rendered (render.ts).
 */
const blockNodes = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'horizontalRule', 'image']);
const inlineNodes = new Set(['text', 'hardBreak']);
const markTypes = new Set(['bold', 'italic', 'underline', 'strike', 'link']);

export const storedImagePrefix = 'passerelles-image:';
export const isSafeHref = (href: unknown): href is string => typeof href === 'string' && /^(https?:\/\/|mailto:)[^\s"'<>]+$/i.test(href.trim());
export const storedImageId = (src: unknown): number | null => {
  const match = typeof src === 'string' ? /^passerelles-image:(\d+)$/.exec(src) : null;
  return match ? Number(match[1]) : null;
};

function cleanMarks(marks: RichTextNode['marks']): RichTextNode['marks'] {
  const kept: NonNullable<RichTextNode['marks']> = [];
  for (const mark of marks ?? []) {
    if (!markTypes.has(mark.type)) continue;
    if (mark.type === 'link') {
      if (isSafeHref(mark.attrs?.href)) kept.push({ type: 'link', attrs: { href: String(mark.attrs.href).trim() } });
      continue;
    }
    kept.push({ type: mark.type });
  }
  return kept.length > 0 ? kept : undefined;
}

function cleanAttrs(node: RichTextNode): Record<string, unknown> | undefined | null {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'heading':
      return { level: attrs.level === 3 ? 3 : 2 };
    case 'orderedList':
      return { start: Number.isInteger(attrs.start) && (attrs.start as number) > 0 ? attrs.start : 1 };
    case 'image': {
      const imageId = storedImageId(attrs.src);
      if (imageId === null) return null; // a remote or inline image: dropped
      const alt = typeof attrs.alt === 'string' ? attrs.alt.slice(0, 300) : '';
      return { src: `${storedImagePrefix}${imageId}`, alt, title: null };
    }
    default:
      return undefined;
  }
}

function cleanNode(node: RichTextNode, isInline: boolean): RichTextNode | null {
  if (node.type === 'text') {
    if (!isInline || typeof node.text !== 'string' || node.text === '') return null;
    const marks = cleanMarks(node.marks);
    return marks ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text };
  }
  const allowed = isInline ? inlineNodes : blockNodes;
  if (!allowed.has(node.type)) return null;
  const attrs = cleanAttrs(node);
  if (attrs === null) return null;
  const result: RichTextNode = { type: node.type };
  if (attrs) result.attrs = attrs;
  if (node.type === 'hardBreak' || node.type === 'horizontalRule' || node.type === 'image') return result;
  const childrenInline = node.type === 'paragraph' || node.type === 'heading';
  const content = (node.content ?? []).map((child) => cleanNode(child, childrenInline)).filter((child): child is RichTextNode => child !== null);
  if (node.type === 'listItem' && content.length === 0) content.push({ type: 'paragraph' });
  if ((node.type === 'bulletList' || node.type === 'orderedList') && content.length === 0) return null;
  if (content.length > 0) result.content = content;
  return result;
}

export function cleanRichText(doc: RichText): RichText {
  const content = doc.type === 'doc' ? (doc.content ?? []).map((node) => cleanNode(node, false)).filter((node): node is RichTextNode => node !== null) : [];
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

/** The text of a rich text, for searching acronyms and for previews. */
export function plainText(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  const inner = (node.content ?? []).map(plainText).join(node.type === 'doc' ? '\n' : '');
  return blockNodes.has(node.type) ? `${inner}\n` : inner;
}
