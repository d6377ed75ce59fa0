// Starter wear factors of the sector's occupations (0 none – 3 high), our own estimates from the
// sector's known hardships (manual handling in care and cleaning, night shifts, lone work at
// people's homes, end of life and challenging behaviour). ROME has no such data: they are loaded
// into each file as a starting point and the coordinator edits them with the members.
import type { Wear } from './wear';

const w = (physical: number, night: number, isolation: number, emotional: number): Wear => ({ physical, night, isolation, emotional });

export const starterWear: Record<string, Wear> = {
  'agent-service-interne': w(3, 1, 1, 1),
  'agent-domicile': w(3, 0, 3, 2),
  'auxiliaire-vie-sociale': w(3, 0, 3, 3),
  'assistant-vie-familles': w(3, 0, 3, 2),
  'assistant-vie-dependance': w(3, 1, 3, 3),
  'agent-service-hospitalier': w(3, 2, 1, 2),
  'veilleur-nuit': w(2, 3, 2, 2),
  'maitresse-maison': w(2, 1, 1, 2),
  'agent-technique': w(2, 0, 1, 0),
  'aide-soignant': w(3, 2, 1, 3),
  infirmier: w(2, 2, 1, 3),
  'auxiliaire-puericulture': w(2, 1, 0, 2),
  'medecin-coordonnateur': w(0, 0, 1, 2),
  'accompagnant-educatif-social': w(3, 1, 2, 3),
  'moniteur-atelier': w(1, 0, 1, 2),
  'moniteur-educateur': w(1, 1, 1, 3),
  'educateur-specialise': w(1, 1, 1, 3),
  'educateur-technique-specialise': w(1, 0, 1, 2),
  'technicien-intervention-sociale-familiale': w(1, 0, 3, 3),
  'assistant-service-social': w(0, 0, 1, 3),
  animateur: w(1, 0, 0, 1),
  ergotherapeute: w(1, 0, 1, 1),
  orthophoniste: w(0, 0, 1, 1),
  psychologue: w(0, 0, 1, 3),
  kinesitherapeute: w(2, 0, 1, 1),
  psychomotricien: w(1, 0, 1, 1),
  dieteticien: w(0, 0, 0, 1),
  'infirmier-coordinateur': w(1, 1, 1, 2),
  'cadre-sante': w(0, 0, 1, 2),
  'directeur-etablissement': w(0, 0, 2, 2),
  'chef-service': w(0, 1, 1, 2),
  'responsable-secteur': w(0, 0, 1, 2),
  'agent-accueil': w(0, 0, 0, 1),
  'secretaire-medicale': w(0, 0, 0, 1),
  'agent-administratif': w(0, 0, 0, 0),
  comptable: w(0, 0, 0, 0),
  'cuisinier-collectivite': w(3, 0, 0, 0),
  'agent-restauration': w(2, 0, 0, 0),
  linger: w(2, 0, 1, 0),
};
