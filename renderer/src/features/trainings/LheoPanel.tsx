/** LHEO import and export of training offers (filled in with the LHEO calls). */
export function LheoPanel(_props: { onImported: (id: number) => void }) {
  return null;
}
