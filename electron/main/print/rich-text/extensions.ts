import Image from '@tiptap/extension-image';
import StarterKit from '@tiptap/starter-kit';

/**
 * The rich text the editor writes and the documents print: paragraphs, headings (2–3), lists,
 * quotes, bold / italic / underline, links, line breaks and images stored in the file. The renderer's
 * editor uses the same list (renderer/src/components/rich-text/extensions.ts).
 */
export const richTextExtensions = [
  StarterKit.configure({ code: false, codeBlock: false, heading: { levels: [2, 3] }, link: { openOnClick: false, autolink: true } }),
  Image.configure({ inline: false, allowBase64: false }),
];
