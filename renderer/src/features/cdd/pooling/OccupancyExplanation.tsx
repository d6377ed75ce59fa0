import { formatHours, formatInteger } from '../../../../../shared/format/numbers';

/** The analysis in plain French: how the occupancy of a pooled position is computed. */
export function OccupancyExplanation({ hoursPerFte }: { hoursPerFte: number }) {
  const monthly = hoursPerFte / 12;
  return (
    <details className="explain" open>
      <summary>Comment le taux d’occupation est calculé</summary>
      <p>
        Une personne à temps plein travaille {formatInteger(hoursPerFte)} heures par an (1 ETP), soit environ {formatHours(monthly)} heures par
        mois. Elle ne peut pas faire plus dans le mois, même si le besoin est plus grand.
      </p>
      <ul>
        <li>
          Pour chaque mois, on additionne les heures de CDD déclarées par les structures pour le métier, puis on retient <strong>au plus</strong> ce qu’une personne peut
          faire dans le mois ({formatHours(monthly)} h).
        </li>
        <li>
          Le <strong>taux d’occupation</strong> est la part des heures payées à la personne sur la période qui correspondent à un vrai besoin : heures retenues ÷ (
          {formatHours(monthly)} h × nombre de mois).
        </li>
        <li>
          Exemple : un mois où les structures ont besoin de 200 h compte pour {formatHours(monthly)} h (le poste est plein) ; un mois à 67 h compte 67 h
          (le poste est à moitié vide ce mois-là).
        </li>
        <li>Avec 2 postes mutualisés, on retient au plus le double par mois, et ainsi de suite : le taux baisse quand on ajoute un poste de trop.</li>
        <li>
          Un poste mutualisé concret réunit 2 ou 3 structures proches dont les besoins se succèdent au fil des mois plutôt que de se chevaucher : le tableau mois
          par mois indique pour qui la personne travaillerait.
        </li>
      </ul>
    </details>
  );
}
