import type { AnalysisQuery } from '../../../../../shared/api/cdd';
import type { DemandAnalysis, PooledPositionProposal } from '../../../../../shared/domain/pooling/types';
import { formatFte, formatHours, formatInteger } from '../../../../../shared/format/numbers';
import { plural } from '../../../../../shared/format/plural';
import { formatMonth } from '../months';
import { CopyButton } from '../CopyButton';
import { OccupancyBar } from './OccupancyBar';
import { ProposalCard } from './ProposalCard';

export const areaLabel = (area: DemandAnalysis['area']) =>
  area.kind === 'territory' ? 'Tout le territoire' : area.kind === 'epci' ? area.epciName || `EPCI ${area.epciCode}` : `Structures à moins de ${formatInteger(area.maxDistanceKm)} km`;

/** The best position of the first candidates shows its month-by-month plan at once; the others on a click (each plan is one call). */
const PLANS_SHOWN_OPEN = 3;

type Props = {
  rank: number | null;
  analysis: DemandAnalysis;
  proposals: PooledPositionProposal[];
  hasProposalsElsewhere: boolean;
  /** Which constraint stopped the concrete positions, and what to change (see whyNoProposal). */
  noProposalReason: string;
  query: AnalysisQuery;
};

/** One occupation in one area: the figures, the sentence to paste, and the concrete positions. */
export function CandidateCard({ rank, analysis, proposals, hasProposalsElsewhere, noProposalReason, query }: Props) {
  return (
    <article className={analysis.isCandidate ? 'candidate' : 'candidate is-below'} aria-label={`${analysis.subject.label} — ${areaLabel(analysis.area)}`}>
      <header>
        <h3>
          {rank !== null ? <span className="rank">{rank}</span> : null}
          {analysis.subject.label} <span className="muted">· {areaLabel(analysis.area)}</span>
        </h3>
        {analysis.isCandidate ? <span className="badge">Mutualisable</span> : <span className="badge badge-warning">Pas encore</span>}
      </header>
      <div className="sentence">
        <q>{analysis.sentence}</q>
        <CopyButton text={analysis.sentence} />
      </div>
      <div className="counts">
        <span>
          <strong>{formatFte(analysis.combinedFte)}</strong> {plural(analysis.combinedFte, 'ETP cumulé', 'ETP cumulés')}
        </span>
        <span>
          <strong>{formatInteger(analysis.structureCount)}</strong> structure{analysis.structureCount > 1 ? 's' : ''}
        </span>
        <span>
          Pic : <strong>{formatMonth(analysis.peak.month)}</strong> ({formatHours(analysis.peak.hours)} h)
        </span>
        <span>
          Creux : <strong>{formatMonth(analysis.trough.month)}</strong> ({formatHours(analysis.trough.hours)} h)
        </span>
      </div>
      {analysis.reasons.length > 0 ? (
        <ul className="hint">
          {analysis.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      <dl className="positions" aria-label="Occupation selon le nombre de postes mutualisés à temps plein">
        {analysis.positions.map((p) => (
          <div key={p.positions} className={p.positions === analysis.recommendedPositions ? 'is-recommended' : undefined}>
            <dt>{p.positions === 1 ? '1 poste à temps plein' : `${p.positions} postes`}</dt>
            <dd>
              <OccupancyBar ratio={p.occupancy} />
            </dd>
          </div>
        ))}
      </dl>
      {proposals.length > 0 ? (
        <details open={analysis.isCandidate}>
          <summary>
            {proposals.length === 1 ? '1 poste mutualisé concret' : `${proposals.length} postes mutualisés concrets`} (2 ou 3 structures proches)
          </summary>
          <div className="proposals">
            {proposals.map((p, i) => (
              <ProposalCard key={p.structures.map((s) => s.structureId).join('-')} proposal={p} isOpen={i === 0 && rank !== null && rank <= PLANS_SHOWN_OPEN} query={query} />
            ))}
          </div>
        </details>
      ) : hasProposalsElsewhere ? (
        <p className="hint">Les postes mutualisés concrets de ce métier sont présentés avec leur EPCI, plus bas.</p>
      ) : analysis.isCandidate ? (
        <p className="hint">Pas de poste concret à 2 ou 3 structures. {noProposalReason}</p>
      ) : null}
    </article>
  );
}
