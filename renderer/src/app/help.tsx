import type { HelpGuide } from '../components/help/help-topics';

function WelcomeGuide() {
  return (
    <>
      <p>Passerelles garde tout ce qui concerne votre association dans un seul fichier « .passerelles », sur votre ordinateur, sans connexion à Internet.</p>
      <ul>
        <li>« Créer une association… » : donnez son nom et son territoire, puis choisissez où enregistrer le fichier ;</li>
        <li>« Ouvrir un fichier… » : reprenez un fichier existant (ou faites-le glisser sur la fenêtre) ;</li>
        <li>les fichiers ouverts récemment sont listés en dessous.</li>
      </ul>
      <p>Une sauvegarde du fichier est faite avant chaque changement important ; « Sauvegardes… » permet d’y revenir.</p>
    </>
  );
}

export const welcomeHelp: HelpGuide = { title: 'Bienvenue', Body: WelcomeGuide };
