import type { PersonalDataSource } from '../privacy/sources';
import { assessmentHistory, targetsOf } from './assessments';

/**
 * What the competency screens hold about a person: assessments and target occupations. Both are
 * rows referencing person (id) ON DELETE CASCADE (migration 010), so erasure needs no extra step.
 */
export const assessmentsSource: PersonalDataSource = {
  id: 'assessments',
  label: 'Évaluations de compétences',
  rowsAbout: (db, personId) => [
    ...assessmentHistory(db, personId).map((a) => ({ Type: 'Évaluation', Compétence: a.label, Niveau: a.level, Date: a.assessedOn, 'Évalué par': a.assessedBy })),
    ...targetsOf(db, personId).map((t) => ({ Type: 'Métier visé', Compétence: null, Niveau: null, Date: null, 'Évalué par': null, Métier: t.occupationLabel, Structure: t.structureName })),
  ],
};
