import type { DemandAnalysis, PoolingArea } from '../../../../shared/domain/pooling/types';
import { formatInteger, formatOneDecimal, formatPercent } from '../../../../shared/format/numbers';
import { countOf } from '../../../../shared/format/plural';
import type { PrintDocument } from '../document';
import { formatLongDate } from '../format';
import { MonthlyChart } from './MonthlyChart';
import type { PlannedProposal, PoolingReportData } from './pooling-data';
import { formatMonth } from '../../../../shared/format/dates';

const monthName = (month: string) => formatMonth(month, 'long');
const monthShort = (month: string) => formatMonth(month, 'short');
const areaName = (area: PoolingArea) => (area.kind === 'territory' ? 'tout le territoire' : area.kind === 'epci' ? area.epciName || area.epciCode : `à moins de ${area.maxDistanceKm} km`);

const reportCss = `
.summary-figures { margin: 3mm 0 5mm; }
.candidate { break-inside: avoid; margin-bottom: 5mm; }
.candidate h3 { font-size: 12pt; margin-bottom: 1mm; }
.sentence { font-style: italic; color: var(--ink); }
.chart { margin: 0 0 2mm; }
.monthly-chart { width: 100%; height: auto; display: block; margin: 1mm 0 2mm; }
.plan-table { font-size: 8pt; }
.plan-table td, .plan-table th { padding: 0.9mm 1.4mm; }
/* A long structure name wraps in its header; the month and the figures never do (« janv. 25»). */
.plan-table th.structure { white-space: normal; max-width: 42mm; }
.plan-table td:first-child { white-space: nowrap; }
.settings-list { columns: 2; font-size: 9pt; margin: 0 0 3mm; padding-left: 4mm; }
.position { break-inside: avoid; margin: 3mm 0 5mm; }
.position h4 { font-family: 'Source Sans 3', sans-serif; font-size: 10pt; margin: 0 0 1mm; }
.warning { color: var(--warm); font-size: 8.5pt; }
`;

function Summary({ data, association }: { data: PoolingReportData; association: { name: string } }) {
  const { analysis, consolidation } = data;
  const candidates = analysis.occupations.filter((o) => o.isCandidate);
  return (
    <section>
      <header className="title-block">
        <div className="kicker">{association.name} · comité de pilotage</div>
        <h1>Mutualisation des emplois : analyse des CDD</h1>
        <div className="subtitle">
          De {monthName(analysis.period.from)} à {monthName(analysis.period.to)} · {countOf(consolidation.structureCount, 'structure', 'structures')} ayant transmis leurs CDD
        </div>
      </header>
      <div className="box">
        <h2>En résumé</h2>
        <div className="figures summary-figures">
          <div className="figure">
            <span className="value">{formatInteger(Math.round(consolidation.total.hours))} h</span>
            <span className="label">de CDD sur la période</span>
          </div>
          <div className="figure">
            <span className="value">{formatOneDecimal(consolidation.total.fte)} ETP</span>
            <span className="label">cumulés (1 ETP = {formatInteger(analysis.settings.fteHoursPerYear)} h par an)</span>
          </div>
          <div className="figure">
            <span className="value">{formatInteger(consolidation.total.contracts)}</span>
            <span className="label">contrats</span>
          </div>
        </div>
        <p>
          {candidates.length === 0
            ? 'Aucun métier n’atteint encore les seuils d’un poste mutualisé.'
            : `${countOf(candidates.length, 'métier atteint', 'métiers atteignent')} les seuils d’un poste mutualisé ; ${countOf(data.proposals.length, 'poste concret est proposé', 'postes concrets sont proposés')}.`}
        </p>
        <ul>
          {candidates.slice(0, 8).map((o) => (
            <li key={`${o.subject.label}-${areaName(o.area)}`}>{o.sentence}</li>
          ))}
        </ul>
      </div>
      <h2>Seuils retenus</h2>
      <ul className="settings-list">
        <li>au moins {formatOneDecimal(analysis.settings.minCombinedFte)} ETP cumulés par métier</li>
        <li>au moins {countOf(analysis.settings.minStructures, 'structure', 'structures')} concernées</li>
        <li>taux d’occupation d’un poste d’au moins {formatPercent(analysis.settings.minOccupancy)}</li>
        <li>un temps plein : {formatInteger(analysis.settings.maxHoursPerMonth)} h par mois</li>
        <li>{analysis.settings.maxDistanceKm === null ? 'sans limite de distance' : `structures à moins de ${analysis.settings.maxDistanceKm} km l’une de l’autre`}</li>
        <li>{analysis.settings.maxStructuresPerArea} structures au plus par poste</li>
      </ul>
    </section>
  );
}

