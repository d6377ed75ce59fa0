/** Why a member used fixed-term contracts (issue 3: the collection workbook's dropdown). */
export const cddReasonCodes = ['sickness', 'leave', 'training', 'maternity', 'activityIncrease', 'recruitment', 'other'] as const;
export type CddReason = (typeof cddReasonCodes)[number];

/** The labels the member picks from, in French. */
export const cddReasons = {
  sickness: 'Remplacement maladie',
  leave: 'Congés',
  training: 'Formation',
  maternity: 'Maternité',
  activityIncrease: 'Accroissement temporaire d’activité',
  recruitment: 'Attente de recrutement',
  other: 'Autre',
} as const satisfies Record<CddReason, string>;
