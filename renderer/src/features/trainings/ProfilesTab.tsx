import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../api';
import { Notice } from '../../components/Notice';
import type { OpcaProfile } from '../../../../shared/api/opca';
import { exportFieldCodes, exportFields, type ExportField, type OpcaLayout } from '../../../../shared/domain/trainings/opca-layout';
import { failureMessage, trainingKeys, useProfiles } from './queries';
import { useQueryClient } from '@tanstack/react-query';

/** Each fund's address and workbook layout, edited without code, shared as a small file. */
export function ProfilesTab() {
  const profiles = useProfiles();
  if (profiles.isError) return <Notice tone="error">{failureMessage(profiles.error)}</Notice>;
  return (
    <div className="profiles-tab">
      <p className="hint">
        Aucun format public ne fixe les classeurs des OPCA : les colonnes proposées sont un point de départ. Alignez-les sur le modèle que l’OPCA vous a transmis ; le
        profil est enregistré dans le fichier de l’association.
      </p>
      {(profiles.data ?? []).map((profile) => (
        <ProfileEditor key={profile.opca} profile={profile} />
      ))}
    </div>
  );
}

function ProfileEditor({ profile }: { profile: OpcaProfile }) {
  const client = useQueryClient();
  const [email, setEmail] = useState(profile.email);
  const [layout, setLayout] = useState<OpcaLayout>(profile.layout);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [added, setAdded] = useState<ExportField>('theme');
  const refresh = () => client.invalidateQueries({ queryKey: trainingKeys.all });
  const onError = (e: unknown) => {
    const text = failureMessage(e);
    setMessage(text ? { tone: 'error', text } : null);
  };
  const save = useMutation({ mutationFn: () => call('opca.saveProfile', { opca: profile.opca, email, layout }), onSuccess: () => {
      setMessage({ tone: 'success', text: 'Profil enregistré.' });
      return refresh();
    },
    onError,
  });
  // A profile replaced as a whole (defaults, a colleague's file) replaces what is on screen.
  const replaced = (next: OpcaProfile, text: string) => {
    setEmail(next.email);
    setLayout(next.layout);
    setMessage({ tone: 'success', text });
    return refresh();
  };
  const reset = useMutation({ mutationFn: () => call('opca.resetProfile', { opca: profile.opca }), onSuccess: (next) => replaced(next, 'Mise en page par défaut rétablie.'), onError });
  const share = useMutation({ mutationFn: () => call('opca.exportProfile', { opca: profile.opca }), onSuccess: (r) => setMessage({ tone: 'success', text: `Profil enregistré dans « ${r.fileName} ».` }), onError });
  const load = useMutation({ mutationFn: () => call('opca.importProfile', { opca: profile.opca }), onSuccess: (next) => replaced(next, 'Profil importé.'), onError });

  const columns = layout.columns;
  const setColumns = (next: OpcaLayout['columns']) => setLayout({ ...layout, columns: next });
  const move = (index: number, by: number) => {
    const next = [...columns];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    setColumns(next);
  };
  const id = `profile-${profile.opca}`;
  return (
    <section className="panel profile-editor" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {profile.label} {profile.isDefault ? <span className="muted">(mise en page par défaut)</span> : null}
      </h2>
      <div className="field-row">
        <label>
          Adresse e-mail de l’OPCA
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Feuille des stagiaires
          <input type="text" value={layout.sheetName} onChange={(e) => setLayout({ ...layout, sheetName: e.target.value })} />
        </label>
        <label>
          Feuille de synthèse
          <input type="text" value={layout.summarySheetName} onChange={(e) => setLayout({ ...layout, summarySheetName: e.target.value })} />
        </label>
        <label>
          Dates
          <select value={layout.dateFormat} onChange={(e) => setLayout({ ...layout, dateFormat: e.target.value as OpcaLayout['dateFormat'] })}>
            <option value="dd/mm/yyyy">31/12/2025</option>
            <option value="yyyy-mm-dd">2025-12-31</option>
            <option value="dd.mm.yyyy">31.12.2025</option>
          </select>
        </label>
      </div>
      <table className="data-table">
        <caption>Colonnes, dans l’ordre du classeur</caption>
        <thead>
          <tr>
            <th scope="col">En-tête</th>
            <th scope="col">Contenu</th>
            <th scope="col">Obligatoire</th>
            <th scope="col">
              <span className="visually-hidden">Ordre et retrait</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column, index) => (
            <tr key={`${column.field}-${index}`}>
              <td>
                <input
                  type="text"
                  aria-label={`En-tête de la colonne ${index + 1}`}
                  value={column.header}
                  onChange={(e) => setColumns(columns.map((c, i) => (i === index ? { ...c, header: e.target.value } : c)))}
                />
              </td>
              <td>{exportFields[column.field].label}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Colonne « ${column.header} » obligatoire`}
                  checked={column.required}
                  onChange={(e) => setColumns(columns.map((c, i) => (i === index ? { ...c, required: e.target.checked } : c)))}
                />
              </td>
              <td className="row-buttons">
                <button type="button" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Monter « ${column.header} »`}>
                  ↑
                </button>
                <button type="button" disabled={index === columns.length - 1} onClick={() => move(index, 1)} aria-label={`Descendre « ${column.header} »`}>
                  ↓
                </button>
                <button type="button" onClick={() => setColumns(columns.filter((_, i) => i !== index))} aria-label={`Retirer « ${column.header} »`}>
                  Retirer
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="toolbar">
        <label>
          Ajouter une colonne{' '}
          <select value={added} onChange={(e) => setAdded(e.target.value as ExportField)}>
            {exportFieldCodes.map((field) => (
              <option key={field} value={field}>
                {exportFields[field].label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setColumns([...columns, { field: added, header: exportFields[added].label, required: false }])}>
          Ajouter
        </button>
      </div>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => save.mutate()} disabled={save.isPending}>
          Enregistrer le profil
        </button>
        <button type="button" onClick={() => reset.mutate()} disabled={profile.isDefault}>
          Revenir à la mise en page par défaut
        </button>
        <button type="button" onClick={() => share.mutate()}>
          Exporter le profil…
        </button>
        <button type="button" onClick={() => load.mutate()}>
          Importer un profil…
        </button>
      </div>
      {message ? (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      ) : null}
    </section>
  );
}
