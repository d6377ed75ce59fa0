import { basename, dirname } from 'node:path';
import type { ParsedInput } from '../../../shared/api';
import { mayBeShownTo } from '../../../shared/domain/exchange';
import type { Handlers } from '../dispatch';
import { cancelled, requireFile, type WindowContext } from '../context';
import { fail } from '../errors';
import { rememberDraft } from '../mail/draft-sessions';
import { prepareDraft } from '../mail/drafts';
import { summarize, type AssociationFile } from '../store/association-file';
import { listCandidates } from '../store/exchange/candidates';
import { listAds } from '../store/exchange/job-ads';
import { exchangeDraft, exchangeRecipients, type SelectionCounts } from '../store/exchange/recipients';
import { listPlaces } from '../store/exchange/training-places';
import { recordAudit } from '../store/privacy/audit';
import { exportExchange } from '../workbooks/exchange-export';
import { requireStructureId } from './exchange-offers';

type SharingHandlers = Pick<Handlers, 'exchange.export' | 'exchange.emailDraft'>;
type Selection = ParsedInput<'exchange.export'>;

/**
 * Writes the selection's workbook where the coordinator chooses, after checking that every
 * candidate's consent covers the recipient (all members, or the one named); records the share
 * in the audit trail, counted, never named. Returns where and how many.
 */
async function writeSelection(ctx: WindowContext, opened: AssociationFile, selection: Selection): Promise<{ path: string; counts: SelectionCounts }> {
  const { db } = opened;
  const { adIds, candidateIds, placeIds, recipientStructureId } = selection;
  if (adIds.length + candidateIds.length + placeIds.length === 0) fail('VALIDATION', 'Sélectionnez au moins une offre, un candidat ou une place de formation à exporter.');
  if (recipientStructureId !== null) requireStructureId(db, recipientStructureId);
  const pick = <T extends { id: number }>(rows: T[], wanted: number[]) => {
    const set = new Set(wanted);
    return rows.filter((row) => set.has(row.id));
  };
  const candidates = pick(listCandidates(db), candidateIds);
  const refused = candidates.filter((c) => !mayBeShownTo(c.consentScope, c.consentMemberIds, recipientStructureId));
  if (refused.length > 0) {
    const names = refused.map((c) => [c.firstName, c.lastName].filter(Boolean).join(' ')).join(', ');
    const whom = recipientStructureId === null ? 'à tous les adhérents' : 'à cet adhérent';
    const them = refused.length > 1 ? 'les' : 'le';
    fail('VALIDATION', `Le consentement de ${names} ne permet pas de ${them} présenter ${whom} : retirez-${them} de la sélection, ou notez d’abord un consentement qui le permet. Rien n’a été exporté.`);
  }
  const ads = pick(listAds(db), adIds);
  const places = pick(listPlaces(db), placeIds);
  const today = ctx.app.now().toISOString().slice(0, 10);
  const target = await ctx.dialogs.saveFile({
    title: 'Exporter la sélection',
    defaultName: `Échanges ${summarize(opened).name} ${today}.xlsx`,
    filters: [{ name: 'Classeur Excel', extensions: ['xlsx'] }],
  });
  if (!target) return cancelled();
  const path = target.toLowerCase().endsWith('.xlsx') ? target : `${target}.xlsx`;
  await exportExchange(path, { ads, candidates, places });
  const recipient = recipientStructureId === null ? 'pour tous les adhérents' : 'pour un adhérent';
  const line = (action: 'share' | 'export', subject: string, count: number) =>
    recordAudit(db, { at: ctx.app.now(), actor: ctx.app.userName(), action, subject, count, detail: `Sélection exportée en classeur ${recipient}` });
  db.transaction(() => {
    if (candidates.length > 0) line('share', 'candidate', candidates.length);
    if (ads.length > 0) line('export', 'job-ad', ads.length);
    if (places.length > 0) line('export', 'training-place', places.length);
  })();
  return { path, counts: { ads: ads.length, candidates: candidates.length, places: places.length } };
}

// Passing a selection to members (issue 13 §1): a workbook, and the e-mail that carries it.
export function exchangeSharingHandlers(ctx: WindowContext): SharingHandlers {
  return {
    'exchange.export': async (selection) => {
      const { path, counts } = await writeSelection(ctx, requireFile(ctx), selection);
      return { fileName: basename(path), ...counts };
    },
    'exchange.emailDraft': async (selection) => {
      const opened = requireFile(ctx);
      const { path, counts } = await writeSelection(ctx, opened, selection);
      const recipients = exchangeRecipients(opened.db, selection.recipientStructureId, ctx.app.now().getFullYear());
      const draft = exchangeDraft(summarize(opened).name, counts, recipients, path);
      const written = await prepareDraft(ctx, dirname(path), `E-mail - ${basename(path, '.xlsx')}`, draft);
      return {
        fileName: basename(path),
        ...counts,
        draftId: rememberDraft(ctx, written.path),
        draftFileName: written.fileName,
        opening: written.opening,
        recipients: recipients.to.length + recipients.bcc.length,
        unsubscribed: recipients.unsubscribed,
        withoutEmail: recipients.withoutEmail,
      };
    },
  };
}
