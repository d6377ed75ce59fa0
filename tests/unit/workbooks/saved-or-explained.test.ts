import { describe, expect, it } from 'vitest';
import { savedOrExplained } from '../../../electron/main/workbooks/saved-or-explained';

const refusedWith = (code: string) => () => Promise.reject(Object.assign(new Error(`${code}: refused`), { code }));

describe('a workbook the system refuses to write', () => {
  it('is explained in French, with what to do', async () => {
    for (const code of ['EBUSY', 'EPERM', 'EACCES', 'EROFS']) {
      await expect(savedOrExplained('/dossier/Analyse CDD.xlsx', refusedWith(code))).rejects.toMatchObject({
        code: 'READ_ONLY',
        message: expect.stringMatching(/^« Analyse CDD\.xlsx » n’a pas pu être enregistré : il est peut-être ouvert dans Excel.*Fermez-le/),
      });
    }
    await expect(savedOrExplained('/d/a.xlsx', refusedWith('ENOSPC'))).rejects.toMatchObject({ code: 'READ_ONLY', message: expect.stringContaining('le disque est plein') });
    await expect(savedOrExplained('/d/a.xlsx', refusedWith('ENOENT'))).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('le dossier choisi n’existe plus') });
  });

  it('lets any other failure through as it is, and a write that works through', async () => {
    await expect(savedOrExplained('/d/a.xlsx', refusedWith('EWHATEVER'))).rejects.toThrow('EWHATEVER: refused');
    let written = false;
    await savedOrExplained('/d/a.xlsx', async () => {
      written = true;
    });
    expect(written).toBe(true);
  });
});
