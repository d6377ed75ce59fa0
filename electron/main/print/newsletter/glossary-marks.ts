import type { RichTextNode } from '../../../../shared/api/rich-text';
import { acronymPattern } from '../../store/newsletters/glossary';

/**
 * Marks the first use of each glossary acronym with « * » (as the association's letters do:
 * « l’URIOPSS* »), in reading order across the sections. Returns new documents; `marked` keeps
 * the acronyms already marked from one section to the next.
 */
export function markFirstUses(doc: RichTextNode, acronyms: string[], marked: Set<string>): RichTextNode {
  const visit = (node: RichTextNode): RichTextNode => {
    if (node.type === 'text' && node.text) {
      let text = node.text;
      for (const acronym of acronyms) {
        if (marked.has(acronym)) continue;
        const match = acronymPattern(acronym).exec(text);
        if (!match) continue;
        const end = match.index + acronym.length;
        text = `${text.slice(0, end)}*${text.slice(end)}`;
        marked.add(acronym);
      }
      return { ...node, text };
    }
    return node.content ? { ...node, content: node.content.map(visit) } : node;
  };
  return visit(doc);
}
