/**
 * The order of a French list of names: accents and case aside (« Établissement » among the E,
 * not after Z as SQLite's byte order puts it), numbers as numbers (« Structure 2 » before
 * « Structure 10 »). For the printed lists and the choices built from them.
 */
const frenchNames = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

export const compareFrenchNames = (a: string, b: string) => frenchNames.compare(a, b);
