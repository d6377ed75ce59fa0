import { basename } from 'node:path';
import type { Handlers } from '../dispatch';
import { cancelled, requireFile, type WindowContext } from '../context';
import { fail } from '../errors';
import { summarize } from '../store/association-file';
import { accessContent, rowCountOf, writeAccessJson, writeAccessWorkbook } from '../store/privacy/access-export';
import { listAudit, pruneAudit, recordAudit } from '../store/privacy/audit';
import { backupsHolding } from '../store/privacy/backup-scrub';
import { erasePeople, scrubFile } from '../store/privacy/erasure';
import { holdingsOf } from '../store/privacy/holdings';
import { displayNameOf, getPerson, listPeople } from '../store/privacy/people';
import { retentionSettings, saveRetentionSetting } from '../store/privacy/retention';
import { personKinds } from '../../../shared/domain/people';
import { countOf } from '../../../shared/format/plural';

type PrivacyHandlers = Pick<
  Handlers,
  | 'privacy.exportAccess'
  | 'privacy.erasePreview'
  | 'privacy.erase'
  | 'privacy.purgePreview'
  | 'privacy.purge'
  | 'privacy.scrubFile'
  | 'privacy.retentionSettings'
  | 'privacy.setRetention'
  | 'privacy.audit'
>;

const gone = (): never => fail('NOT_FOUND', 'Cette personne n’existe plus (elle a peut-être déjà été effacée) : rechargez la liste.');

/** A file name without the characters Windows refuses. */
const safeFileName = (name: string) => name.replace(/[\\/:*?"<>|]/g, '_').trim();

export function privacyHandlers(ctx: WindowContext) {
  const now = () => ctx.app.now();
  const today = () => now().toISOString().slice(0, 10);
  const pastRetention = () => listPeople(requireFile(ctx).db, { kind: null, structureId: null, pastRetention: true }, today());

  return {
    'privacy.exportAccess': async ({ personId, format }) => {
      const file = requireFile(ctx);
      const person = getPerson(file.db, personId, today()) ?? gone();
      const content = accessContent(file.db, person, summarize(file).name, now());
      const path = await ctx.dialogs.saveFile({
        title: 'Exporter les données de la personne',
        defaultName: safeFileName(`Données ${displayNameOf(person)} ${today()}.${format}`),
        filters: [format === 'xlsx' ? { name: 'Classeur Excel', extensions: ['xlsx'] } : { name: 'JSON', extensions: ['json'] }],
      });
      if (!path) return cancelled();
      const target = path.toLowerCase().endsWith(`.${format}`) ? path : `${path}.${format}`;
      const sheetCount = format === 'xlsx' ? await writeAccessWorkbook(content, target) : await writeAccessJson(content, target);
      recordAudit(file.db, {
        at: now(),
        actor: ctx.app.userName(),
        action: 'access-export',
        subject: 'person',
        count: 1,
        detail: `Droit d’accès : ${format === 'xlsx' ? 'classeur .xlsx' : 'fichier JSON'}, ${countOf(content.sections.length, 'partie', 'parties')}.`,
      });
      return { fileName: basename(target), sheetCount, rowCount: rowCountOf(content) };
    },
    'privacy.erasePreview': ({ personId }) => {
      const file = requireFile(ctx);
      const person = getPerson(file.db, personId, today()) ?? gone();
      const { holding, total } = backupsHolding(file.path, [personId]);
      return { personId, displayName: displayNameOf(person), holdings: holdingsOf(file.db, personId), backupsHolding: holding, backupsTotal: total };
    },
    'privacy.erase': async ({ personId }) => {
      const file = requireFile(ctx);
      if (!getPerson(file.db, personId, today())) gone();
      return erasePeople(file, { ids: [personId], now: now(), actor: ctx.app.userName(), action: 'erasure' });
    },
    'privacy.purgePreview': () => {
      const { db } = requireFile(ctx);
      return pastRetention()
        .sort((a, b) => a.retentionUntil.localeCompare(b.retentionUntil) || a.id - b.id)
        .map((person) => ({
          id: person.id,
          displayName: displayNameOf(person),
          kind: person.kind,
          retentionUntil: person.retentionUntil,
          lastContactOn: person.lastContactOn,
          holdings: holdingsOf(db, person.id),
        }));
    },
    'privacy.purge': async ({ ids }) => {
      const file = requireFile(ctx);
      // Only those still past their date: a person renewed since the preview is kept.
      const stillPast = new Set(pastRetention().map((person) => person.id));
      const toErase = ids.filter((id) => stillPast.has(id));
      if (toErase.length === 0) fail('CONFLICT', 'Aucune des personnes choisies n’a dépassé sa durée de conservation (la liste a changé) : rechargez l’aperçu. Rien n’a été effacé.');
      return erasePeople(file, { ids: toErase, now: now(), actor: ctx.app.userName(), action: 'purge' });
    },
    'privacy.scrubFile': () => {
      const { db } = requireFile(ctx);
      try {
        return { isWalEmptied: scrubFile(db) };
      } catch {
        return fail('READ_ONLY', 'Le fichier n’a pas pu être réécrit (disque plein ou fichier verrouillé) : libérez de la place ou fermez les autres programmes qui l’utilisent, puis recommencez.');
      }
    },
    'privacy.retentionSettings': () => retentionSettings(requireFile(ctx).db),
    'privacy.setRetention': (setting) => {
      const { db } = requireFile(ctx);
      db.transaction(() => {
        saveRetentionSetting(db, setting, now());
        recordAudit(db, { at: now(), actor: ctx.app.userName(), action: 'settings', subject: 'person', count: 1, detail: `${personKinds[setting.kind]} : ${setting.months} mois après le dernier contact.` });
      })();
      return retentionSettings(db);
    },
    'privacy.audit': ({ limit }) => {
      const { db } = requireFile(ctx);
      pruneAudit(db, now());
      return listAudit(db, limit);
    },
  } satisfies PrivacyHandlers;
}
