import type { HelpGuide } from '../../components/help/help-topics';
import { draftHelp } from '../../../../shared/api/mail';

function TrainingsGuide() {
  return (
    <>
      <p>Cet écran suit les formations mutualisées, du plan de l’année jusqu’au financement par l’OPCA de chaque employeur.</p>
      <dl>
        <dt>Actions de formation</dt>
        <dd>
          créez l’action (organisme, durée, coût, places), ses sessions, puis inscrivez les participants : une personne du fichier ou une nouvelle, avec sa
          structure. Les présences se notent par session. Une offre au format LHEO s’importe ici.
        </dd>
        <dt>Plan de formation</dt>
        <dd>les totaux de l’année par structure et par OPCA, les places encore libres et les structures sans OPCA, à compléter dans le registre avant tout envoi.</dd>
        <dt>OPCA</dt>
        <dd>l’adresse de chaque OPCA et la mise en page de son classeur : renommez, déplacez, ajoutez ou retirez des colonnes ; partagez le profil avec un collègue.</dd>
      </dl>
      <h3>Envoyer et recevoir</h3>
      <p>
        « Exporter » écrit le classeur d’un OPCA, « Préparer l’e-mail » en fait un brouillon avec le classeur joint. {draftHelp} Le classeur renvoyé par l’OPCA
        s’importe depuis le même bloc : les lignes sont rapprochées des participants, vous tranchez les cas douteux, puis tout est enregistré d’un coup.
      </p>
    </>
  );
}

export const trainingsHelp: HelpGuide = { title: 'Formations', Body: TrainingsGuide };
