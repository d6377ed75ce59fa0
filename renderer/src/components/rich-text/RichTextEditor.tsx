import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { RichText } from '../../../../shared/api/rich-text';
import { richTextExtensions } from './extensions';
import './rich-text.css';

type Props = {
  /** Accessible name of the text area, e.g. « Texte de la charte ». */
  label: string;
  value: RichText;
  onChange: (value: RichText) => void;
  readOnly?: boolean;
  /** Adds an image the person picks (stored in the file); resolves to its id, or null if cancelled. */
  onAddImage?: () => Promise<number | null>;
};

/** TipTap 3: paragraphs, headings, lists, quotes, bold / italic / underline, links, stored images. */
export function RichTextEditor({ label, value, onChange, readOnly, onAddImage }: Props) {
  const editor = useEditor({
    extensions: richTextExtensions,
    content: value,
    editable: !readOnly,
    editorProps: { attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', class: 'rich-text-area' } },
    onUpdate: ({ editor: current }) => onChange(current.getJSON() as RichText),
  });
  useEffect(() => {
    editor.setEditable(!readOnly);
  }, [editor, readOnly]);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
      h2: current.isActive('heading', { level: 2 }),
      h3: current.isActive('heading', { level: 3 }),
      bullet: current.isActive('bulletList'),
      ordered: current.isActive('orderedList'),
      quote: current.isActive('blockquote'),
      link: current.isActive('link'),
    }),
  });
  const chain = () => editor.chain().focus();
  // Electron has no window.prompt: the address is typed in the toolbar itself.
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const isLinkValid = linkDraft !== null && (linkDraft.trim() === '' || /^(https?:\/\/|mailto:)\S+$/i.test(linkDraft.trim()));
  const applyLink = () => {
    if (linkDraft === null || !isLinkValid) return;
    if (linkDraft.trim() === '') chain().unsetLink().run();
    else chain().extendMarkRange('link').setLink({ href: linkDraft.trim() }).run();
    setLinkDraft(null);
  };
  const addLink = () => setLinkDraft(String(editor.getAttributes('link').href ?? 'https://'));
  const buttons: { key: string; label: string; text: string; active: boolean; run: () => void }[] = [
    { key: 'bold', label: 'Gras', text: 'G', active: state.bold, run: () => chain().toggleBold().run() },
    { key: 'italic', label: 'Italique', text: 'I', active: state.italic, run: () => chain().toggleItalic().run() },
    { key: 'underline', label: 'Souligné', text: 'S', active: state.underline, run: () => chain().toggleUnderline().run() },
    { key: 'h2', label: 'Titre', text: 'Titre', active: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'h3', label: 'Sous-titre', text: 'Sous-titre', active: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: 'bullet', label: 'Liste à puces', text: 'Liste', active: state.bullet, run: () => chain().toggleBulletList().run() },
    { key: 'ordered', label: '1. Liste numérotée', text: '1. Liste', active: state.ordered, run: () => chain().toggleOrderedList().run() },
    { key: 'quote', label: 'Citation', text: '« Citation »', active: state.quote, run: () => chain().toggleBlockquote().run() },
    { key: 'link', label: 'Lien', text: 'Lien', active: state.link, run: addLink },
  ];
  return (
    <div className={readOnly ? 'rich-text rich-text-readonly' : 'rich-text'}>
      {readOnly ? null : (
        <div className="rich-text-toolbar" role="toolbar" aria-label={`Mise en forme : ${label}`}>
          {buttons.map((button) => (
            <button key={button.key} type="button" aria-label={button.label} aria-pressed={button.active} className={button.active ? 'active' : undefined} onClick={button.run}>
              {button.text}
            </button>
          ))}
          {onAddImage ? (
            <button
              type="button"
              onClick={async () => {
                const id = await onAddImage();
                if (id !== null) chain().setImage({ src: `passerelles-image:${id}`, alt: '' }).run();
              }}
            >
              Image…
            </button>
          ) : null}
          {linkDraft !== null ? (
            <span className="rich-text-link">
              <input
                type="url"
                aria-label="Adresse du lien (https://… ou mailto:…), vide pour enlever le lien"
                value={linkDraft}
                autoFocus
                onChange={(event) => setLinkDraft(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    applyLink();
                  } else if (event.key === 'Escape') {
                    event.stopPropagation();
                    setLinkDraft(null);
                  }
                }}
              />
              <button type="button" disabled={!isLinkValid} onClick={applyLink}>
                Appliquer
              </button>
            </span>
          ) : null}
        </div>
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
