// Placeholder until the member register screen lands.
export function MembersPage() {
  return <p>Registre des adhérents</p>;
}
