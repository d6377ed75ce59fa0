import { useMemo, useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api';
import { Notice } from '../../../components/Notice';
import { ProgressBar } from '../../../components/ProgressBar';
import { useProgress } from '../../../components/use-progress';
import type { CddSettings } from '../../../../../shared/api/cdd';
import type { DemandAnalysis, PooledPositionProposal } from '../../../../../shared/domain/pooling/types';
import { areaKey } from '../../../../../shared/domain/pooling/areas';
import { formatInteger } from '../../../../../shared/format/numbers';
import type { TabProps } from '../CddPage';
import { EmptyState } from '../EmptyState';
import { ExportButton } from '../ExportButton';
import { PrintButton } from '../../../components/print/PrintButton';
import { describePeriod, monthsBetween } from '../months';
import { cddKeys, failureMessage, useCddSettings, useDataRange } from '../queries';
import { whyNoProposal } from '../../../../../shared/domain/pooling/no-proposal';
import { CandidateCard } from './CandidateCard';
import { FamiliesTable } from './FamiliesTable';
import { OccupancyExplanation } from './OccupancyExplanation';
import { ThresholdsForm, type Thresholds } from './ThresholdsForm';

/** Which occupations could be pooled, where, and the concrete 2–3-structure positions. */
export function PoolingTab({ onGoTo }: TabProps) {
  const settings = useCddSettings();
  const range = useDataRange();
  if (settings.isPending || range.isPending) return <p className="muted">Chargement…</p>;
  if (settings.isError) return <Notice tone="error">{failureMessage(settings.error)}</Notice>;
  if (range.isError) return <Notice tone="error">{failureMessage(range.error)}</Notice>;
  if (!range.data)
    return (
      <>
        <EmptyState title="Aucune donnée pour cette période : préparez les classeurs de collecte puis importez les fichiers reçus.">
          <p>L’analyse cherche ensuite les métiers dont les CDD cumulés justifieraient un poste partagé entre plusieurs structures.</p>
          <button type="button" onClick={() => onGoTo('collection')}>
            Aller à la collecte
          </button>
        </EmptyState>
        <OccupancyExplanation hoursPerFte={settings.data.fteHoursPerYear} />
      </>
    );
  return <Pooling settings={settings.data} period={range.data} />;
}

/** Attaches each proposal to the card of its occupation and area (an EPCI's own card, else the territory's). */
function proposalsByCard(analyses: DemandAnalysis[], proposals: PooledPositionProposal[]) {
  const cards = new Map<string, PooledPositionProposal[]>();
  const cardKey = (a: DemandAnalysis) => `${a.subject.kind === 'occupation' ? a.subject.occupationKey : a.subject.family}|${areaKey(a.area)}`;
  const keys = new Set(analyses.map(cardKey));
  for (const p of proposals) {
    const own = `${p.occupationKey}|${areaKey(p.area)}`;
    const territory = `${p.occupationKey}|territory`;
    const key = keys.has(own) ? own : keys.has(territory) ? territory : [...keys].find((k) => k.startsWith(`${p.occupationKey}|`));
    if (!key) continue;
    cards.set(key, [...(cards.get(key) ?? []), p]);
  }
  /** Occupations with proposals shown on another card (an EPCI's), to say so on the territory's. */
  const withProposals = new Set(proposals.map((p) => p.occupationKey));
  return { cards, cardKey, withProposals };
}

function Pooling({ settings, period }: { settings: CddSettings; period: { from: string; to: string } }) {
  const client = useQueryClient();
  const [thresholds, setThresholds] = useState<Thresholds>({
    fteHoursPerYear: settings.fteHoursPerYear,
    minCombinedFte: settings.minCombinedFte,
    minStructures: settings.minStructures,
    minOccupancy: settings.minOccupancy,
    maxDistanceKm: settings.maxDistanceKm,
    areas: 'territory',
  });
  const [showBelow, setShowBelow] = useState(false);
  const query = useMemo(
    () => ({
      period,
      area: thresholds.areas,
      thresholds: {
        fteHoursPerYear: thresholds.fteHoursPerYear,
        minCombinedFte: thresholds.minCombinedFte,
        minStructures: thresholds.minStructures,
        minOccupancy: thresholds.minOccupancy,
        maxDistanceKm: thresholds.maxDistanceKm,
      },
    }),
    [period, thresholds],
  );
  const analysis = useQuery({ queryKey: ['cdd', 'analysis', query], queryFn: () => call('cdd.analysis', query), placeholderData: keepPreviousData });
  const progress = useProgress(analysis.isFetching, 'cdd.analysis');
  const save = useMutation({
    mutationFn: () => call('settings.update', query.thresholds),
    // The consolidation's FTE follow the saved hours per FTE: refresh everything.
    onSuccess: () => client.invalidateQueries({ queryKey: cddKeys.all }),
  });

  const data = analysis.data;
  const { candidates, below, cards, cardKey, withProposals } = useMemo(() => {
    const occupations = (data?.occupations ?? []).filter((a) => a.subject.kind === 'occupation');
    return {
      candidates: occupations.filter((a) => a.isCandidate),
      below: occupations.filter((a) => !a.isCandidate),
      ...proposalsByCard(occupations, data?.proposals ?? []),
    };
  }, [data]);

  return (
    <>
      <div className="panel">
        <div className="panel-header">
          <div>
            <h2>Seuils</h2>
            <p className="hint">
              Période analysée : {describePeriod(period.from, monthsBetween(period.from, period.to))}. Un métier est proposé quand les trois seuils sont atteints.
            </p>
          </div>
          <div className="toolbar">
            <ExportButton query={query} />
            <PrintButton printable={{ kind: 'pooling' }} label="Rapport pour le comité de pilotage…" />
          </div>
        </div>
        <ThresholdsForm value={thresholds} busy={analysis.isFetching} onApply={setThresholds} />
        <div className="toolbar">
          <button type="button" className="link-button" disabled={save.isPending} onClick={() => save.mutate()}>
            Garder ces réglages pour les prochaines fois
          </button>
          {save.isSuccess ? <span className="hint">Seuils enregistrés.</span> : null}
          {save.isError ? <span className="field-error">{failureMessage(save.error)}</span> : null}
        </div>
      </div>
      <OccupancyExplanation hoursPerFte={data?.settings.fteHoursPerYear ?? settings.fteHoursPerYear} />
      {analysis.isError ? <Notice tone="error">{failureMessage(analysis.error)}</Notice> : null}
      {analysis.isFetching ? <ProgressBar progress={progress} fallbackLabel="Analyse en cours" /> : null}
      {data ? (
        <section className="candidates" aria-label="Métiers mutualisables">
          <h2>
            {candidates.length === 0
              ? 'Aucun métier n’atteint les seuils'
              : `${formatInteger(candidates.length)} métier${candidates.length > 1 ? 's' : ''} mutualisable${candidates.length > 1 ? 's' : ''}, du plus prometteur au moins prometteur`}
          </h2>
          {candidates.length === 0 ? (
            <p className="hint">Baissez un seuil pour voir les métiers qui s’en approchent, ou attendez les fichiers des structures qui n’ont pas encore répondu.</p>
          ) : null}
          {candidates.map((a, i) => (
            <CandidateCard
              key={cardKey(a)}
              rank={i + 1}
              analysis={a}
              proposals={cards.get(cardKey(a)) ?? []}
              hasProposalsElsewhere={a.subject.kind === 'occupation' && withProposals.has(a.subject.occupationKey)}
              noProposalReason={data && a.subject.kind === 'occupation' ? whyNoProposal(data, a.subject.occupationKey) : ''}
              query={query}
            />
          ))}
          {below.length > 0 ? (
            <>
              <button type="button" className="link-button" aria-expanded={showBelow} onClick={() => setShowBelow(!showBelow)}>
                {showBelow ? 'Masquer' : 'Voir'} {below.length === 1 ? 'le métier' : `les ${formatInteger(below.length)} métiers`} sous les seuils, avec la raison
              </button>
              {showBelow
                ? below.map((a) => (
                    <CandidateCard
                      key={cardKey(a)}
                      rank={null}
                      analysis={a}
                      proposals={cards.get(cardKey(a)) ?? []}
                      hasProposalsElsewhere={a.subject.kind === 'occupation' && withProposals.has(a.subject.occupationKey)}
                      noProposalReason={data && a.subject.kind === 'occupation' ? whyNoProposal(data, a.subject.occupationKey) : ''}
                      query={query}
                    />
                  ))
                : null}
            </>
          ) : null}
        </section>
      ) : null}
      {data ? <FamiliesTable families={data.families} /> : null}
    </>
  );
}
