import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { CandidateRow } from '../../../../../shared/api/exchange';
import { consentScopes, mobilityPhrases } from '../../../../../shared/domain/exchange';
import { formatDate } from '../../../../../shared/format/dates';
import { formatBytes } from '../../../../../shared/format/numbers';
import { countOf } from '../../../../../shared/format/plural';
import { call } from '../../../api';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { failureMessage } from '../../members/queries';
import type { Message } from '../ExchangePage';
import { useExchangeRefresh, useStructures } from '../queries';

type Props = { candidate: CandidateRow; onEdit: () => void; onMessage: (message: Message | null) => void; onErased: () => void; onClose: () => void };

/** One candidate: contact, wishes, consent, the CV kept in the file, and erasure on request. */
export function CandidatePanel({ candidate, onEdit, onMessage, onErased, onClose }: Props) {
  const refresh = useExchangeRefresh();
  const structures = useStructures();
  const [confirm, setConfirm] = useState<'erase' | 'removeCv' | null>(null);
  const name = [candidate.civility, candidate.firstName, candidate.lastName].filter(Boolean).join(' ');
  const refused = (error: unknown) => {
    const text = failureMessage(error);
    onMessage(text ? { tone: 'error', text } : null);
  };
  const attach = useMutation({
    mutationFn: () => call('exchange.candidates.attachCv', { id: candidate.id }),
    onMutate: () => onMessage(null),
    onSuccess: (saved) => {
      void refresh();
      onMessage({ tone: 'success', text: `Le CV « ${saved.cv?.fileName ?? ''} » (${saved.cv?.kindLabel ?? ''}) est joint à la fiche de ${name}.` });
    },
    onError: refused,
  });
  const saveCopy = useMutation({
    mutationFn: () => call('exchange.candidates.saveCv', { id: candidate.id }),
    onSuccess: (result) => onMessage({ tone: 'success', text: `Copie du CV enregistrée sous « ${result.fileName} ».` }),
    onError: refused,
  });
  const removeCv = useMutation({
    mutationFn: () => call('exchange.candidates.removeCv', { id: candidate.id }),
    onSuccess: () => {
      void refresh();
      setConfirm(null);
      onMessage({ tone: 'success', text: `Le CV de ${name} a été retiré du fichier.` });
    },
    onError: refused,
  });
  const erase = useMutation({
    mutationFn: () => call('exchange.candidates.erase', { id: candidate.id }),
    onSuccess: (result) => {
      void refresh();
      setConfirm(null);
      onErased();
      onMessage({
        tone: 'success',
        text: `Les données de ${name} ont été effacées pour de bon (fiche, CV et consentement), dans le fichier et son journal${
          result.backupsScrubbed > 0 ? ` ainsi que dans ${countOf(result.backupsScrubbed, 'sauvegarde', 'sauvegardes')}` : ' (aucune sauvegarde ne les contenait)'
        }. L’effacement est noté dans le journal RGPD, sans le nom.`,
      });
    },
    onError: refused,
  });
  const memberNames = new Map((structures.data ?? []).map((s) => [s.id, s.name]));
  return (
    <aside className="detail-panel" aria-label="Fiche du candidat">
      <div className="detail-header">
        <div>
          <h2>{name}</h2>
          <p>{candidate.wishedOccupations.map((o) => o.label).join(', ') || 'Aucun métier souhaité'}</p>
          <p className="muted">
            {candidate.communeName || 'Commune non renseignée'} · {mobilityPhrases[candidate.mobility]}
            {candidate.availableFrom ? ` · disponible le ${formatDate(candidate.availableFrom)}` : ''}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label="Fermer la fiche" onClick={onClose}>
          ×
        </button>
      </div>
      <dl className="facts">
        <dt>E-mail</dt>
        <dd>{candidate.email || '—'}</dd>
        <dt>Téléphone</dt>
        <dd>{candidate.phone || '—'}</dd>
        <dt>Disponibilités</dt>
        <dd>{candidate.availability || '—'}</dd>
        <dt>Consentement</dt>
        <dd>
          {consentScopes[candidate.consentScope]}
          {candidate.consentOn ? `, donné le ${formatDate(candidate.consentOn)}` : ''}
          {candidate.consentScope === 'someMembers' ? ` : ${candidate.consentMemberIds.map((id) => memberNames.get(id) ?? '?').join(', ')}` : ''}
        </dd>
        <dt>Dernier contact</dt>
        <dd>{formatDate(candidate.lastContactOn) || '—'}</dd>
        <dt>Conservé jusqu’au</dt>
        <dd>{formatDate(candidate.keptUntil)}</dd>
      </dl>
      <div className="detail-actions">
        <button type="button" onClick={onEdit}>
          Modifier…
        </button>
      </div>
      <section className="detail-section" aria-labelledby="cv-title">
        <h3 id="cv-title">CV</h3>
        {candidate.cv ? (
          <p>
            « {candidate.cv.fileName} » · {candidate.cv.kindLabel} · {formatBytes(candidate.cv.sizeBytes)} · joint le {formatDate(candidate.cv.addedAt)}
          </p>
        ) : (
          <p className="muted">Aucun CV joint. Acceptés : PDF, Word (DOCX), OpenDocument (ODT) ou image, 10 Mo au plus ; le contenu du fichier est vérifié.</p>
        )}
        <div className="detail-actions">
          <button type="button" disabled={attach.isPending} onClick={() => attach.mutate()}>
            {candidate.cv ? 'Remplacer le CV…' : 'Joindre le CV…'}
          </button>
          {candidate.cv ? (
            <>
              <button type="button" disabled={saveCopy.isPending} onClick={() => saveCopy.mutate()}>
                Enregistrer une copie…
              </button>
              <button type="button" className="link-button danger-link" onClick={() => setConfirm('removeCv')}>
                Retirer le CV
              </button>
            </>
          ) : null}
        </div>
      </section>
      <section className="detail-section danger-zone" aria-labelledby="erase-title">
        <h3 id="erase-title">Droit à l’effacement</h3>
        <p className="hint">Sur demande du candidat : sa fiche, son CV et son consentement sont effacés du fichier, de son journal et des sauvegardes.</p>
        <div className="detail-actions">
          <button type="button" className="danger" onClick={() => setConfirm('erase')}>
            Effacer définitivement…
          </button>
        </div>
      </section>
      {confirm === 'erase' ? (
        <ConfirmDialog title="Effacer le candidat" confirmLabel="Effacer définitivement" danger busy={erase.isPending} onCancel={() => setConfirm(null)} onConfirm={() => erase.mutate()}>
          <p>
            Tout ce que le fichier contient sur {name} (fiche, CV, consentement, métiers souhaités) sera effacé, y compris dans les sauvegardes à côté du fichier. Ce ne peut pas être annulé.
          </p>
        </ConfirmDialog>
      ) : null}
      {confirm === 'removeCv' ? (
        <ConfirmDialog title="Retirer le CV" confirmLabel="Retirer le CV" danger busy={removeCv.isPending} onCancel={() => setConfirm(null)} onConfirm={() => removeCv.mutate()}>
          <p>Le CV de {name} sera retiré du fichier. La fiche du candidat reste.</p>
        </ConfirmDialog>
      ) : null}
    </aside>
  );
}
