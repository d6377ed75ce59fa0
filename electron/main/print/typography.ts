/**
 * French print wants the typographic apostrophe (’): the reference names (« L'Aigle »,
 * « CU d'Alençon ») and what people type come with the straight one. Between two letters a
 * straight apostrophe is always an apostrophe, so it is safe to replace there, except in an
 * address (« o'brien@exemple.fr », a URL), which must stay as typed.
 */
const betweenLetters = /(\p{L})(?:'|&#x27;|&#39;)(?=\p{L})/gu;
const isAddress = (word: string) => word.includes('@') || word.includes('://');

export function frenchApostrophes(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) => (isAddress(word) ? word : word.replace(betweenLetters, '$1’')))
    .join('');
}

/** The same over rendered HTML: in the text only, never inside a tag (attributes, links stay as they are). */
export function frenchApostrophesInHtml(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : frenchApostrophes(part)))
    .join('');
}
