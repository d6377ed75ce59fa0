// FINESS extract import, members workbook import, register export (issue 2, section 5).
export const memberImportCalls = {};
