// The level scale of an association file (issue 10 §1): 4 levels by default, each with a French
// name and a one-line descriptor, editable per file. « Non concerné » is not a level: a competency
// a grid does not ask for has no row (level 0 in the computations).

export type LevelDefinition = { level: number; label: string; descriptor: string };

export const MAX_LEVELS = 6;

export const defaultLevels: LevelDefinition[] = [
  { level: 1, label: 'Notions', descriptor: 'Connaît les bases et agit avec l’aide d’un collègue.' },
  { level: 2, label: 'Pratique', descriptor: 'Réalise les situations courantes seul, en suivant les consignes.' },
  { level: 3, label: 'Maîtrise', descriptor: 'Fait face aux situations difficiles et adapte sa pratique.' },
  { level: 4, label: 'Expert', descriptor: 'Transmet, forme les autres et fait évoluer les pratiques.' },
];

/** The level a starter reference grid asks for: ROME has no levels, so core items start at « Maîtrise », the others at « Pratique ». */
export const starterLevel = (isCore: boolean) => (isCore ? 3 : 2);
