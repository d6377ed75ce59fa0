import type { TabProps } from '../CddPage';

export function CollectionTab(_props: TabProps) {
  return <p>Collecte</p>;
}
