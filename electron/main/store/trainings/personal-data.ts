import type { PersonalDataSource } from '../privacy/sources';
import { attendanceStatuses, fundingStatuses } from '../../../../shared/api/trainings';
import { formatDate } from '../../../../shared/format/dates';
import { formatEuros } from '../../../../shared/format/numbers';

/**
 * What the trainings hold about a person: each participation (action, employer, occupation, the
 * fund's decision) and its attendance. Rows reference person (id) ON DELETE CASCADE (participants,
 * then attendance through the participant), so erasure needs no extra step.
 */
export const trainingParticipations: PersonalDataSource = {
  id: 'trainings',
  label: 'Formations',
  rowsAbout(db, personId) {
    const rows = db
      .prepare(
        `SELECT p.id, t.title, t.provider_name AS provider, coalesce(s.name, '') AS structure, p.occupation_label AS occupation,
                (SELECT min(starts_on) FROM training_session x WHERE x.training_id = t.id) AS startsOn,
                t.duration_hours AS hours, p.funding_status AS funding, p.funded_cents AS funded, p.funding_note AS note
         FROM training_participant p JOIN training t ON t.id = p.training_id LEFT JOIN structure s ON s.id = p.structure_id
         WHERE p.person_id = ? ORDER BY startsOn, p.id`,
      )
      .all(personId) as { id: number; title: string; provider: string; structure: string; occupation: string; startsOn: string | null; hours: number; funding: keyof typeof fundingStatuses; funded: number | null; note: string }[];
    const attendance = db.prepare(
      `SELECT s.starts_on AS day, a.status FROM training_attendance a JOIN training_session s ON s.id = a.session_id WHERE a.participant_id = ? ORDER BY s.starts_on`,
    );
    return rows.map((row) => ({
      Formation: row.title,
      Organisme: row.provider,
      Employeur: row.structure,
      Métier: row.occupation,
      'Date de début': formatDate(row.startsOn),
      Heures: row.hours,
      'Décision de l’OPCA': fundingStatuses[row.funding],
      'Montant accordé': row.funded === null ? null : formatEuros(row.funded),
      Commentaire: row.note,
      Présences: (attendance.all(row.id) as { day: string; status: keyof typeof attendanceStatuses }[]).map((a) => `${formatDate(a.day)} : ${attendanceStatuses[a.status].toLowerCase()}`).join(', '),
    }));
  },
};
