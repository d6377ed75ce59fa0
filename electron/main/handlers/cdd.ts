import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { cddCalls, CddSettings, ImportLogEntry } from '../../../shared/api/cdd';
import { createOccupationMatcher } from '../../../shared/domain/occupations/match';
import { consolidateSeries, drillDownSeries, monthsOfPeriod, periodOfMonths, proposalPlan } from '../../../shared/domain/pooling';
import type { PoolingSeriesInput, PoolingSettings } from '../../../shared/domain/pooling/types';
import type { Handlers } from '../dispatch';
import { cancelled, requireFile, type WindowContext } from '../context';
import { fail } from '../errors';
import { withProgress } from '../progress';
import type { AssociationFile } from '../store/association-file';
import { takeBackup } from '../store/backups';
import { pendingFile, rememberBatch } from '../store/cdd/import-sessions';
import { getImport, importsReplacedBy, listImports } from '../store/cdd/imports';
import { addSynonym, createOccupation, getOccupation, listOccupations, matchableOccupations, mergeOccupations, removeSynonym, renameOccupation } from '../store/cdd/occupations';
import { dataRange, defaultPeriod, loadConsolidationInput, missingStructures, recordCollection, type ParsedFilters } from '../store/cdd/queries';
import { ensureOccupations } from '../store/cdd/seed-occupations';
import { readCddSettings, updateCddSettings } from '../store/cdd/settings';
import { writeCollectionWorkbook } from '../workbooks/cdd-collection/build';
import { collectionFileName } from '../workbooks/cdd-collection/file-name';
import { commitInWorker, readReturnedFiles, recheck } from '../workbooks/cdd-import/in-worker';
import { applyMapping, checkContextOf, describePeriod, previewOf, readyToCommit, type ImportContext } from '../workbooks/cdd-import/returned-file';
import { analyse, exportAnalysis } from '../workers/analysis';
import { warmWorkbookWorker } from '../workers/workbook';
import { withDroppedFiles } from '../workbooks/cdd-import/dropped-files';
import type { PoolingJob } from '../workers/pooling-job';
import { rememberWritten } from '../desktop/written-files';
import { rememberCollectionRound } from '../mail/collection-drafts';

type CddHandlers = Pick<Handlers, keyof typeof cddCalls>;
type Period = { from: string; to: string };

const workbookFilter = [{ name: 'Classeur Excel', extensions: ['xlsx'] }];
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The file, with its occupations seeded on first use (files created or migrated before the list existed). */
function openFile(ctx: WindowContext): AssociationFile {
  const file = requireFile(ctx);
  ensureOccupations(file.db, ctx.app.now());
  return file;
}

function associationOf(file: AssociationFile) {
  return file.db.prepare('SELECT name, created_at AS createdAt FROM association WHERE id = 1').get() as { name: string; createdAt: string };
}

function structuresOf(file: AssociationFile) {
  return file.db.prepare('SELECT id, name FROM structure').all() as { id: number; name: string }[];
}

function importContext(file: AssociationFile): ImportContext {
  const occupations = matchableOccupations(file.db);
  return {
    association: associationOf(file),
    structures: structuresOf(file),
    match: createOccupationMatcher(occupations),
    occupationLabels: new Map(occupations.map((o) => [o.key, o.label])),
    maxHoursPerContractMonth: readCddSettings(file.db).maxHoursPerContractMonth,
    replacedBy: (structureId, period, sha256) => importsReplacedBy(file.db, structureId, period, sha256),
  };
}

function poolingSettingsOf(settings: CddSettings, thresholds: Partial<CddSettings> = {}): Partial<PoolingSettings> {
  const merged = { ...settings, ...Object.fromEntries(Object.entries(thresholds).filter(([, value]) => value !== undefined)) };
  return {
    fteHoursPerYear: merged.fteHoursPerYear,
    maxHoursPerMonth: merged.maxHoursPerMonth ?? undefined,
    minCombinedFte: merged.minCombinedFte,
    minStructures: merged.minStructures,
    minOccupancy: merged.minOccupancy,
    maxDistanceKm: merged.maxDistanceKm,
  };
}

