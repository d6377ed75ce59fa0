import type { WindowContext } from '../context';

// Occupations, CDD collection workbooks and import, consolidated view, pooling analysis (issue 3).
export function cddHandlers(_ctx: WindowContext) {
  return {};
}
