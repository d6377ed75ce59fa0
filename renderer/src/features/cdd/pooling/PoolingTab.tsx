import type { TabProps } from '../CddPage';
import { OccupancyExplanation } from './OccupancyExplanation';

export function PoolingTab(_props: TabProps) {
  return <OccupancyExplanation hoursPerFte={1607} />;
}
