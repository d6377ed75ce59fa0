import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { requireFile, type WindowContext } from '../../context';
import { prepareDraft } from '../../mail/drafts';
import { structureRecipient } from '../../mail/recipients';
import { buildPrintable } from '../printables';
import { getLetter } from '../../store/newsletters/letters';

/**
 * « Préparer l’e-mail » of a letter: the PDF is printed into « Lettres d’information » beside the
 * association file, then an e-mail draft with it attached opens in the mail program (the trainings
 * feature's mail module). The members' addresses are not put in the draft's To: line — every
 * member would see the others' — but returned for the Bcc line; unsubscribed ones are left out.
 */
export async function prepareLetterEmail(ctx: WindowContext, id: number) {
  const file = requireFile(ctx);
  const now = ctx.app.now();
  const letter = getLetter(file.db, id, now);
  const built = await buildPrintable(file, { kind: 'newsletter', id }, now);
  const folder = join(dirname(file.path), 'Lettres d’information');
  mkdirSync(folder, { recursive: true });
  const pdfPath = join(folder, built.defaultFileName);
  writeFileSync(pdfPath, await ctx.printer.toPdf(built.html));

  const year = now.getFullYear();
  const members = file.db
    .prepare(
      `SELECT s.id FROM structure s WHERE EXISTS (SELECT 1 FROM membership m WHERE m.structure_id = s.id AND m.is_member = 1
         AND m.year = (SELECT max(year) FROM membership WHERE is_member = 1 AND year <= ?)) ORDER BY s.name`,
    )
    .all(year) as { id: number }[];
  const recipients: string[] = [];
  let unsubscribed = 0;
  for (const member of members) {
    const recipient = structureRecipient(file.db, member.id);
    unsubscribed += recipient.unsubscribed.length;
    if (recipient.email && !recipients.includes(recipient.email)) recipients.push(recipient.email);
  }
  const name = `${letter.title} n°${letter.number}`;
  const written = await prepareDraft(ctx, folder, `E-mail - ${name}`, {
    to: [],
    subject: `${name}${letter.period ? ` — ${letter.period}` : ''} — ${letter.data.association.name}`,
    text: [
      'Bonjour,',
      '',
      `Vous trouverez ci-joint la ${name.charAt(0).toLowerCase()}${name.slice(1)}${letter.period ? ` (${letter.period})` : ''} de ${letter.data.association.name}.`,
      '',
      'Bonne lecture,',
      '',
      '—',
      'Pour ne plus recevoir cette lettre, répondez simplement à ce message en le demandant.',
    ].join('\n'),
    attachments: [{ path: pdfPath, fileName: built.defaultFileName, contentType: 'application/pdf' }],
  });
  return { fileName: written.fileName, pdfFileName: built.defaultFileName, folder, opening: written.opening, recipients, unsubscribed };
}
