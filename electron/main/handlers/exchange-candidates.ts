import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api';
import { attachmentKinds } from '../../../shared/domain/exchange';
import { normalizeEmail, normalizePhone } from '../../../shared/domain/contact';
import type { Handlers } from '../dispatch';
import { cancelled, requireFile, type WindowContext } from '../context';
import { fail } from '../errors';
import { readAttachment } from '../store/exchange/attachment';
import { recordAudit } from '../store/privacy/audit';
import { erasePeople } from '../store/privacy/erasure';
import type { CandidateRow } from '../../../shared/api/exchange';
import { insertCandidate, listCandidates, requireCandidate, updateCandidate, type CandidateValue } from '../store/exchange/candidates';
import { readCv, removeCv, storeCv } from '../store/exchange/cv';
import { locate } from '../store/exchange/location';
import { candidatesDue } from '../store/exchange/retention';
import { ensureOccupations } from '../store/cdd/seed-occupations';
import { occupationIdOf, requireStructureId } from './exchange-offers';

type CandidateHandlers = Pick<
  Handlers,
  | 'exchange.candidates.list'
  | 'exchange.candidates.save'
  | 'exchange.candidates.attachCv'
  | 'exchange.candidates.saveCv'
  | 'exchange.candidates.removeCv'
  | 'exchange.candidates.erase'
  | 'exchange.retention.preview'
  | 'exchange.retention.purge'
>;

const cvFilter = [{ name: 'CV (PDF, Word, OpenDocument, image)', extensions: ['pdf', 'docx', 'odt', 'jpg', 'jpeg', 'png', 'webp', 'heic', 'tif', 'tiff'] }];

function candidateValueOf(db: Database.Database, input: ParsedInput<'exchange.candidates.save'>['candidate'], today: string, current: CandidateRow | null): CandidateValue {
  const problems: string[] = [];
  const email = normalizeEmail(input.email);
  if (!email.ok) problems.push(email.message);
  const phone = normalizePhone(input.phone);
  if (!phone.ok) problems.push(phone.message);
  // The consent was given during a contact: the last contact cannot come before it.
  if (input.consentOn !== null && input.lastContactOn !== null && input.lastContactOn < input.consentOn)
    problems.push('Le dernier contact précède la date du consentement : vérifiez les deux dates.');
  const wishedOccupationIds = [...new Set(input.wishedOccupationKeys)].map((key) => occupationIdOf(db, key));
  if (input.consentScope !== 'none' && input.consentOn === null) problems.push('Indiquez la date à laquelle le candidat a donné son consentement.');
  if (input.consentOn !== null && input.consentOn > today) problems.push('La date du consentement est dans le futur : tapez le jour où il a été donné.');
  if (input.lastContactOn !== null && input.lastContactOn > today) problems.push('La date du dernier contact est dans le futur : tapez le jour du dernier échange.');
  if (input.consentScope === 'someMembers') {
    if (input.consentMemberIds.length === 0) problems.push('Choisissez au moins un adhérent auquel le candidat accepte d’être présenté.');
    for (const structureId of input.consentMemberIds) requireStructureId(db, structureId);
  }
  if (problems.length > 0) fail('VALIDATION', problems.join(' '));
  return {
    civility: input.civility,
    lastName: input.lastName,
    firstName: input.firstName,
    email: email.ok ? email.value : '',
    phone: phone.ok ? phone.value : '',
    ...locate(input.communeCode),
    mobility: input.mobility,
    availableFrom: input.availableFrom,
    availability: input.availability,
    wishedOccupationIds,
    consentScope: input.consentScope,
    consentOn: input.consentScope === 'none' ? null : input.consentOn,
    consentMemberIds: input.consentScope === 'someMembers' ? [...new Set(input.consentMemberIds)] : [],
    // Recording a candidate is a contact: the two years start today unless a date is typed; an
    // edit that leaves the date empty keeps the one recorded.
    lastContactOn: input.lastContactOn ?? current?.lastContactOn ?? today,
  };
}

