import type { z } from 'zod';
import type { CallSpec } from './api/define';
import type { ApiResult } from './api/errors';
import { associationCalls } from './api/association';
import { memberCalls } from './api/members';
import { memberImportCalls } from './api/member-imports';
import { cddCalls } from './api/cdd';
import { progressCalls } from './api/progress';
import { competencyCalls } from './api/competencies';
import { exchangeCalls } from './api/exchange';
import { peopleCalls } from './api/people';
import { privacyCalls } from './api/privacy';
import { mailCalls } from './api/mail';
import { followUpCalls } from './api/follow-up';
import { desktopCalls } from './api/desktop';
import { trainingCalls } from './api/trainings';
import { opcaCalls } from './api/opca';
import { lheoCalls } from './api/lheo';
import { printCalls } from './api/print';
import { charterCalls } from './api/charter';
import { undoCalls } from './api/undo';
import { newsletterCalls } from './api/newsletters';

export type { ApiResult, ApiError, ErrorCode } from './api/errors';

/** Every call the renderer may make. One entry here + one handler = a new feature call. */
export const contract = {
  ...associationCalls,
  ...memberCalls,
  ...memberImportCalls,
  ...cddCalls,
  ...progressCalls,
  ...competencyCalls,
  ...exchangeCalls,
  ...peopleCalls,
  ...privacyCalls,
  ...mailCalls,
  ...followUpCalls,
  ...desktopCalls,
  ...trainingCalls,
  ...opcaCalls,
  ...lheoCalls,
  ...printCalls,
  ...charterCalls,
  ...undoCalls,
  ...newsletterCalls,
} satisfies Record<string, CallSpec>;

export type Contract = typeof contract;
export type CallName = keyof Contract & string;
/** What the caller passes (before defaults and trimming). */
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
/** What the handler receives, once parsed. */
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;

export const callNames = Object.keys(contract) as CallName[];

export const isCallName = (name: string): name is CallName => Object.hasOwn(contract, name);

/** The shape of `window.api`, in Electron and in the test host alike. */
export type Api = { [K in CallName]: (input: CallInput<K>) => Promise<ApiResult<CallOutput<K>>> };
