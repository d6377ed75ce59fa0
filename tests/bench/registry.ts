import { memberBenches } from './members';
import { cddBenches } from './cdd';
import { printingBenches } from './printing';
import { competencyBenches } from './competencies';
import { trainingBenches } from './trainings';
import { exchangeBenches } from './exchange';

export type Bench = { name: string; target: number; run: () => Promise<{ ms: number; baselineMs: number }> };

/** Each feature adds its measures in its own file. */
export const benches: Bench[] = [...memberBenches, ...cddBenches, ...printingBenches, ...competencyBenches, ...trainingBenches, ...exchangeBenches];
