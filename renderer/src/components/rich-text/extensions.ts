import Image from '@tiptap/extension-image';
import StarterKit from '@tiptap/starter-kit';

/** Stored images as data: URLs, by id: the editor shows `passerelles-image:<id>` through this map. */
export const imageSources = new Map<number, string>();

/** An image whose src stays `passerelles-image:<id>` in the JSON, displayed from the file's copy. */
const StoredImage = Image.extend({
  renderHTML({ HTMLAttributes }) {
    const src = String(HTMLAttributes.src ?? '');
    const match = /^passerelles-image:(\d+)$/.exec(src);
    const shown = match ? (imageSources.get(Number(match[1])) ?? '') : '';
    return ['img', { ...HTMLAttributes, src: shown, 'data-stored': src }];
  },
  parseHTML() {
    return [{ tag: 'img[data-stored]', getAttrs: (element) => ({ src: (element as HTMLElement).getAttribute('data-stored'), alt: (element as HTMLElement).getAttribute('alt') }) }];
  },
});

/** The same rich text as the main process prints (electron/main/print/rich-text/extensions.ts). */
export const richTextExtensions = [
  StarterKit.configure({ code: false, codeBlock: false, heading: { levels: [2, 3] }, link: { openOnClick: false, autolink: true } }),
  StoredImage.configure({ inline: false, allowBase64: false }),
];
