import type Database from 'better-sqlite3';
import { assessmentsSource } from '../competencies/personal-data';
import { exchangePersonalData } from '../exchange/personal-data';
import { trainingParticipations } from '../trainings/personal-data';
import { charterSignatorySource } from '../charter/personal-data';
import { newsletterUnsubscribeSource } from '../newsletters/personal-data';

/**
 * What one feature holds about a person (assessments, CVs, training participations, charter
 * signatures of a professional…), so that the GDPR engine (access export, erasure, retention)
 * covers every feature without knowing them. Each feature declares its source in its own store
 * folder and adds one line to `personalDataSources` below.
 *
 * Erasure relies on `ON DELETE CASCADE` towards `person (id)` (migration 007); `erase` is only for
 * data that is not a row referencing the person (a file on disk, a copy in another table).
 */
export type PersonalDataSource = {
  /** Stable id, e.g. 'assessments'. */
  id: string;
  /** French name of the sheet / section in the access export, e.g. « Évaluations ». */
  label: string;
  /** Every row this feature holds about the person, as column label → value, for the access export. */
  rowsAbout: (db: Database.Database, personId: number) => Array<Record<string, string | number | null>>;
  /** Extra clean-up run inside the erasure transaction, before the person row is deleted. */
  erase?: (db: Database.Database, personId: number) => void;
};

/** One line per feature. */
export const personalDataSources: PersonalDataSource[] = [
  exchangePersonalData,
  charterSignatorySource,
  newsletterUnsubscribeSource,
  assessmentsSource,
  trainingParticipations,
];
