import { messageOf } from '../api';
import { Notice } from '../components/Notice';
import { useAssociation } from './use-association';
import { Welcome } from './Welcome';
import { Workspace } from './Workspace';

export function App() {
  const association = useAssociation();
  if (association.current.isPending) return <p className="loading">Chargement…</p>;
  if (association.current.isError) {
    return (
      <main className="welcome">
        <Notice tone="error">{messageOf(association.current.error)}</Notice>
      </main>
    );
  }
  const summary = association.current.data;
  return (
    <>
      {association.outsideRefusal ? (
        <div className="floating-notice">
          <Notice tone="error" onDismiss={association.dismissOutsideRefusal}>
            {association.outsideRefusal}
          </Notice>
        </div>
      ) : null}
      {summary ? <Workspace summary={summary} association={association} /> : <Welcome association={association} />}
    </>
  );
}
