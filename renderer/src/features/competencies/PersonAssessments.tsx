import { useMemo, useState } from 'react';
import { useMutation, useQueries, useQuery } from '@tanstack/react-query';
import { formatDate } from '../../../../shared/format/dates';
import { formatDecimal } from '../../../../shared/format/numbers';
import { call } from '../../api';
import { Notice } from '../../components/Notice';
import { GapTable, useLevelName } from './GapTable';
import { competencyKeys, failureMessage, percent, useCatalogue, useInvalidateCompetencies, useOverview } from './queries';

type Props = { personId: number; name: string; occupationId: number | null };

/** One person: the occupations aimed at with the gap to each, an assessment form, the history. */
export function PersonAssessments({ personId, name, occupationId }: Props) {
  const catalogue = useCatalogue();
  const overview = useOverview();
  const levelName = useLevelName(catalogue.data?.levels);
  const invalidate = useInvalidateCompetencies();
  const detail = useQuery({ queryKey: competencyKeys.person(personId), queryFn: () => call('assessments.ofPerson', { personId }) });
  const targets = detail.data?.targets ?? [];
  const gaps = useQueries({
    queries: targets.map((t) => ({
      queryKey: ['competencies', 'person-gap', personId, t.occupationId, t.structureId],
      queryFn: () => call('assessments.gap', { personId, job: { occupationId: t.occupationId, structureId: t.structureId } }),
    })),
  });
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [target, setTarget] = useState<{ occupationId: number | ''; structureId: number | '' }>({ occupationId: '', structureId: '' });
  const today = new Date().toISOString().slice(0, 10);
  const [form, setForm] = useState({ competencyId: '' as number | '', level: 2, assessedOn: today, assessedBy: '' });

  // The competencies worth assessing: those of the occupations aimed at and of the person's own, first.
  const overviewById = new Map((overview.data?.occupations ?? []).map((o) => [o.occupationId, o]));
  const relevant = useQueries({
    queries: [...new Set([...targets.map((t) => t.occupationId), ...(occupationId ? [occupationId] : [])])]
      .map((id) => overviewById.get(id)?.referenceGridId)
      .filter((id): id is number => typeof id === 'number')
      .map((gridId) => ({ queryKey: competencyKeys.grid(gridId), queryFn: () => call('grids.get', { gridId }) })),
  });
  const relevantIds = new Set(relevant.flatMap((q) => q.data?.requirements.map((r) => r.competencyId) ?? []));
  const relevantKey = [...relevantIds].join(',');
  const options = useMemo(() => {
    const all = catalogue.data?.competencies ?? [];
    return relevantIds.size > 0 ? all.filter((c) => relevantIds.has(c.id)) : all;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- relevantIds is rebuilt from the queries each render
  }, [catalogue.data, relevantKey]);

  const record = useMutation({
    mutationFn: () => call('assessments.record', { personId, competencyId: Number(form.competencyId), level: form.level, assessedOn: form.assessedOn, assessedBy: form.assessedBy }),
    onSuccess: () => {
      setNotice({ tone: 'success', text: 'Évaluation enregistrée.' });
      setForm({ ...form, competencyId: '' });
      invalidate();
    },
    onError: (error) => setNotice({ tone: 'error', text: `L’évaluation n’a pas été enregistrée : ${failureMessage(error) ?? ''}` }),
  });
  const addTarget = useMutation({
    mutationFn: () => call('assessments.setTarget', { personId, occupationId: Number(target.occupationId), structureId: target.structureId === '' ? null : target.structureId }),
    onSuccess: () => {
      setTarget({ occupationId: '', structureId: '' });
      invalidate();
    },
    onError: (error) => setNotice({ tone: 'error', text: failureMessage(error) ?? '' }),
  });
  const removeTarget = useMutation({ mutationFn: (id: number) => call('assessments.removeTarget', { personId, occupationId: id }), onSuccess: () => invalidate() });

  return (
    <section className="person-assessments" aria-label={`Évaluations de ${name}`}>
      <h2>{name}</h2>
      {notice ? (
        <Notice tone={notice.tone} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Notice>
      ) : null}
      <h3>Métiers visés</h3>
      <div className="toolbar">
        <label>
          Métier visé
          <select value={target.occupationId} onChange={(event) => setTarget({ ...target, occupationId: event.target.value === '' ? '' : Number(event.target.value) })}>
            <option value="">— Choisir un métier —</option>
            {(overview.data?.occupations ?? []).map((o) => (
              <option key={o.occupationId} value={o.occupationId}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          chez
          <select value={target.structureId} onChange={(event) => setTarget({ ...target, structureId: event.target.value === '' ? '' : Number(event.target.value) })}>
            <option value="">— Toute structure (grille de référence) —</option>
            {(overview.data?.structures ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={target.occupationId === ''} onClick={() => addTarget.mutate()}>
          Viser ce métier
        </button>
      </div>
      {targets.map((t, i) => {
        const gap = gaps[i]?.data;
        return (
          <details key={t.occupationId} className="target" open={i === 0}>
            <summary>
              {t.occupationLabel}
              {t.structureName ? ` chez ${t.structureName}` : ''} : {percent(t.score)} de la grille détenue
            </summary>
            <button type="button" className="link-button" onClick={() => removeTarget.mutate(t.occupationId)}>
              Ne plus viser ce métier
            </button>
            {gap ? <GapTable gaps={gap.gaps} caption={`Écarts de ${name} pour devenir ${t.occupationLabel}`} levelName={levelName} /> : null}
            {gap && gap.training.trainings.length > 0 ? (
              <p>
                Formations possibles : {gap.training.trainings.map((tr) => `${tr.title} (${formatDecimal(tr.hours)} h)`).join(', ')}, soit {formatDecimal(gap.training.hours)} heures.
              </p>
            ) : null}
          </details>
        );
      })}
      <h3>Enregistrer une évaluation</h3>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          record.mutate();
        }}
      >
        <label>
          Compétence
          <select value={form.competencyId} onChange={(event) => setForm({ ...form, competencyId: event.target.value === '' ? '' : Number(event.target.value) })}>
            <option value="">— Choisir une compétence —</option>
            {options.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Niveau
          <select value={form.level} onChange={(event) => setForm({ ...form, level: Number(event.target.value) })}>
            <option value={0}>0 non acquis</option>
            {(catalogue.data?.levels ?? []).map((l) => (
              <option key={l.level} value={l.level}>
                {l.level} {l.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Date
          <input type="date" value={form.assessedOn} max={today} onChange={(event) => setForm({ ...form, assessedOn: event.target.value })} />
        </label>
        <label>
          Évalué par
          <input type="text" value={form.assessedBy} onChange={(event) => setForm({ ...form, assessedBy: event.target.value })} />
        </label>
        <button type="submit" disabled={form.competencyId === '' || record.isPending}>
          Enregistrer l’évaluation
        </button>
      </form>
      <h3>Historique</h3>
      {(detail.data?.history ?? []).length === 0 ? <p className="muted">Aucune évaluation pour l’instant.</p> : null}
      <table className="table">
        <tbody>
          {(detail.data?.history ?? []).map((h) => (
            <tr key={h.id}>
              <td>{formatDate(h.assessedOn)}</td>
              <td>{h.label}</td>
              <td>{h.level > 0 ? levelName(h.level) : 'non acquis'}</td>
              <td>{h.assessedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
