import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { fillWithSheetJs, openCddWindow, prepareWorkbooks } from './cdd-window';

describe('job titles counted under another name', () => {
  const tempFolder = useTempFolder();

  it('are shown typed → matched once each, and can be corrected before committing', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder);
    const { pathOf } = await prepareWorkbooks(window, folder);
    const [ehpad] = window.structures;
    const target = join(folder, 'retour.xlsx');
    fillWithSheetJs(pathOf(ehpad!.id), target, [
      ['EHPAD Les Tilleuls', '01/2025', 'AS de nuit', 1, 60, null],
      ['EHPAD Les Tilleuls', '02/2025', 'AS de nuit', 1, 60, null],
      ['EHPAD Les Tilleuls', '01/2025', 'Aide-soignant(e)', 1, 50, null],
    ]);
    window.answer([target]);
    const read = await window.call('cdd.readReturned');
    const file = read.files[0]!;
    const matched = file.issues.filter((issue) => issue.severity === 'warning' && issue.typedOccupation);
    // Once for « AS de nuit », never for the occupation's own label.
    expect(matched.map((issue) => [issue.typedOccupation, issue.suggestions[0]?.label])).toEqual([['AS de nuit', 'Aide-soignant(e)']]);
    expect(matched[0]?.message).toBe('«\u00a0AS de nuit\u00a0» est compté comme «\u00a0Aide-soignant(e)\u00a0» : si ce n’est pas le bon métier, choisissez-le ci-dessous avant d’importer.');
    expect(file.counts.accepted).toBe(3);

    // The coordinator says « AS de nuit » is an ASH here: the file is read again with that choice.
    const corrected = await window.call('cdd.resolveOccupations', { importId: read.importId, fileIndex: 0, choices: [{ typed: 'AS de nuit', occupationKey: 'agent-service-hospitalier' }], saveAsSynonyms: false });
    expect(corrected.lines.filter((line) => line.occupationKey === 'agent-service-hospitalier').map((line) => line.hours)).toEqual([60, 60]);
    expect(corrected.issues.filter((issue) => issue.typedOccupation === 'AS de nuit')).toEqual([]);
    window.close();
  });
});
