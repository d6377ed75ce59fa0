// The member register's calls (issue 2, section 5). Filled in by the member-register work.
export const memberCalls = {};
