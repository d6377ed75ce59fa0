import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/temp-folder';
import { writeMessyMembers } from '../member-imports/members-workbooks';
import { openCddWindow } from './cdd-window';

const dropped = (path: string) => ({ name: path.split('/').pop() ?? '', bytes: readFileSync(path) });

describe('files of the wrong kind dropped on the CDD import panel', () => {
  const tempFolder = useTempFolder();

  it('a members workbook is recognised and sent to the members import, with no mapping offered', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder);
    const path = writeMessyMembers(join(folder, 'Adhérents MCE-M3S.xlsx'));
    const read = await window.call('cdd.readDropped', { files: [dropped(path)] });
    expect(read.files[0]).toMatchObject({ status: 'refused', suggestedStructureId: null });
    expect(read.files[0]?.refusal).toContain('ressemble à une liste d’adhérents');
    expect(read.files[0]?.refusal).toContain('Importer un classeur d’adhérents…');
    window.close();
  });

  it('a small text file shows its size in French units, not « 0 o »', async () => {
    const folder = tempFolder();
    const window = await openCddWindow(folder);
    const path = join(folder, 'note.xlsx');
    writeFileSync(path, 'x'.repeat(71));
    const read = await window.call('cdd.readDropped', { files: [dropped(path)] });
    expect(read.files[0]).toMatchObject({ status: 'refused', sizeBytes: 71 });
    window.close();
  });
});
