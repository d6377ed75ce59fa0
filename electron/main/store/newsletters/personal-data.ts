import type { PersonalDataSource } from '../privacy/sources';

/** An unsubscribe request that names a person is theirs: it appears in their access export. */
export const newsletterUnsubscribeSource: PersonalDataSource = {
  id: 'newsletter-unsubscribes',
  label: 'Désinscriptions des lettres d’information',
  rowsAbout: (db, personId) =>
    db
      .prepare('SELECT email AS "Adresse", name AS "Nom", asked_on AS "Demandé le", note AS "Note" FROM newsletter_unsubscribe WHERE person_id = ? ORDER BY asked_on')
      .all(personId) as Array<Record<string, string | number | null>>,
};
