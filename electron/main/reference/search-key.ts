/**
 * The form names are compared in: no accents, no case, hyphens and apostrophes as spaces,
 * "St"/"Ste" as "Saint"/"Sainte" — so "st germain du corbeis" finds "Saint-Germain-du-Corbéis".
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[-'’‘`_.,/()]/g, ' ')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .replace(/\s+/g, ' ')
    .trim();
}
