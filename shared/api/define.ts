import type { z } from 'zod';

/** One entry of the contract: what the renderer may send, and what comes back. */
export type CallSpec = { input: z.ZodType; output: z.ZodType };

export const defineCall = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
