import { child, childrenOf, textOf, type XmlNode } from './parse';

/** One LHEO action, as it becomes a training action of the file. */
export type LheoAction = {
  /** Stable reference: formation and action numbers (or positions), so a second import updates. */
  ref: string;
  title: string;
  theme: string;
  providerName: string;
  providerSiret: string;
  providerActivityNumber: string;
  durationHours: number;
  costCents: number;
  location: string;
  locationPostcode: string;
  sessions: { startsOn: string; endsOn: string; location: string }[];
};
export type LheoIssue = { line: number; message: string };

const isoOf = (text: string) => {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCDate() === Number(m[3]) && date.getUTCMonth() === Number(m[2]) - 1 ? `${m[1]}-${m[2]}-${m[3]}` : null;
};

/**
 * The actions of every formation, with what the XSD leaves unchecked checked here too (a
 * required element missing, a date that is not YYYYMMDD, @ref on code-public-vise). A formation
 * with a problem is reported and left out; the others can still be imported.
 */
export function actionsOf(root: XmlNode): { actions: LheoAction[]; issues: LheoIssue[] } {
  const actions: LheoAction[] = [];
  const issues: LheoIssue[] = [];
  const offres = child(root, 'offres');
  if (!offres) return { actions, issues: [{ line: root.line, message: 'L’élément « offres » manque : le fichier ne contient aucune offre.' }] };
  childrenOf(offres, 'formation').forEach((formation, fIndex) => {
    const title = textOf(child(formation, 'intitule-formation'));
    const label = title ? `« ${title} »` : `la formation n°${fIndex + 1}`;
    const problem = (node: XmlNode, message: string) => issues.push({ line: node.line, message: `${label} : ${message}` });
    if (!title) return problem(formation, 'l’élément obligatoire « intitule-formation » manque ; formation ignorée.');
    const organisme = child(formation, 'organisme-formation-responsable');
    if (!organisme) return problem(formation, 'l’élément obligatoire « organisme-formation-responsable » manque ; formation ignorée.');
    const siret = textOf(child(child(organisme, 'SIRET-organisme-formation'), 'SIRET')).replace(/\s/g, '');
    if (!/^\d{14}$/.test(siret)) return problem(organisme, `le SIRET de l’organisme « ${siret} » ne compte pas 14 chiffres ; formation ignorée.`);
    const providerName = textOf(child(organisme, 'raison-sociale')).replace(/^-$/, '') || textOf(child(organisme, 'nom-organisme'));
    const actionNodes = childrenOf(formation, 'action');
    if (actionNodes.length === 0) return problem(formation, 'aucune « action » ; formation ignorée.');
    actionNodes.forEach((action, aIndex) => {
      const publics = childrenOf(action, 'code-public-vise');
      if (publics.some((p) => !p.attributes.ref)) problem(publics[0]!, 'l’attribut « ref » (version du FORMACODE) manque sur « code-public-vise » ; il est exigé par la norme.');
      const sessions: LheoAction['sessions'] = [];
      for (const session of childrenOf(action, 'session')) {
        const periode = child(session, 'periode');
        const start = isoOf(textOf(child(periode, 'debut')));
        const end = isoOf(textOf(child(periode, 'fin')));
        if (!start || !end) {
          problem(session, `dates de session illisibles (« ${textOf(child(periode, 'debut'))} » – « ${textOf(child(periode, 'fin'))} ») : LHEO les écrit AAAAMMJJ ; session ignorée.`);
          continue;
        }
        // 99991231 is LHEO's "permanent" end: kept as the start for a one-line session.
        sessions.push({ startsOn: start, endsOn: end < start || end.startsWith('9999') ? start : end, location: textOf(child(child(child(session, 'adresse-inscription'), 'adresse'), 'ville')) });
      }
      if (sessions.length === 0) return problem(action, 'aucune session lisible ; action ignorée.');
      const address = child(child(action.children.find((c) => c.name === 'session'), 'adresse-inscription'), 'adresse');
      const hours = Number(textOf(child(action, 'nombre-heures-total')).replace(',', '.'));
      const price = Number(textOf(child(action, 'prix-total-TTC')).replace(',', '.').replace(/\s/g, ''));
      actions.push({
        ref: `${formation.attributes.numero || `formation-${fIndex + 1}`}/${action.attributes.numero || `action-${aIndex + 1}`}@${siret}`,
        title: title.slice(0, 300),
        theme: textOf(child(formation, 'objectif-formation')).slice(0, 200),
        providerName: providerName.slice(0, 300),
        providerSiret: siret,
        providerActivityNumber: textOf(child(organisme, 'numero-activite')),
        durationHours: Number.isFinite(hours) && hours > 0 ? Math.min(hours, 2000) : 0,
        costCents: Number.isFinite(price) && price > 0 ? Math.round(price * 100) : 0,
        location: textOf(child(address, 'ville')).slice(0, 300),
        locationPostcode: textOf(child(address, 'codepostal')).slice(0, 5),
        sessions,
      });
    });
  });
  return { actions, issues };
}
