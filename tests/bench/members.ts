import type { Bench } from './registry';

export const memberBenches: Bench[] = [];
