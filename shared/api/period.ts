// Months and periods, as every CDD call and workbook states them (months are stored "YYYY-MM").
import { z } from 'zod';

/** A calendar month "YYYY-MM" (months are stored that way). */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Indiquez un mois au format AAAA-MM (par exemple 2025-01).');
/** Inclusive range of months. */
export const periodSchema = z
  .object({ from: monthSchema, to: monthSchema })
  .refine((period) => period.from <= period.to, 'Le premier mois de la période doit précéder le dernier.');
export type PeriodInput = z.infer<typeof periodSchema>;
