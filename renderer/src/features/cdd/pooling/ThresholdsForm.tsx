import { useState, type FormEvent } from 'react';
import type { AreaMode } from '../../../../../shared/domain/pooling/types';
import { parseFrenchNumber } from '../../../../../shared/format/numbers';
import { fteExplanation } from '../../../../../shared/domain/pooling/fte-story';

export type Thresholds = {
  /** Hours of one FTE in a year (1,607 by default). */
  fteHoursPerYear: number;
  minCombinedFte: number;
  minStructures: number;
  /** 0–1. */
  minOccupancy: number;
  areas: AreaMode;
  maxDistanceKm: number | null;
};

type Props = { value: Thresholds; busy?: boolean; onApply: (next: Thresholds) => void };

const text = (n: number) => String(n).replace('.', ',');

/** The thresholds of the analysis, typed as a coordinator would ("0,5", "75"). */
export function ThresholdsForm({ value, busy, onApply }: Props) {
  const [hoursPerFte, setHoursPerFte] = useState(text(value.fteHoursPerYear));
  const [fte, setFte] = useState(text(value.minCombinedFte));
  const [structures, setStructures] = useState(String(value.minStructures));
  const [occupancy, setOccupancy] = useState(text(Math.round(value.minOccupancy * 100)));
  const [areas, setAreas] = useState<AreaMode>(value.areas);
  const [distance, setDistance] = useState(value.maxDistanceKm === null ? '' : text(value.maxDistanceKm));
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fteHoursPerYear = parseFrenchNumber(hoursPerFte);
    const minCombinedFte = parseFrenchNumber(fte);
    const minStructures = parseFrenchNumber(structures);
    const minOccupancy = parseFrenchNumber(occupancy.replace('%', ''));
    const maxDistanceKm = distance.trim() === '' ? null : parseFrenchNumber(distance.replace(/km$/i, ''));
    if (fteHoursPerYear === null || fteHoursPerYear < 100 || fteHoursPerYear > 3000)
      return setError('Un ETP compte entre 100 et 3 000 heures par an (1 607 h est la référence légale, 1 820 h l’autre usage).');
    if (minCombinedFte === null || minCombinedFte < 0) return setError('Le volume minimum doit être un nombre d’ETP, par exemple 1 ou 0,5.');
    if (minStructures === null || !Number.isInteger(minStructures) || minStructures < 1) return setError('Le nombre minimum de structures doit être un nombre entier, 1 ou plus.');
    if (minOccupancy === null || minOccupancy < 0 || minOccupancy > 100) return setError('L’occupation minimum est un pourcentage entre 0 et 100.');
    if (maxDistanceKm !== null && (Number.isNaN(maxDistanceKm) || maxDistanceKm <= 0)) return setError('La distance maximum est un nombre de kilomètres, ou vide pour « même EPCI ».');
    setError(null);
    onApply({ fteHoursPerYear, minCombinedFte, minStructures, minOccupancy: minOccupancy / 100, areas, maxDistanceKm });
  };

  return (
    <form className="filters thresholds" onSubmit={submit} aria-label="Seuils de l’analyse">
      <label>
        Heures par ETP et par an
        <input inputMode="decimal" value={hoursPerFte} onChange={(e) => setHoursPerFte(e.target.value)} size={6} aria-describedby="fte-story" />
      </label>
      <p id="fte-story" className="hint">
        {fteExplanation(parseFrenchNumber(hoursPerFte) ?? value.fteHoursPerYear)} Le classeur de collecte envoyé aux adhérents dit la même chose.
      </p>
      <label>
        Volume minimum (ETP cumulés)
        <input inputMode="decimal" value={fte} onChange={(e) => setFte(e.target.value)} size={6} />
      </label>
      <label>
        Structures minimum
        <input inputMode="numeric" value={structures} onChange={(e) => setStructures(e.target.value)} size={4} />
      </label>
      <label>
        Occupation minimum (%)
        <input inputMode="decimal" value={occupancy} onChange={(e) => setOccupancy(e.target.value)} size={4} />
      </label>
      <label>
        Zone
        <select value={areas} onChange={(e) => setAreas(e.target.value as AreaMode)}>
          <option value="territory">Tout le territoire</option>
          <option value="epci">Par EPCI</option>
          <option value="both">Territoire et EPCI</option>
        </select>
      </label>
      <label>
        Distance maximum entre structures (km)
        <input inputMode="decimal" value={distance} placeholder="même EPCI" onChange={(e) => setDistance(e.target.value)} size={6} />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        Relancer l’analyse
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
