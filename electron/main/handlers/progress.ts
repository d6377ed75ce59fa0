import type { progressCalls } from '../../../shared/api/progress';
import type { Handlers } from '../dispatch';
import type { WindowContext } from '../context';
import { progressOf } from '../progress';

type ProgressHandlers = Pick<Handlers, keyof typeof progressCalls>;

export function progressHandlers(ctx: WindowContext): ProgressHandlers {
  return {
    'progress.current': () => progressOf(ctx).current(),
  };
}
