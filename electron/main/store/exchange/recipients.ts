import type Database from 'better-sqlite3';
import type { MailDraft } from '../../mail/compose';
import { structureRecipient } from '../../mail/recipients';
import { isUnsubscribed } from '../newsletters/unsubscribes';
import { countOf } from '../../../../shared/format/plural';

export type SelectionCounts = { ads: number; candidates: number; places: number };

/** What the selection holds, in words: « 1 offre d’emploi, 2 candidats et 1 formation avec des places libres ». */
export function describeSelection(counts: SelectionCounts): string {
  const parts = [
    counts.ads > 0 ? countOf(counts.ads, 'offre d’emploi', 'offres d’emploi') : '',
    counts.candidates > 0 ? countOf(counts.candidates, 'candidat', 'candidats') : '',
    counts.places > 0 ? countOf(counts.places, 'formation avec des places libres', 'formations avec des places libres') : '',
  ].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} et ${parts.at(-1) ?? ''}` : (parts[0] ?? '');
}

/**
 * Who the e-mail goes to: the chosen member's contact, or every member's (in Bcc, so members do
 * not see one another's addresses). Addresses on the unsubscribe list are left out and counted.
 */
export function exchangeRecipients(db: Database.Database, recipientStructureId: number | null, year: number): { to: string[]; bcc: string[]; unsubscribed: number; withoutEmail: number } {
  const ids =
    recipientStructureId !== null
      ? [recipientStructureId]
      : (db.prepare('SELECT structure_id AS id FROM membership WHERE year = ? AND is_member = 1 ORDER BY structure_id').all(year) as { id: number }[]).map((row) => row.id);
  const addresses: string[] = [];
  let unsubscribed = 0;
  let withoutEmail = 0;
  for (const id of ids) {
    const recipient = structureRecipient(db, id);
    unsubscribed += recipient.unsubscribed.length;
    if (recipient.email === null) withoutEmail += 1;
    else if (isUnsubscribed(db, recipient.email)) unsubscribed += 1;
    else if (!addresses.includes(recipient.email)) addresses.push(recipient.email);
  }
  return recipientStructureId !== null ? { to: addresses, bcc: [], unsubscribed, withoutEmail } : { to: [], bcc: addresses, unsubscribed, withoutEmail };
}

/** The message that carries the exported workbook; it reminds members what the consent allows. */
export function exchangeDraft(associationName: string, counts: SelectionCounts, recipients: { to: string[]; bcc: string[] }, workbookPath: string): MailDraft {
  const what = describeSelection(counts);
  const lines = [
    'Bonjour,',
    '',
    `Vous trouverez ci-joint, dans le cadre des échanges entre adhérents de ${associationName}, ${what}.`,
  ];
  if (counts.candidates > 0) {
    lines.push(
      '',
      'Les candidats présentés ont accepté que leurs coordonnées vous soient transmises. Merci de ne pas les diffuser au-delà de votre structure et de supprimer ce fichier une fois le recrutement terminé. Pour recevoir un CV, répondez-moi : je vous le transmettrai.',
    );
  }
  lines.push('', 'Je reste à votre disposition pour toute question.', '', 'Bien cordialement,', '', associationName);
  return {
    to: recipients.to,
    bcc: recipients.bcc,
    subject: `Échanges entre adhérents — ${what}`,
    text: lines.join('\n'),
    attachments: [{ path: workbookPath, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }],
  };
}
