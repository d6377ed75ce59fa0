// Placeholder until the CDD screens land.
export function CddPage() {
  return <p>CDD et mutualisation</p>;
}
