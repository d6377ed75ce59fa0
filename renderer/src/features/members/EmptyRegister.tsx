/** The empty register: the three ways to start, each one click away. */
export function EmptyRegister({ onAdd, onFiness, onWorkbook }: { onAdd: () => void; onFiness: () => void; onWorkbook: () => void }) {
  return (
    <div className="empty-state members-empty">
      <h2>Le registre est vide</h2>
      <p>Pour commencer, vous pouvez :</p>
      <ul>
        <li>
          <button type="button" className="link-button" onClick={onAdd}>
            ajouter une structure
          </button>{' '}
          à la main (nom, FINESS, SIRET, commune…) ;
        </li>
        <li>
          <button type="button" className="link-button" onClick={onFiness}>
            importer l’extraction FINESS
          </button>{' '}
          (fichier CSV « etalab » téléchargé sur data.gouv.fr) et choisir votre territoire ;
        </li>
        <li>
          <button type="button" className="link-button" onClick={onWorkbook}>
            importer votre classeur Excel d’adhérents
          </button>{' '}
          : vous direz à quoi correspond chaque colonne.
        </li>
      </ul>
    </div>
  );
}
