import type { NewsletterData, NewsletterSection } from '../../../../shared/api/newsletters';
import { formatInteger } from '../../../../shared/format/numbers';
import { countOf } from '../../../../shared/format/plural';
import { RichTextEditor } from '../../components/rich-text/RichTextEditor';
import { ContactsPicker } from './ContactsPicker';

type Props = {
  section: NewsletterSection;
  data: NewsletterData;
  readOnly: boolean;
  isFirst: boolean;
  isLast: boolean;
  onChange: (section: NewsletterSection) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
  onAddImage: () => Promise<number | null>;
};

const kindLabels: Record<NewsletterSection['kind'], string> = {
  text: 'Rubrique',
  keyFigures: 'Chiffres clés (calculés)',
  members: 'Liste des adhérents (calculée)',
  contacts: 'Contacts (encadré)',
};

/** One section of a letter: its title, then its text or the data it shows. */
export function SectionEditor({ section, data, readOnly, isFirst, isLast, onChange, onMove, onRemove, onAddImage }: Props) {
  const titleLabel = `Titre de la section ${section.title || kindLabels[section.kind]}`;
  return (
    <fieldset className={`letter-section-editor section-${section.kind}`}>
      <legend>{kindLabels[section.kind]}</legend>
      <div className="section-head">
        <input type="text" aria-label={titleLabel} value={section.title} disabled={readOnly} onChange={(event) => onChange({ ...section, title: event.target.value })} />
        {readOnly ? null : (
          <span className="section-actions">
            <button type="button" aria-label={`Monter ${section.title}`} disabled={isFirst} onClick={() => onMove(-1)}>
              ↑
            </button>
            <button type="button" aria-label={`Descendre ${section.title}`} disabled={isLast} onClick={() => onMove(1)}>
              ↓
            </button>
            <button type="button" className="link-button" aria-label={`Retirer la section ${section.title}`} onClick={onRemove}>
              Retirer
            </button>
          </span>
        )}
      </div>
      {section.kind === 'contacts' ? <ContactsPicker contactIds={section.contactIds} data={data} readOnly={readOnly} onChange={(contactIds) => onChange({ ...section, contactIds })} /> : null}
      {section.kind === 'text' || section.kind === 'contacts' ? (
        <RichTextEditor label={section.kind === 'contacts' ? `Texte complémentaire : ${section.title || kindLabels.contacts}` : `Texte : ${section.title || kindLabels[section.kind]}`} value={section.content} readOnly={readOnly} onChange={(content) => onChange({ ...section, content })} onAddImage={section.kind === 'text' ? onAddImage : undefined} />
      ) : section.kind === 'keyFigures' ? (
        <ul className="figure-preview" aria-label="Chiffres clés">
          {data.figures.map((figure) => (
            <li key={figure.key}>
              <strong>
                {formatInteger(figure.value)} {figure.unit}
              </strong>{' '}
              <span className="muted">{figure.label}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{countOf(data.members.length, 'adhérent listé', 'adhérents listés')} : {data.members.slice(0, 6).map((m) => m.name).join(', ')}{data.members.length > 6 ? '…' : ''}</p>
      )}
    </fieldset>
  );
}
