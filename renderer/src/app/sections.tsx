import type { ComponentType } from 'react';
import type { HelpGuide } from '../components/help/help-topics';
import { MembersPage } from '../features/members/MembersPage';
import { registerHelp } from '../features/members/help';
import { CddPage } from '../features/cdd/CddPage';
import { CompetenciesPage } from '../features/competencies/CompetenciesPage';
import { competenciesHelp } from '../features/competencies/help';
import { cddHelp } from '../features/cdd/help';
import { TrainingsPage } from '../features/trainings/TrainingsPage';
import { trainingsHelp } from '../features/trainings/help';
import { CharterPage } from '../features/charter/CharterPage';
import { NewslettersPage } from '../features/newsletters/NewslettersPage';
import { ExchangePage } from '../features/exchange/ExchangePage';
import { exchangeHelp } from '../features/exchange/help';
import { PeoplePage } from '../features/people/PeoplePage';
import { peopleHelp } from '../features/people/help';

export type Section = {
  id: string;
  label: string;
  description: string;
  Page: ComponentType;
  /** The short guide F1 and « ? » open on this screen; written by the feature in its own folder (`features/<x>/help.tsx`). */
  help?: HelpGuide;
};

/** The workflows of DOMAIN.md, in the order a coordinator meets them. Each feature adds its own. */
export const sections: Section[] = [
  { id: 'members', label: 'Adhérents', description: 'Registre des structures, contacts et adhésions', Page: MembersPage, help: registerHelp },
  { id: 'cdd', label: 'CDD et mutualisation', description: 'Collecte, consolidation, postes mutualisables', Page: CddPage, help: cddHelp },
  { id: 'competencies', label: 'Compétences et passerelles', description: 'Grilles, proximité entre métiers, évaluations, besoins de formation', Page: CompetenciesPage, help: competenciesHelp },
  { id: 'trainings', label: 'Formations', description: 'Actions, plan de formation, classeurs des OPCA', Page: TrainingsPage, help: trainingsHelp },
  { id: 'charter', label: 'Charte', description: 'Texte, signataires, carte des interventions', Page: CharterPage },
  { id: 'newsletters', label: 'Lettres d’information', description: 'Lettres numérotées, chiffres clés, glossaire', Page: NewslettersPage },
  { id: 'exchange', label: 'Échanges entre adhérents', description: 'Offres d’emploi, candidats et CV, places de formation', Page: ExchangePage, help: exchangeHelp },
  { id: 'people', label: 'Personnes et RGPD', description: 'Personnes, export de leurs données, effacement, durées de conservation', Page: PeoplePage, help: peopleHelp },
];
