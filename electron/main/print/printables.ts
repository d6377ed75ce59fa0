import type { Printable } from '../../../shared/api/print';
import type { AssociationFile } from '../store/association-file';
import { summarize } from '../store/association-file';
import { charterDocument } from './charter/CharterDocument';
import { renderDocument } from './document';
import { richTextToHtml } from './rich-text/render';
import { newsletterDocument } from './newsletter/NewsletterDocument';
import { pooledPositionCount, poolingReportData } from './report/pooling-data';
import { poolingReportDocument } from './report/PoolingReport';
import { registerListData, registerListDocument } from './report/RegisterList';
import { currentVersionId, getVersion, listVersions, replacementOf } from '../store/charter/versions';
import { listSignatories } from '../store/charter/signatories';
import { interventionMap } from '../store/charter/map';
import { getLetter } from '../store/newsletters/letters';
import { fail } from '../errors';

export type BuiltDocument = { title: string; html: string; defaultFileName: string };

/** A file name without characters Windows refuses. */
export const safeFileName = (text: string) => text.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim();

async function charter(file: AssociationFile, versionId: number | undefined): Promise<BuiltDocument> {
  const currentId = currentVersionId(file.db);
  const id = versionId ?? currentId ?? (file.db.prepare('SELECT max(id) AS id FROM charter_version').get() as { id: number | null }).id;
  if (id === null) fail('VALIDATION', 'La charte n’a pas encore de texte : écrivez-le dans l’onglet « Texte ».');
  const version = getVersion(file.db, id);
  const versions = listVersions(file.db);
  const association = summarize(file);
  const doc = charterDocument({
    association,
    version,
    replacedBy: replacementOf(versions, id),
    inForce: versions.find((v) => v.isCurrent) ?? null,
    textHtml: richTextToHtml(version.content),
    // The version in force lists everyone who signed up to it; an earlier version, printed from
    // its own page, lists the signatories who signed that very text.
    signatories: listSignatories(file.db).filter((s) => (id === currentId ? s.versionNumber <= version.number : s.versionId === id)),
    map: await interventionMap(file.db, 800, id === currentId ? undefined : id),
  });
  return { title: doc.title, html: renderDocument(doc), defaultFileName: safeFileName(`Charte ${association.name} v${version.number}.pdf`) };
}

async function newsletter(file: AssociationFile, id: number, now: Date): Promise<BuiltDocument> {
  const letter = getLetter(file.db, id, now, { pooledPositions: await pooledPositionCount(file, now) });
  const doc = newsletterDocument(letter);
  const draft = letter.status === 'draft' ? ' (projet)' : '';
  return { title: doc.title, html: renderDocument(doc), defaultFileName: safeFileName(`${letter.title} n°${letter.number} ${letter.period}${draft}.pdf`) };
}

async function pooling(file: AssociationFile, now: Date): Promise<BuiltDocument> {
  const association = summarize(file);
  const data = await poolingReportData(file, now);
  if (data.consolidation.total.hours <= 0) fail('VALIDATION', 'Aucune donnée CDD n’est encore importée : importez les fichiers des adhérents (onglet « Collecte ») avant d’imprimer l’analyse.');
  const doc = poolingReportDocument(data, association, now);
  return { title: doc.title, html: renderDocument(doc), defaultFileName: safeFileName(`Mutualisation ${association.name} ${data.analysis.period.from} à ${data.analysis.period.to}.pdf`) };
}

function register(file: AssociationFile, now: Date): BuiltDocument {
  const association = summarize(file);
  const doc = registerListDocument(registerListData(file.db, now.getFullYear()), association, now);
  return { title: doc.title, html: renderDocument(doc), defaultFileName: safeFileName(`Registre ${association.name} ${now.toISOString().slice(0, 10)}.pdf`) };
}

/** Builds the HTML of a document from the open file. Each kind has its builder. */
export async function buildPrintable(file: AssociationFile, printable: Printable, now: Date): Promise<BuiltDocument> {
  switch (printable.kind) {
    case 'charter':
      return charter(file, printable.versionId);
    case 'newsletter':
      return newsletter(file, printable.id, now);
    case 'pooling':
      return pooling(file, now);
    case 'register':
      return register(file, now);
  }
}
