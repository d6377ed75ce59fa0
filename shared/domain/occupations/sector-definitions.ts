// The sector's occupations as the association names them (DOMAIN.md, "The sector's occupations in
// ROME 4.0", plus the other métiers of EHPAD, SAAD, SSIAD, ESAT, IME, MARPA and hospitals).
// rome-reference.ts checks every code against France Travail's ROME v4.60 files and adds the ROME
// appellations selected here; resources/occupations/sector-occupations.json is its committed output.
//
// Keys are stable French slugs: CDD rows point to them, so a key is never renamed once shipped.
// `expectedParent` is what DOMAIN.md states; the generator refuses a file where ROME disagrees.

import type { OccupationFamily } from './families';

export type OccupationDefinition = {
  key: string;
  label: string;
  romeCode: string;
  expectedParent?: string;
  family: OccupationFamily;
  /** The sector's own words and acronyms; matched before the ROME appellations. */
  synonyms: string[];
  /** Which appellations of the code mean this occupation (tested on the long label); all when absent. */
  include?: RegExp;
  exclude?: RegExp;
};

export const occupationDefinitions: OccupationDefinition[] = [
  // Services non médicaux — the métiers the 2013 data showed worth pooling.
  {
    key: 'agent-service-interne',
    label: 'Agent de service interne / agent d’entretien',
    romeCode: 'K2205',
    expectedParent: 'K2204',
    family: 'nonMedicalServices',
    synonyms: ['Agent de service', 'Agent de service interne', 'ASI', 'Agent d’entretien', 'Agent d’entretien des locaux', 'Agent de ménage', 'Agent de nettoyage', 'Agent de propreté', 'Technicien de surface'],
    include: /propreté de locaux|propreté et d'hygiène|nettoyage en collectivité|entretien-propreté de locaux|Nettoyeur \/ Nettoyeuse de locaux|Technicien \/ Technicienne de surface|servitude/,
  },
  {
    key: 'agent-domicile',
    label: 'Agent à domicile / aide à domicile',
    romeCode: 'K1304',
    expectedParent: 'K1304',
    family: 'nonMedicalServices',
    synonyms: ['Agent à domicile', 'Aide à domicile', 'Aide ménagère', 'Aide-ménagère', 'Intervenant à domicile', 'Employé familial'],
    exclude: /Majordome|Gouvernant|Employé \/ Employée de maison|Intervenant familial/,
  },
  {
    key: 'auxiliaire-vie-sociale',
    label: 'Auxiliaire de vie sociale (AVS)',
    romeCode: 'K1306',
    expectedParent: 'K1302',
    family: 'nonMedicalServices',
    synonyms: ['AVS', 'Auxiliaire de vie sociale', 'DEAVS'],
    include: /Auxiliaire de Vie Sociale|à domicile/,
  },
  {
    key: 'assistant-vie-familles',
    label: 'Assistant(e) de vie aux familles (ADVF)',
    romeCode: 'K1311',
    expectedParent: 'K1302',
    family: 'nonMedicalServices',
    synonyms: ['ADVF', 'Assistant de vie', 'Assistante de vie', 'Employé à domicile', 'Employée à domicile'],
    exclude: /compagnie/,
  },
  {
    key: 'assistant-vie-dependance',
    label: 'Assistant(e) de vie dépendance',
    romeCode: 'K1302',
    expectedParent: 'K1302',
    family: 'nonMedicalServices',
    synonyms: ['Garde-malade', 'Garde de nuit à domicile'],
  },
  {
    key: 'agent-service-hospitalier',
    label: 'Agent de service hospitalier (ASH)',
    romeCode: 'J1301',
    expectedParent: 'J1301',
    family: 'nonMedicalServices',
    synonyms: ['ASH', 'ASHQ', 'Agent de service hospitalier', 'Agent des services hospitaliers qualifié', 'Agent de bionettoyage', 'Agent hôtelier'],
    exclude: /restauration et d'hôtellerie/,
  },
  {
    key: 'veilleur-nuit',
    label: 'Veilleur / veilleuse de nuit',
    romeCode: 'K2503',
    family: 'nonMedicalServices',
    synonyms: ['Veilleur de nuit', 'Veilleuse de nuit', 'Surveillant de nuit', 'Surveillant de nuit qualifié', 'SNQ', 'Veilleur'],
    include: /nuit/,
  },
  {
    key: 'maitresse-maison',
    label: 'Maîtresse / maître de maison',
    romeCode: 'K1305',
    family: 'nonMedicalServices',
    synonyms: ['Maîtresse de maison', 'Maître de maison', 'Gouvernante'],
    include: /Maître|Gouvernant/,
  },
  {
    key: 'agent-technique',
    label: 'Agent technique / agent d’entretien des bâtiments',
    romeCode: 'I1203',
    family: 'nonMedicalServices',
    synonyms: ['Agent technique', 'Homme d’entretien', 'Ouvrier d’entretien', 'Agent de maintenance', 'Agent d’entretien des bâtiments', 'Homme toutes mains'],
    include: /bâtiment|collectivités|Factotum/,
  },
  // Soins
  {
    key: 'aide-soignant',
    label: 'Aide-soignant(e)',
    romeCode: 'J1501',
    expectedParent: 'J1501',
    family: 'care',
    synonyms: ['AS', 'Aide-soignant', 'Aide-soignante', 'Aide-soignant diplômé', 'ASG', 'Assistant de soins en gérontologie', 'Faisant fonction d’aide-soignant'],
    exclude: /puériculture/,
  },
  {
    key: 'infirmier',
    label: 'Infirmier(ère) (IDE)',
    romeCode: 'J1506',
    expectedParent: 'J1506',
    family: 'care',
    synonyms: ['IDE', 'Infirmier', 'Infirmière', 'Infirmier diplômé d’État', 'IDEL'],
    exclude: /militaire|préleveur|stomatothérapie|hémodialyse|Obstétrique|conseiller/,
  },
  {
    key: 'auxiliaire-puericulture',
    label: 'Auxiliaire de puériculture',
    romeCode: 'J1304',
    family: 'care',
    synonyms: ['Auxiliaire de puériculture'],
  },
  {
    key: 'medecin-coordonnateur',
    label: 'Médecin coordonnateur',
    romeCode: 'J1105',
    family: 'care',
    synonyms: ['Médecin coordonnateur', 'Médecin coordinateur', 'MEDEC'],
  },
  // Éducatif
  {
    key: 'accompagnant-educatif-social',
    label: 'Accompagnant(e) éducatif et social (AES, ex-AMP)',
    romeCode: 'K1306',
    expectedParent: 'K1302',
    family: 'educational',
    synonyms: ['AES', 'AMP', 'DEAES', 'Aide médico-psychologique', 'Accompagnant éducatif et social', 'Accompagnante éducative et sociale'],
    exclude: /Auxiliaire de Vie Sociale|à domicile|Auxiliaire familiale/,
  },
  {
    key: 'moniteur-atelier',
    label: 'Moniteur(trice) d’atelier (ESAT)',
    romeCode: 'K1215',
    expectedParent: 'K1203',
    family: 'educational',
    synonyms: ['Moniteur d’atelier', 'Monitrice d’atelier', 'Moniteur principal d’atelier', 'Moniteur d’atelier ESAT'],
  },
  {
    key: 'moniteur-educateur',
    label: 'Moniteur(trice) éducateur(trice)',
    romeCode: 'K1208',
    expectedParent: 'K1207',
    family: 'educational',
    synonyms: ['ME', 'Moniteur éducateur', 'Monitrice éducatrice', 'Moniteur-éducateur'],
  },
  {
    key: 'educateur-specialise',
    label: 'Éducateur(trice) spécialisé(e)',
    romeCode: 'K1207',
    expectedParent: 'K1207',
    family: 'educational',
    synonyms: ['ES', 'Éducateur spécialisé', 'Éducatrice spécialisée', 'Éduc spé'],
    exclude: /rue|prévention|milieu ouvert|Elève/,
  },
  {
    key: 'educateur-technique-specialise',
    label: 'Éducateur(trice) technique spécialisé(e)',
    romeCode: 'K1203',
    family: 'educational',
    synonyms: ['ETS', 'Éducateur technique spécialisé', 'Éducateur technique'],
  },
  {
    key: 'technicien-intervention-sociale-familiale',
    label: 'Technicien(ne) de l’intervention sociale et familiale (TISF)',
    romeCode: 'K1305',
    family: 'educational',
    synonyms: ['TISF'],
    include: /Intervention Sociale et Familiale/,
  },
  {
    key: 'assistant-service-social',
    label: 'Assistant(e) de service social',
    romeCode: 'K1201',
    family: 'educational',
    synonyms: ['ASS', 'Assistant social', 'Assistante sociale', 'Assistant de service social'],
    include: /service social|Assistant social \/ Assistante sociale$/,
  },
  {
    key: 'animateur',
    label: 'Animateur(trice)',
    romeCode: 'K1206',
    family: 'educational',
    synonyms: ['Animateur', 'Animatrice', 'Animateur en EHPAD', 'Animateur en gérontologie', 'Animateur social'],
    include: /3ème âge|maison de retraite|socioculturel \/|foyer d'hébergement|personne handicapée/,
  },
  // Paramédical
  {
    key: 'ergotherapeute',
    label: 'Ergothérapeute',
    romeCode: 'J1403',
    expectedParent: 'J1403',
    family: 'paramedical',
    synonyms: ['Ergothérapeute', 'Ergo'],
  },
  {
    key: 'orthophoniste',
    label: 'Orthophoniste',
    romeCode: 'J1406',
    expectedParent: 'J1406',
    family: 'paramedical',
    synonyms: ['Orthophoniste'],
  },
  {
    key: 'psychologue',
    label: 'Psychologue',
    romeCode: 'K1104',
    expectedParent: 'K1104',
    family: 'paramedical',
    synonyms: ['Psychologue', 'Psy'],
    include: /Neuropsychologue|clinicien|^Psychologue$|Psychologue-psychothérapeute/,
  },
  {
    key: 'kinesitherapeute',
    label: 'Masseur-kinésithérapeute',
    romeCode: 'J1404',
    family: 'paramedical',
    synonyms: ['Kiné', 'Kinésithérapeute', 'Masseur-kinésithérapeute', 'MK'],
    include: /^Kinésithérapeute$|Masseur/,
  },
  {
    key: 'psychomotricien',
    label: 'Psychomotricien(ne)',
    romeCode: 'J1412',
    family: 'paramedical',
    synonyms: ['Psychomotricien', 'Psychomotricienne', 'Psychomot'],
  },
  {
    key: 'dieteticien',
    label: 'Diététicien(ne)',
    romeCode: 'J1402',
    family: 'paramedical',
    synonyms: ['Diététicien', 'Diététicienne'],
  },
  // Encadrement
  {
    key: 'infirmier-coordinateur',
    label: 'Infirmier(ère) coordinateur(trice) (IDEC)',
    romeCode: 'J1510',
    expectedParent: 'J1506',
    family: 'management',
    synonyms: ['IDEC', 'Infirmier coordinateur', 'Infirmière coordinatrice'],
    exclude: /cancéro/,
  },
  {
    key: 'cadre-sante',
    label: 'Cadre de santé',
    romeCode: 'J1502',
    family: 'management',
    synonyms: ['Cadre de santé', 'Cadre infirmier', 'Cadre de soins'],
    include: /Cadre de santé|Encadrant/,
    exclude: /Sage-femme/,
  },
  {
    key: 'directeur-etablissement',
    label: 'Directeur(trice) d’établissement médico-social',
    romeCode: 'K1407',
    family: 'management',
    synonyms: ['Directeur', 'Directrice', 'Directeur d’établissement', 'Directeur d’EHPAD', 'Directrice d’EHPAD', 'Directeur adjoint'],
  },
  {
    key: 'chef-service',
    label: 'Chef(fe) de service',
    romeCode: 'K1409',
    family: 'management',
    synonyms: ['Chef de service', 'Cheffe de service', 'Chef de service éducatif', 'Chef de service socio-éducatif'],
    include: /Chef|Responsable de structure sanitaire et sociale/,
  },
  {
    key: 'responsable-secteur',
    label: 'Responsable de secteur (aide à domicile)',
    romeCode: 'K1408',
    family: 'management',
    synonyms: ['Responsable de secteur'],
  },
  // Administratif
  {
    key: 'agent-accueil',
    label: 'Agent(e) d’accueil',
    romeCode: 'M1601',
    family: 'administrative',
    synonyms: ['Agent d’accueil', 'Hôtesse d’accueil', 'Standardiste', 'Accueil'],
    include: /^Agent \/ Agente d'accueil$|^Chargé \/ Chargée d'accueil$|^Employé \/ Employée d'accueil$|^Hôte \/ Hôtesse d'accueil$|d'accueil standardiste$/,
  },
  {
    key: 'secretaire-medicale',
    label: 'Secrétaire médical(e)',
    romeCode: 'M1609',
    family: 'administrative',
    synonyms: ['Secrétaire médicale', 'Secrétaire médico-sociale', 'AMA', 'Assistante médico-administrative'],
    exclude: /vétérinaire/,
  },
  {
    key: 'agent-administratif',
    label: 'Agent(e) administratif(ve) / secrétaire',
    romeCode: 'M1602',
    family: 'administrative',
    synonyms: ['Secrétaire', 'Agent administratif', 'Secrétaire administrative', 'Assistante administrative'],
    exclude: /Etat|guichet|archives/,
  },
  {
    key: 'comptable',
    label: 'Comptable',
    romeCode: 'M1203',
    family: 'administrative',
    synonyms: ['Comptable', 'Aide-comptable', 'Gestionnaire paie'],
    include: /^Comptable$|^Comptable général|^Gestionnaire comptable$|^Comptable service paie$/,
  },
  // Restauration / hôtellerie
  {
    key: 'cuisinier-collectivite',
    label: 'Cuisinier(ère) de collectivité',
    romeCode: 'G1606',
    expectedParent: 'G1602',
    family: 'cateringHospitality',
    synonyms: ['Cuisinier', 'Cuisinière', 'Cuisinier de collectivité', 'Chef cuisinier'],
    include: /collectivité|cantine/,
  },
  {
    key: 'agent-restauration',
    label: 'Agent(e) de restauration',
    romeCode: 'G1607',
    family: 'cateringHospitality',
    synonyms: ['Agent de restauration', 'Employé de restauration', 'Aide de cuisine', 'Agent de cuisine', 'Plongeur', 'Commis de cuisine'],
  },
  {
    key: 'linger',
    label: 'Lingère / linger',
    romeCode: 'D1242',
    family: 'cateringHospitality',
    synonyms: ['Lingère', 'Linger', 'Agent de lingerie', 'Lingerie'],
    exclude: /à domicile/,
  },
];
