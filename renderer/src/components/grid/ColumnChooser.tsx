import { useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import { Modal } from '../Modal';

type Props = { api: GridApi; onReset: () => void; onClose: () => void };

/** Which columns the grid shows: at 1366 px not all of them fit, so the coordinator chooses. */
export function ColumnChooser({ api, onReset, onClose }: Props) {
  const columns = (api.getColumns() ?? []).filter((c) => c.getColDef().headerName);
  const [, setVersion] = useState(0);
  return (
    <Modal
      title="Colonnes affichées"
      onClose={onClose}
      confirmDiscard={false}
      footer={
        <>
          <button
            type="button"
            onClick={() => {
              onReset();
              setVersion((v) => v + 1);
            }}
          >
            Rétablir les colonnes d’origine
          </button>
          <button type="button" className="primary" onClick={onClose}>
            Fermer
          </button>
        </>
      }
    >
      <p className="hint">Cochez les colonnes à afficher. Leur largeur et leur ordre (faites glisser un en-tête) sont gardés pour la prochaine fois.</p>
      <ul className="column-chooser">
        {columns.map((column) => {
          const isOnlyOne = column.isVisible() && columns.filter((c) => c.isVisible()).length === 1;
          return (
            <li key={column.getColId()}>
              <label className="inline-check">
                <input
                  type="checkbox"
                  checked={column.isVisible()}
                  disabled={isOnlyOne}
                  onChange={(event) => {
                    api.setColumnsVisible([column], event.target.checked);
                    setVersion((v) => v + 1);
                  }}
                />
                {column.getColDef().headerName}
              </label>
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
