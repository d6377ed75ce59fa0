import type { Printable } from '../../../shared/api/print';
import type { AssociationFile } from '../store/association-file';
import { summarize } from '../store/association-file';
import { charterDocument } from './charter/CharterDocument';
import { renderDocument } from './document';
import { richTextToHtml } from './rich-text/render';
import { currentVersionId, getVersion } from '../store/charter/versions';
import { listSignatories } from '../store/charter/signatories';
import { interventionMap } from '../store/charter/map';
import { fail } from '../errors';

export type BuiltDocument = { title: string; html: string; defaultFileName: string };

/** A file name without characters Windows refuses. */
export const safeFileName = (text: string) => text.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim();

async function charter(file: AssociationFile, versionId: number | undefined): Promise<BuiltDocument> {
  const id = versionId ?? currentVersionId(file.db) ?? (file.db.prepare('SELECT max(id) AS id FROM charter_version').get() as { id: number | null }).id;
  if (id === null) fail('VALIDATION', 'La charte n’a pas encore de texte : écrivez-le dans l’onglet « Texte ».');
  const version = getVersion(file.db, id);
  const association = summarize(file);
  const doc = charterDocument({
    association,
    version,
    textHtml: richTextToHtml(version.content),
    signatories: listSignatories(file.db).filter((s) => s.versionNumber <= version.number),
    map: await interventionMap(file.db),
  });
  return { title: doc.title, html: renderDocument(doc), defaultFileName: safeFileName(`Charte ${association.name} v${version.number}.pdf`) };
}

/** Builds the HTML of a document from the open file. Each kind has its builder. */
export async function buildPrintable(file: AssociationFile, printable: Printable, now: Date): Promise<BuiltDocument> {
  void now;
  switch (printable.kind) {
    case 'charter':
      return charter(file, printable.versionId);
    default:
      return fail('NOT_FOUND', 'Ce document ne s’imprime pas encore.');
  }
}
