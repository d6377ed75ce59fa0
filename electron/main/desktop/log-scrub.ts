/**
 * What goes into the log file: enough to find a bug (the call, the error's kind, where in the
 * code), nothing about a person. French messages quote names and file names in « … », e-mails
 * and paths carry people's names: all are masked.
 */
export function scrubForLog(text: string, home: string | null): string {
  let out = text;
  if (home && home.length > 1) out = out.split(home).join('~');
  out = out
    .replace(/«[^»]*»/g, '«…»')
    .replace(/[^\s@<>()'"«»,;:]+@[^\s@<>()'"«»,;:]+\.[a-z]{2,}/gi, '<courriel>')
    .replace(/(\/home\/|\/Users\/|[A-Za-z]:\\Users\\)[^/\\\s]+/g, '$1…')
    .replace(/\b\d{9,}\b/g, '<numéro>');
  return out;
}

/** One log line for an error: its name, scrubbed message and the first frames of its stack. */
export function describeErrorForLog(context: string, error: unknown, home: string | null): string {
  if (!(error instanceof Error)) return scrubForLog(`${context} : ${String(error)}`, home);
  const frames = (error.stack ?? '').split('\n').slice(1, 8).map((line) => line.trim()).join(' | ');
  return scrubForLog(`${context} : ${error.name} : ${error.message}${frames ? ` — ${frames}` : ''}`, home);
}
