import type Database from 'better-sqlite3';
import type { GlossaryEntry } from '../../../../shared/api/newsletters';
import { fail } from '../../errors';

type SectorFile = { entries: { acronym: string; definition: string }[] };
const sectorSources = import.meta.glob('../../../../resources/glossary/sector-glossary.json', { eager: true, import: 'default' }) as Record<string, SectorFile>;
const sector: SectorFile['entries'] = Object.values(sectorSources)[0]?.entries ?? [];

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** The sector glossary (resources/glossary) with the association's own wording and additions. */
export function listGlossary(db: Database.Database): GlossaryEntry[] {
  const own = db.prepare('SELECT acronym, definition, is_hidden AS isHidden FROM glossary_entry').all() as { acronym: string; definition: string; isHidden: number }[];
  const byAcronym = new Map<string, GlossaryEntry>(sector.map((entry) => [entry.acronym, { ...entry, source: 'sector', isHidden: false }]));
  for (const entry of own) {
    byAcronym.set(entry.acronym, { acronym: entry.acronym, definition: entry.definition || byAcronym.get(entry.acronym)?.definition || '', source: 'association', isHidden: entry.isHidden === 1 });
  }
  return [...byAcronym.values()].sort((a, b) => collator.compare(a.acronym, b.acronym));
}

export function saveGlossaryEntry(db: Database.Database, acronym: string, definition: string, now: string): void {
  db.prepare(
    'INSERT INTO glossary_entry (acronym, definition, is_hidden, updated_at) VALUES (?, ?, 0, ?) ON CONFLICT (acronym) DO UPDATE SET definition = excluded.definition, is_hidden = 0, updated_at = excluded.updated_at',
  ).run(acronym, definition, now);
}

/** A sector entry is hidden (or shown again with `restore`); the association's own one is deleted. */
export function removeGlossaryEntry(db: Database.Database, acronym: string, restore: boolean, now: string): void {
  const sectorEntry = sector.find((entry) => entry.acronym === acronym);
  if (restore) {
    db.prepare('DELETE FROM glossary_entry WHERE acronym = ?').run(acronym);
    return;
  }
  if (sectorEntry) {
    db.prepare(
      'INSERT INTO glossary_entry (acronym, definition, is_hidden, updated_at) VALUES (?, ?, 1, ?) ON CONFLICT (acronym) DO UPDATE SET is_hidden = 1, updated_at = excluded.updated_at',
    ).run(acronym, sectorEntry.definition, now);
    return;
  }
  const result = db.prepare('DELETE FROM glossary_entry WHERE acronym = ?').run(acronym);
  if (result.changes === 0) fail('NOT_FOUND', `Le sigle ${acronym} n’est pas dans le glossaire.`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole word in capitals: « GTEC » in « la GTEC, » but not in « GTECS » nor « gtec ». */
export const acronymPattern = (acronym: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`, 'u');

/** The visible entries a text uses, in alphabetical order. */
export function glossaryUsedIn(entries: GlossaryEntry[], text: string) {
  return entries.filter((entry) => !entry.isHidden && acronymPattern(entry.acronym).test(text)).map(({ acronym, definition }) => ({ acronym, definition }));
}
