import ExcelJS from 'exceljs';
import { whyNoProposal } from '../../../shared/domain/pooling/no-proposal';
import { occupationFamilies } from '../../../shared/domain/occupations/families';
import type { Consolidation, DemandAnalysis, PoolingAnalysis, PoolingArea } from '../../../shared/domain/pooling/types';
import { monthText } from './cdd-collection/layout';
import { savedOrExplained } from './saved-or-explained';

// Figures go out as numbers with number formats (the steering committee and the OPCA sort and
// sum them); text stays text: exceljs writes strings as strings, never as formulas.
const formats = { hours: '#,##0.0', fte: '0.00', integer: '0', percent: '0%' } as const;

const areaLabel = (area: PoolingArea) =>
  area.kind === 'territory' ? 'Tout le territoire' : area.kind === 'epci' ? area.epciName || area.epciCode : `Moins de ${area.maxDistanceKm} km`;

function styleHeader(sheet: ExcelJS.Worksheet) {
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function addColumns(sheet: ExcelJS.Worksheet, columns: { header: string; key: string; width: number; numFmt?: string }[]) {
  sheet.columns = columns.map(({ header, key, width, numFmt }) => ({ header, key, width, style: numFmt ? { numFmt } : {} }));
  styleHeader(sheet);
}

function addDemand(workbook: ExcelJS.Workbook, name: string, analyses: readonly DemandAnalysis[]) {
  const sheet = workbook.addWorksheet(name);
  addColumns(sheet, [
    { header: 'Métier / famille', key: 'subject', width: 40 },
    { header: 'Famille', key: 'family', width: 24 },
    { header: 'Territoire', key: 'area', width: 28 },
    { header: 'Heures', key: 'hours', width: 12, numFmt: formats.hours },
    { header: 'ETP cumulés', key: 'fte', width: 12, numFmt: formats.fte },
    { header: 'Structures', key: 'structures', width: 11, numFmt: formats.integer },
    { header: 'Mois de pointe', key: 'peakMonth', width: 12 },
    { header: 'Heures (pointe)', key: 'peakHours', width: 12, numFmt: formats.hours },
    { header: 'Mois creux', key: 'troughMonth', width: 12 },
    { header: 'Heures (creux)', key: 'troughHours', width: 12, numFmt: formats.hours },
    { header: 'Occupation d’un poste mutualisé', key: 'occupancy', width: 16, numFmt: formats.percent },
    { header: 'Postes conseillés', key: 'positions', width: 11, numFmt: formats.integer },
    { header: 'Candidat', key: 'candidate', width: 10 },
    { header: 'Phrase pour le rapport', key: 'sentence', width: 90 },
    { header: 'Pourquoi pas candidat', key: 'reasons', width: 60 },
  ]);
  for (const analysis of analyses) {
    const family = analysis.subject.family;
    sheet.addRow({
      subject: analysis.subject.label,
      family: occupationFamilies[family],
      area: areaLabel(analysis.area),
      hours: analysis.hours,
      fte: analysis.combinedFte,
      structures: analysis.structureCount,
      peakMonth: monthText(analysis.peak.month),
      peakHours: analysis.peak.hours,
      troughMonth: monthText(analysis.trough.month),
      troughHours: analysis.trough.hours,
      occupancy: analysis.positions[0]?.occupancy ?? 0,
      positions: analysis.recommendedPositions,
      candidate: analysis.isCandidate ? 'oui' : 'non',
      sentence: analysis.sentence,
      reasons: analysis.reasons.join(' ; '),
    });
  }
}

function addProposals(workbook: ExcelJS.Workbook, analysis: PoolingAnalysis) {
  const sheet = workbook.addWorksheet('Postes mutualisés');
  addColumns(sheet, [
    { header: 'Métier', key: 'label', width: 40 },
    { header: 'Territoire', key: 'area', width: 26 },
    { header: 'Structures', key: 'structures', width: 60 },
    { header: 'Besoin (h)', key: 'demand', width: 12, numFmt: formats.hours },
    { header: 'Heures assurées (h)', key: 'served', width: 14, numFmt: formats.hours },
    { header: 'Reste en CDD (h)', key: 'unserved', width: 14, numFmt: formats.hours },
    { header: 'Occupation', key: 'occupancy', width: 11, numFmt: formats.percent },
    { header: 'Candidat', key: 'candidate', width: 10 },
    { header: 'Phrase pour le rapport', key: 'sentence', width: 90 },
    { header: 'À vérifier', key: 'warnings', width: 60 },
  ]);
  // An empty sheet says why it is empty, occupation by occupation (issue 7).
  const candidates = analysis.occupations.filter((a) => a.isCandidate && a.subject.kind === 'occupation' && a.area.kind === 'territory');
  if (analysis.proposals.length === 0) {
    const why = candidates.map((a) => ({ label: a.subject.label, sentence: whyNoProposal(analysis, a.subject.kind === 'occupation' ? a.subject.occupationKey : '') }));
    if (why.length === 0) why.push({ label: '', sentence: 'Aucun métier n’atteint les seuils de l’analyse : il n’y a pas de poste concret à proposer. Voir la feuille des métiers pour la raison de chacun.' });
    for (const line of why) sheet.addRow({ label: line.label, candidate: 'non', sentence: line.sentence });
  }
  for (const proposal of analysis.proposals) {
    sheet.addRow({
      label: proposal.label,
      area: areaLabel(proposal.area),
      structures: proposal.structures.map((s) => s.name).join(' + '),
      demand: proposal.demandHours,
      served: proposal.servedHours,
      unserved: proposal.unservedHours,
      occupancy: proposal.occupancy,
      candidate: proposal.isCandidate ? 'oui' : 'non',
      sentence: proposal.sentence,
      warnings: [...proposal.reasons, ...proposal.warnings].join(' ; '),
    });
  }
}

function addConsolidation(workbook: ExcelJS.Workbook, consolidation: Consolidation) {
  const sheet = workbook.addWorksheet('Tableau consolidé');
  addColumns(sheet, [
    { header: 'Métier', key: 'label', width: 40 },
    { header: 'Famille', key: 'family', width: 24 },
    ...consolidation.months.map((month) => ({ header: `${monthText(month)} (h)`, key: month, width: 11, numFmt: formats.hours })),
    { header: 'Total (h)', key: 'hours', width: 12, numFmt: formats.hours },
    { header: 'ETP', key: 'fte', width: 10, numFmt: formats.fte },
    { header: 'Contrats', key: 'contracts', width: 10, numFmt: formats.integer },
    { header: 'Structures', key: 'structures', width: 11, numFmt: formats.integer },
  ]);
  for (const occupation of consolidation.occupations) {
    sheet.addRow({
      label: occupation.label,
      family: occupationFamilies[occupation.family],
      ...Object.fromEntries(occupation.byMonth.map((cell) => [cell.month, cell.hours])),
      hours: occupation.total.hours,
      fte: occupation.total.fte,
      contracts: occupation.total.contracts,
      structures: occupation.structureCount,
    });
  }
  const total = sheet.addRow({
    label: 'Total',
    ...Object.fromEntries(consolidation.byMonth.map((cell) => [cell.month, cell.hours])),
    hours: consolidation.total.hours,
    fte: consolidation.total.fte,
    contracts: consolidation.total.contracts,
    structures: consolidation.structureCount,
  });
  total.font = { bold: true };
}

function addSettings(workbook: ExcelJS.Workbook, analysis: PoolingAnalysis, associationName: string) {
  const sheet = workbook.addWorksheet('Paramètres');
  sheet.columns = [{ width: 50 }, { width: 20 }];
  const rows: [string, string | number, string?][] = [
    ['Association', associationName],
    ['Période', `${monthText(analysis.period.from)} à ${monthText(analysis.period.to)}`],
    ['Heures dans un ETP (par an)', analysis.settings.fteHoursPerYear, formats.integer],
    ['Heures au plus par mois pour une personne', analysis.settings.maxHoursPerMonth, formats.hours],
    ['ETP cumulés au moins', analysis.settings.minCombinedFte, formats.fte],
    ['Structures au moins', analysis.settings.minStructures, formats.integer],
    ['Occupation au moins', analysis.settings.minOccupancy, formats.percent],
  ];
  for (const [label, value, numFmt] of rows) {
    const row = sheet.addRow([label, value]);
    if (numFmt) row.getCell(2).numFmt = numFmt;
  }
}

/** The analysis and the consolidated table, for the steering committee and the OPCA. */
export async function writeAnalysisWorkbook(path: string, content: { associationName: string; analysis: PoolingAnalysis; consolidation: Consolidation }): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Passerelles';
  addDemand(workbook, 'Métiers', content.analysis.occupations);
  addProposals(workbook, content.analysis);
  addDemand(workbook, 'Familles de métiers', content.analysis.families);
  addConsolidation(workbook, content.consolidation);
  addSettings(workbook, content.analysis, content.associationName);
  await savedOrExplained(path, () => workbook.xlsx.writeFile(path));
}
