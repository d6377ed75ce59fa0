import { describe, expect, it } from 'vitest';
import { packLines, packRowsResult, unpackLines, unpackRowsResult } from '../../../electron/main/workbooks/cdd-import/packed-lines';
import type { AcceptedLine } from '../../../electron/main/workbooks/cdd-import/validate-rows';
import { buffersOf, packSheet, unpackSheet, valuesOfRow } from '../../../electron/main/workbooks/xlsx-reader/packed-grid';
import type { SheetGrid } from '../../../electron/main/workbooks/xlsx-reader/read-workbook';

describe('sheets and lines packed to cross from the workbook worker', () => {
  const sheet: SheetGrid = {
    name: 'CDD',
    isHidden: true,
    rows: [
      { number: 1, values: ['Mois', 'Métier', 'Heures'] },
      { number: 3, values: [null, 'Métier', 0, -1.5, true, false, ''] },
      { number: 7, values: [] },
      { number: 8, values: [45_658, 'Aide-soignant', 151.67] },
    ],
  };

  it('gives back every value, hole and row number, with each text kept once', () => {
    const packed = packSheet(sheet);
    expect(unpackSheet(packed)).toEqual(sheet);
    expect(packed.texts).toEqual(['Mois', 'Métier', 'Heures', '', 'Aide-soignant']);
    expect(valuesOfRow(packed, 8)).toEqual([45_658, 'Aide-soignant', 151.67]);
    expect(valuesOfRow(packed, 2)).toBeNull();
    // Four separate buffers per sheet, so that moving them detaches nothing else.
    expect(new Set(buffersOf([packed])).size).toBe(4);
  });

  it('gives back the accepted lines, with their missing contracts and reasons', () => {
    const lines: AcceptedLine[] = [
      { row: 2, month: '2025-01', occupationKey: 'aide-soignant', contracts: 2, hours: 151.67, reason: 'leave' },
      { row: 3, month: '2025-01', occupationKey: 'infirmier', contracts: null, hours: 0.5, reason: null },
      { row: 9, month: '2025-02', occupationKey: 'aide-soignant', contracts: 0, hours: 12, reason: 'sickness' },
    ];
    expect(unpackLines(packLines(lines))).toEqual(lines);
    expect(packLines(lines).texts).toEqual(['2025-01', 'aide-soignant', 'leave', 'infirmier', '2025-02', 'sickness']);
    const result = { lines, issues: [], counts: { accepted: 3, refused: 0, blank: 1, warnings: 0 }, totals: { hours: 164.17, contracts: 2 }, monthRange: { from: '2025-01', to: '2025-02' } };
    expect(unpackRowsResult(packRowsResult(result))).toEqual(result);
  });
});
