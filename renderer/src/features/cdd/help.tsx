import type { HelpGuide } from '../../components/help/help-topics';

function CddGuide() {
  return (
    <>
      <p>Cet écran recueille les CDD des adhérents, par métier et par mois, les additionne et repère les postes qui pourraient être partagés.</p>
      <h3>Les quatre onglets</h3>
      <dl>
        <dt>Collecte</dt>
        <dd>
          préparez un classeur par adhérent pour la période, envoyez-le, puis importez les fichiers reçus (ou déposez-les sur la fenêtre). Chaque fichier passe
          par un aperçu avant d’être enregistré ; le réimporter remplace l’import précédent, sans double compte.
        </dd>
        <dt>Consolidation</dt>
        <dd>les heures et les ETP additionnés par métier, structure et mois, avec le détail de chaque case.</dd>
        <dt>Mutualisation</dt>
        <dd>
          les métiers dont le besoin revient assez pour un poste partagé entre deux ou trois structures proches, avec la phrase qui l’explique. Un métier
          réglementé n’est jamais additionné à un autre.
        </dd>
        <dt>Métiers</dt>
        <dd>la liste de référence : renommer, ajouter des synonymes, fusionner deux métiers.</dd>
      </dl>
      <p>Les flèches gauche et droite passent d’un onglet à l’autre quand l’un d’eux a le focus.</p>
    </>
  );
}

export const cddHelp: HelpGuide = { title: 'CDD et mutualisation', Body: CddGuide };
