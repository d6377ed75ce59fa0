import ExcelJS from 'exceljs';
import { renameSync, rmSync } from 'node:fs';
import type { AdRow, CandidateRow, PlaceRow } from '../../../shared/api/exchange';
import { adStatuses, contractKinds, mobilities, placeStatuses } from '../../../shared/domain/exchange';
import { addSheet, isoToDate, yesNo, type Column } from './register-export';
import { savedOrExplained } from './saved-or-explained';

const adColumns: Column<AdRow>[] = [
  { header: 'Structure', width: 36, kind: 'text', value: (a) => a.structureName },
  { header: 'Poste', width: 32, kind: 'text', value: (a) => a.title },
  { header: 'Métier', width: 30, kind: 'text', value: (a) => a.occupationLabel },
  { header: 'Contrat', width: 20, kind: 'text', value: (a) => contractKinds[a.contract] },
  { header: 'Heures par semaine', width: 12, kind: 'decimal', value: (a) => a.hoursPerWeek },
  { header: 'Début', width: 12, kind: 'date', value: (a) => isoToDate(a.startsOn) },
  { header: 'Fin', width: 12, kind: 'date', value: (a) => isoToDate(a.endsOn) },
  { header: 'Lieu', width: 22, kind: 'text', value: (a) => a.communeName },
  { header: 'État', width: 10, kind: 'text', value: (a) => adStatuses[a.status] },
  { header: 'Publiée le', width: 12, kind: 'date', value: (a) => isoToDate(a.publishedOn) },
  { header: 'Description', width: 50, kind: 'text', value: (a) => a.description },
];

// Only what the candidate agreed to pass on: how to reach them, where and what they would work.
// The CV itself stays in the coordinator's file; the sheet says whether one can be sent.
const candidateColumns: Column<CandidateRow>[] = [
  { header: 'Civilité', width: 8, kind: 'text', value: (c) => c.civility },
  { header: 'Nom', width: 22, kind: 'text', value: (c) => c.lastName },
  { header: 'Prénom', width: 18, kind: 'text', value: (c) => c.firstName },
  { header: 'Métiers souhaités', width: 40, kind: 'text', value: (c) => c.wishedOccupations.map((o) => o.label).join(', ') },
  { header: 'Commune', width: 22, kind: 'text', value: (c) => c.communeName },
  { header: 'Mobilité', width: 28, kind: 'text', value: (c) => mobilities[c.mobility] },
  { header: 'Disponible à partir du', width: 14, kind: 'date', value: (c) => isoToDate(c.availableFrom) },
  { header: 'Disponibilités', width: 30, kind: 'text', value: (c) => c.availability },
  { header: 'E-mail', width: 30, kind: 'text', value: (c) => c.email },
  { header: 'Téléphone', width: 16, kind: 'code', value: (c) => c.phone },
  { header: 'CV disponible', width: 10, kind: 'text', value: (c) => yesNo(c.cv !== null) },
];

const placeColumns: Column<PlaceRow>[] = [
  { header: 'Formation', width: 36, kind: 'text', value: (p) => p.title },
  { header: 'Proposée par', width: 32, kind: 'text', value: (p) => p.structureName },
  { header: 'Organisme', width: 24, kind: 'text', value: (p) => p.organiser },
  { header: 'Pour le métier', width: 28, kind: 'text', value: (p) => p.occupationLabel },
  { header: 'Début', width: 12, kind: 'date', value: (p) => isoToDate(p.startsOn) },
  { header: 'Fin', width: 12, kind: 'date', value: (p) => isoToDate(p.endsOn) },
  { header: 'Lieu', width: 22, kind: 'text', value: (p) => p.communeName },
  { header: 'Places', width: 8, kind: 'integer', value: (p) => p.seats },
  { header: 'État', width: 12, kind: 'text', value: (p) => placeStatuses[p.status] },
  { header: 'Remarques', width: 40, kind: 'text', value: (p) => p.notes },
];

/** The selection as a workbook for members: one sheet per kind chosen, written to a draft then moved into place. */
export async function exportExchange(path: string, selection: { ads: AdRow[]; candidates: CandidateRow[]; places: PlaceRow[] }): Promise<void> {
  const draft = `${path}.export`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: draft, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Passerelles';
  try {
    if (selection.ads.length > 0) addSheet(workbook, 'Offres d’emploi', adColumns, selection.ads);
    if (selection.candidates.length > 0) addSheet(workbook, 'Candidats', candidateColumns, selection.candidates);
    if (selection.places.length > 0) addSheet(workbook, 'Places de formation', placeColumns, selection.places);
    await savedOrExplained(path, async () => {
      await workbook.commit();
      renameSync(draft, path);
    });
  } catch (error) {
    rmSync(draft, { force: true });
    throw error;
  }
}
