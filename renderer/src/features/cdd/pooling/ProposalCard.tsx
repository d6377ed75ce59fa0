import { useState } from 'react';
import type { AnalysisQuery } from '../../../../../shared/api/cdd';
import type { PooledPositionProposal } from '../../../../../shared/domain/pooling/types';
import { goToSection, type TwoEmployersParam } from '../../../app/navigation';
import { CopyButton } from '../CopyButton';
import { OccupancyBar } from './OccupancyBar';
import { ProposalPlanTable } from './ProposalPlanTable';

const recurrenceLabels = {
  recurring: 'besoin récurrent',
  'single-year-data': 'une seule année de données',
  'one-off': 'besoin ponctuel',
} as const;

/** One concrete pooled position: who the person works for, month by month, and how busy they are. */
export function ProposalCard({ proposal, isOpen, query }: { proposal: PooledPositionProposal; isOpen: boolean; query: AnalysisQuery }) {
  const [open, setOpen] = useState(isOpen);
  return (
    <article className="proposal" aria-label={`Poste partagé entre ${proposal.structures.map((s) => s.name).join(', ')}`}>
      <header className="panel-header">
        <h4>
          Poste partagé entre {proposal.structures.map((s) => s.name).join(', ')} <span className="badge">{recurrenceLabels[proposal.recurrence]}</span>
        </h4>
        <span>
          Occupation : <OccupancyBar ratio={proposal.occupancy} />
        </span>
      </header>
      <div className="sentence">
        <q>{proposal.sentence}</q>
        <CopyButton text={proposal.sentence} />
      </div>
      <p>
        {/* The competencies screen shows the combined grid this shared person needs (issue 10). */}
        <button
          type="button"
          onClick={() => goToSection('competencies', { occupationKey: proposal.occupationKey, structureIds: proposal.structures.map((s) => s.structureId) } satisfies TwoEmployersParam)}
        >
          Compétences de la personne partagée…
        </button>
      </p>
      {proposal.warnings.map((w) => (
        <p key={w} className="field-warning">
          {w}
        </p>
      ))}
      {proposal.reasons.map((r) => (
        <p key={r} className="hint">
          {r}
        </p>
      ))}
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>Mois par mois : pour qui la personne travaille</summary>
        {open ? <ProposalPlanTable proposal={proposal} query={query} /> : null}
      </details>
    </article>
  );
}
