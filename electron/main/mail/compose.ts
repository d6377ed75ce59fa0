import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';

/** One e-mail draft, as the coordinator will find it in the mail program, ready to check and send. */
export type MailDraft = {
  /** Recipients' addresses (may be empty: the person types one in the mail program). */
  to: readonly string[];
  cc?: readonly string[];
  /** Hidden copies, e.g. every member at once without showing them one another's address. */
  bcc?: readonly string[];
  /** Shown as the sender when set; otherwise the mail program uses its default account. */
  from?: string;
  subject: string;
  /** Plain text body, French, lines separated by \n. */
  text: string;
  /** Files on disk, written by the main process (never a path from the page). */
  attachments: readonly { path: string; fileName?: string; contentType?: string }[];
};

/**
 * Builds the .eml bytes with nodemailer's MailComposer (RFC 5322 / MIME done by a well-kept
 * library: encoded French subjects, base64 attachments, boundaries), never by hand.
 * `X-Unsent: 1` makes Outlook open the file as an editable draft with a « Envoyer » button;
 * other programs open it read-only (the screens say what to do there).
 * Attachments are read into memory first so that the draft is complete even if the source
 * file moves later, and so that a missing file fails here with a clear message.
 */
export async function composeDraft(draft: MailDraft, now: Date = new Date()): Promise<Buffer> {
  const attachments = await Promise.all(
    draft.attachments.map(async (attachment) => ({
      filename: attachment.fileName ?? basename(attachment.path),
      content: await readFile(attachment.path),
      ...(attachment.contentType ? { contentType: attachment.contentType } : {}),
    })),
  );
  const composer = new MailComposer({
    ...(draft.from ? { from: draft.from } : {}),
    to: [...draft.to],
    ...(draft.cc && draft.cc.length > 0 ? { cc: [...draft.cc] } : {}),
    ...(draft.bcc && draft.bcc.length > 0 ? { bcc: [...draft.bcc] } : {}),
    subject: draft.subject,
    text: draft.text,
    date: now,
    attachments,
    headers: { 'X-Unsent': '1' },
    // Windows line ends: Outlook and Windows Mail expect CRLF in a .eml file.
    newline: '\r\n',
    // Nothing is fetched or read by the composer itself: contents are given, never paths or URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
    xMailer: 'Passerelles',
  });
  const message = composer.compile();
  // A draft keeps its Bcc line (MailComposer drops it, as a sent message must; the mail program
  // reads it from the draft, sends, and drops it then).
  if (draft.bcc && draft.bcc.length > 0) message.keepBcc = true;
  return message.build();
}
