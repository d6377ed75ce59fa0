import { useState } from 'react';
import type { TabProps } from '../CddPage';
import { defaultFirstMonth, lastMonth } from '../months';
import { ImportLog } from './ImportLog';
import { ImportPanel } from './ImportPanel';
import { MissingPanel } from './MissingPanel';
import { PreparePanel } from './PreparePanel';

/** Send the collection workbooks, bring the returned files in, see who is missing. */
export function CollectionTab(_props: TabProps) {
  const [period, setPeriod] = useState({ start: defaultFirstMonth(), months: 12 });
  return (
    <>
      <PreparePanel periodStart={period.start} months={period.months} onPeriodChange={(start, months) => setPeriod({ start, months })} />
      <ImportPanel />
      <MissingPanel from={period.start} to={lastMonth(period.start, period.months)} />
      <ImportLog />
    </>
  );
}
