import type { StructureRow } from '../../../../../shared/api/members';
import { structureTypes } from '../../../../../shared/domain/structure';

type Props = {
  structures: StructureRow[];
  selected: Set<number>;
  onChange: (next: Set<number>) => void;
};

/** Checkbox list of the register; members of the current year come first and are preselected by the caller. */
export function MemberPicker({ structures, selected, onChange }: Props) {
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  const members = structures.filter((s) => s.isMember);
  return (
    <fieldset className="member-picker">
      <legend>
        Structures destinataires ({selected.size} sur {structures.length})
      </legend>
      <div className="toolbar">
        <button type="button" className="link-button" onClick={() => onChange(new Set(members.map((s) => s.id)))}>
          Adhérents seulement
        </button>
        <button type="button" className="link-button" onClick={() => onChange(new Set(structures.map((s) => s.id)))}>
          Toutes
        </button>
        <button type="button" className="link-button" onClick={() => onChange(new Set())}>
          Aucune
        </button>
      </div>
      <ul className="check-list">
        {structures.map((s) => (
          <li key={s.id}>
            <label>
              <input type="checkbox" checked={selected.has(s.id)} onChange={() => toggle(s.id)} />
              <span>
                {s.name}
                <span className="muted">
                  {' '}
                  {[s.type ? structureTypes[s.type] : '', s.communeName, s.isMember ? '' : 'non adhérent'].filter(Boolean).join(' · ')}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
