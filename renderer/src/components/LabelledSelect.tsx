type Props<Code extends string> = {
  label: string;
  value: Code | '';
  /** Code → French label, as the vocabularies of shared/domain are kept. */
  options: Readonly<Record<Code, string>> | readonly { code: Code; label: string }[];
  /** What the empty choice reads: "Tous", "— Non renseigné —"… */
  emptyLabel: string;
  onChange: (value: Code | '') => void;
};

/** A labelled list of coded values with an empty choice first. */
export function LabelledSelect<Code extends string>({ label, value, options, emptyLabel, onChange }: Props<Code>) {
  const entries = Array.isArray(options)
    ? (options as readonly { code: Code; label: string }[]).map((o) => [o.code, o.label] as const)
    : (Object.entries(options) as [Code, string][]);
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value as Code | '')}>
        <option value="">{emptyLabel}</option>
        {entries.map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
