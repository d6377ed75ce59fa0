import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import type { TerritoryChoice, TerritoryPart } from '../../../../shared/api/charter';
import { call } from '../../api';

type Props = { value: TerritoryPart[]; onChange: (value: TerritoryPart[]) => void; error?: string };

/** Communes and EPCIs, searched by name or postcode, kept as chips. */
export function TerritoryPicker({ value, onChange, error }: Props) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);
  const search = useQuery({ queryKey: ['charter-territory', query], queryFn: () => call('charter.searchTerritory', { query }), enabled: query.length >= 2, staleTime: Infinity });
  const results = (search.data ?? []).filter((choice) => !value.some((part) => part.kind === choice.kind && part.code === choice.code));
  const add = (choice: TerritoryChoice) => {
    onChange([...value, { kind: choice.kind, code: choice.code, name: choice.name }]);
    setText('');
    setQuery('');
    setActive(0);
  };
  const isOpen = query.length >= 2 && results.length > 0;
  return (
    <div className="territory-picker">
      <label htmlFor={inputId}>Territoire couvert (communes ou EPCI)</label>
      {value.length > 0 ? (
        <ul className="chips" aria-label="Territoire choisi">
          {value.map((part) => (
            <li key={`${part.kind}-${part.code}`} className="chip">
              {part.kind === 'epci' ? `${part.name} (EPCI)` : part.name}
              <button type="button" className="icon-button" aria-label={`Retirer ${part.name}`} onClick={() => onChange(value.filter((p) => p !== part))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        placeholder="Nom de commune, code postal ou nom d’EPCI (par exemple Flers)"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (!isOpen) return;
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((i) => Math.min(i + 1, results.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            const chosen = results[active];
            if (chosen) add(chosen);
          }
        }}
      />
      {isOpen ? (
        <ul id={listId} role="listbox" className="suggestions" aria-label="Communes et EPCI trouvés">
          {results.map((choice, index) => (
            <li
              key={`${choice.kind}-${choice.code}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                add(choice);
              }}
            >
              <strong>{choice.name}</strong> <span className="muted">{choice.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <span className="field-error">{error}</span> : null}
    </div>
  );
}
