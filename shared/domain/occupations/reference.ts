import { z } from 'zod';
import { occupationFamilyCodes } from './families';

/**
 * One occupation of the reference list shipped in resources/occupations/sector-occupations.json,
 * loaded into each new association file (then editable there).
 */
export const occupationReferenceSchema = z.object({
  /** Stable identifier, a French kebab-case slug ("agent-service-hospitalier"): never changes once shipped, data rows point to it. */
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  label: z.string().min(1),
  /** ROME 4.0 code (e.g. "J1301"), null for a sector job with no precise code. */
  romeCode: z.string().regex(/^[A-N]\d{4}$/).nullable(),
  /** The code's parent among the historic ROME codes (from rome-codes-v460.csv). */
  romeParent: z.string().regex(/^[A-N]\d{4}$/).nullable(),
  family: z.enum(occupationFamilyCodes),
  /** Job titles typed in workbooks: the sector's own words and acronyms ("ASH", "agent de service"). */
  synonyms: z.array(z.string().min(1)),
  /** ROME appellations (job titles) of the code that mean this occupation, masculine and feminine forms. */
  romeAppellations: z.array(z.string().min(1)),
});
export type OccupationReference = z.infer<typeof occupationReferenceSchema>;

export const occupationReferenceFileSchema = z.object({
  source: z.string(),
  romeVersion: z.string(),
  occupations: z.array(occupationReferenceSchema),
  /** Every ROME code of a regulated profession (`emploi_reglemente` = O): never pooled with another occupation. */
  regulatedRomeCodes: z.array(z.string().regex(/^[A-N]\d{4}$/)).default([]),
});
export type OccupationReferenceFile = z.infer<typeof occupationReferenceFileSchema>;

/** Everything that names the occupation, for the matcher: synonyms first (the sector's words), then ROME's. */
export const namesOf = (occupation: Pick<OccupationReference, 'synonyms' | 'romeAppellations'>) => [...occupation.synonyms, ...occupation.romeAppellations];