/** What the consolidation and the analysis read besides the rows: small and plain, it can cross to the analysis worker. */
function poolingJob(ctx: WindowContext, query: { filters: ParsedFilters; period: Period | null }, thresholds: Partial<CddSettings> = {}): PoolingJob {
  const file = openFile(ctx);
  const period = query.period ?? defaultPeriod(file.db, ctx.app.now());
  return { period, filters: query.filters, settings: poolingSettingsOf(readCddSettings(file.db), thresholds) };
}

/** The data too, as monthly series with their contracts, read here (small queries: one cell, one occupation, one proposal). */
function seriesInput(ctx: WindowContext, query: { filters: ParsedFilters; period: Period | null }, thresholds: Partial<CddSettings> = {}): PoolingSeriesInput {
  const job = poolingJob(ctx, query, thresholds);
  return loadConsolidationInput(openFile(ctx).db, job.period, job.filters, job.settings);
}

function replaceMessage(fileName: string, replaced: readonly ImportLogEntry[]): string {
  const list = replaced.map((entry) => `« ${entry.fileName} » (${entry.structureName}, ${describePeriod(entry.period)})`).join(', ');
  return `« ${fileName} » remplace des données déjà importées : ${list}. Confirmez le remplacement pour continuer ; rien n’a été modifié.`;
}

