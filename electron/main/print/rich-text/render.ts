import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import sanitizeHtml from 'sanitize-html';
import type { RichText } from '../../../../shared/api/rich-text';
import { cleanRichText, storedImageId } from './clean';
import { richTextExtensions } from './extensions';

/** What printed rich text may contain once rendered: the editor's own tags, nothing else. */
const printedHtml: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'br', 'hr', 'strong', 'em', 'u', 's', 'a', 'img', 'sup'],
  allowedAttributes: { a: ['href'], img: ['src', 'alt'], ol: ['start'], sup: ['class'] },
  allowedClasses: { sup: ['glossary-mark'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['data'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** Stored images by id, as data: URLs (image/png, image/jpeg…). */
export type ImageSource = (id: number) => string | null;

/** Only data:image URLs of the four stored types may reach the page. */
const isImageDataUrl = (src: string) => /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]+$/.test(src);

/**
 * Rich text → HTML for a printed document, in the main process: cleaned again (a stored text from
 * an older version is not trusted either), rendered by @tiptap/static-renderer, stored images put
 * in place as data: URLs, then sanitised by sanitize-html.
 */
export function richTextToHtml(doc: RichText, images: ImageSource = () => null): string {
  const clean = cleanRichText(doc);
  const html = renderToHTMLString({ extensions: richTextExtensions, content: clean });
  const withImages = html.replace(/<img([^>]*?)src="([^"]*)"([^>]*)>/g, (_all, before: string, src: string, after: string) => {
    const imageId = storedImageId(src);
    const dataUrl = imageId === null ? null : images(imageId);
    return dataUrl && isImageDataUrl(dataUrl) ? `<img${before}src="${dataUrl}"${after}>` : '';
  });
  return sanitizeHtml(withImages, printedHtml);
}

/** sanitize-html with the printed-document rules, for HTML built elsewhere (glossary marks). */
export const sanitizePrinted = (html: string) => sanitizeHtml(html, printedHtml);
