import type { WindowContext } from '../context';

// The member register's handlers (issue 2, section 5). Filled in by the member-register work.
export function memberHandlers(_ctx: WindowContext) {
  return {};
}
