import { useMemo, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../../api';
import { Notice } from '../../../components/Notice';
import { WrittenFile } from '../../../components/WrittenFile';
import type { PreparedCollection } from '../../../../../shared/api/cdd';
import { describePeriod, monthsBetween } from '../months';
import { failureMessage, useInvalidateCdd, useStructures } from '../queries';
import { MemberPicker } from './MemberPicker';
import { MonthInput } from '../MonthInput';
import { CollectionDrafts } from './CollectionDrafts';

type Props = {
  periodStart: string;
  months: number;
  onPeriodChange: (periodStart: string, months: number) => void;
};

/** Step 1: one collection workbook per chosen structure, written in a folder the person picks. */
export function PreparePanel({ periodStart, months, onPeriodChange }: Props) {
  const structures = useStructures();
  const invalidate = useInvalidateCdd();
  // null until the person changes it: then the members of the register are the default choice.
  const [chosen, setChosen] = useState<Set<number> | null>(null);
  const members = useMemo(() => new Set((structures.data ?? []).filter((s) => s.isMember).map((s) => s.id)), [structures.data]);
  const selected = structures.data ? (chosen ?? members) : null;
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<PreparedCollection | null>(null);

  const prepare = useMutation({
    mutationFn: () => call('cdd.prepareCollection', { periodStart, months, structureIds: [...(selected ?? [])] }),
    onMutate: () => {
      setError(null);
      setDone(null);
    },
    onSuccess: (result) => {
      setDone(result);
      void invalidate();
    },
    onError: (e) => setError(failureMessage(e)),
  });

  const list = structures.data ?? [];
  return (
    <section className="panel" aria-labelledby="cdd-prepare-title">
      <div className="panel-header">
        <div>
          <h2 id="cdd-prepare-title">1. Préparer les classeurs de collecte</h2>
          <p className="hint">Un classeur Excel par structure, à lui envoyer par e-mail : elle y indique ses CDD par métier et par mois, puis vous le renvoie.</p>
        </div>
      </div>
      <div className="field-row">
        <MonthInput label="Premier mois" value={periodStart} onChange={(m) => onPeriodChange(m, months)} />
        <label>
          Nombre de mois
          <input type="number" min={1} max={36} value={months} onChange={(e) => onPeriodChange(periodStart, Math.max(1, Math.min(36, Number(e.target.value) || 1)))} />
        </label>
        <span className="hint">Période : {describePeriod(periodStart, months)}</span>
      </div>
      {structures.isPending ? <p className="muted">Chargement du registre…</p> : null}
      {structures.isError ? <Notice tone="error">{failureMessage(structures.error)}</Notice> : null}
      {structures.data && list.length === 0 ? (
        <Notice tone="info">Le registre est vide : ajoutez d’abord les structures adhérentes (section « Adhérents »), puis revenez préparer leurs classeurs.</Notice>
      ) : null}
      {list.length > 0 && selected ? <MemberPicker structures={list} selected={selected} onChange={setChosen} /> : null}
      <div className="toolbar">
        <button type="button" className="primary" disabled={prepare.isPending || !selected || selected.size === 0} onClick={() => prepare.mutate()}>
          {prepare.isPending ? 'Préparation…' : 'Préparer les classeurs…'}
        </button>
        {selected && selected.size === 0 && list.length > 0 ? <span className="hint">Cochez au moins une structure.</span> : null}
      </div>
      {error ? (
        <Notice tone="error" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      ) : null}
      {done ? (
        <Notice tone="success" onDismiss={() => setDone(null)}>
          <p>
            {done.files.length === 1 ? '1 classeur préparé' : `${done.files.length} classeurs préparés`} dans <strong>{done.folder}</strong> ({describePeriod(done.period.from, monthsBetween(done.period.from, done.period.to))}) :
          </p>
          <ul className="file-list" aria-label="Classeurs préparés">
            {done.files.map((f) => (
              <li key={f.structureId}>
                {f.fileName} <span className="muted">— {f.structureName}</span>
              </li>
            ))}
          </ul>
          <WrittenFile written={done.written} />
          <p className="hint">Envoyez chaque classeur à sa structure ; quand ils reviennent, importez-les ci-dessous.</p>
        </Notice>
      ) : null}
      {done ? <CollectionDrafts key={done.folder + done.files.length} /> : null}
    </section>
  );
}

