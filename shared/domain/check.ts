/** The outcome of checking what a person typed: the normalised value, or a French sentence saying what to type. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

export const accepted = <T>(value: T): Checked<T> => ({ ok: true, value });
export const refused = <T = never>(message: string): Checked<T> => ({ ok: false, message });

/** Spaces of every kind (including the narrow no-break space French typing inserts) and the usual separators. */
export const stripSeparators = (raw: string) => raw.replace(/[\s\u00a0\u202f.\-/_]/g, '');
