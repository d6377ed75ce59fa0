import type { CddReason } from '../../../../shared/api/cdd';
import type { AcceptedLine, RowsResult } from './validate-rows';

/**
 * The accepted lines of a checked file as flat arrays, as they come back from the worker:
 * 100,000 line objects cost the main thread ~150–230 ms to deserialise from a structured clone,
 * rebuilding them from these arrays ~15 ms. Months, occupation keys and reasons repeat: each is
 * an index into `texts`.
 */
export type PackedLines = {
  rows: Int32Array;
  months: Int32Array;
  occupations: Int32Array;
  /** NaN when the file gave no number of contracts. */
  contracts: Float64Array;
  hours: Float64Array;
  /** -1 when the line has no reason. */
  reasons: Int32Array;
  texts: string[];
};

export function packLines(lines: readonly AcceptedLine[]): PackedLines {
  const count = lines.length;
  const packed: PackedLines = {
    rows: new Int32Array(count),
    months: new Int32Array(count),
    occupations: new Int32Array(count),
    contracts: new Float64Array(count),
    hours: new Float64Array(count),
    reasons: new Int32Array(count),
    texts: [],
  };
  const indexes = new Map<string, number>();
  const indexOf = (text: string) => {
    let index = indexes.get(text);
    if (index === undefined) indexes.set(text, (index = packed.texts.push(text) - 1));
    return index;
  };
  for (const [i, line] of lines.entries()) {
    packed.rows[i] = line.row;
    packed.months[i] = indexOf(line.month);
    packed.occupations[i] = indexOf(line.occupationKey);
    packed.contracts[i] = line.contracts ?? Number.NaN;
    packed.hours[i] = line.hours;
    packed.reasons[i] = line.reason === null ? -1 : indexOf(line.reason);
  }
  return packed;
}

export function unpackLines(packed: PackedLines): AcceptedLine[] {
  const lines: AcceptedLine[] = [];
  const text = (index: number) => packed.texts[index] ?? '';
  for (let i = 0; i < packed.rows.length; i += 1) {
    const contracts = packed.contracts[i] ?? Number.NaN;
    const reason = packed.reasons[i] ?? -1;
    lines.push({
      row: packed.rows[i] ?? 0,
      month: text(packed.months[i] ?? -1),
      occupationKey: text(packed.occupations[i] ?? -1),
      contracts: Number.isNaN(contracts) ? null : contracts,
      hours: packed.hours[i] ?? 0,
      reason: reason < 0 ? null : (text(reason) as CddReason),
    });
  }
  return lines;
}

export const buffersOfLines = (packed: PackedLines): ArrayBuffer[] =>
  [packed.rows.buffer, packed.months.buffer, packed.occupations.buffer, packed.contracts.buffer, packed.hours.buffer, packed.reasons.buffer] as ArrayBuffer[];

/** A check's result with its lines packed, as it crosses from the worker. */
export type PackedRowsResult = Omit<RowsResult, 'lines'> & { lines: PackedLines };

export const packRowsResult = (result: RowsResult): PackedRowsResult => ({ ...result, lines: packLines(result.lines) });
export const unpackRowsResult = (result: PackedRowsResult): RowsResult => ({ ...result, lines: unpackLines(result.lines) });
