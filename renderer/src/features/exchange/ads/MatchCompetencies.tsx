import type { Match } from '../../../../../shared/api/exchange';
import { formatPercent } from '../../../../../shared/format/numbers';

type Props = { fit: Match['competencies']; gridSource: 'employer' | 'reference' | 'none' };

/** How close a candidate's assessed competencies are to the job's grid, and what they lack most. */
export function MatchCompetencies({ fit, gridSource }: Props) {
  if (gridSource === 'none') return <small className="muted">Pas de grille de compétences pour ce métier</small>;
  if (!fit) return <small className="muted">Compétences pas encore évaluées</small>;
  return (
    <>
      <small>
        Compétences : <strong>{formatPercent(fit.score)}</strong> de la grille
      </small>
      {fit.gaps.length > 0 ? (
        <>
          <br />
          <small className="muted">
            À renforcer : {fit.gaps.map((gap) => `${gap.label}${gap.isCore ? ' (cœur de métier)' : ''}, niveau ${gap.held} sur ${gap.required}`).join(' ; ')}
          </small>
        </>
      ) : null}
    </>
  );
}

/** The sentence under the table: which grid the percentages compare with. */
export function gridSourcePhrase(gridSource: 'employer' | 'reference' | 'none', structureName: string): string {
  if (gridSource === 'employer') return `Compétences comparées à la grille de ${structureName} pour ce métier, d’après la dernière évaluation de chaque candidat.`;
  if (gridSource === 'reference') return `Compétences comparées à la grille de référence du métier (${structureName} n’a pas la sienne), d’après la dernière évaluation de chaque candidat.`;
  return 'Ce métier n’a pas encore de grille de compétences : les candidats sont classés sur leurs souhaits et leur secteur.';
}
