/**
 * SQLite's SUM of REAL values (Kahan–Babuška–Neumaier, sqlite3 func.c), so a sum made here equals
 * the one SQL returns for the same values in the same order (SUM of one value v is 0 + v).
 */
export function sqliteSum(values: readonly number[], from = 0, to = values.length): number {
  let sum = 0;
  let error = 0;
  for (let i = from; i < to; i += 1) {
    const value = values[i]!;
    const next = sum + value;
    error += Math.abs(sum) > Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  return Number.isFinite(error) ? sum + error : sum;
}
