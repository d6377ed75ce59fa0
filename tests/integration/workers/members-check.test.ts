import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDataRows } from '../../../electron/main/workbooks/members-import/check-rows';
import { readSheet } from '../../../electron/main/workbooks/members-import/describe';
import { checkSheetRows, readMembersWorkbook } from '../../../electron/main/workbooks/members-import/in-worker';
import { chosenSheet } from '../../../electron/main/workbooks/members-import/plan';
import { describeWorkbook } from '../../../electron/main/workbooks/members-import/describe';
import { memberBenchWorkbook } from '../../bench/members';
import { useBuiltWorker } from '../../support/built-worker';
import { useTempFolder } from '../../support/temp-folder';

const tempFolder = useTempFolder();
const builtWorker = useBuiltWorker('workbook-worker', 'electron/main/workers/workbook-worker.ts');

/** A 4,000-row members workbook read by the built worker, with the suggested mapping. */
async function readWorkbook() {
  const folder = tempFolder();
  const path = join(folder, 'adherents.xlsx');
  await memberBenchWorkbook(path, 4_000);
  const { grids, packed, sha256 } = await readMembersWorkbook(path, { workerScript: builtWorker() });
  const read = { fileName: 'adherents.xlsx', sha256, sheets: grids.map((grid, i) => readSheet(grid, packed[i] ?? null)) };
  const described = describeWorkbook(read, 'test');
  const sheet = described.sheets.find((candidate) => candidate.name === described.suggestedSheet)!;
  const mapping = Object.fromEntries(sheet.columns.map((column) => [String(column.index), column.suggestedField]));
  const chosen = chosenSheet(read, { sheet: sheet.name, mapping, membershipYear: null });
  return { folder, ...chosen, toCheck: { rows: chosen.sheet.grid.rows, firstDataRow: chosen.sheet.headerIndex + 1, packed: chosen.sheet.packed } };
}

afterEach(() => vi.restoreAllMocks());

describe('the members rows checked on two cores', () => {
  it('gives, row for row, what one thread gives: half checked in the built worker', async () => {
    const { sheet, mapping, toCheck } = await readWorkbook();
    const errors = vi.spyOn(console, 'error');
    const split = await checkSheetRows(toCheck, mapping, { workerScript: builtWorker() });
    const alone = checkDataRows(sheet.grid.rows.slice(sheet.headerIndex + 1), mapping);
    expect(split).toHaveLength(4_000);
    expect(split).toEqual(alone);
    expect(split[3_999]?.value.communeName).toBe('Tinchebray-Bocage');
    // The worker answered: nothing fell back to this thread.
    expect(errors).not.toHaveBeenCalled();
  });

  it('checks every row here when the worker fails, with the same result', async () => {
    const { folder, sheet, mapping, toCheck } = await readWorkbook();
    const broken = join(folder, 'broken-worker.mjs');
    writeFileSync(broken, "throw new Error('worker cassé');\n");
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const split = await checkSheetRows(toCheck, mapping, { workerScript: broken });
    expect(split).toEqual(checkDataRows(sheet.grid.rows.slice(sheet.headerIndex + 1), mapping));
    expect(errors).toHaveBeenCalledOnce();
  });
});