// Candidates and CVs (issue 13 §1–2): personal data, so every import, share, purge and erasure is
// written to the audit trail (counts only, never a name).
export function exchangeCandidateHandlers(ctx: WindowContext): CandidateHandlers {
  const file = () => {
    const opened = requireFile(ctx);
    ensureOccupations(opened.db, ctx.app.now());
    return opened;
  };
  const now = () => ctx.app.now();
  const today = () => now().toISOString().slice(0, 10);
  const audit = (db: Database.Database, action: 'import' | 'export' | 'share' | 'purge' | 'erasure', subject: string, count: number, detail = '') =>
    recordAudit(db, { at: now(), actor: ctx.app.userName(), action, subject, count, detail });

  return {
    'exchange.candidates.list': () => listCandidates(file().db),
    'exchange.candidates.save': ({ id, candidate }) => {
      const { db } = file();
      const current = id === null ? null : requireCandidate(db, id);
      const value = candidateValueOf(db, candidate, today(), current);
      const saved = id === null ? insertCandidate(db, value, now()) : (updateCandidate(db, id, value, now()), id);
      return requireCandidate(db, saved);
    },
    'exchange.candidates.attachCv': async ({ id }) => {
      const { db } = file();
      requireCandidate(db, id);
      const path = await ctx.dialogs.openFile({ title: 'Joindre le CV', filters: cvFilter });
      if (!path) return cancelled();
      const attachment = await readAttachment(path);
      // A replaced CV's pages are zeroed, not only marked free (see erasure.ts).
      db.pragma('secure_delete = ON');
      db.transaction(() => {
        storeCv(db, id, attachment, now());
        audit(db, 'import', 'cv', 1, 'CV joint à une candidature');
      })();
      return requireCandidate(db, id);
    },
    'exchange.candidates.saveCv': async ({ id }) => {
      const { db } = file();
      const candidate = requireCandidate(db, id);
      const cv = readCv(db, id) ?? fail('NOT_FOUND', 'Ce candidat n’a pas de CV joint.');
      const extension = attachmentKinds[cv.mediaType]?.extension ?? (extname(cv.fileName).slice(1) || 'bin');
      const base = basename(cv.fileName, extname(cv.fileName));
      const target = await ctx.dialogs.saveFile({
        title: `Enregistrer le CV de ${[candidate.firstName, candidate.lastName].filter(Boolean).join(' ')}`,
        defaultName: `${base}.${extension}`,
        filters: [{ name: attachmentKinds[cv.mediaType]?.label ?? 'Fichier', extensions: [extension] }],
      });
      if (!target) return cancelled();
      writeFileSync(target, cv.content);
      audit(db, 'export', 'cv', 1, 'Copie d’un CV enregistrée hors du fichier');
      await ctx.desktop.openFile(target);
      return { fileName: basename(target) };
    },
    'exchange.candidates.removeCv': ({ id }) => {
      const { db } = file();
      requireCandidate(db, id);
      db.pragma('secure_delete = ON');
      db.transaction(() => {
        if (removeCv(db, id)) audit(db, 'erasure', 'cv', 1, 'CV retiré d’une candidature');
      })();
      return requireCandidate(db, id);
    },
    'exchange.candidates.erase': async ({ id }) => {
      const opened = file();
      requireCandidate(opened.db, id);
      // The privacy engine's erasure: cascade, VACUUM, WAL emptied, every backup rewritten, one audit line.
      const result = await erasePeople(opened, { ids: [id], now: now(), actor: ctx.app.userName(), action: 'erasure' });
      return { backupsScrubbed: result.backups.rewritten + result.backups.removed };
    },
    'exchange.retention.preview': () => ({ today: today(), due: candidatesDue(file().db, today()) }),
    'exchange.retention.purge': async ({ ids }) => {
      const opened = file();
      // Re-checked now: a contact recorded since the preview takes the candidate off the list.
      const due = new Set(candidatesDue(opened.db, today()).map((row) => row.id));
      const toErase = ids.filter((id) => due.has(id));
      if (toErase.length === 0) fail('CONFLICT', 'Aucun des candidats choisis n’a plus à être supprimé (un contact a peut-être été noté depuis) : rechargez la liste.');
      const result = await erasePeople(opened, { ids: toErase, now: now(), actor: ctx.app.userName(), action: 'purge' });
      return { purged: result.erased, backupsScrubbed: result.backups.rewritten + result.backups.removed };
    },
  };
}

