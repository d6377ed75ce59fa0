// The layout shared by the collection workbook (what goes out) and the import (what comes back):
// one place, so a returned file is read with the same column meanings it was written with.
import type { CddColumn } from '../../../../shared/api/cdd';
import { cddReasons } from '../../../../shared/domain/cdd-reasons';

export const collectionKind = 'cdd-collection';
/** Bump when the data sheet's columns change; the import reads every version it knows. */
export const collectionTemplateVersion = 1;

export const sheetNames = { instructions: 'Mode d’emploi', data: 'CDD', lists: 'Listes', meta: '_meta' } as const;

/** Data sheet columns, in order (1-based positions follow). */
export const dataColumns = [
  { field: 'structureName', header: 'Structure', width: 34 },
  { field: 'month', header: 'Mois (MM/AAAA)', width: 16 },
  { field: 'occupation', header: 'Métier', width: 46 },
  { field: 'contracts', header: 'Nombre de CDD', width: 16 },
  { field: 'hours', header: 'Heures travaillées', width: 18 },
  { field: 'reason', header: 'Motif principal', width: 36 },
] as const satisfies readonly { field: CddColumn; header: string; width: number }[];

export const templateMapping = Object.fromEntries(dataColumns.map((column, index) => [column.field, index + 1])) as Record<CddColumn, number>;

export const reasonLabels: string[] = Object.values(cddReasons);

/** Keys of the _meta sheet (column A), values in column B. */
export type CollectionMeta = {
  kind: string;
  templateVersion: number;
  associationName: string;
  /** The association file's creation stamp: tells two associations with the same name apart. */
  associationCreatedAt: string;
  structureId: number;
  structureName: string;
  periodStart: string;
  periodEnd: string;
  preparedAt: string;
};

/** "2025-03" → "03/2025", as members read and type months. */
export const monthText = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
