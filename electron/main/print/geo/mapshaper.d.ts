/** mapshaper ships no types: only the call the outline generator makes. */
declare module 'mapshaper' {
  const mapshaper: {
    /** Runs mapshaper commands on in-memory files (name → content); resolves to the output files. */
    applyCommands(commands: string, input?: Record<string, string>): Promise<Record<string, string | Uint8Array>>;
  };
  export default mapshaper;
}
