import type { ComponentType } from 'react';
import { MembersPage } from '../features/members/MembersPage';
import { CddPage } from '../features/cdd/CddPage';
import { CharterPage } from '../features/charter/CharterPage';

export type Section = { id: string; label: string; description: string; Page: ComponentType };

/** The workflows of DOMAIN.md, in the order a coordinator meets them. Each feature adds its own. */
export const sections: Section[] = [
  { id: 'members', label: 'Adhérents', description: 'Registre des structures, contacts et adhésions', Page: MembersPage },
  { id: 'cdd', label: 'CDD et mutualisation', description: 'Collecte, consolidation, postes mutualisables', Page: CddPage },
  { id: 'charter', label: 'Charte', description: 'Texte, signataires, carte des interventions', Page: CharterPage },
];
