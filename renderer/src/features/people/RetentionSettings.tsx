import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { personKinds, type PersonKind } from '../../../../shared/domain/people';
import { call } from '../../api';
import { Notice } from '../../components/Notice';
import { frenchMessage } from '../members/queries';
import { usePeopleRefresh, useRetentionSettings } from './queries';

/** Months kept after the last contact, per kind: a setting of the file. */
export function RetentionSettings() {
  const settings = useRetentionSettings();
  const people = usePeopleRefresh();
  const [typed, setTyped] = useState<Partial<Record<PersonKind, string>>>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const save = useMutation({
    mutationFn: ({ kind, months }: { kind: PersonKind; months: number }) => call('privacy.setRetention', { kind, months }),
    onSuccess: (_, { kind, months }) => {
      setTyped((t) => ({ ...t, [kind]: undefined }));
      setMessage({ tone: 'success', text: `${personKinds[kind]} : ${months} mois après le dernier contact, pour les fiches créées ou recontactées désormais.` });
      void people.refresh();
    },
    onError: (error) => setMessage({ tone: 'error', text: `La durée n’a pas été changée : ${frenchMessage(error)}` }),
  });
  return (
    <section className="retention-settings" aria-labelledby="retention-settings-title">
      <h2 id="retention-settings-title">Durées de conservation</h2>
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
      <div className="retention-grid">
        {(settings.data ?? []).map((setting) => {
          const value = typed[setting.kind] ?? String(setting.months);
          return (
            <form
              key={setting.kind}
              className="retention-row"
              onSubmit={(event) => {
                event.preventDefault();
                const months = Number(value);
                if (!Number.isInteger(months)) setMessage({ tone: 'error', text: 'Indiquez un nombre entier de mois.' });
                else save.mutate({ kind: setting.kind, months });
              }}
            >
              <label htmlFor={`retention-${setting.kind}`}>{personKinds[setting.kind]}</label>
              <input id={`retention-${setting.kind}`} inputMode="numeric" value={value} onChange={(event) => setTyped((t) => ({ ...t, [setting.kind]: event.target.value }))} />
              <span>mois</span>
              <button type="submit" disabled={save.isPending || value === String(setting.months)}>
                Enregistrer
              </button>
            </form>
          );
        })}
      </div>
    </section>
  );
}
