import { draftHelp } from '../../../../shared/api/mail';

/** Under every « Préparer l’e-mail »: what to do in the mail programs that open a .eml read-only. */
export function DraftHelp() {
  return <p className="hint draft-help">{draftHelp}</p>;
}

/** What the desktop did with a draft, in a sentence. */
export const openingMessage = (opening: 'opened' | 'shown', fileName: string) =>
  opening === 'opened'
    ? `Le brouillon « ${fileName} » s’ouvre dans votre messagerie.`
    : `Aucun programme n’ouvre les fichiers .eml sur cet ordinateur : le brouillon « ${fileName} » est affiché dans son dossier. Faites-le glisser dans votre messagerie.`;
