import { useEffect, useState, type ReactNode } from 'react';
import { call, messageOf } from '../../api';
import { Modal } from '../Modal';
import { showHelp, useShownHelp } from './help-topics';

/** An address outside the app (the public FINESS download page…), opened in the system browser. */
export function HelpLink({ href, children }: { href: string; children: ReactNode }) {
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <>
      <a
        href={href}
        onClick={(event) => {
          // Through the shell's allow-list (desktop.openLink), right after the click; the page never navigates.
          event.preventDefault();
          setRefusal(null);
          call('desktop.openLink', { url: href }).catch((failure: unknown) => setRefusal(messageOf(failure)));
        }}
      >
        {children}
      </a>
      {refusal ? <span className="field-error"> {refusal}</span> : null}
    </>
  );
}

/** The keys every screen shares, under each guide so nobody has to look for them. */
function CommonKeys() {
  return (
    <section className="help-keys" aria-labelledby="help-keys-title">
      <h3 id="help-keys-title">Au clavier</h3>
      <dl>
        <dt>F1</dt>
        <dd>ouvre l’aide de l’écran ou de la fenêtre affichée</dd>
        <dt>Tab, Maj+Tab</dt>
        <dd>passent d’une zone à la suivante ; un tableau est une seule étape, les flèches s’y déplacent de cellule en cellule</dd>
        <dt>Entrée ou F2</dt>
        <dd>modifie la cellule choisie ; Entrée enregistre, Échap abandonne</dd>
        <dt>Ctrl+Z, Ctrl+Y</dt>
        <dd>annulent ou rétablissent la dernière modification faite dans un tableau</dd>
        <dt>Échap</dt>
        <dd>ferme la fenêtre ou la fiche ouverte (en demandant confirmation si une saisie serait perdue)</dd>
      </dl>
    </section>
  );
}

/** Listens for F1 and shows the guide of what is on screen; rendered once by App. */
export function HelpHost() {
  const shown = useShownHelp();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F1') return;
      event.preventDefault(); // the browser's own help page has nothing to say about Passerelles
      showHelp();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (!shown) return null;
  const { Body } = shown;
  return (
    <Modal
      title={`Aide : ${shown.title}`}
      onClose={() => showHelp(null)}
      wide
      footer={
        <button type="button" className="primary" onClick={() => showHelp(null)}>
          Fermer l’aide
        </button>
      }
    >
      <div className="help-body">
        <Body />
        <CommonKeys />
      </div>
    </Modal>
  );
}

/** The « ? » button of a screen or a dialog: opens the guide of what is on screen now. */
export function HelpButton({ label = 'Aide sur cet écran (F1)' }: { label?: string }) {
  return (
    <button type="button" className="help-button" aria-label={label} title={label} onClick={() => showHelp()}>
      ?
    </button>
  );
}
