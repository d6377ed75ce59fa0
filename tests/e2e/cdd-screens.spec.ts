// The CDD screens in every state a coordinator can meet (a file to map, unknown job titles,
// refused rows, a replacement to confirm, candidates and pooled positions), with the calls answered
// from the contract's own schemas and the real pooling analysis: the renderer is checked against
// the contract, independently of the handlers (cdd.spec.ts does the round trip through them).
import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { test, expect } from './host-fixture';
import { contract, type CallName } from '../../shared/api';
import { analysePooling } from '../../shared/domain/pooling/analysis';
import { consolidate, drillDown } from '../../shared/domain/pooling/consolidation';
import type { CddVolume, PoolingInput, PoolingStructure } from '../../shared/domain/pooling/types';
import type { Occupation, ReturnedFile } from '../../shared/api/cdd';

const reference = JSON.parse(readFileSync('resources/occupations/sector-occupations.json', 'utf8')) as {
  occupations: { key: string; label: string; romeCode: string | null; romeParent: string | null; family: Occupation['family']; synonyms: string[] }[];
};
const occupations: Occupation[] = reference.occupations.map((o) => ({ ...o, isCustom: false, entryCount: 0 }));

const flers = { epciCode: '200068765', epciName: 'CA Flers Agglo' };
const structures: PoolingStructure[] = [
  { id: 1, name: 'EHPAD Les Tilleuls', type: 'ehpad', field: 'elderly', communeCode: '61169', ...flers },
  { id: 2, name: 'SAAD du Bocage', type: 'saad', field: 'home', communeCode: '61278', ...flers },
  { id: 3, name: 'IME La Source', type: 'ime', field: 'disability', communeCode: '61169', ...flers },
  { id: 4, name: 'ESAT du Houlme', type: 'esat', field: 'disability', communeCode: '61168', epciCode: '200035210', epciName: 'CC Andaine-Passais' },
];
const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
// Summer peaks for the EHPAD, winter for the home-help service: a shared agent fits both.
const volumes: CddVolume[] = months.flatMap((month, i) => [
  { structureId: 1, occupationKey: 'agent-service-interne', month, hours: i >= 5 && i <= 8 ? 120 : 40, contracts: 2 },
  { structureId: 2, occupationKey: 'agent-service-interne', month, hours: i >= 5 && i <= 8 ? 20 : 90, contracts: 1 },
  { structureId: 3, occupationKey: 'agent-service-interne', month, hours: 15, contracts: 1 },
  { structureId: 2, occupationKey: 'agent-domicile', month, hours: 110 + (i % 3) * 20, contracts: 3 },
  { structureId: 1, occupationKey: 'agent-domicile', month, hours: 30, contracts: 1 },
  { structureId: 4, occupationKey: 'moniteur-atelier', month, hours: i === 6 ? 70 : 0, contracts: i === 6 ? 1 : 0 },
  { structureId: 1, occupationKey: 'aide-soignant', month, hours: 60, contracts: 2 },
]);
const input = (period: { from: string; to: string } | null): PoolingInput => ({
  volumes,
  structures,
  occupations: occupations.map((o) => ({ key: o.key, label: o.label, family: o.family })),
  period: period ?? { from: '2025-01', to: '2025-12' },
});

