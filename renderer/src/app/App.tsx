import { messageOf } from '../api';
import { Notice } from '../components/Notice';
import { HelpHost } from '../components/help/HelpDialog';
import { useHelpGuide } from '../components/help/help-topics';
import { welcomeHelp } from './help';
import { useAssociation } from './use-association';
import { Welcome } from './Welcome';
import { Workspace } from './Workspace';

export function App() {
  const association = useAssociation();
  const hasFile = Boolean(association.current.data);
  useHelpGuide(hasFile ? undefined : welcomeHelp);
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
      <HelpHost />
    </>
  );
}
