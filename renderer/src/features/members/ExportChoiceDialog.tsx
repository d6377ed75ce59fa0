import { countOf } from '../../../../shared/format/plural';
import { Modal } from '../../components/Modal';

/** A filtered register: export what is shown, in its order, or the whole register. */
export function ExportChoiceDialog({ total, displayed, pending, onAll, onDisplayed, onClose }: { total: number; displayed: number; pending: boolean; onAll: () => void; onDisplayed: () => void; onClose: () => void }) {
  return (
    <Modal
      title="Exporter vers Excel"
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Annuler
          </button>
          <button type="button" disabled={pending} onClick={onAll}>
            Tout le registre ({countOf(total, 'structure', 'structures')})
          </button>
          <button type="button" className="primary" disabled={pending} onClick={onDisplayed}>
            {displayed === 1 ? 'Seulement la structure affichée' : `Seulement les ${countOf(displayed, 'structure affichée', 'structures affichées')}`}
          </button>
        </>
      }
    >
      <p>La liste est filtrée. Exporter seulement les structures affichées, dans l’ordre de la liste, ou tout le registre ?</p>
    </Modal>
  );
}
