import { useMutation, useQuery } from '@tanstack/react-query';
import type { ErasureResult } from '../../../../shared/api/privacy';
import { countOf } from '../../../../shared/format/plural';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { frenchMessage } from '../members/queries';

type Props = { personId: number; onErased: (result: ErasureResult, name: string) => void; onCancel: () => void };

/** Says exactly what « Effacer définitivement » will do before it is done: nothing can bring it back. */
export function EraseDialog({ personId, onErased, onCancel }: Props) {
  const preview = useQuery({ queryKey: ['people', 'erase-preview', personId], queryFn: () => call('privacy.erasePreview', { personId }), gcTime: 0 });
  const erase = useMutation({ mutationFn: () => call('privacy.erase', { personId }), onSuccess: (result) => onErased(result, preview.data?.displayName ?? '') });
  const data = preview.data;
  const held = (data?.holdings ?? []).filter((holding) => holding.count > 0);
  return (
    <ConfirmDialog
      title="Effacer définitivement"
      confirmLabel={erase.isPending ? 'Effacement…' : 'Effacer définitivement'}
      danger
      busy={!data || erase.isPending}
      onConfirm={() => erase.mutate()}
      onCancel={onCancel}
    >
      {preview.isError ? <Notice tone="error">{frenchMessage(preview.error)}</Notice> : null}
      {erase.isError ? <Notice tone="error">L’effacement n’a pas été fait : {frenchMessage(erase.error)}</Notice> : null}
      {data ? (
        <div className="erase-preview">
          <p>
            Les données de <strong>{data.displayName}</strong> seront effacées du fichier de l’association, sans retour possible :
          </p>
          <ul>
            <li>
              sa fiche
              {held.map((holding) => `, ${holding.label.toLowerCase()} (${holding.count})`).join('')} ;
            </li>
            <li>le fichier est réécrit pour qu’aucune trace ne reste lisible, ni dans le fichier ni dans son journal ;</li>
            <li>
              {data.backupsHolding === 0
                ? `aucune sauvegarde ne contient ses données (${countOf(data.backupsTotal, 'sauvegarde', 'sauvegardes')} en tout) ;`
                : `${countOf(data.backupsHolding, 'sauvegarde contient ses données et sera réécrite', 'sauvegardes contiennent ses données et seront réécrites')} sans elles (une sauvegarde illisible serait supprimée) ;`}
            </li>
            <li>le journal RGPD notera un effacement, sans le nom de la personne.</li>
          </ul>
          <p className="hint">Les fichiers déjà remis (export de ses données, classeurs envoyés aux adhérents) ne sont pas concernés. Si la personne a demandé ses données, exportez-les avant.</p>
        </div>
      ) : (
        <p className="muted">Recherche de ce que le fichier et ses sauvegardes contiennent…</p>
      )}
    </ConfirmDialog>
  );
}
