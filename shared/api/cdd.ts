// Occupations, CDD collection workbooks and import, consolidated view, pooling analysis (issue 3).
export const cddCalls = {};
