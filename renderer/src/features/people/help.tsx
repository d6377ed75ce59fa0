import type { HelpGuide } from '../../components/help/help-topics';

function PeopleGuide() {
  return (
    <>
      <p>
        Cet écran réunit les personnes dont le fichier garde des données (salariés des adhérents, remplaçants, candidats, stagiaires) et ce que chaque écran
        garde sur elles : évaluations, CV, formations, signatures de la charte…
      </p>
      <h3>Droit d’accès</h3>
      <p>Sur la fiche, « Exporter ses données » écrit tout ce que le fichier contient sur la personne : un classeur Excel lisible (une feuille par partie) ou un fichier JSON.</p>
      <h3>Droit à l’effacement</h3>
      <p>
        « Effacer définitivement… » dit d’abord ce qui sera effacé. Le fichier est ensuite réécrit pour qu’aucune trace ne reste lisible, et chaque sauvegarde qui
        contient la personne est réécrite sans elle. Rien ne peut être récupéré ensuite.
      </p>
      <h3>Durées de conservation</h3>
      <p>
        Chaque catégorie a une durée comptée depuis le dernier contact (un CV : 2 ans, recommandation de la CNIL). L’onglet « Revue de conservation » liste les
        personnes dont la date est passée : conservez-les jusqu’à une date, renouvelez le contact ou effacez-les.
      </p>
      <h3>Journal RGPD</h3>
      <p>Chaque export, effacement, purge et décision est noté 12 mois : qui, quand, quoi, combien, jamais le nom de la personne.</p>
    </>
  );
}

export const peopleHelp: HelpGuide = { title: 'Personnes et RGPD', Body: PeopleGuide };
