import type { InterventionMap } from '../../../../shared/api/charter';

/** Colours shared with the screen's map (renderer/src/features/charter/InterventionMap.tsx). */
export const mapColours = { outside: '#eef1f2', uncovered: '#f3b58f', one: '#a8d5d8', two: '#5fb0b7', many: '#1f6f78', border: '#ffffff', department: '#33424b' };

export const communeColour = (commune: InterventionMap['communes'][number]) => {
  if (!commune.isInTerritory) return mapColours.outside;
  const count = commune.signatories.length;
  if (count === 0) return mapColours.uncovered;
  return count === 1 ? mapColours.one : count === 2 ? mapColours.two : mapColours.many;
};

/** The map of interventions as SVG (no canvas): prints sharp at any size. */
export function InterventionMapSvg({ map, title }: { map: InterventionMap; title: string }) {
  return (
    <svg className="intervention-map" viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={title} xmlns="http://www.w3.org/2000/svg">
      <title>{title}</title>
      {map.communes
        .filter((commune) => commune.path)
        .map((commune) => (
          <path key={commune.code} d={commune.path} fill={communeColour(commune)} stroke={mapColours.border} strokeWidth={0.6} />
        ))}
      {map.departmentPaths.map((path, index) => (
        <path key={index} d={path} fill="none" stroke={mapColours.department} strokeWidth={1.4} />
      ))}
    </svg>
  );
}

export function MapLegend() {
  const items: [string, string][] = [
    [mapColours.uncovered, 'commune du territoire sans intervenant'],
    [mapColours.one, '1 signataire'],
    [mapColours.two, '2 signataires'],
    [mapColours.many, '3 signataires ou plus'],
    [mapColours.outside, 'hors du territoire'],
  ];
  return (
    <ul className="map-legend">
      {items.map(([colour, label]) => (
        <li key={label}>
          <span className="swatch" style={{ background: colour }} />
          {label}
        </li>
      ))}
    </ul>
  );
}
