import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { cvMarker, openExchangeWindow, writeCvPdf, writeDocx } from './exchange-window';

/** Every file under the folder (the association file, its -wal and -shm, the backups…). */
function allFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

/** The files in which `needle` can still be read, as bytes (UTF-8, as SQLite stores text). */
const filesHolding = (folder: string, needle: string) => allFiles(folder).filter((path) => readFileSync(path).includes(Buffer.from(needle, 'utf8')));

describe('the exchange and the GDPR rules', () => {
  const tempFolder = useTempFolder();

  it('checks a CV by its content: a renamed program, a 50 MB file and a text file are refused, nothing stored', async () => {
    const folder = tempFolder();
    const window = await openExchangeWindow(folder);
    const { id } = await window.call('exchange.candidates.save', { candidate: window.candidate() });

    const exe = join(folder, 'cv-maelle.pdf');
    writeFileSync(exe, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(1022)]));
    const elf = join(folder, 'cv.docx');
    writeFileSync(elf, readFileSync('/bin/ls')); // a real Linux program, renamed
    const big = join(folder, 'cv-scanne.pdf');
    writeFileSync(big, '%PDF-1.4\n');
    truncateSync(big, 50 * 1024 * 1024);
    const text = join(folder, 'cv.odt');
    writeFileSync(text, 'Maëlle Berthelot, aide-soignante\n');

    const messages = [];
    for (const path of [exe, elf, big, text]) {
      window.answer(path);
      messages.push((await window.refusal('exchange.candidates.attachCv', { id })).message);
    }
    expect(messages[0]).toBe('« cv-maelle.pdf » est en réalité un programme (EXE), pas un CV : il n’a pas été joint. Demandez un PDF, un document Word (DOCX) ou OpenDocument (ODT), ou une image (JPEG, PNG).');
    expect(messages[1]).toMatch(/^« cv\.docx » est en réalité un programme \(ELF\), pas un CV/);
    expect(messages[2]).toBe('« cv-scanne.pdf » pèse 50\u00a0Mo : un CV joint pèse au plus 10\u00a0Mo. Enregistrez-le en PDF plus léger (ou réduisez les images), puis recommencez.');
    expect(messages[3]).toBe('Le contenu de « cv.odt » n’est pas reconnu : il n’a pas été joint. Un CV doit être un PDF, un document Word (DOCX) ou OpenDocument (ODT), ou une image (JPEG, PNG).');
    expect(window.db().prepare('SELECT count(*) AS n FROM candidate_cv').get()).toEqual({ n: 0 });
    expect(window.db().prepare('SELECT count(*) AS n FROM audit_event').get()).toEqual({ n: 0 });

    // A Word document named .pdf is taken for what it is, and said so.
    window.answer(writeDocx(join(folder, 'cv-word.pdf')));
    const withCv = await window.call('exchange.candidates.attachCv', { id });
    expect(withCv.cv).toMatchObject({ fileName: 'cv-word.pdf', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kindLabel: 'Word (DOCX)' });
    window.close();
  });

  it('erases a candidate for good: no byte of the name nor of the CV in the file, its WAL or its backups', async () => {
    const folder = tempFolder();
    const window = await openExchangeWindow(folder);
    const { id } = await window.call('exchange.candidates.save', { candidate: window.candidate() });
    const other = await window.call('exchange.candidates.save', { candidate: window.candidate({ lastName: 'Vautier', firstName: 'Paul', email: 'paul.vautier@example.fr' }) });
    window.answer(writeCvPdf(join(folder, 'cv.pdf'), cvMarker, 2000));
    await window.call('exchange.candidates.attachCv', { id });
    // Reopening takes a backup, which holds the CV too; then more writes go to the WAL.
    window.close();
    await window.reopen(window.path);
    await window.call('exchange.candidates.save', { id, candidate: window.candidate({ availability: 'Mi-temps' }) });
    const cvFile = join(folder, 'cv.pdf');
    expect(filesHolding(folder, cvMarker).filter((p) => p !== cvFile).length).toBeGreaterThanOrEqual(2);
    expect(filesHolding(folder, 'Berthelot').length).toBeGreaterThanOrEqual(2);

    const { backupsScrubbed } = await window.call('exchange.candidates.erase', { id });
    expect(backupsScrubbed).toBeGreaterThanOrEqual(1);
    const leftovers = (needle: string) => filesHolding(folder, needle).filter((p) => p !== cvFile);
    expect(leftovers(cvMarker)).toEqual([]);
    expect(leftovers('Berthelot')).toEqual([]);
    expect(leftovers('maelle.berthelot@example.fr')).toEqual([]);
    expect((await window.call('exchange.candidates.list')).map((c) => c.lastName)).toEqual(['Vautier']);
    window.close();
    expect(leftovers('Berthelot')).toEqual([]);
    // The other candidate is intact, in the file and in the backups.
    expect(filesHolding(folder, 'Vautier').length).toBeGreaterThanOrEqual(2);
    await window.reopen(window.path);
    expect(window.db().prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    expect((await window.call('exchange.candidates.list')).map((c) => c.id)).toEqual([other.id]);
    window.close();
  });

  it('proposes the candidates past two years without contact at a set clock, then purges only those still due', async () => {
    const folder = tempFolder();
    const window = await openExchangeWindow(folder);
    const at = (iso: string) => {
      window.context.app.now = () => new Date(`${iso}T09:00:00Z`);
    };
    at('2024-01-10');
    const old = await window.call('exchange.candidates.save', { candidate: window.candidate({ consentOn: '2024-01-10' }) });
    window.answer(writeCvPdf(join(folder, 'cv.pdf')));
    await window.call('exchange.candidates.attachCv', { id: old.id });
    const recent = await window.call('exchange.candidates.save', { candidate: window.candidate({ lastName: 'Vautier', consentOn: '2024-01-10', lastContactOn: '2024-01-10' }) });
    at('2025-06-01');
    await window.call('exchange.candidates.save', { id: recent.id, candidate: window.candidate({ lastName: 'Vautier', consentOn: '2024-01-10', lastContactOn: '2025-06-01' }) });
    expect(old.keptUntil).toBe('2026-01-10');

    at('2026-01-10');
    expect((await window.call('exchange.retention.preview')).due).toEqual([]);
    at('2026-01-11');
    const preview = await window.call('exchange.retention.preview');
    expect(preview).toEqual({ today: '2026-01-11', due: [{ id: old.id, lastName: 'Berthelot', firstName: 'Maëlle', lastContactOn: '2024-01-10', keptUntil: '2026-01-10', hasCv: true }] });

    // The purge erases only what is still due, whatever the page sends.
    const purge = await window.call('exchange.retention.purge', { ids: [old.id, recent.id] });
    expect(purge.purged).toBe(1);
    expect((await window.call('exchange.candidates.list')).map((c) => c.lastName)).toEqual(['Vautier']);
    expect(filesHolding(folder, cvMarker).filter((p) => !p.endsWith('cv.pdf'))).toEqual([]);
    expect((await window.refusal('exchange.retention.purge', { ids: [recent.id] })).code).toBe('CONFLICT');

    at('2027-06-02');
    expect((await window.call('exchange.retention.preview')).due.map((d) => d.lastName)).toEqual(['Vautier']);
    window.close();
  });

  it('keeps an audit trail of imports, shares and erasures with counts and no name', async () => {
    const folder = tempFolder();
    const window = await openExchangeWindow(folder);
    const db = window.db;
    const a = await window.call('exchange.candidates.save', { candidate: window.candidate() });
    const b = await window.call('exchange.candidates.save', { candidate: window.candidate({ lastName: 'Vautier', firstName: 'Paul', email: 'paul.vautier@example.fr' }) });
    window.answer(writeCvPdf(join(folder, 'cv-maelle-berthelot.pdf')));
    await window.call('exchange.candidates.attachCv', { id: a.id });
    window.answer(join(folder, 'selection.xlsx'));
    await window.call('exchange.export', { candidateIds: [a.id, b.id] });
    await window.call('exchange.candidates.removeCv', { id: a.id });
    await window.call('exchange.candidates.erase', { id: b.id });

    const trail = db().prepare('SELECT actor, action, subject, count, detail FROM audit_event ORDER BY id').all() as Record<string, unknown>[];
    expect(trail.map((line) => [line.action, line.subject, line.count])).toEqual([
      ['import', 'cv', 1],
      ['share', 'candidate', 2],
      ['erasure', 'cv', 1],
      ['erasure', 'person', 1],
    ]);
    expect(trail.every((line) => line.actor === window.context.app.userName())).toBe(true);
    const text = JSON.stringify(db().prepare('SELECT * FROM audit_event').all());
    // Lines past 12 months go when the trail is read (the privacy engine prunes it).
    db().prepare("INSERT INTO audit_event (at, actor, action, subject, count) VALUES ('2020-01-01T00:00:00.000Z', 'x', 'export', 'job-ad', 1)").run();
    expect((await window.call('privacy.audit', { limit: 100 })).map((line) => line.at.slice(0, 4))).not.toContain('2020');
    for (const personal of ['Berthelot', 'Maëlle', 'Vautier', 'Paul', 'example.fr', 'cv-maelle-berthelot', '06 12']) expect(text).not.toContain(personal);
    window.close();
  });
});
