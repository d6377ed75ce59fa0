import type { CharterVersion, InterventionMap, Signatory } from '../../../../shared/api/charter';
import { countOf } from '../../../../shared/format/plural';
import { formatDate } from '../../../../shared/format/dates';
import type { PrintDocument } from '../document';
import { formatLongDate } from '../format';
import { InterventionMapSvg, MapLegend } from './InterventionMapSvg';

export type CharterPrintData = {
  association: { name: string; territory: string };
  version: CharterVersion;
  /** The version adopted after this one, when it is an earlier version: the print says so. */
  replacedBy: CharterVersion | null;
  /** The version people sign now (named too when it is not the one that replaced this). */
  inForce: CharterVersion | null;
  /** Its HTML, rendered and sanitised (rich-text/render.ts). */
  textHtml: string;
  signatories: Signatory[];
  map: InterventionMap;
};

const charterCss = `
.charter-text { column-count: 2; column-gap: 8mm; }
.charter-text h2 { column-span: none; font-size: 12pt; }
.signature-table td:first-child { font-weight: 600; }
.annex h2 { margin-top: 0; }
.territory-list { font-size: 8.8pt; }
.intervention-map { width: 100%; height: auto; max-height: 200mm; display: block; margin: 2mm auto 3mm; }
.map-legend { list-style: none; padding: 0; margin: 0 0 3mm; display: flex; flex-wrap: wrap; gap: 2mm 6mm; font-size: 8.5pt; }
.map-legend .swatch { display: inline-block; width: 4mm; height: 3mm; margin-right: 1.5mm; vertical-align: -0.4mm; border: 0.4pt solid #9aa5ab; }
tr.uncovered td { background: #fdeee5; }
/* Commune and EPCI names on one line where they can: a row a line, fewer pages of annex. */
.coverage-table td:nth-child(1) { width: 27%; }
.coverage-table td:nth-child(2) { width: 33%; }
.replaced { color: #9a3412; font-weight: 600; }
tr.uncovered td:first-child { font-weight: 600; }
`;

function SignatoryRows({ signatories }: { signatories: Signatory[] }) {
  return (
    <table className="signature-table">
      <thead>
        <tr>
          <th>Signataire</th>
          <th>Structure ou profession</th>
          <th>Commune</th>
          <th>Signée le</th>
          <th>Version</th>
        </tr>
      </thead>
      <tbody>
        {signatories.map((signatory) => (
          <tr key={signatory.id}>
            <td>{signatory.name}</td>
            <td>{signatory.description}</td>
            <td>{signatory.communeName}</td>
            <td>{formatDate(signatory.signedOn)}</td>
            <td className="number">{signatory.versionNumber}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CoverageTable({ map }: { map: InterventionMap }) {
  const communes = map.communes.filter((commune) => commune.isInTerritory);
  return (
    <table className="coverage-table small">
      <thead>
        <tr>
          <th>Commune</th>
          <th>EPCI</th>
          <th>Qui intervient (champ)</th>
        </tr>
      </thead>
      <tbody>
        {communes.map((commune) => (
          <tr key={commune.code} className={commune.signatories.length === 0 ? 'uncovered' : undefined}>
            <td>{commune.name}</td>
            <td>{commune.epciName}</td>
            <td>{commune.signatories.length === 0 ? 'aucun intervenant' : commune.signatories.map((s) => (s.field ? `${s.name} (${s.field})` : s.name)).join(' ; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * « remplacée par la version 2 du 2 mars 2017 », so that a printed earlier version is never taken
 * for the one in force; the version in force is named too when a third text came since.
 */
function replacementLine({ replacedBy, inForce }: CharterPrintData, date: (iso: string | null) => string, withInForce: boolean): string | null {
  if (!replacedBy) return null;
  const line = `remplacée par la version ${replacedBy.number} du ${date(replacedBy.adoptedOn)}`;
  return withInForce && inForce && inForce.id !== replacedBy.id ? `${line} (en vigueur : version ${inForce.number} du ${date(inForce.adoptedOn)})` : line;
}

/** The charter as the association prints it: text, signatures, annex of territories, map. */
export function charterDocument(data: CharterPrintData): PrintDocument {
  const { association, version, signatories, map } = data;
  const replaced = replacementLine(data, formatLongDate, true);
  // One line at the foot of every page: the version in force is named under the title.
  const replacedShort = replacementLine(data, formatDate, false);
  const active = signatories.filter((s) => s.withdrawnOn === null);
  const withdrawn = signatories.filter((s) => s.withdrawnOn !== null);
  const territoryCommunes = map.communes.filter((commune) => commune.isInTerritory);
  const uncovered = territoryCommunes.filter((commune) => commune.signatories.length === 0);
  return {
    title: `${version.title} — ${association.name}`,
    header: { left: association.name, right: version.title },
    footer: `Version ${version.number}${version.adoptedOn ? `, adoptée le ${formatDate(version.adoptedOn)}` : ' (projet)'}${replacedShort ? ` — ${replacedShort}` : ''}`,
    css: charterCss,
    body: (
      <main>
        <header className="title-block">
          <div className="kicker">{association.name}{association.territory ? ` · ${association.territory}` : ''}</div>
          <h1>{version.title}</h1>
          <div className="subtitle">
            Version {version.number}
            {version.adoptedOn ? `, adoptée le ${formatLongDate(version.adoptedOn)}` : ', projet non adopté'}
            {replaced ? <span className="replaced"> — {replaced}</span> : null} · {countOf(active.length, 'signataire', 'signataires')}
          </div>
        </header>
        <section className="charter-text" dangerouslySetInnerHTML={{ __html: data.textHtml }} />
        <section className="keep">
          <h2>Les signataires</h2>
          {active.length === 0 ? <p className="muted">Aucune signature enregistrée à ce jour.</p> : <SignatoryRows signatories={active} />}
          {withdrawn.length > 0 ? (
            <p className="small muted">
              Signatures retirées : {withdrawn.map((s) => `${s.name} (signée le ${formatDate(s.signedOn)}, retirée le ${formatDate(s.withdrawnOn)})`).join(' ; ')}.
            </p>
          ) : null}
        </section>
        <section className="annex page-break">
          <h2>Annexe 1 — Territoire et champ d’intervention de chaque signataire</h2>
          <table className="territory-list">
            <thead>
              <tr>
                <th>Signataire</th>
                <th>Champ d’intervention</th>
                <th>Territoire couvert</th>
              </tr>
            </thead>
            <tbody>
              {active.map((signatory) => (
                <tr key={signatory.id}>
                  <td>
                    <strong>{signatory.name}</strong>
                    <br />
                    <span className="muted">{signatory.description}</span>
                  </td>
                  <td>{signatory.field}</td>
                  <td>{signatory.territory.map((part) => (part.kind === 'epci' ? `${part.name} (EPCI)` : part.name)).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="annex page-break">
          <h2>Annexe 2 — Carte des interventions</h2>
          <p>
            {countOf(territoryCommunes.length, 'commune', 'communes')} sur le territoire,{' '}
            {uncovered.length === 0 ? 'toutes couvertes par au moins un signataire.' : `dont ${countOf(uncovered.length, 'commune', 'communes')} sans intervenant (en orange).`}
          </p>
          <InterventionMapSvg map={map} title={`Carte des interventions, ${map.departments.map((d) => d.name).join(', ')}`} />
          <MapLegend />
          <p className="source">{map.attribution}</p>
        </section>
        <section className="annex page-break">
          <h2>Annexe 3 — Qui intervient dans chaque commune</h2>
          <CoverageTable map={map} />
        </section>
      </main>
    ),
  };
}