function FamiliesTable({ families }: { families: DemandAnalysis[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th>Famille de métiers</th>
          <th>Territoire</th>
          <th className="number">Heures</th>
          <th className="number">ETP</th>
          <th className="number">Structures</th>
          <th className="number">Postes possibles</th>
        </tr>
      </thead>
      <tbody>
        {families.map((family) => (
          <tr key={`${family.subject.label}-${areaName(family.area)}`}>
            <td>{family.subject.label}</td>
            <td>{areaName(family.area)}</td>
            <td className="number">{formatInteger(Math.round(family.hours))}</td>
            <td className="number">{formatOneDecimal(family.combinedFte)}</td>
            <td className="number">{family.structureCount}</td>
            <td className="number">{family.recommendedPositions}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Position({ planned, names }: { planned: PlannedProposal; names: Map<number, string> }) {
  const { proposal, plan } = planned;
  const ids = proposal.structures.map((s) => s.structureId);
  return (
    <div className="position">
      <h4>
        Poste partagé entre {proposal.structures.map((s) => s.name).join(', ')} — occupation {formatPercent(proposal.occupancy)}
      </h4>
      <p className="sentence">{proposal.sentence}</p>
      {proposal.warnings.map((warning) => (
        <p key={warning} className="warning">
          {warning}
        </p>
      ))}
      <table className="plan-table">
        <thead>
          <tr>
            <th>Mois</th>
            {ids.map((id) => (
              <th key={id} className="number structure">
                {names.get(id) ?? `n°${id}`}
              </th>
            ))}
            <th className="number">Besoin</th>
            <th className="number">Couvert</th>
            <th className="number">Reste</th>
            <th className="number">Occupation</th>
          </tr>
        </thead>
        <tbody>
          {plan.map((month) => (
            <tr key={month.month}>
              <td>{monthShort(month.month)}</td>
              {ids.map((id) => (
                <td key={id} className="number">
                  {formatInteger(Math.round(month.byStructure.find((s) => s.structureId === id)?.hours ?? 0))} h
                </td>
              ))}
              <td className="number">{formatInteger(Math.round(month.demandHours))} h</td>
              <td className="number">{formatInteger(Math.round(month.servedHours))} h</td>
              <td className="number">{formatInteger(Math.round(month.unservedHours))} h</td>
              <td className="number">{formatPercent(month.occupancy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Candidates({ data }: { data: PoolingReportData }) {
  const candidates = data.analysis.occupations.filter((o) => o.isCandidate && o.subject.kind === 'occupation' && o.area.kind === 'territory');
  const shown = candidates.length > 0 ? candidates : data.analysis.occupations.filter((o) => o.subject.kind === 'occupation' && o.area.kind === 'territory').slice(0, 4);
  return (
    <section className="page-break">
      <h2>{candidates.length > 0 ? 'Les métiers où un poste mutualisé est possible' : 'Les métiers les plus demandés'}</h2>
      {shown.map((occupation) => {
        const key = occupation.subject.kind === 'occupation' ? occupation.subject.occupationKey : '';
        const series = data.consolidation.occupations.find((o) => o.occupationKey === key);
        const positions = data.proposals.filter((p) => p.proposal.occupationKey === key);
        return (
          <div key={key} className="candidate-block">
            <div className="candidate">
              <h3>{occupation.subject.label}</h3>
              <p className="sentence">{occupation.sentence}</p>
              {series ? (
                <MonthlyChart
                  title={`Heures de CDD par mois : ${occupation.subject.label}`}
                  months={series.byMonth.map((m) => ({ month: m.month, hours: m.hours }))}
                  capacity={data.analysis.settings.maxHoursPerMonth}
                />
              ) : null}
            </div>
            {positions.map((planned) => (
              <Position key={planned.proposal.structures.map((s) => s.structureId).join('-')} planned={planned} names={data.structureNames} />
            ))}
          </div>
        );
      })}
    </section>
  );
}

/** The pooling analysis as a report for the steering committee or the OPCA: a one-page summary first. */
export function poolingReportDocument(data: PoolingReportData, association: { name: string }, now: Date): PrintDocument {
  const families = data.analysis.families;
  return {
    title: `Mutualisation des emplois — ${association.name}`,
    header: { left: association.name, right: 'Analyse des CDD et mutualisation' },
    footer: `Édité le ${formatLongDate(now.toISOString().slice(0, 10))}`,
    css: reportCss,
    body: (
      <main>
        <Summary data={data} association={association} />
        <section>
          <h2>Les familles de métiers</h2>
          <FamiliesTable families={families} />
        </section>
        <Candidates data={data} />
      </main>
    ),
  };
}
