import { useCallback, useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../../api';
import { Notice } from '../../../components/Notice';
import { Modal } from '../../../components/Modal';
import { BarChart } from '../../../components/charts/BarChart';
import type { CddFilters } from '../../../../../shared/api/cdd';
import type { ConsolidationCell } from '../../../../../shared/domain/pooling/types';
import { formatFte, formatHours, formatInteger } from '../../../../../shared/format/numbers';
import type { TabProps } from '../CddPage';
import { EmptyState } from '../EmptyState';
import { ExportButton } from '../ExportButton';
import { failureMessage, useDataRange, useStructures } from '../queries';
import { ConsolidationFilters, type ConsolidationFilterValue } from './ConsolidationFilters';
import { ConsolidationGrid, type Measure } from './ConsolidationGrid';
import { DrillDown } from './DrillDown';
import { MonthlyProfile } from './MonthlyProfile';

const thisYear = () => ({ from: `${new Date().getFullYear()}-01`, to: `${new Date().getFullYear()}-12` });

export const toFilters = (value: ConsolidationFilterValue): CddFilters => ({
  structureTypes: value.structureType ? [value.structureType] : [],
  fields: value.field ? [value.field] : [],
  epciCodes: value.epciCode ? [value.epciCode] : [],
  families: value.family ? [value.family] : [],
});

/** The whole period at a glance: occupation × month, totals, the structures behind a figure, and two charts. */
export function ConsolidationTab({ onGoTo }: TabProps) {
  const range = useDataRange();
  if (range.isPending) return <p className="muted">Chargement…</p>;
  if (range.isError) return <Notice tone="error">{failureMessage(range.error)}</Notice>;
  return <Consolidation initialPeriod={range.data ?? thisYear()} onGoTo={onGoTo} />;
}

function Consolidation({ initialPeriod, onGoTo }: { initialPeriod: { from: string; to: string } } & TabProps) {
  const structures = useStructures();
  const [filter, setFilter] = useState<ConsolidationFilterValue>({ from: initialPeriod.from, to: initialPeriod.to, structureType: '', field: '', epciCode: '', family: '' });
  const [measure, setMeasure] = useState<Measure>('hours');
  const [cell, setCell] = useState<{ cell: ConsolidationCell; title: string } | null>(null);
  const period = filter.from <= filter.to ? { from: filter.from, to: filter.to } : { from: filter.to, to: filter.from };
  const filters = useMemo(() => toFilters(filter), [filter]);
  const consolidated = useQuery({
    queryKey: ['cdd', 'consolidated', filters, period],
    queryFn: () => call('cdd.consolidated', { filters, period }),
    placeholderData: keepPreviousData,
  });
  const epcis = useMemo(() => {
    const byCode = new Map<string, string>();
    for (const s of structures.data ?? []) if (s.epciCode) byCode.set(s.epciCode, s.epciName || s.epciCode);
    return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }, [structures.data]);
  const onCell = useCallback((c: ConsolidationCell, title: string) => setCell({ cell: c, title }), []);
  const fteBars = useMemo(
    () => [...(consolidated.data?.occupations ?? [])].sort((a, b) => b.total.fte - a.total.fte).slice(0, 15).map((o) => ({ label: o.label, value: o.total.fte })),
    [consolidated.data],
  );
  const fteText = useCallback((v: number) => formatFte(v), []);

  const data = consolidated.data;
  return (
    <>
      <div className="panel">
        <ConsolidationFilters value={filter} epcis={epcis} onChange={setFilter} />
        {consolidated.isError ? <Notice tone="error">{failureMessage(consolidated.error)}</Notice> : null}
        {consolidated.isPending ? <p className="muted">Calcul de la consolidation…</p> : null}
        {data && data.occupations.length === 0 ? (
          <EmptyState title="Aucune donnée pour cette période : préparez les classeurs de collecte puis importez les fichiers reçus.">
            <p>Vous pouvez aussi élargir la période ou retirer un filtre.</p>
            <button type="button" onClick={() => onGoTo('collection')}>
              Aller à la collecte
            </button>
          </EmptyState>
        ) : null}
        {data && data.occupations.length > 0 ? (
          <>
            <div className="panel-header">
              <p>
                <strong>{formatHours(data.total.hours)} h</strong> de CDD, soit <strong>{formatFte(data.total.fte)} ETP</strong> sur la période,
                dans {formatInteger(data.structureCount)} structure{data.structureCount > 1 ? 's' : ''} ({formatInteger(data.hoursPerFte)} h = 1 ETP par an). Cliquez sur un chiffre pour
                voir les structures qui le composent.
              </p>
              <div className="toolbar">
              <div className="segmented" role="radiogroup" aria-label="Afficher">
                <label>
                  <input type="radio" name="cdd-measure" checked={measure === 'hours'} onChange={() => setMeasure('hours')} /> Heures
                </label>
                <label>
                  <input type="radio" name="cdd-measure" checked={measure === 'fte'} onChange={() => setMeasure('fte')} /> ETP
                </label>
              </div>
              <ExportButton query={{ filters, period, area: 'both' }} />
              </div>
            </div>
            <ConsolidationGrid consolidation={data} measure={measure} onCell={onCell} />
            {data.ignoredVolumes > 0 ? (
              <p className="hint">{formatInteger(data.ignoredVolumes)} lignes ne sont pas comptées : leur métier ou leur structure n’existe plus dans le fichier.</p>
            ) : null}
          </>
        ) : null}
      </div>
      {data && data.occupations.length > 0 ? (
        <div className="chart-row">
          <div className="panel">
            <BarChart title="ETP par métier sur la période" valueName="ETP" formatValue={fteText} data={fteBars} />
          </div>
          <div className="panel">
            <MonthlyProfile consolidation={data} filters={filters} period={period} />
          </div>
        </div>
      ) : null}
      {cell ? (
        <Modal title={`Structures — ${cell.title}`} onClose={() => setCell(null)} wide>
          <DrillDown cell={cell.cell} filters={filters} period={period} />
        </Modal>
      ) : null}
    </>
  );
}
