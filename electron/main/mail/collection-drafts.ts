import { join } from 'node:path';
import type { WindowContext } from '../context';
import { fail } from '../errors';
import { describePeriod } from '../workbooks/cdd-import/returned-file';
import type { MailDraft } from './compose';
import { rememberDraft } from './draft-sessions';
import { writeDraft } from './drafts';
import { structureRecipient } from './recipients';

type Period = { from: string; to: string };
/** The last collection round prepared in this window: where its workbooks are, for whom. */
type PreparedRound = {
  associationPath: string;
  folder: string;
  period: Period;
  files: readonly { structureId: number; structureName: string; fileName: string }[];
};

const roundsByWindow = new WeakMap<WindowContext, PreparedRound>();

/** Called by `cdd.prepareCollection` once its workbooks are written. */
export function rememberCollectionRound(ctx: WindowContext, round: PreparedRound): void {
  roundsByWindow.set(ctx, round);
}

export function collectionDraft(associationName: string, structureName: string, to: string | null, period: Period, workbookPath: string): MailDraft {
  const when = describePeriod(period);
  return {
    to: to ? [to] : [],
    subject: `Recensement des CDD de ${when} — ${structureName}`,
    text: [
      'Bonjour,',
      '',
      `Dans le cadre du recensement des CDD mené par ${associationName}, vous trouverez ci-joint le classeur de ${structureName} pour la période de ${when}.`,
      '',
      'Merci d’y indiquer, pour chaque métier et chaque mois, le nombre de contrats, les heures et le motif, puis de me le renvoyer en pièce jointe de votre réponse. Gardez le classeur tel quel (ses feuilles et ses colonnes) : il sera relu automatiquement.',
      '',
      'Je reste à votre disposition pour toute question.',
      '',
      'Bien cordialement,',
      '',
      associationName,
    ].join('\n'),
    attachments: [{ path: workbookPath, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }],
  };
}

export type CollectionDraftLine = {
  draftId: string;
  structureId: number;
  structureName: string;
  fileName: string;
  to: string | null;
  unsubscribed: string[];
};

/** One draft per structure of the last round, beside its workbook, addressed to its contact e-mail. */
export async function writeCollectionDrafts(ctx: WindowContext, associationPath: string, associationName: string, structureIds: readonly number[] | undefined) {
  const round = roundsByWindow.get(ctx);
  if (!round || round.associationPath !== associationPath)
    fail('NOT_FOUND', 'Préparez d’abord les classeurs de collecte dans cette fenêtre : les e-mails les joignent.');
  const file = ctx.session.file;
  if (!file) fail('NO_ASSOCIATION', 'Aucune association n’est ouverte : ouvrez ou créez un fichier (menu Fichier).');
  const wanted = structureIds ? new Set(structureIds) : null;
  const lines: CollectionDraftLine[] = [];
  for (const prepared of round.files) {
    if (wanted && !wanted.has(prepared.structureId)) continue;
    const recipient = structureRecipient(file.db, prepared.structureId);
    const draft = collectionDraft(associationName, prepared.structureName, recipient.email, round.period, join(round.folder, prepared.fileName));
    const written = await writeDraft(round.folder, `E-mail - ${prepared.fileName.replace(/\.xlsx$/i, '')}`, draft, ctx.app.now());
    lines.push({
      draftId: rememberDraft(ctx, written.path),
      structureId: prepared.structureId,
      structureName: prepared.structureName,
      fileName: written.fileName,
      to: recipient.email,
      unsubscribed: recipient.unsubscribed,
    });
  }
  return { folder: round.folder, drafts: lines };
}
