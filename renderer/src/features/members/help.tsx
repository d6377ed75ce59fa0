import type { HelpGuide } from '../../components/help/help-topics';
import { HelpLink } from '../../components/help/HelpDialog';

/** The public page where etalab publishes the FINESS extract (the CSV the import reads). */
export const finessDownloadPage = 'https://www.data.gouv.fr/fr/datasets/finess-extraction-du-fichier-des-etablissements/';

function RegisterGuide() {
  return (
    <>
      <p>Le registre réunit les structures du territoire : les adhérents de l’année et les partenaires, avec leurs contacts et leurs cotisations.</p>
      <h3>Remplir le registre</h3>
      <ul>
        <li>« Ajouter une structure… » : le formulaire complet (FINESS, SIRET, commune, effectif…) ;</li>
        <li>« Importer l’extraction FINESS… » : les établissements du fichier national, filtrés sur votre territoire ;</li>
        <li>« Importer un classeur d’adhérents… » : votre fichier Excel, dont vous dites à quoi correspond chaque colonne avant de voir l’aperçu.</li>
      </ul>
      <h3>Modifier</h3>
      <p>
        Dans le tableau, choisissez une cellule avec les flèches puis Entrée ou F2 (ou double-cliquez) : la valeur est vérifiée et enregistrée dès que vous
        validez. Ctrl+Z annule la dernière modification du tableau, Ctrl+Y la rétablit. Espace ouvre la fiche de la ligne : contacts, années d’adhésion,
        identité complète ; Échap la referme.
      </p>
      <p>« Colonnes… » choisit les colonnes affichées ; leur largeur et leur ordre sont gardés pour la prochaine fois.</p>
      <h3>Supprimer, et revenir en arrière</h3>
      <p>
        Avant chaque suppression et chaque import, une sauvegarde du fichier est faite. Le message qui suit propose « Annuler » ; plus tard, « Sauvegardes… » dans
        la barre de gauche remet le fichier dans un état antérieur.
      </p>
      <h3>Exporter</h3>
      <p>« Exporter vers Excel… » écrit le registre, ou seulement les structures affichées si la liste est filtrée.</p>
    </>
  );
}

export const registerHelp: HelpGuide = { title: 'Registre des adhérents', Body: RegisterGuide };

function FinessGuide() {
  return (
    <>
      <p>
        Le fichier FINESS recense les établissements sanitaires et sociaux de France. Etalab en publie chaque mois une extraction au format CSV, libre et
        gratuite.
      </p>
      <h3>Télécharger le fichier</h3>
      <ol>
        <li>
          ouvrez la page <HelpLink href={finessDownloadPage}>« FINESS Extraction du Fichier des établissements » sur data.gouv.fr</HelpLink> ;
        </li>
        <li>téléchargez la ressource « etalab-cs1100507-stock… » (les établissements géolocalisés, un fichier .csv d’environ 100 Mo) ;</li>
        <li>revenez ici et cliquez sur « Choisir le fichier… ».</li>
      </ol>
      <h3>Choisir ce qui entre dans le registre</h3>
      <p>
        Choisissez votre département, puis les EPCI ou les communes de votre territoire et les catégories d’établissements. L’aperçu dit, pour chaque
        établissement, s’il sera ajouté, mis à jour (ancienne valeur → nouvelle valeur) ou laissé tel quel, et pourquoi une ligne est refusée.
      </p>
      <p>Rien n’est écrit avant « Importer ». Une sauvegarde est faite juste avant, et le message qui suit l’import propose « Annuler ».</p>
    </>
  );
}

export const finessImportHelp: HelpGuide = { title: 'Importer l’extraction FINESS', Body: FinessGuide };

function WorkbookGuide() {
  return (
    <>
      <p>Votre liste d’adhérents tenue dans Excel ou LibreOffice entre dans le registre en trois étapes.</p>
      <ol>
        <li>choisissez le classeur : la ligne des en-têtes est trouvée même sous un titre ;</li>
        <li>dites à quoi correspond chaque colonne (les choix proposés viennent des en-têtes et du contenu) ;</li>
        <li>lisez l’aperçu : structures ajoutées, mises à jour, refusées avec la raison ; puis importez.</li>
      </ol>
      <p>Une sauvegarde est faite avant l’import, et le message qui suit propose « Annuler ».</p>
    </>
  );
}

export const workbookImportHelp: HelpGuide = { title: 'Importer un classeur d’adhérents', Body: WorkbookGuide };
