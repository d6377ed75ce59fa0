import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Newsletter, NewsletterData, NewsletterSection, NewsletterSummary } from '../../../../shared/api/newsletters';
import { emptyRichText } from '../../../../shared/api/rich-text';
import { fail } from '../../errors';
import { cleanRichText, plainText } from '../../print/rich-text/clean';
import { liveContacts } from './contacts';
import { liveFigures, liveMembers, type LiveInputs } from './figures';
import { glossaryUsedIn, listGlossary } from './glossary';
import { listImages } from './images';

type Row = NewsletterSummary & { sections: string; frozen: string | null };

const selectLetter = `SELECT id, number, title, period, status, published_at AS publishedAt, updated_at AS updatedAt, sections, frozen FROM newsletter`;

const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const monthOf = (now: Date) => `${months[now.getMonth()]!.replace(/^./, (c) => c.toUpperCase())} ${now.getFullYear()}`;

const newId = () => randomUUID().slice(0, 8);
const text = (title: string) => ({ kind: 'text' as const, id: newId(), title, content: emptyRichText() });

/** The layout of the seeds' letters: édito, Repères, progress by axis, perspectives, members, contacts. */
export function defaultSections(): NewsletterSection[] {
  return [
    text('Édito'),
    { kind: 'keyFigures', id: newId(), title: 'Repères' },
    text('Formation'),
    text('Mutualisation, fidélisation et parcours professionnels'),
    text('Coopération et limite des métiers'),
    text('Perspectives'),
    { kind: 'members', id: newId(), title: 'Les adhérents' },
    { kind: 'contacts', id: newId(), title: 'Contacts', contactIds: [], content: emptyRichText() },
  ];
}

/** Every section cleaned: rich text through the allow-list, titles trimmed. */
const cleanSections = (sections: NewsletterSection[]): NewsletterSection[] =>
  sections.map((section) => (section.kind === 'text' || section.kind === 'contacts' ? { ...section, content: cleanRichText(section.content) } : section));

/** The words the glossary looks for: the letter's text, its titles, and its figures' wording. */
export function letterText(title: string, sections: NewsletterSection[], figures: NewsletterData['figures'], contacts: NewsletterData['contacts'] = []): string {
  const parts = [title, ...sections.map((section) => section.title)];
  for (const section of sections) if (section.kind === 'text' || section.kind === 'contacts') parts.push(plainText(section.content));
  if (sections.some((section) => section.kind === 'keyFigures')) for (const figure of figures) parts.push(`${figure.unit} ${figure.label}`);
  for (const contact of contacts) parts.push(contact.structureName, contact.role);
  return parts.join('\n');
}

function liveData(db: Database.Database, row: Pick<Row, 'title'>, sections: NewsletterSection[], now: Date, live: LiveInputs): NewsletterData {
  const association = db.prepare('SELECT name, territory FROM association WHERE id = 1').get() as NewsletterData['association'];
  const { figures, note } = liveFigures(db, now, live);
  const contacts = liveContacts(db, sections);
  return { association, figures, figuresNote: note, members: liveMembers(db, now), contacts, glossary: glossaryUsedIn(listGlossary(db), letterText(row.title, sections, figures, contacts)) };
}

function toLetter(db: Database.Database, row: Row, now: Date, live: LiveInputs): Newsletter {
  const sections = JSON.parse(row.sections) as NewsletterSection[];
  const data = row.frozen ? (JSON.parse(row.frozen) as NewsletterData) : liveData(db, row, sections, now, live);
  const { sections: _s, frozen: _f, ...summary } = row;
  return { ...summary, sections, data, images: listImages(db, row.id) };
}

export function listLetters(db: Database.Database): NewsletterSummary[] {
  return (db.prepare(`${selectLetter} ORDER BY number DESC`).all() as Row[]).map(({ sections: _s, frozen: _f, ...summary }) => summary);
}

export function getLetter(db: Database.Database, id: number, now: Date, live: LiveInputs = {}): Newsletter {
  const row = db.prepare(`${selectLetter} WHERE id = ?`).get(id) as Row | undefined;
  if (!row) fail('NOT_FOUND', 'Cette lettre n’existe plus.');
  return toLetter(db, row, now, live);
}

/** The next number; from the previous letter, its sections' kinds and titles (texts start empty). */
export function createLetter(db: Database.Database, fromPrevious: boolean, now: Date, live: LiveInputs = {}): Newsletter {
  const stamp = now.toISOString();
  const previous = db.prepare(`${selectLetter} ORDER BY number DESC LIMIT 1`).get() as Row | undefined;
  if (fromPrevious && !previous) fail('VALIDATION', 'Il n’y a pas encore de lettre précédente : la première part du modèle habituel.');
  const sections =
    fromPrevious && previous
      ? (JSON.parse(previous.sections) as NewsletterSection[]).map((section) =>
          section.kind === 'text' ? { ...section, id: newId(), content: emptyRichText() } : { ...section, id: newId() },
        )
      : defaultSections();
  const number = (previous?.number ?? 0) + 1;
  const result = db
    .prepare("INSERT INTO newsletter (number, title, period, status, sections, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?, ?)")
    .run(number, previous?.title ?? 'Lettre d’information', monthOf(now), JSON.stringify(sections), stamp, stamp);
  return getLetter(db, Number(result.lastInsertRowid), now, live);
}

function requireDraft(db: Database.Database, id: number, now: Date, live: LiveInputs = {}): Newsletter {
  const letter = getLetter(db, id, now, live);
  if (letter.status === 'published') fail('CONFLICT', `La lettre n°${letter.number} est publiée : elle ne change plus. Créez la suivante (« Partir de la lettre précédente »).`);
  return letter;
}

export function saveLetter(db: Database.Database, id: number, changes: { title: string; period: string; sections: NewsletterSection[] }, now: Date, live: LiveInputs = {}): Newsletter {
  requireDraft(db, id, now);
  const ids = new Set(changes.sections.map((section) => section.id));
  if (ids.size !== changes.sections.length) fail('VALIDATION', 'Deux sections portent le même identifiant : rechargez la lettre.');
  db.prepare('UPDATE newsletter SET title = ?, period = ?, sections = ?, updated_at = ? WHERE id = ?').run(
    changes.title, changes.period, JSON.stringify(cleanSections(changes.sections)), now.toISOString(), id,
  );
  return getLetter(db, id, now, live);
}

/** Freezes every figure, list and glossary entry the letter shows, as they are now. */
export function publishLetter(db: Database.Database, id: number, now: Date, live: LiveInputs = {}): Newsletter {
  const letter = requireDraft(db, id, now, live);
  const stamp = now.toISOString();
  db.prepare("UPDATE newsletter SET status = 'published', frozen = ?, published_at = ?, updated_at = ? WHERE id = ?").run(JSON.stringify(letter.data), stamp, stamp, id);
  return getLetter(db, id, now);
}

export function deleteLetter(db: Database.Database, id: number, now: Date): void {
  requireDraft(db, id, now);
  db.prepare('DELETE FROM newsletter WHERE id = ?').run(id);
}
