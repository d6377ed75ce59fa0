import type { Handlers } from '../dispatch';
import type { WindowContext } from '../context';
import { exchangeCandidateHandlers } from './exchange-candidates';
import { exchangeOfferHandlers } from './exchange-offers';
import { exchangeSharingHandlers } from './exchange-sharing';

type ExchangeHandlers = Pick<Handlers, Extract<keyof Handlers, `exchange.${string}`>>;

/** The exchange among members (issue 13): job ads and training places, candidates and CVs. */
export function exchangeHandlers(ctx: WindowContext): ExchangeHandlers {
  return { ...exchangeOfferHandlers(ctx), ...exchangeCandidateHandlers(ctx), ...exchangeSharingHandlers(ctx) };
}
