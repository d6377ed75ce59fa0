import type { Newsletter, NewsletterSection } from '../../../../shared/api/newsletters';
import { formatInteger } from '../../../../shared/format/numbers';
import type { PrintDocument } from '../document';
import type { RichTextNode } from '../../../../shared/api/rich-text';
import { plainText } from '../rich-text/clean';
import { richTextToHtml } from '../rich-text/render';
import { markFirstUses } from './glossary-marks';
import { newsletterCss } from './newsletter-css';

type Props = { letter: Newsletter };

function Section({ section, html, letter }: { section: NewsletterSection; html: string; letter: Newsletter }) {
  switch (section.kind) {
    case 'text':
      return (
        <section className="letter-section">
          {section.title ? <h2>{section.title}</h2> : null}
          <div dangerouslySetInnerHTML={{ __html: html }} />
        </section>
      );
    case 'keyFigures':
      return (
        <aside className="box reperes">
          <h2>{section.title || 'Repères'}</h2>
          <div className="figures">
            {letter.data.figures.map((figure) => (
              <div key={figure.key} className="figure">
                <span className="value">
                  {formatInteger(figure.value)} <span className="unit">{figure.unit}</span>
                </span>
                <span className="label">{figure.label}</span>
              </div>
            ))}
          </div>
          {letter.data.figuresNote ? <p className="source">{letter.data.figuresNote}</p> : null}
        </aside>
      );
    case 'members':
      return (
        <section className="letter-section members">
          <h2>{section.title || 'Les adhérents'}</h2>
          {letter.data.members.length === 0 ? (
            <p className="muted">Aucun adhérent enregistré pour l’année.</p>
          ) : (
            <ul className="member-list">
              {letter.data.members.map((member) => (
                <li key={`${member.name}-${member.commune}`}>
                  <strong>{member.name}</strong>
                  {member.commune ? <span className="muted"> · {member.commune}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      );
    case 'contacts': {
      const chosen = new Set(section.contactIds);
      const contacts = letter.data.contacts.filter((contact) => chosen.has(contact.id));
      return (
        <aside className="box contacts">
          <h2>{section.title || 'Contacts'}</h2>
          {contacts.map((contact) => (
            <p key={contact.id} className="contact-card">
              <strong>{contact.structureName}</strong>
              {contact.addressLines.map((line) => (
                <span key={line}>
                  <br />
                  {line}
                </span>
              ))}
              <br />
              {contact.name}
              {contact.role ? `, ${contact.role}` : ''}
              {contact.phone ? (
                <>
                  <br />
                  Tél. {contact.phone}
                </>
              ) : null}
              {contact.email ? (
                <>
                  <br />
                  {contact.email}
                </>
              ) : null}
            </p>
          ))}
          <div dangerouslySetInnerHTML={{ __html: html }} />
        </aside>
      );
    }
  }
}

const hasImage = (node: RichTextNode): boolean => node.type === 'image' || (node.content ?? []).some(hasImage);

/** A written section left empty is not printed (a draft may keep its headings for later). */
export const isPrinted = (section: NewsletterSection) =>
  section.kind === 'keyFigures' || section.kind === 'members' || (section.kind === 'contacts' && section.contactIds.length > 0) || plainText(section.content).trim() !== '' || hasImage(section.content);

function NewsletterBody({ letter, htmlOf }: Props & { htmlOf: (section: NewsletterSection) => string }) {
  const { association } = letter.data;
  return (
    <main className="newsletter">
      <header className="masthead">
        <div className="masthead-association">
          <span className="association">{association.name}</span>
          {association.territory ? <span className="territory">{association.territory}</span> : null}
        </div>
        <h1>
          {letter.title} <span className="number">n°{letter.number}</span>
        </h1>
        <div className="period">{letter.period}</div>
      </header>
      <div className="letter-columns">
        {letter.sections.filter(isPrinted).map((section) => (
          <Section key={section.id} section={section} html={htmlOf(section)} letter={letter} />
        ))}
      </div>
      {letter.data.glossary.length > 0 ? (
        <aside className="box glossary">
          <h2>Glossaire</h2>
          <p className="small muted">Les sigles marqués d’un astérisque (*) dans la lettre.</p>
          <dl>
            {letter.data.glossary.map((entry) => (
              <div key={entry.acronym} className="glossary-entry">
                <dt>{entry.acronym}</dt>
                <dd>{entry.definition}</dd>
              </div>
            ))}
          </dl>
        </aside>
      ) : null}
    </main>
  );
}

/** The letter as a real association newsletter: masthead, two columns, boxed Repères, glossary. */
export function newsletterDocument(letter: Newsletter): PrintDocument {
  const images = new Map(letter.images.map((image) => [image.id, image.dataUrl]));
  const acronyms = letter.data.glossary.map((entry) => entry.acronym);
  const marked = new Set<string>();
  const htmlBySection = new Map<string, string>();
  for (const section of letter.sections) {
    if (section.kind === 'text' || section.kind === 'contacts') {
      htmlBySection.set(section.id, richTextToHtml(markFirstUses(section.content, acronyms, marked), (id) => images.get(id) ?? null));
    }
  }
  const name = `${letter.title} n°${letter.number}`;
  return {
    title: `${name} — ${letter.data.association.name}`,
    header: { left: letter.data.association.name, right: `${name} · ${letter.period}` },
    footer: letter.status === 'draft' ? 'Projet — non publié' : letter.data.association.name,
    css: newsletterCss,
    body: <NewsletterBody letter={letter} htmlOf={(section) => htmlBySection.get(section.id) ?? ''} />,
  };
}
