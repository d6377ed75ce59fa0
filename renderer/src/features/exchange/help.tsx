import type { HelpGuide } from '../../components/help/help-topics';

function ExchangeGuide() {
  return (
    <>
      <p>Cet écran fait circuler entre adhérents les offres d’emploi, les candidats et les places de formation libres, par le fichier de l’association.</p>
      <h3>Les quatre onglets</h3>
      <dl>
        <dt>Offres d’emploi</dt>
        <dd>
          publiez le poste d’un adhérent ; sa fiche dit « qui pourrait pourvoir cette offre » : les candidats dont un métier souhaité est le même (ou voisin, même famille ROME)
          et dont le secteur comprend le lieu du poste. Seuls ceux dont le consentement le permet sont proposés.
        </dd>
        <dt>Candidats et CV</dt>
        <dd>
          la fiche d’un candidat, son consentement (tous les adhérents, ou certains) et son CV : PDF, Word, OpenDocument ou image, 10 Mo au plus, vérifié par son contenu
          et gardé dans le fichier. Aucune donnée de santé (RQTH, handicap) n’y a sa place. « Effacer définitivement » efface la personne du fichier, de son journal et des sauvegardes.
        </dd>
        <dt>Places de formation</dt>
        <dd>les places libres qu’un adhérent propose aux salariés des autres.</dd>
        <dt>Conservation des CV</dt>
        <dd>les candidatures sans contact depuis plus de deux ans (CNIL) : vérifiez la liste, puis supprimez-les.</dd>
      </dl>
      <h3>Transmettre aux adhérents</h3>
      <p>
        Cochez des lignes dans les listes (ou « Ajouter à la sélection » dans une offre), puis « Exporter la sélection » : un classeur Excel, pour tous les adhérents ou pour
        un seul. Un candidat n’y entre que si son consentement couvre ce destinataire. Chaque export est noté dans le journal RGPD, sans aucun nom.
      </p>
    </>
  );
}

export const exchangeHelp: HelpGuide = { title: 'Échanges entre adhérents', Body: ExchangeGuide };
