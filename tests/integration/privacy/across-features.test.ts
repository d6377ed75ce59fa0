import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesHolding } from '../../support/bytes';
import { useTempFolder } from '../../support/temp-folder';
import { cvMarker, openExchangeWindow, writeCvPdf } from '../exchange/exchange-window';

// The engine over the registry as the features filled it: a candidate of the exchange, with a CV
// stored in the file, is exported and erased from « Personnes et RGPD » like anyone else.
describe('the privacy engine over the other features’ data', () => {
  const tempFolder = useTempFolder();

  it('exports a candidate’s CV details and erases the candidate, the CV and every copy in the backups', async () => {
    const folder = tempFolder();
    const window = await openExchangeWindow(folder);
    const { id } = await window.call('exchange.candidates.save', { candidate: window.candidate({ lastName: 'Quastrelle', firstName: 'Zéphyrine', email: 'zq@exemple.fr' }) });
    window.answer(writeCvPdf(join(folder, 'cv.pdf'), cvMarker, 2000));
    await window.call('exchange.candidates.attachCv', { id });
    // The CV file the coordinator picked is hers to keep: the test looks at what the app wrote.
    const picked = join(folder, 'cv.pdf');
    window.close();
    await window.reopen(window.path); // a backup that holds her and her CV

    const person = await window.call('people.get', { id });
    expect(person.person).toMatchObject({ lastName: 'Quastrelle', kind: 'candidate' });
    expect(person.holdings.filter((h) => h.count > 0).length).toBeGreaterThan(0);

    const handedOut = join(folder, 'remis');
    mkdirSync(handedOut);
    window.answer(join(handedOut, 'acces.json'));
    await window.call('privacy.exportAccess', { personId: id, format: 'json' });
    const content = JSON.parse(readFileSync(join(handedOut, 'acces.json'), 'utf8')) as { sections: { id: string; rows: unknown[] }[] };
    expect(JSON.stringify(content)).toContain('cv.pdf');

    const result = await window.call('privacy.erase', { personId: id });
    expect(result.backups.rewritten).toBeGreaterThanOrEqual(1);
    const left = filesHolding(folder, ['Quastrelle', 'Zéphyrine', cvMarker]).filter((path) => !path.startsWith('remis') && join(folder, path) !== picked);
    expect(left).toEqual([]);
    expect(await window.call('exchange.candidates.list')).toEqual([]);
    window.close();
  });
});
