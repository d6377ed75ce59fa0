import { useState } from 'react';
import { useStructures } from '../queries';
import type { TabProps } from '../CddPage';
import { defaultFirstMonth, lastMonth } from '../months';
import { ImportLog } from './ImportLog';
import { ImportPanel } from './ImportPanel';
import { MissingPanel } from './MissingPanel';
import { PreparePanel } from './PreparePanel';

/** Send the collection workbooks, bring the returned files in, see who is missing. */
export function CollectionTab(_props: TabProps) {
  const structures = useStructures();
  // Until the person picks a period: the year of the memberships on file (issue 7: every member is
  // « non adhérent sur la période » when the default year is not theirs).
  const [chosen, setPeriod] = useState<{ start: string; months: number } | null>(null);
  const period = chosen ?? { start: defaultFirstMonth(new Date(), (structures.data ?? []).map((s) => s.lastMemberYear)), months: 12 };
  return (
    <>
      <PreparePanel periodStart={period.start} months={period.months} onPeriodChange={(start, months) => setPeriod({ start, months })} />
      <ImportPanel />
      <MissingPanel from={period.start} to={lastMonth(period.start, period.months)} />
      <ImportLog />
    </>
  );
}
