import type { Handlers } from './dispatch';
import type { WindowContext } from './context';
import { associationHandlers } from './handlers/association';
import { withUndoPoints } from './store/undo/undo-points';
import { undoHandlers } from './handlers/undo';
import { memberHandlers } from './handlers/members';
import { memberImportHandlers } from './handlers/member-imports';
import { cddHandlers } from './handlers/cdd';
import { progressHandlers } from './handlers/progress';
import { competencyHandlers } from './handlers/competencies';
import { competencyWorkbookHandlers } from './handlers/competency-workbooks';
import { exchangeHandlers } from './handlers/exchange';
import { peopleHandlers } from './handlers/people';
import { privacyHandlers } from './handlers/privacy';
import { mailHandlers } from './handlers/mail';
import { followUpHandlers } from './handlers/follow-up';
import { desktopHandlers } from './handlers/desktop';
import { trainingHandlers } from './handlers/trainings';
import { opcaHandlers } from './handlers/opca';
import { lheoHandlers } from './handlers/lheo';
import { printHandlers } from './handlers/print';
import { charterHandlers } from './handlers/charter';
import { newsletterHandlers } from './handlers/newsletters';

/** Implements the contract for one window; the calls that delete or import take a backup first (undo-points.ts). */
export function createHandlers(ctx: WindowContext): Handlers {
  return withUndoPoints(ctx, featureHandlers(ctx));
}

/** Each feature brings its own slice. */
function featureHandlers(ctx: WindowContext): Handlers {
  return {
    ...associationHandlers(ctx),
    ...memberHandlers(ctx),
    ...memberImportHandlers(ctx),
    ...cddHandlers(ctx),
    ...progressHandlers(ctx),
    ...competencyHandlers(ctx),
    ...competencyWorkbookHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...peopleHandlers(ctx),
    ...privacyHandlers(ctx),
    ...mailHandlers(ctx),
    ...followUpHandlers(ctx),
    ...desktopHandlers(ctx),
    ...trainingHandlers(ctx),
    ...opcaHandlers(ctx),
    ...lheoHandlers(ctx),
    ...printHandlers(ctx),
    ...charterHandlers(ctx),
    ...undoHandlers(ctx),
    ...newsletterHandlers(ctx),
  } satisfies Handlers;
}
