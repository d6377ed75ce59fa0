import { create } from 'xmlbuilder2';
import type Database from 'better-sqlite3';
import { countOf } from '../../../shared/format/plural';
import { fail } from '../errors';
import { listSessions, listTrainings, getTrainingRow } from '../store/trainings/trainings';
import { lheoNamespace } from './namespace';

/** LHEO dates are YYYYMMDD, not ISO 8601. */
const lheoDate = (iso: string) => iso.replace(/-/g, '');
/** The schema's length limits, cut on a word where possible. */
const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);
/** An `xs:ID` is an NCName: letters, digits, dashes, no leading digit. */
const xmlId = (prefix: string, id: number) => `${prefix}-${id}`;

type Problem = { title: string; missing: string[] };

/**
 * The association's trainings as an LHEO 2.3 offer (lheo > offres > formation > action > session),
 * built with xmlbuilder2 in the schema's element order: every export validates against the
 * official XSD in the tests. Each action becomes one formation with one action (that is how the
 * association's trainings are organised: one provider, one programme). What the schema requires
 * and the file lacks (provider SIRET and activity number, sessions, postcode) is refused with the
 * list of what to complete, rather than written invalid.
 */
export function buildLheo(db: Database.Database, trainingIds: readonly number[] | null, now: Date): { xml: string; count: number } {
  const trainings = trainingIds ? trainingIds.map((id) => getTrainingRow(db, id)) : listTrainings(db);
  if (trainings.length === 0) fail('VALIDATION', 'Aucune formation à exporter.');
  const problems: Problem[] = [];
  for (const t of trainings) {
    const missing: string[] = [];
    if (!/^\d{14}$/.test(t.providerSiret)) missing.push('le SIRET de l’organisme');
    if (!/^\d{11}$/.test(t.providerActivityNumber)) missing.push('le numéro de déclaration d’activité de l’organisme (11 chiffres)');
    if (!t.providerName) missing.push('le nom de l’organisme');
    if (t.sessionCount === 0) missing.push('au moins une session');
    if (!/^\d{5}$/.test(t.locationPostcode)) missing.push('le code postal du lieu');
    if (!t.location) missing.push('le lieu (commune)');
    if (missing.length > 0) problems.push({ title: t.title, missing });
  }
  if (problems.length > 0) {
    const list = problems.map((p) => `« ${p.title} » : ${p.missing.join(', ')}`).join(' ; ');
    fail('VALIDATION', `Le format LHEO exige des informations absentes de ${countOf(problems.length, 'formation', 'formations')} — ${list}. Complétez-les, puis exportez à nouveau ; aucun fichier n’a été écrit.`);
  }
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(lheoNamespace, 'lheo');
  const offres = root.ele('offres');
  for (const t of trainings) {
    const objective = t.theme || t.title;
    const formation = offres.ele('formation', { numero: xmlId('F', t.id), 'horodatage-export': now.toISOString().replace(/\.\d{3}Z$/, 'Z') });
    formation.ele('domaine-formation');
    formation.ele('intitule-formation').txt(cut(t.title, 255));
    formation.ele('objectif-formation').txt(cut(objective, 3000));
    formation.ele('resultats-attendus').txt('Attestation de fin de formation.');
    formation.ele('contenu-formation').txt(cut(t.notes || objective, 3000));
    formation.ele('certifiante').txt('0');
    formation.ele('contact-formation').ele('coordonnees');
    formation.ele('parcours-de-formation').txt('1');
    formation.ele('code-niveau-entree').txt('0');
    const action = formation.ele('action', { numero: xmlId('A', t.id) });
    action.ele('rythme-formation').txt('Journées réparties sur plusieurs semaines');
    // 83056 « Tout public » (LHEO table dict-public-vise-formacode): @ref is required by the standard.
    action.ele('code-public-vise', { ref: 'V12' }).txt('83056');
    action.ele('niveau-entree-obligatoire').txt('0');
    action.ele('modalites-alternance').txt('Sans objet');
    action.ele('modalites-enseignement').txt('0');
    action.ele('conditions-specifiques').txt('Salariés des structures adhérentes');
    action.ele('prise-en-charge-frais-possible').txt('1');
    action.ele('modalites-entrees-sorties').txt('0');
    for (const session of listSessions(db, t.id)) {
      const s = action.ele('session', { numero: xmlId('S', session.id) });
      const periode = s.ele('periode');
      periode.ele('debut').txt(lheoDate(session.startsOn));
      periode.ele('fin').txt(lheoDate(session.endsOn));
      const adresse = s.ele('adresse-inscription').ele('adresse');
      adresse.ele('ligne').txt(cut(session.location || t.location, 50));
      adresse.ele('codepostal').txt(t.locationPostcode);
      adresse.ele('ville').txt(cut(t.location, 50));
    }
    if (t.costCents > 0) action.ele('prix-total-TTC').txt((t.costCents / 100).toFixed(2));
    if (t.durationHours > 0) action.ele('nombre-heures-total').txt(String(Math.round(t.durationHours)));
    const organisme = formation.ele('organisme-formation-responsable');
    organisme.ele('numero-activite').txt(t.providerActivityNumber);
    organisme.ele('SIRET-organisme-formation').ele('SIRET').txt(t.providerSiret);
    organisme.ele('nom-organisme').txt(cut(t.providerName, 250));
    organisme.ele('raison-sociale').txt(cut(t.providerName, 250));
    organisme.ele('coordonnees-organisme').ele('coordonnees');
    organisme.ele('contact-organisme').ele('coordonnees');
  }
  return { xml: root.end({ prettyPrint: true }), count: trainings.length };
}
