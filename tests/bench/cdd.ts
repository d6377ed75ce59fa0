import type { Bench } from './registry';

export const cddBenches: Bench[] = [];
