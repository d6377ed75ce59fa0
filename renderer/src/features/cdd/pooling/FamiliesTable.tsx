import { Fragment } from 'react';
import type { DemandAnalysis } from '../../../../../shared/domain/pooling/types';
import { formatFte, formatHours, formatInteger } from '../../../../../shared/format/numbers';
import { formatMonth } from '../months';
import { CopyButton } from '../CopyButton';
import { areaLabel } from './CandidateCard';
import { OccupancyBar } from './OccupancyBar';

/**
 * The same figures per family of occupations (services non médicaux, soins, éducatif…): a
 * person can often serve neighbouring occupations of one family, so a family may justify a
 * pooled position that none of its occupations does alone. Regulated occupations are left out
 * (the analysis never adds them to another): the hint says why.
 */
export function FamiliesTable({ families }: { families: DemandAnalysis[] }) {
  if (families.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="cdd-families-title">
      <h2 id="cdd-families-title">Par famille de métiers</h2>
      <p className="hint">
        Les volumes des métiers d’une famille, additionnés : une même personne peut tenir des métiers voisins qui ne demandent pas de diplôme propre (par exemple
        agent de service et agent à domicile). Les métiers réglementés (aide-soignant, infirmier, auxiliaire de puériculture…) exigent leur diplôme : ils ne sont
        jamais additionnés à d’autres métiers, chacun est analysé seul dans la liste des métiers.
      </p>
      <div className="wide-table">
        <table className="table families-table" aria-label="Analyse par famille de métiers">
          <thead>
            <tr>
              <th>Famille</th>
              <th>Zone</th>
              <th className="number">ETP cumulés</th>
              <th className="number">Structures</th>
              <th>Pic</th>
              <th>Creux</th>
              <th>Un poste à temps plein</th>
              <th className="number">Postes conseillés</th>
            </tr>
          </thead>
          <tbody>
            {families.map((family) => {
              const key = `${family.subject.label}|${areaLabel(family.area)}`;
              const tone = family.isCandidate ? undefined : 'muted';
              return (
                <Fragment key={key}>
                  <tr className={tone}>
                    <td>{family.subject.label}</td>
                    <td>{areaLabel(family.area)}</td>
                    <td className="number">{formatFte(family.combinedFte)}</td>
                    <td className="number">{formatInteger(family.structureCount)}</td>
                    <td>
                      {formatMonth(family.peak.month)} ({formatHours(family.peak.hours)} h)
                    </td>
                    <td>
                      {formatMonth(family.trough.month)} ({formatHours(family.trough.hours)} h)
                    </td>
                    <td>
                      <OccupancyBar ratio={family.positions[0]?.occupancy ?? 0} />
                    </td>
                    <td className="number">{family.recommendedPositions > 0 ? formatInteger(family.recommendedPositions) : '—'}</td>
                  </tr>
                  <tr className={tone ? `${tone} family-sentence` : 'family-sentence'}>
                    <td colSpan={8}>
                      <q>{family.sentence}</q> <CopyButton text={family.sentence} />
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
