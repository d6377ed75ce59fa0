import type { TabProps } from '../CddPage';

export function OccupationsTab(_props: TabProps) {
  return <p>Métiers</p>;
}
