import type { StructureRow } from '../../../../../shared/api/members';
import type { ConsentScope } from '../../../../../shared/domain/exchange';

type Props = {
  scope: ConsentScope;
  consentOn: string;
  members: number[];
  structures: StructureRow[];
  labels: Record<ConsentScope, string>;
  onScope: (scope: ConsentScope) => void;
  onConsentOn: (day: string) => void;
  onMembers: (ids: number[]) => void;
};

/** The consent (CNIL): whom the candidate agreed to be shown to, and since when. */
export function ConsentFields({ scope, consentOn, members, structures, labels, onScope, onConsentOn, onMembers }: Props) {
  const memberStructures = structures.filter((s) => s.isMember);
  const listed = memberStructures.length > 0 ? memberStructures : structures;
  return (
    <fieldset className="wizard-step">
      <legend>Consentement au partage</legend>
      <div className="segmented" role="radiogroup" aria-label="Le candidat accepte d’être présenté à">
        {(Object.keys(labels) as ConsentScope[]).map((code) => (
          <label key={code}>
            <input type="radio" name="consent-scope" value={code} checked={scope === code} onChange={() => onScope(code)} />
            {labels[code]}
          </label>
        ))}
      </div>
      {scope !== 'none' ? (
        <label>
          Consentement donné le
          <input type="text" inputMode="numeric" placeholder="jj/mm/aaaa" value={consentOn} onChange={(event) => onConsentOn(event.target.value)} />
        </label>
      ) : (
        <p className="muted">Sans consentement, le candidat n’est proposé à aucun adhérent et ne peut pas être exporté.</p>
      )}
      {scope === 'someMembers' ? (
        <ul className="check-list" aria-label="Adhérents nommés par le consentement">
          {listed.map((structure) => (
            <li key={structure.id}>
              <label className="inline-check">
                <input
                  type="checkbox"
                  checked={members.includes(structure.id)}
                  onChange={(event) => onMembers(event.target.checked ? [...members, structure.id] : members.filter((id) => id !== structure.id))}
                />
                {structure.name}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
