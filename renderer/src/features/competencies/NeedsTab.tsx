import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { countOf } from '../../../../shared/format/plural';
import { formatDecimal } from '../../../../shared/format/numbers';
import { call } from '../../api';
import { Notice } from '../../components/Notice';
import { useLevelName } from './GapTable';
import { competencyKeys, failureMessage, useCatalogue } from './queries';

/** The territory's training needs: how many people need which competency to reach which occupation. */
export function NeedsTab() {
  const needs = useQuery({ queryKey: competencyKeys.needs, queryFn: () => call('trainingNeeds.list') });
  const catalogue = useCatalogue();
  const levelName = useLevelName(catalogue.data?.levels);
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const exportNeeds = useMutation({
    mutationFn: () => call('trainingNeeds.export'),
    onSuccess: (result) => setNotice({ tone: 'success', text: `« ${result.fileName} » est enregistré : ${countOf(result.rows, 'besoin', 'besoins')}.` }),
    onError: (error) => {
      const message = failureMessage(error);
      if (message) setNotice({ tone: 'error', text: message });
    },
  });
  const lines = needs.data ?? [];
  return (
    <div className="competency-tab">
      {notice ? (
        <Notice tone={notice.tone} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Notice>
      ) : null}
      <div className="toolbar">
        <button type="button" disabled={lines.length === 0} onClick={() => exportNeeds.mutate()}>
          Exporter en .xlsx…
        </button>
        <span className="muted">Calculés à partir des évaluations les plus récentes de chaque personne et des métiers qu’elle vise ; le classeur ne contient aucun nom.</span>
      </div>
      {lines.length === 0 ? <p className="muted">Aucun besoin : indiquez le métier que vise une personne dans « Personnes et évaluations ».</p> : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Métier visé</th>
            <th scope="col">Compétence</th>
            <th scope="col">Niveau requis</th>
            <th scope="col" className="number">
              Personnes
            </th>
            <th scope="col">Formations qui la développent</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={`${line.occupationId}-${line.competencyId}`}>
              <td>{line.occupationLabel}</td>
              <td>
                {line.isCore ? <span className="badge">cœur de métier</span> : null} {line.label}
              </td>
              <td>{levelName(line.required)}</td>
              <td className="number">{line.people}</td>
              <td>{line.trainings.length > 0 ? line.trainings.map((t) => `${t.title} (${formatDecimal(t.hours)} h)`).join(', ') : <span className="muted">à construire : une formation commune ?</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