const issue = (row: number, column: string, message: string, extra: Partial<ReturnedFile['issues'][number]> = {}) => ({
  sheet: 'CDD',
  row,
  column,
  severity: 'error' as const,
  message,
  typedOccupation: null,
  suggestions: [],
  ...extra,
});
const baseFile = {
  sizeBytes: 18_432,
  sheetName: 'CDD',
  sheetNames: ['Instructions', 'CDD'],
  headerRow: 1,
  headers: ['Mois', 'Métier', 'Nombre de CDD', 'Heures', 'Motif'].map((text, i) => ({ column: i + 1, letter: String.fromCharCode(65 + i), text })),
  mapping: { structureName: null, month: 1, occupation: 2, contracts: 3, hours: 4, reason: 5 },
  suggestedStructureId: null,
  committedImportId: null,
  replaces: [],
};
const returned: ReturnedFile[] = [
  {
    ...baseFile,
    fileIndex: 0,
    fileName: 'CDD 2025 - EHPAD Les Tilleuls.xlsx',
    sha256: 'a'.repeat(64),
    status: 'ready',
    recognisedBy: 'meta',
    refusal: null,
    structure: { id: 1, name: 'EHPAD Les Tilleuls' },
    period: { from: '2025-01', to: '2025-12' },
    counts: { accepted: 3, refused: 2, blank: 4, warnings: 1 },
    totals: { hours: 320, contracts: 5 },
    lines: [
      { row: 2, month: '2025-01', occupationKey: 'agent-service-interne', occupationLabel: 'Agent de service interne / agent d’entretien', contracts: 2, hours: 120, reason: 'sickness' },
      { row: 3, month: '2025-02', occupationKey: 'agent-service-interne', occupationLabel: 'Agent de service interne / agent d’entretien', contracts: 1, hours: 80, reason: 'leave' },
      { row: 6, month: '2025-03', occupationKey: 'aide-soignant', occupationLabel: 'Aide-soignant(e)', contracts: 2, hours: 120.5, reason: null },
    ],
    issues: [
      issue(4, 'B', 'Métier inconnu : « ASH de nuit ». Le plus proche : Agent de service hospitalier (ASH).', {
        typedOccupation: 'ASH de nuit',
        suggestions: [{ occupationKey: 'agent-service-hospitalier', label: 'Agent de service hospitalier (ASH)', score: 0.8 }],
      }),
      issue(5, 'D', '900 heures pour 1 CDD en un mois : c’est plus qu’un mois n’en compte (230 h au plus). Vérifiez le chiffre.'),
      issue(6, 'E', 'Motif non reconnu : « divers » ; la ligne est gardée sans motif.', { severity: 'warning' }),
    ],
    replaces: [
      {
        id: 7,
        structureId: 1,
        structureName: 'EHPAD Les Tilleuls',
        period: { from: '2025-01', to: '2025-12' },
        fileName: 'CDD 2025 - EHPAD Les Tilleuls (v1).xlsx',
        sha256: 'b'.repeat(64),
        importedAt: '2026-02-03T09:12:00Z',
        rowsAccepted: 24,
        rowsRefused: 0,
        hours: 1800,
        contracts: 30,
        recognisedBy: 'meta',
        replacedBy: null,
        replacedAt: null,
        reason: 'same-period',
      },
    ],
  },
  {
    ...baseFile,
    fileIndex: 1,
    fileName: 'tableau CDD saad.xlsx',
    sha256: 'c'.repeat(64),
    status: 'needs-mapping',
    recognisedBy: null,
    refusal: null,
    structure: null,
    period: null,
    sheetName: 'Feuil1',
    sheetNames: ['Feuil1'],
    headers: ['Période', 'Emploi', 'Nb contrats', 'Nb heures', 'Commentaire'].map((text, i) => ({ column: i + 1, letter: String.fromCharCode(65 + i), text })),
    mapping: { structureName: null, month: 1, occupation: 2, contracts: 3, hours: 4, reason: null },
    suggestedStructureId: 2,
    counts: { accepted: 0, refused: 0, blank: 0, warnings: 0 },
    totals: { hours: 0, contracts: 0 },
    lines: [],
    issues: [],
  },
  {
    ...baseFile,
    fileIndex: 2,
    fileName: 'photo.xlsx',
    sha256: 'd'.repeat(64),
    status: 'refused',
    recognisedBy: null,
    refusal: 'Ce fichier n’est pas un classeur Excel lisible (.xlsx). Demandez à la structure de le renvoyer enregistré au format Excel.',
    structure: null,
    period: null,
    counts: { accepted: 0, refused: 0, blank: 0, warnings: 0 },
    totals: { hours: 0, contracts: 0 },
    lines: [],
    issues: [],
  },
];

const settings = { fteHoursPerYear: 1607, maxHoursPerMonth: null, minCombinedFte: 1, minStructures: 2, minOccupancy: 0.75, maxDistanceKm: null, maxHoursPerContractMonth: 230 };

