import type { PersonalDataSource } from '../privacy/sources';

/** A health professional who signs the charter as an individual: name, profession, address, territory. */
export const charterSignatorySource: PersonalDataSource = {
  id: 'charter-signatures',
  label: 'Signatures de la charte',
  rowsAbout: (db, personId) =>
    db
      .prepare(
        `SELECT s.profession AS "Profession", s.address AS "Adresse", s.postcode AS "Code postal", s.field AS "Champ d’intervention",
                v.title AS "Version signée", s.signed_on AS "Signée le", s.withdrawn_on AS "Retirée le",
                (SELECT group_concat(t.name, ', ') FROM charter_territory t WHERE t.signatory_id = s.id) AS "Territoire"
           FROM charter_signatory s JOIN charter_version v ON v.id = s.version_id
          WHERE s.person_id = ? ORDER BY s.signed_on`,
      )
      .all(personId) as Array<Record<string, string | number | null>>,
};
