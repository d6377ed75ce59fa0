import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { GridOverview } from '../../../../shared/api/competencies';
import { HIGH_WEAR, wearFactors, wearScore, type Wear } from '../../../../shared/domain/competencies/wear';
import { call } from '../../api';
import { failureMessage, useInvalidateCompetencies } from './queries';

const scale = ['0 – aucune', '1 – faible', '2 – moyenne', '3 – forte'];

/** The wear factors of one occupation (0–3 each): the career paths start from the high-wear ones. */
export function WearForm({ occupation }: { occupation: GridOverview }) {
  const [wear, setWear] = useState<Wear>(occupation.wear);
  const [message, setMessage] = useState<string | null>(null);
  const invalidate = useInvalidateCompetencies();
  const save = useMutation({
    mutationFn: () => call('grids.setWear', { occupationId: occupation.occupationId, wear }),
    onSuccess: () => {
      setMessage('Usure enregistrée.');
      invalidate();
    },
    onError: (error) => setMessage(failureMessage(error)),
  });
  const score = wearScore(wear);
  return (
    <fieldset className="wear-form" key={occupation.occupationId}>
      <legend>Usure professionnelle de ce métier</legend>
      <div className="toolbar">
        {wearFactors.map((factor) => (
          <label key={factor.key}>
            {factor.label}
            <select value={wear[factor.key]} onChange={(event) => setWear({ ...wear, [factor.key]: Number(event.target.value) })}>
              {scale.map((text, value) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="button" onClick={() => save.mutate()}>
          Enregistrer l’usure
        </button>
        <span className={score >= HIGH_WEAR ? 'badge badge-warning' : 'badge'}>
          {score} sur 12{score >= HIGH_WEAR ? ' : métier usant, des parcours sont proposés' : ''}
        </span>
        {message ? <span role="status">{message}</span> : null}
      </div>
    </fieldset>
  );
}
