export type Bench = { name: string; target: number; run: () => Promise<{ ms: number; baselineMs: number }> };

/** Each feature adds its measures here. */
export const benches: Bench[] = [];
