import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { AdRow } from '../../../../../shared/api/exchange';
import { adStatuses, contractKinds, mobilityPhrases, type AdStatus } from '../../../../../shared/domain/exchange';
import { formatDate } from '../../../../../shared/format/dates';
import { formatDecimal } from '../../../../../shared/format/numbers';
import { countOf, plural } from '../../../../../shared/format/plural';
import { call } from '../../../api';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { failureMessage, frenchMessage } from '../../members/queries';
import type { TabProps } from '../ExchangePage';
import { useExchangeRefresh, useMatches } from '../queries';
import { gridSourcePhrase, MatchCompetencies } from './MatchCompetencies';

type Props = Pick<TabProps, 'selection' | 'onSelect' | 'onMessage'> & { ad: AdRow; onEdit: () => void; onClose: () => void };

/** One ad: what it is, its state, and « qui pourrait pourvoir cette offre ? ». */
export function AdPanel({ ad, selection, onSelect, onMessage, onEdit, onClose }: Props) {
  const refresh = useExchangeRefresh();
  const matches = useMatches(ad.id);
  const [isDeleting, setIsDeleting] = useState(false);
  const setStatus = useMutation({
    mutationFn: (status: AdStatus) => call('exchange.ads.setStatus', { id: ad.id, status }),
    onSuccess: (saved) => {
      void refresh();
      onMessage({ tone: 'success', text: `L’offre « ${saved.title} » est maintenant ${adStatuses[saved.status].toLowerCase()}.` });
    },
    onError: (error) => onMessage({ tone: 'error', text: failureMessage(error) ?? '' }),
  });
  const remove = useMutation({
    mutationFn: () => call('exchange.ads.delete', { id: ad.id }),
    onSuccess: () => {
      void refresh();
      onSelect('ads', selection.ads.filter((id) => id !== ad.id));
      onMessage({ tone: 'success', text: `L’offre « ${ad.title} » a été supprimée.` });
      onClose();
    },
    onError: (error) => onMessage({ tone: 'error', text: failureMessage(error) ?? '' }),
  });
  const chosen = new Set(selection.candidates);
  const found = matches.data?.matches ?? [];
  const addAll = () => onSelect('candidates', [...new Set([...selection.candidates, ...found.map((m) => m.candidate.id)])]);
  return (
    <aside className="detail-panel" aria-label="Fiche de l’offre">
      <div className="detail-header">
        <div>
          <h2>{ad.title}</h2>
          <p>
            {ad.structureName} · {contractKinds[ad.contract]}
            {ad.hoursPerWeek ? ` · ${formatDecimal(ad.hoursPerWeek)}\u00a0h par semaine` : ''}
          </p>
          <p className="muted">
            {ad.occupationLabel || 'Métier non renseigné'} · {ad.communeName || 'lieu non renseigné'}
            {ad.startsOn ? ` · à partir du ${formatDate(ad.startsOn)}` : ''}
            {ad.endsOn ? ` jusqu’au ${formatDate(ad.endsOn)}` : ''}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label="Fermer la fiche" onClick={onClose}>
          ×
        </button>
      </div>
      <p>
        <span className={ad.status === 'open' ? 'badge' : 'badge badge-muted'}>{adStatuses[ad.status]}</span> publiée le {formatDate(ad.publishedOn)}
        {ad.closedOn ? `, close le ${formatDate(ad.closedOn)}` : ''}
      </p>
      {ad.description ? <p className="pre-line">{ad.description}</p> : null}
      <div className="detail-actions">
        <button type="button" onClick={onEdit}>
          Modifier…
        </button>
        {ad.status === 'open' ? (
          <>
            <button type="button" disabled={setStatus.isPending} onClick={() => setStatus.mutate('filled')}>
              Marquer pourvue
            </button>
            <button type="button" disabled={setStatus.isPending} onClick={() => setStatus.mutate('withdrawn')}>
              Retirer l’offre
            </button>
          </>
        ) : (
          <button type="button" disabled={setStatus.isPending} onClick={() => setStatus.mutate('open')}>
            Rouvrir l’offre
          </button>
        )}
        <button type="button" className="link-button danger-link" onClick={() => setIsDeleting(true)}>
          Supprimer
        </button>
      </div>
      <section className="detail-section" aria-labelledby="matches-title">
        <div className="section-title">
          <h3 id="matches-title">Qui pourrait pourvoir cette offre ?</h3>
          {found.length > 0 ? (
            <button type="button" onClick={addAll}>
              Tout ajouter à la sélection
            </button>
          ) : null}
        </div>
        {matches.isPending ? <p className="muted">Recherche des candidats…</p> : null}
        {matches.isError ? <p className="hint">{frenchMessage(matches.error)}</p> : null}
        {matches.isSuccess && found.length === 0 ? <p className="muted">Aucun candidat dont le métier souhaité et le secteur correspondent.</p> : null}
        {found.length > 0 ? (
          <table className="table compact">
            <caption className="visually-hidden">Candidats proposés pour l’offre</caption>
            <thead>
              <tr>
                <th scope="col">Candidat</th>
                <th scope="col">Pourquoi</th>
                <th scope="col">
                  <span className="visually-hidden">Sélection</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {found.map((match) => (
                <tr key={match.candidate.id}>
                  <td>
                    {match.candidate.firstName} {match.candidate.lastName}
                    <br />
                    <small className="muted">
                      {match.candidate.communeName} · {mobilityPhrases[match.candidate.mobility]}
                    </small>
                  </td>
                  <td>
                    {match.reasons}
                    <br />
                    <MatchCompetencies fit={match.competencies} gridSource={matches.data?.gridSource ?? 'none'} />
                  </td>
                  <td className="row-actions">
                    {chosen.has(match.candidate.id) ? (
                      <span className="badge">Dans la sélection</span>
                    ) : (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={`Ajouter ${match.candidate.firstName} ${match.candidate.lastName} à la sélection`}
                        onClick={() => onSelect('candidates', [...selection.candidates, match.candidate.id])}
                      >
                        Ajouter à la sélection
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {matches.data && found.length > 0 ? <p className="muted">{gridSourcePhrase(matches.data.gridSource, ad.structureName)}</p> : null}
        {matches.data && matches.data.withoutConsent > 0 ? (
          <p className="hint">
            {countOf(matches.data.withoutConsent, 'autre candidat correspondrait', 'autres candidats correspondraient')}, mais{' '}
            {plural(matches.data.withoutConsent, 'son consentement ne permet pas', 'leur consentement ne permet pas')} de {plural(matches.data.withoutConsent, 'le', 'les')} présenter à cette structure.
          </p>
        ) : null}
      </section>
      {isDeleting ? (
        <ConfirmDialog title="Supprimer l’offre" confirmLabel="Supprimer l’offre" danger busy={remove.isPending} onCancel={() => setIsDeleting(false)} onConfirm={() => remove.mutate()}>
          <p>L’offre « {ad.title} » de {ad.structureName} sera supprimée du fichier. Pour la garder dans l’historique, marquez-la plutôt pourvue ou retirée.</p>
        </ConfirmDialog>
      ) : null}
    </aside>
  );
}