export function cddHandlers(ctx: WindowContext): CddHandlers {
  /**
   * Reads and checks returned files in the workbook worker; the pending files (sheets packed) stay
   * here until commit. Progress under the name the screen polls for either way of choosing them.
   */
  const readBatch = async (paths: readonly string[]) => {
    const file = openFile(ctx);
    const context = importContext(file);
    const checkContext = checkContextOf(context, matchableOccupations(file.db));
    const pending = await withProgress(ctx, 'cdd.readReturned', 'Lecture des fichiers', (progress) => readReturnedFiles(paths, checkContext, progress), paths.length);
    const batch = rememberBatch(ctx, file.path, pending);
    return { importId: batch.importId, files: pending.map((p) => previewOf(p, context)) };
  };

  return {
    'occupations.list': () => listOccupations(openFile(ctx).db),
    'occupations.create': (input) => createOccupation(openFile(ctx).db, input, ctx.app.now()),
    'occupations.rename': ({ key, label }) => renameOccupation(openFile(ctx).db, key, label, ctx.app.now()),
    'occupations.addSynonym': ({ key, synonym }) => addSynonym(openFile(ctx).db, key, synonym),
    'occupations.removeSynonym': ({ key, synonym }) => removeSynonym(openFile(ctx).db, key, synonym),
    'occupations.merge': ({ keepKey, mergeKey }) => mergeOccupations(openFile(ctx).db, keepKey, mergeKey, ctx.app.now()),

    'settings.get': () => readCddSettings(requireFile(ctx).db),
    'settings.update': (changes) => updateCddSettings(requireFile(ctx).db, changes),

    'cdd.prepareCollection': async ({ periodStart, months: monthCount, structureIds }) => {
      const file = openFile(ctx);
      const structures = structuresOf(file);
      const chosen = structureIds.map((id) => structures.find((s) => s.id === id) ?? fail('NOT_FOUND', 'Une des structures choisies n’existe plus : rechargez la liste.'));
      const occupations = listOccupations(file.db);
      if (occupations.length === 0) fail('VALIDATION', 'La liste des métiers est vide : ajoutez au moins un métier avant de préparer les classeurs.');
      const folder = await ctx.dialogs.chooseFolder({ title: 'Dossier où enregistrer les classeurs de recensement' });
      if (!folder) return cancelled();
      const period = periodOfMonths(periodStart, monthCount);
      const months = monthsOfPeriod(period);
      const association = associationOf(file);
      // A returned file saved in the same folder must never be overwritten by a new round.
      const taken = new Set(existsSync(folder) ? readdirSync(folder).map((name) => name.toLowerCase()) : []);
      const usedBy = file.db.prepare('SELECT DISTINCT o.label FROM cdd_entry e JOIN occupation o ON o.id = e.occupation_id WHERE e.structure_id = ? ORDER BY o.label');
      const files: { structureId: number; structureName: string; fileName: string }[] = [];
      const preparedAt = ctx.app.now().toISOString();
      const { fteHoursPerYear } = readCddSettings(file.db);
      for (const structure of chosen) {
        const fileName = collectionFileName(structure.name, period, taken);
        await writeCollectionWorkbook(join(folder, fileName), {
          associationName: association.name,
          associationCreatedAt: association.createdAt,
          structure,
          months,
          occupationLabels: occupations.map((o) => o.label),
          prefilledOccupations: (usedBy.all(structure.id) as { label: string }[]).map((row) => row.label),
          preparedAt,
          fteHoursPerYear,
        });
        files.push({ structureId: structure.id, structureName: structure.name, fileName });
        await nextTick();
      }
      recordCollection(file.db, files, period, ctx.app.now());
      rememberCollectionRound(ctx, { associationPath: file.path, folder, period, files });
      return { folder, period, files, written: rememberWritten(ctx, folder, true) };
    },

    'cdd.readReturned': async () => {
      openFile(ctx);
      warmWorkbookWorker();
      const paths = await ctx.dialogs.openFiles({ title: 'Classeurs CDD retournés par les adhérents', filters: workbookFilter });
      if (!paths || paths.length === 0) return cancelled();
      return readBatch(paths);
    },
    'cdd.readDropped': async ({ files }) => {
      openFile(ctx);
      warmWorkbookWorker();
      return withDroppedFiles(files, readBatch);
    },

    'cdd.mapColumns': async ({ importId, fileIndex, sheetName, headerRow, mapping, structureId, period }) => {
      const file = openFile(ctx);
      const pending = pendingFile(ctx, file.path, importId, fileIndex);
      if (pending.refusal) fail('VALIDATION', pending.refusal);
      if (sheetName !== '' && !pending.sheets.some((s) => s.name === sheetName)) fail('NOT_FOUND', `La feuille « ${sheetName} » n’existe pas dans « ${pending.fileName} » : choisissez-en une dans la liste.`);
      const context = importContext(file);
      const structure = context.structures.find((s) => s.id === structureId) ?? fail('NOT_FOUND', 'Cette structure n’existe plus : rechargez la liste.');
      applyMapping(pending, { sheetName, headerRow, mapping, structure, period });
      await recheck(pending, checkContextOf(context, matchableOccupations(file.db)));
      return previewOf(pending, context);
    },

    'cdd.resolveOccupations': async ({ importId, fileIndex, choices, saveAsSynonyms }) => {
      const file = openFile(ctx);
      const pending = pendingFile(ctx, file.path, importId, fileIndex);
      for (const choice of choices) {
        getOccupation(file.db, choice.occupationKey);
        pending.choices.set(choice.typed, choice.occupationKey);
      }
      if (saveAsSynonyms) {
        file.db.transaction(() => {
          for (const choice of choices) {
            // A title that already names another occupation stays a choice for this file only.
            try {
              addSynonym(file.db, choice.occupationKey, choice.typed);
            } catch {
              /* kept as a per-file choice */
            }
          }
        })();
      }
      const context = importContext(file);
      await recheck(pending, checkContextOf(context, matchableOccupations(file.db)));
      return previewOf(pending, context);
    },

    'cdd.commitReturned': async ({ importId, fileIndex, confirmReplace }) => {
      const file = openFile(ctx);
      const pending = pendingFile(ctx, file.path, importId, fileIndex);
      const ready = readyToCommit(pending);
      if ('blocker' in ready) return fail(ready.isDone ? 'CONFLICT' : 'VALIDATION', ready.blocker);
      const { structure, period, result } = ready;
      const replaced = importsReplacedBy(file.db, structure.id, period, pending.sha256);
      if (replaced.length > 0 && !confirmReplace) fail('CONFLICT', replaceMessage(pending.fileName, replaced));
      const backup = await takeBackup(file.db, file.path, 'import', ctx.app.now());
      const { importId: committedId, replacedIds } = await withProgress(ctx, 'cdd.commitReturned', `Enregistrement de « ${pending.fileName} »`, () =>
        commitInWorker(
          file.path,
          { structure, period, fileName: pending.fileName, sha256: pending.sha256, recognisedBy: pending.recognisedBy ?? 'mapping', importedBy: ctx.app.userName(), rowsRefused: result.counts.refused, lines: result.lines },
          ctx.app.now(),
        ),
      );
      pending.committedImportId = committedId;
      // The workbook is no longer needed: free its memory, keep the counts for the preview.
      pending.sheets = [];
      result.lines = [];
      const entry = getImport(file.db, committedId) ?? fail('INTERNAL', 'L’import vient d’être enregistré mais reste introuvable : rechargez le journal des imports.');
      return { import: entry, replaced: replacedIds.map((id) => getImport(file.db, id)).filter((e): e is ImportLogEntry => e !== null), backupId: backup.id };
    },

    'cdd.imports': ({ structureId }) => listImports(requireFile(ctx).db, structureId),
    'cdd.missing': ({ period }) => missingStructures(requireFile(ctx).db, period),
    'cdd.dataRange': () => dataRange(requireFile(ctx).db),

    // Per-(occupation, structure) monthly series, not one object per row: a regional file's grid without 1.3 M objects.
    'cdd.consolidated': (query) => {
      const job = poolingJob(ctx, query);
      return consolidateSeries(loadConsolidationInput(openFile(ctx).db, job.period, job.filters, job.settings));
    },
    'cdd.drillDown': ({ occupationKey, family, month, ...query }) => drillDownSeries(seriesInput(ctx, query), { occupationKey, family, month }),
    'cdd.monthlyProfile': ({ occupationKey, ...query }) => {
      const input = seriesInput(ctx, { ...query, filters: { ...query.filters, occupationKeys: [occupationKey] } });
      return monthsOfPeriod(input.period).map((month) => ({ month, lines: drillDownSeries(input, { occupationKey, month }) }));
    },
    // Off the main thread (a worker reading the file read-only): the window stays responsive and polls the progress.
    'cdd.analysis': async ({ area, thresholds, ...query }) => {
      const job = { ...poolingJob(ctx, query, thresholds), areas: area };
      const { analysis } = await withProgress(ctx, 'cdd.analysis', 'Préparation de l’analyse', (progress) => analyse(openFile(ctx), job, progress));
      return analysis;
    },

    'cdd.proposalPlan': ({ occupationKey, structureIds, thresholds, ...query }) => {
      const input = seriesInput(ctx, { ...query, filters: { ...query.filters, occupationKeys: [occupationKey], structureIds } }, thresholds);
      return proposalPlan(input, occupationKey, structureIds) ?? fail('NOT_FOUND', 'Ce poste mutualisé ne correspond plus aux données (elles ont changé depuis l’analyse) : relancez l’analyse.');
    },

    'cdd.exportAnalysis': async ({ area, thresholds, ...query }) => {
      const file = openFile(ctx);
      const job = { ...poolingJob(ctx, query, thresholds), areas: area };
      const path = await ctx.dialogs.saveFile({
        title: 'Enregistrer l’analyse des CDD',
        defaultName: `Analyse CDD ${job.period.from} à ${job.period.to}.xlsx`,
        filters: workbookFilter,
      });
      if (!path) return cancelled();
      const target = path.toLowerCase().endsWith('.xlsx') ? path : `${path}.xlsx`;
      // The analysis worker computes it, with the consolidated table of the same rows, and writes the workbook.
      const exportTo = { path: target, associationName: associationOf(file).name };
      await withProgress(ctx, 'cdd.exportAnalysis', 'Préparation de l’analyse', (progress) => exportAnalysis(file, { ...job, exportTo }, progress));
      return { path: target, fileName: basename(target), written: rememberWritten(ctx, target) };
    },
  };
}
