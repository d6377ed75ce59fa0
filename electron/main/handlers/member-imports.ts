import type { WindowContext } from '../context';

// FINESS extract import, members workbook import, register export (issue 2, section 5).
export function memberImportHandlers(_ctx: WindowContext) {
  return {};
}
