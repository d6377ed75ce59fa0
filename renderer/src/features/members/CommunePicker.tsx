import { useEffect, useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Commune } from '../../../../shared/api/members';
import { call } from '../../api';

type Props = {
  label: string;
  /** "Flers (61100)" for the commune already chosen, '' for none. */
  value: string;
  epciName: string;
  error?: string;
  onPick: (commune: Commune | null) => void;
};

const describe = (c: Commune) => `${c.name} (${c.postcodes.length === 1 ? c.postcodes[0] : c.departmentCode})`;

/** Type a name or a postcode, then pick the commune: the INSEE code and EPCI come from the offline directory. */
export function CommunePicker({ label, value, epciName, error, onPick }: Props) {
  const [text, setText] = useState(value);
  const [isOpen, setIsOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);

  const search = useQuery({
    queryKey: ['communes', query],
    queryFn: () => call('communes.search', { query, limit: 12 }),
    enabled: isOpen && query.length >= 2,
    staleTime: Infinity,
  });
  const results = search.data ?? [];
  const isListShown = isOpen && results.length > 0;
  // Screen readers follow the highlighted option through aria-activedescendant: focus stays in the field.
  const optionId = (index: number) => `${listId}-option-${index}`;
  useEffect(() => {
    if (isListShown) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const pick = (commune: Commune) => {
    onPick(commune);
    setText(describe(commune));
    setIsOpen(false);
  };

  return (
    <div className="commune-picker">
      <label htmlFor={inputId}>{label}</label>
      <input
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={isListShown}
          aria-activedescendant={isListShown && results[active] ? optionId(active) : undefined}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${inputId}-hint`}
          autoComplete="off"
          placeholder="Nom ou code postal, par exemple Flers ou 61100"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
            setIsOpen(true);
            if (event.target.value.trim() === '') onPick(null);
          }}
          onBlur={() => setTimeout(() => setIsOpen(false), 150)}
          onKeyDown={(event) => {
            if (!isOpen || results.length === 0) return;
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((i) => Math.min(i + 1, results.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              // The list may still show the answer to what was typed before (« 61 » for « 61100 »): never pick from it.
              if (query !== text.trim() || search.isFetching) return;
              const chosen = results[active];
              if (chosen) pick(chosen);
            } else if (event.key === 'Escape') {
              event.stopPropagation();
              event.preventDefault();
              setIsOpen(false);
            }
          }}
        />
      {isOpen && query.length >= 2 && results.length === 0 ? (
        <p className="commune-options commune-status muted" role="status">
          {search.isFetching ? 'Recherche…' : `Aucune commune ne correspond à « ${query} ».`}
        </p>
      ) : null}
      {isListShown ? (
        <ul className="commune-options" role="listbox" id={listId} aria-label="Communes trouvées">
          {results.map((commune, index) => (
            <li
              key={commune.code}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'is-active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(commune);
              }}
            >
              <strong>{commune.name}</strong> <span>{commune.postcodes.join(', ')}</span>
              <small className="muted">{commune.epciName || `département ${commune.departmentCode}`}</small>
            </li>
          ))}
        </ul>
      ) : null}
      <span className={error ? 'field-error' : 'hint'} id={`${inputId}-hint`}>
        {error ? error : value ? `EPCI : ${epciName || 'aucun'}` : 'Aucune commune choisie.'}
      </span>
    </div>
  );
}