/** Answers of the stubbed calls; everything else goes to the real test host. */
const answers: Partial<Record<CallName, (body: Record<string, unknown>) => unknown>> = {
  'occupations.list': () => occupations,
  'settings.get': () => settings,
  'cdd.dataRange': () => ({ from: '2025-01', to: '2025-12' }),
  'cdd.consolidated': (b) => consolidate({ ...input(b.period as never), filter: b.filters as never }),
  'cdd.drillDown': (b) => drillDown({ ...input(b.period as never), filter: b.filters as never }, { occupationKey: b.occupationKey as string, month: b.month as string }),
  'cdd.analysis': (b) => {
    const t = b.thresholds as Record<string, number>;
    return analysePooling({ ...input(b.period as never), settings: { ...t } }, { areas: b.area as never });
  },
  'cdd.readReturned': () => ({ importId: 'batch-1', files: returned }),
  'cdd.prepareCollection': () => ({
    folder: '/home/coordination/Collecte CDD 2025',
    period: { from: '2025-01', to: '2025-12' },
    files: structures.map((s) => ({ structureId: s.id, structureName: s.name, fileName: `CDD 2025 - ${s.name}.xlsx` })),
  }),
  'cdd.imports': () => [],
  'cdd.missing': () => ({
    period: { from: '2025-01', to: '2025-12' },
    expected: 4,
    received: 1,
    missing: structures.slice(1).map((s) => ({ structureId: s.id, name: s.name, epciName: s.epciName ?? '', isMember: true, wasSent: true, lastImportAt: null })),
  }),
};

/** The whole page, not just the window: the workspace scrolls inside itself, so let it grow for the picture. */
async function shoot(page: Page, name: string) {
  const style = await page.addStyleTag({ content: '.workspace { height: auto; min-height: 100vh; } .content { overflow: visible; }' });
  await page.screenshot({ path: `${process.env.PASSERELLES_SCREENS ?? 'test-results/screens'}/${name}.png`, fullPage: true });
  await style.evaluate((element) => element.parentNode?.removeChild(element));
}

async function stub(route: Route) {
  const name = new URL(route.request().url()).pathname.replace('/api/', '') as CallName;
  const answer = answers[name];
  if (!answer) return route.continue();
  const body = (route.request().postDataJSON() ?? {}) as Record<string, unknown>;
  // Every stubbed answer must be what the contract promises, or the test is lying.
  const value = contract[name].output.parse(answer(body));
  return route.fulfill({ json: { ok: true, value } });
}

test('the CDD screens in each state, from the contract', async ({ app, host }) => {
  await app.route('**/api/*', stub);
  await app.getByRole('button', { name: 'Créer une association…' }).click();
  await app.getByLabel('Nom de l’association').fill('MCE-M3S');
  await host.answerDialogs(`${host.workspace}/mce-m3s.passerelles`);
  await app.getByRole('button', { name: 'Créer et choisir où l’enregistrer…' }).click();
  await app.getByRole('button', { name: /CDD et mutualisation/ }).click();

  await app.getByRole('button', { name: 'Préparer les classeurs…' }).isVisible();
  await app.getByRole('button', { name: 'Importer des fichiers reçus…' }).click();
  await expect(app.getByRole('article', { name: /Fichier CDD 2025 - EHPAD/ })).toBeVisible();
  await shoot(app, 'cdd-stub-collection');

  await app.getByRole('tab', { name: 'Consolidation' }).click();
  await expect(app.locator('.cdd-grid .ag-row').first()).toBeVisible();
  await app.waitForTimeout(800);
    await shoot(app, 'cdd-stub-consolidation');

  await app.getByRole('tab', { name: 'Mutualisation' }).click();
  await expect(app.getByRole('heading', { name: /mutualisable/ })).toBeVisible();
  await shoot(app, 'cdd-stub-pooling');
  // Per EPCI as well: the territory's card points to the positions shown under each EPCI.
  await app.getByLabel('Zone').selectOption({ label: 'Territoire et EPCI' });
  await app.getByRole('button', { name: 'Relancer l’analyse' }).click();
  await expect(app.getByRole('article', { name: /Agent de service interne .* — CA Flers Agglo/ })).toBeVisible();
  await expect(app.getByRole('article', { name: /Agent de service interne .* — Tout le territoire/ })).toContainText('présentés avec leur EPCI');
  await shoot(app, 'cdd-stub-pooling-epci');
  // The tab list answers the arrow keys.
  await app.getByRole('tab', { name: 'Mutualisation' }).focus();
  await app.keyboard.press('ArrowRight');
  await expect(app.getByRole('tab', { name: 'Métiers' })).toHaveAttribute('aria-selected', 'true');

  await app.getByRole('tab', { name: 'Métiers' }).click();
  await shoot(app, 'cdd-stub-occupations');
});
