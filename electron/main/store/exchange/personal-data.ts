import type { PersonalDataSource } from '../privacy/sources';
import { consentScopes, mobilities } from '../../../../shared/domain/exchange';
import { describeMediaType } from './attachment';

/**
 * What the exchange holds about a candidate, for the access export (issue 13 §2): the candidate
 * record (area, availability, consent and the members it names), the wished occupations, and the
 * CV's description (the CV itself is stored in candidate_cv and goes with the person's erasure).
 */
export const exchangePersonalData: PersonalDataSource = {
  id: 'exchange',
  label: 'Échanges entre adhérents (candidatures)',
  rowsAbout: (db, personId) => {
    const rows: Array<Record<string, string | number | null>> = [];
    const candidate = db
      .prepare(
        `SELECT commune_name AS commune, mobility, available_from AS availableFrom, availability, consent_scope AS scope, consent_on AS consentOn, created_at AS createdAt
         FROM candidate WHERE person_id = ?`,
      )
      .get(personId) as { commune: string; mobility: keyof typeof mobilities; availableFrom: string | null; availability: string; scope: keyof typeof consentScopes; consentOn: string | null; createdAt: string } | undefined;
    if (!candidate) return rows;
    const members = db
      .prepare('SELECT s.name FROM candidate_consent_member m JOIN structure s ON s.id = m.structure_id WHERE m.person_id = ? ORDER BY s.name')
      .all(personId) as { name: string }[];
    rows.push({
      Donnée: 'Candidature',
      Commune: candidate.commune,
      Mobilité: mobilities[candidate.mobility],
      'Disponible à partir du': candidate.availableFrom,
      Disponibilités: candidate.availability,
      Consentement: consentScopes[candidate.scope],
      'Consentement donné le': candidate.consentOn,
      'Adhérents nommés par le consentement': members.map((m) => m.name).join(', '),
      'Enregistrée le': candidate.createdAt.slice(0, 10),
    });
    const wished = db
      .prepare('SELECT o.label, o.rome_code AS rome FROM candidate_occupation w JOIN occupation o ON o.id = w.occupation_id WHERE w.person_id = ? ORDER BY o.label')
      .all(personId) as { label: string; rome: string | null }[];
    for (const occupation of wished) rows.push({ Donnée: 'Métier souhaité', Métier: occupation.label, 'Code ROME': occupation.rome });
    const cv = db.prepare('SELECT file_name AS fileName, media_type AS mediaType, size_bytes AS size, added_at AS addedAt FROM candidate_cv WHERE person_id = ?').get(personId) as
      | { fileName: string; mediaType: string; size: number; addedAt: string }
      | undefined;
    if (cv) rows.push({ Donnée: 'CV', Fichier: cv.fileName, Type: describeMediaType(cv.mediaType), 'Taille (octets)': cv.size, 'Joint le': cv.addedAt.slice(0, 10) });
    return rows;
  },
};
