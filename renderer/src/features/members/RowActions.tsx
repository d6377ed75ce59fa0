/** The Modifier / Supprimer links of one line of a detail panel's list; `what` names the line for screen readers ("le contact Marie Lefèvre"). */
export function RowActions({ what, onEdit, onDelete }: { what: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <td className="row-actions">
      <button type="button" className="link-button" aria-label={`Modifier ${what}`} onClick={onEdit}>
        Modifier
      </button>
      <button type="button" className="link-button danger-link" aria-label={`Supprimer ${what}`} onClick={onDelete}>
        Supprimer
      </button>
    </td>
  );
}
