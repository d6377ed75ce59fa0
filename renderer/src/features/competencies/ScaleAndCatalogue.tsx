import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { LevelDefinition } from '../../../../shared/domain/competencies/levels';
import { competencyKindLabels, competencyKinds, type CompetencyKind } from '../../../../shared/domain/competencies/rome-starter';
import { call } from '../../api';
import { Notice } from '../../components/Notice';
import { failureMessage, useInvalidateCompetencies } from './queries';

/** The file's level scale (names and one-line descriptors) and a competency of the association's own. */
export function ScaleAndCatalogue({ levels }: { levels: readonly LevelDefinition[] }) {
  const invalidate = useInvalidateCompetencies();
  const [draft, setDraft] = useState<LevelDefinition[]>(() => levels.map((l) => ({ ...l })));
  const [competency, setCompetency] = useState<{ label: string; kind: CompetencyKind }>({ label: '', kind: 'savoir_faire' });
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const saveLevels = useMutation({
    mutationFn: () => call('competencies.updateLevels', { levels: draft }),
    onSuccess: () => {
      setNotice({ tone: 'success', text: 'L’échelle des niveaux est enregistrée.' });
      invalidate();
    },
    onError: (error) => setNotice({ tone: 'error', text: `L’échelle n’a pas été modifiée : ${failureMessage(error) ?? ''}` }),
  });
  const create = useMutation({
    mutationFn: () => call('competencies.create', { label: competency.label, kind: competency.kind }),
    onSuccess: (created) => {
      setNotice({ tone: 'success', text: `« ${created.label} » est ajoutée : ajoutez-la aux grilles qui la demandent.` });
      setCompetency({ ...competency, label: '' });
      invalidate();
    },
    onError: (error) => setNotice({ tone: 'error', text: failureMessage(error) ?? '' }),
  });
  return (
    <details className="scale-and-catalogue">
      <summary>Échelle des niveaux et compétences propres à l’association</summary>
      {notice ? (
        <Notice tone={notice.tone} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Notice>
      ) : null}
      <fieldset>
        <legend>Échelle des niveaux (« non concerné » n’est pas un niveau)</legend>
        {draft.map((level, index) => (
          <div key={level.level} className="toolbar">
            <label>
              Nom du niveau {level.level}
              <input type="text" value={level.label} onChange={(event) => setDraft(draft.map((l, i) => (i === index ? { ...l, label: event.target.value } : l)))} />
            </label>
            <label className="wide-field">
              Ce qu’il veut dire
              <input type="text" value={level.descriptor} onChange={(event) => setDraft(draft.map((l, i) => (i === index ? { ...l, descriptor: event.target.value } : l)))} />
            </label>
          </div>
        ))}
        <div className="toolbar">
          <button type="button" disabled={draft.length >= 6} onClick={() => setDraft([...draft, { level: draft.length + 1, label: '', descriptor: '' }])}>
            Ajouter un niveau
          </button>
          <button type="button" disabled={draft.length <= 2} onClick={() => setDraft(draft.slice(0, -1))}>
            Retirer le dernier niveau
          </button>
          <button type="button" onClick={() => saveLevels.mutate()}>
            Enregistrer l’échelle
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>Nouvelle compétence</legend>
        <div className="toolbar">
          <label className="wide-field">
            Intitulé
            <input type="text" value={competency.label} onChange={(event) => setCompetency({ ...competency, label: event.target.value })} />
          </label>
          <label>
            Nature
            <select value={competency.kind} onChange={(event) => setCompetency({ ...competency, kind: event.target.value as CompetencyKind })}>
              {competencyKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {competencyKindLabels[kind]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={competency.label.trim().length < 2} onClick={() => create.mutate()}>
            Ajouter la compétence
          </button>
        </div>
      </fieldset>
    </details>
  );
}
