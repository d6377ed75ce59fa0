import type { HelpGuide } from '../../components/help/help-topics';
import { proximityDefinition } from '../../../../shared/domain/competencies/proximity';

function CompetenciesGuide() {
  return (
    <>
      <p>Cet écran répond à deux questions : qui pourrait tenir un poste partagé entre deux employeurs, et quelle formation il faudrait ; vers quels métiers une personne usée par le sien pourrait aller, et ce qui lui manque.</p>
      <h3>Les six onglets</h3>
      <dl>
        <dt>Grilles</dt>
        <dd>
          pour chaque métier, la grille de référence (tirée de ROME 4.60 de France Travail) et la grille propre à chaque employeur qui en veut une, copie de la référence au départ. Tapez
          un niveau dans une case, Entrée pour valider ; « Annuler la dernière modification » revient en arrière. Les grilles s’échangent avec les employeurs par un classeur Excel.
        </dd>
        <dt>Vue territoriale</dt>
        <dd>les grilles des employeurs côte à côte, le niveau le plus demandé, et en couleur ceux qui demandent plus ou moins.</dd>
        <dt>Proximité et passerelles</dt>
        <dd>{proximityDefinition} Les passerelles de ROME sont marquées « ROME » ; un métier réglementé demande son diplôme.</dd>
        <dt>Une personne pour deux employeurs</dt>
        <dd>la grille commune de deux ou trois postes, ce qui manque aux titulaires de chacun, et les heures de formation qui combleraient l’écart quand les formations du fichier disent quelles compétences elles développent.</dd>
        <dt>Personnes et évaluations</dt>
        <dd>les évaluations de chaque personne et les métiers qu’elle vise. Ce sont des données personnelles : leur export et leur effacement se font dans « Personnes et RGPD ».</dd>
        <dt>Besoins de formation</dt>
        <dd>combien de personnes ont besoin de quelle compétence pour quel métier, exportable en Excel, sans aucun nom.</dd>
      </dl>
    </>
  );
}

export const competenciesHelp: HelpGuide = { title: 'Compétences et passerelles', Body: CompetenciesGuide };
