import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { JobInput } from '../../../../shared/api/competencies';
import { countOf } from '../../../../shared/format/plural';
import { formatDecimal } from '../../../../shared/format/numbers';
import type { TwoEmployersParam } from '../../app/navigation';
import { call } from '../../api';
import { Notice } from '../../components/Notice';
import { GapTable, useLevelName } from './GapTable';
import { failureMessage, percent, scoreColours, useCatalogue, useOverview } from './queries';

type Draft = { occupationId: number | ''; structureId: number | '' };

const toJob = (draft: Draft): JobInput | null => (draft.occupationId === '' ? null : { occupationId: draft.occupationId, structureId: draft.structureId === '' ? null : draft.structureId });

/**
 * One person for two employers: pick two (structure, occupation) pairs — or arrive from a
 * pooled-position proposal — and see the combined grid, what holders of each side lack, and the
 * training hours that would close it when the file's trainings say which competencies they develop.
 */
export function TwoEmployersTab({ initial }: { initial: TwoEmployersParam | null }) {
  const overview = useOverview();
  const catalogue = useCatalogue();
  const levelName = useLevelName(catalogue.data?.levels);
  const occupations = overview.data?.occupations ?? [];
  const structures = overview.data?.structures ?? [];
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  // From a proposal: the occupation (by key) at each of its structures, once the occupations are known.
  const fromProposal: Draft[] | null =
    initial && occupations.length > 0
      ? initial.structureIds.slice(0, 3).map((structureId) => ({ occupationId: occupations.find((o) => o.key === initial.occupationKey)?.occupationId ?? '', structureId }))
      : null;
  const current = drafts ?? fromProposal ?? [
    { occupationId: '', structureId: '' },
    { occupationId: '', structureId: '' },
  ];
  const jobs = current.map(toJob).filter((j): j is JobInput => j !== null);
  const result = useQuery({ queryKey: ['competencies', 'two', jobs], queryFn: () => call('bridges.twoEmployers', { jobs }), enabled: jobs.length >= 2 && jobs.length === current.length });
  const set = (index: number, change: Partial<Draft>) => setDrafts(current.map((d, i) => (i === index ? { ...d, ...change } : d)));

  return (
    <div className="competency-tab">
      {initial ? <Notice tone="info">Ouvert depuis une proposition de poste mutualisé : un même métier chez {countOf(initial.structureIds.length, 'structure', 'structures')}, chacune avec sa grille si elle en a une.</Notice> : null}
      <div className="jobs-picker">
        {current.map((draft, index) => (
          <fieldset key={index}>
            <legend>Poste {index + 1}</legend>
            <label>
              Structure
              <select value={draft.structureId} onChange={(event) => set(index, { structureId: event.target.value === '' ? '' : Number(event.target.value) })}>
                <option value="">— Grille de référence (toutes structures) —</option>
                {structures.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Métier
              <select value={draft.occupationId} onChange={(event) => set(index, { occupationId: event.target.value === '' ? '' : Number(event.target.value) })}>
                <option value="">— Choisir un métier —</option>
                {occupations.map((o) => (
                  <option key={o.occupationId} value={o.occupationId}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
        ))}
        {current.length < 3 ? (
          <button type="button" onClick={() => setDrafts([...current, { occupationId: '', structureId: '' }])}>
            Ajouter un troisième poste
          </button>
        ) : null}
      </div>
      {result.error ? <Notice tone="error">{failureMessage(result.error)}</Notice> : null}
      {jobs.length < 2 ? <p className="muted">Choisissez le métier de chaque poste pour voir la grille commune.</p> : null}
      {result.data ? (
        <>
          {result.data.warnings.map((w) => (
            <Notice key={w} tone="warning">
              {w}
            </Notice>
          ))}
          <h2>Grille commune : {countOf(result.data.combined.length, 'compétence', 'compétences')}</h2>
          <p className="muted">La personne partagée doit détenir chaque compétence au niveau le plus élevé que l’un des postes demande.</p>
          <div className="two-columns">
            {result.data.jobs.map((job) => (
              <section key={`${job.occupationId}-${job.structureId ?? 'ref'}`} className="job-card" aria-label={`${job.occupationLabel} ${job.structureName ?? ''}`}>
                <h3>
                  <span className="score-chip" style={scoreColours(job.score)}>
                    {percent(job.score)}
                  </span>{' '}
                  {job.occupationLabel}
                  {job.structureName ? ` chez ${job.structureName}` : ''}
                </h3>
                <p className="muted">
                  {job.gridSource === 'employer' ? 'Grille propre à cette structure.' : 'Grille de référence du métier (la structure n’a pas la sienne).'} Ce qu’un titulaire de ce poste détient déjà de la grille commune, et ce qui lui manque :
                </p>
                <GapTable gaps={job.gaps} caption={`Écarts du poste ${job.occupationLabel}`} levelName={levelName} />
                {job.training.trainings.length > 0 ? (
                  <p>
                    Formations qui combleraient ces écarts : {job.training.trainings.map((t) => `${t.title} (${formatDecimal(t.hours)} h)`).join(', ')}, soit <strong>{formatDecimal(job.training.hours)} heures</strong>
                    {job.training.uncovered.length > 0 ? ` ; ${countOf(job.training.uncovered.length, 'écart reste', 'écarts restent')} sans formation.` : '.'}
                  </p>
                ) : job.gaps.length > 0 ? (
                  <p className="muted">Aucune formation du fichier ne développe encore ces compétences : reliez-les dans l’écran des formations pour voir les heures qu’il faudrait.</p>
                ) : null}
              </section>
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}
