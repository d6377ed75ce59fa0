import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { call } from '../../api';
import { Notice } from '../../components/Notice';
import { DraftHelp, openingMessage } from '../../components/mail/DraftHelp';
import type { ExportScope, FundExport, ReturnPreview as Preview } from '../../../../shared/api/opca';
import type { Opca } from '../../../../shared/domain/structure';
import { formatDecimal, formatEuros } from '../../../../shared/format/numbers';
import { countOf } from '../../../../shared/format/plural';
import { ReturnPreview } from './ReturnPreview';
import { failureMessage, useInvalidateTrainings } from './queries';

type Props = { scope: ExportScope; title: string };
type Message = { tone: 'error' | 'success' | 'info'; text: string };

/** Per fund: what goes out (check, workbook, e-mail draft) and what comes back (its return). */
export function FundExchange({ scope, title }: Props) {
  const check = useQuery({ queryKey: ['trainings', 'check', scope], queryFn: () => call('opca.check', { scope }) });
  const [exports, setExports] = useState<Partial<Record<Opca, FundExport>>>({});
  const [messages, setMessages] = useState<Partial<Record<Opca, Message>>>({});
  const [preview, setPreview] = useState<{ opca: Opca; preview: Preview } | null>(null);
  const invalidate = useInvalidateTrainings();
  const say = (opca: Opca, message: Message | null) => setMessages((all) => ({ ...all, [opca]: message ?? undefined }));
  const fail = (opca: Opca) => (e: unknown) => {
    const text = failureMessage(e);
    say(opca, text ? { tone: 'error', text } : null);
  };

  const exportFund = useMutation({
    mutationFn: (opca: Opca) => call('opca.export', { scope, opca }).then((result) => ({ opca, result })),
    onSuccess: ({ opca, result }) => {
      setExports((all) => ({ ...all, [opca]: result }));
      say(opca, {
        tone: 'success',
        text: `« ${result.fileName} » enregistré : ${countOf(result.participants, 'stagiaire', 'stagiaires')} de ${countOf(result.structures, 'structure', 'structures')}, ${formatDecimal(result.hours)} h, ${formatEuros(result.costCents)}.`,
      });
    },
    onError: (e, opca) => fail(opca)(e),
  });
  const prepareEmail = useMutation({
    mutationFn: ({ opca, exportId }: { opca: Opca; exportId: string }) => call('opca.prepareEmail', { exportId }).then((result) => ({ opca, result })),
    onSuccess: ({ opca, result }) =>
      say(opca, { tone: 'info', text: `${openingMessage(result.opening, result.fileName)}${result.to ? ` Destinataire : ${result.to}.` : ' Aucune adresse dans le profil de l’OPCA : indiquez le destinataire dans votre messagerie.'}` }),
    onError: (e, { opca }) => fail(opca)(e),
  });
  const readReturn = useMutation({
    mutationFn: (opca: Opca) => call('opca.readReturn', { opca, scope }).then((result) => ({ opca, result })),
    onSuccess: ({ opca, result }) => {
      say(opca, null);
      setPreview({ opca, preview: result });
    },
    onError: (e, opca) => fail(opca)(e),
  });

  const data = check.data;
  return (
    <section className="panel fund-exchange" aria-labelledby={`fund-exchange-${scope.kind}`}>
      <h3 id={`fund-exchange-${scope.kind}`}>{title}</h3>
      {check.isError ? <Notice tone="error">{failureMessage(check.error)}</Notice> : null}
      {data && data.withoutOpca.length > 0 ? (
        <Notice tone="warning">
          {data.withoutOpca.length === 1 ? 'Une structure n’a pas d’OPCA' : `${data.withoutOpca.length} structures n’ont pas d’OPCA`} dans le registre : ses participants ne figurent dans aucun classeur.
          Renseignez l’OPCA dans la section « Adhérents » :{' '}
          {data.withoutOpca.map((s) => `${s.structureName} (${countOf(s.participants, 'participant', 'participants')})`).join(', ')}.
        </Notice>
      ) : null}
      {data && data.withoutStructure > 0 ? <Notice tone="warning">{countOf(data.withoutStructure, 'participant n’a', 'participants n’ont')} pas d’employeur : choisissez sa structure.</Notice> : null}
      {data && data.missing.length > 0 ? (
        <Notice tone="warning">
          Valeurs demandées par un OPCA et absentes : {data.missing.slice(0, 5).map((m) => `${m.header} pour ${m.participant}`).join(', ')}
          {data.missing.length > 5 ? `, et ${data.missing.length - 5} autres` : ''}.
        </Notice>
      ) : null}
      <div className="fund-cards">
        {(data?.funds ?? []).map((fund) => {
          const done = exports[fund.opca];
          const message = messages[fund.opca];
          return (
            <article key={fund.opca} className="fund-card" aria-label={fund.label}>
              <h4>{fund.label}</h4>
              <p>
                {countOf(fund.participants, 'participant', 'participants')} de {countOf(fund.structures, 'structure', 'structures')}
                {fund.email ? ` · ${fund.email}` : ' · adresse à renseigner dans l’onglet « OPCA »'}
              </p>
              <div className="toolbar">
                <button type="button" disabled={fund.participants === 0 || exportFund.isPending} onClick={() => exportFund.mutate(fund.opca)}>
                  Exporter le classeur…
                </button>
                <button type="button" disabled={!done || prepareEmail.isPending} onClick={() => done && prepareEmail.mutate({ opca: fund.opca, exportId: done.exportId })}>
                  Préparer l’e-mail
                </button>
                <button type="button" disabled={fund.participants === 0 || readReturn.isPending} onClick={() => readReturn.mutate(fund.opca)}>
                  Importer le retour…
                </button>
              </div>
              {message ? (
                <Notice tone={message.tone} onDismiss={() => say(fund.opca, null)}>
                  {message.text}
                </Notice>
              ) : null}
            </article>
          );
        })}
      </div>
      <DraftHelp />
      {preview ? (
        <ReturnPreview
          opca={preview.opca}
          preview={preview.preview}
          onChange={(next) => setPreview({ opca: preview.opca, preview: next })}
          onClose={() => setPreview(null)}
          onCommitted={async (text) => {
            say(preview.opca, { tone: 'success', text });
            setPreview(null);
            await invalidate();
          }}
        />
      ) : null}
    </section>
  );
}
