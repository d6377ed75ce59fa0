import { useState } from 'react';
import type { InterventionMap, MapCommune } from '../../../../shared/api/charter';
import { countOf } from '../../../../shared/format/plural';
import { messageOf } from '../../api';
import { Notice } from '../../components/Notice';
import { useInterventionMap } from './queries';

// The print's colours (electron/main/print/charter/InterventionMapSvg.tsx), so screen and PDF agree.
const colours = { outside: '#eef1f2', uncovered: '#f3b58f', one: '#a8d5d8', two: '#5fb0b7', many: '#1f6f78', border: '#ffffff', department: '#33424b' };
const colourOf = (commune: MapCommune) => {
  if (!commune.isInTerritory) return colours.outside;
  const count = commune.signatories.length;
  if (count === 0) return colours.uncovered;
  return count === 1 ? colours.one : count === 2 ? colours.two : colours.many;
};

function MapDrawing({ map, onPick }: { map: InterventionMap; onPick: (code: string) => void }) {
  return (
    <svg className="intervention-map" viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label="Carte des interventions (le détail est dans le tableau)">
      {map.communes
        .filter((commune) => commune.path)
        .map((commune) => (
          <path key={commune.code} d={commune.path} fill={colourOf(commune)} stroke={colours.border} strokeWidth={0.6} onClick={() => onPick(commune.code)}>
            <title>
              {commune.name}
              {commune.isInTerritory ? ` : ${commune.signatories.length === 0 ? 'aucun intervenant' : commune.signatories.map((s) => s.name).join(', ')}` : ' (hors territoire)'}
            </title>
          </path>
        ))}
      {map.departmentPaths.map((path, index) => (
        <path key={index} d={path} fill="none" stroke={colours.department} strokeWidth={1.4} pointerEvents="none" />
      ))}
    </svg>
  );
}

export function InterventionMapTab() {
  const map = useInterventionMap();
  const [onlyUncovered, setOnlyUncovered] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  if (map.isPending) return <p className="muted">Préparation de la carte…</p>;
  if (map.isError) return <Notice tone="error">{messageOf(map.error)}</Notice>;
  const territory = map.data.communes.filter((commune) => commune.isInTerritory);
  const uncovered = territory.filter((commune) => commune.signatories.length === 0);
  const rows = (onlyUncovered ? uncovered : territory).filter((commune) => picked === null || commune.code === picked || !onlyUncovered);
  if (territory.length === 0) {
    return <p className="empty-state">Le territoire est vide : ajoutez des structures au registre (avec leur commune) ou des signataires avec leur territoire.</p>;
  }
  return (
    <div className="map-tab">
      <p>
        <strong>{countOf(territory.length, 'commune', 'communes')}</strong> sur le territoire ({map.data.departments.map((d) => d.name).join(', ')}) :{' '}
        <strong>{countOf(uncovered.length, 'commune sans intervenant', 'communes sans intervenant')}</strong>
        {uncovered.length > 0 ? ' (en orange sur la carte).' : '.'}
      </p>
      <div className="map-layout">
        <figure className="map-figure">
          <MapDrawing map={map.data} onPick={setPicked} />
          <figcaption className="hint">
            <span className="swatch" style={{ background: colours.uncovered }} /> sans intervenant <span className="swatch" style={{ background: colours.one }} /> 1 signataire{' '}
            <span className="swatch" style={{ background: colours.two }} /> 2 <span className="swatch" style={{ background: colours.many }} /> 3 ou plus{' '}
            <span className="swatch" style={{ background: colours.outside }} /> hors territoire
            <br />
            {map.data.attribution}
          </figcaption>
        </figure>
        <div className="coverage">
          <label className="inline-check">
            <input type="checkbox" checked={onlyUncovered} onChange={(event) => setOnlyUncovered(event.target.checked)} /> Seulement les communes sans intervenant
          </label>
          <div className="scroll-table coverage-table" tabIndex={0} role="region" aria-label="Qui intervient dans chaque commune">
            <table className="table">
              <caption className="visually-hidden">Qui intervient dans chaque commune</caption>
              <thead>
                <tr>
                  <th scope="col">Commune</th>
                  <th scope="col">EPCI</th>
                  <th scope="col">Qui intervient (champ)</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((commune) => (
                  <tr key={commune.code} className={[commune.signatories.length === 0 ? 'uncovered' : '', commune.code === picked ? 'picked' : ''].join(' ').trim() || undefined}>
                    <td>{commune.name}</td>
                    <td>{commune.epciName}</td>
                    <td>{commune.signatories.length === 0 ? <span className="badge badge-warning">aucun intervenant</span> : commune.signatories.map((s) => (s.field ? `${s.name} (${s.field})` : s.name)).join(' ; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
