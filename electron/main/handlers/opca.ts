import { randomUUID } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { ExportScope, opcaCalls } from '../../../shared/api/opca';
import { opcas, type Opca } from '../../../shared/domain/structure';
import { formatDate } from '../../../shared/format/dates';
import { countOf } from '../../../shared/format/plural';
import { formatDecimal, formatEuros } from '../../../shared/format/numbers';
import type { Handlers } from '../dispatch';
import { cancelled, requireFile, type WindowContext } from '../context';
import { fail } from '../errors';
import { rememberDraft } from '../mail/draft-sessions';
import { prepareDraft } from '../mail/drafts';
import { withoutUnsubscribed } from '../mail/recipients';
import { importProfileFile, profileFileOf, readProfile, readProfiles, resetProfile, saveProfile } from '../store/trainings/opca-profiles';
import { participantLines, type Scope } from '../store/trainings/participant-lines';
import { getTrainingRow } from '../store/trainings/trainings';
import { checkExport } from '../workbooks/opca-export/check';
import { fundFileName } from '../workbooks/opca-export/file-name';
import { writeFundWorkbook } from '../workbooks/opca-export/write';
import { commitReturn, readReturn, remapReturn } from '../workbooks/opca-return/session';

type OpcaHandlers = Pick<Handlers, keyof typeof opcaCalls>;
type DoneExport = { associationPath: string; path: string; opca: Opca; scopeLabel: string; participants: number; structures: number; hours: number; costCents: number };

const exportsByWindow = new WeakMap<WindowContext, Map<string, DoneExport>>();
const profileMaxBytes = 256 * 1024;
const jsonFilter = [{ name: 'Profil d’OPCA', extensions: ['json'] }];

export function scopeLabelOf(ctx: WindowContext, scope: ExportScope): string {
  if (scope.kind === 'plan') return `Plan de formation ${scope.year}`;
  return getTrainingRow(requireFile(ctx).db, scope.trainingId).title;
}

const toScope = (scope: ExportScope): Scope => scope;

export function opcaHandlers(ctx: WindowContext): OpcaHandlers {
  const db = () => requireFile(ctx).db;
  const associationName = () => (db().prepare('SELECT name FROM association WHERE id = 1').get() as { name: string }).name;

  return {
    'opca.profiles': () => readProfiles(db()),
    'opca.saveProfile': ({ opca, email, layout }) => saveProfile(db(), opca, { email, layout }, ctx.app.now()),
    'opca.resetProfile': ({ opca }) => resetProfile(db(), opca),
    'opca.exportProfile': async ({ opca }) => {
      const profile = readProfile(db(), opca);
      const path = await ctx.dialogs.saveFile({ title: 'Enregistrer le profil de l’OPCA', defaultName: `Profil ${opcas[opca]}.json`, filters: jsonFilter });
      if (!path) return cancelled();
      writeFileSync(path, profileFileOf(profile));
      return { fileName: basename(path) };
    },
    'opca.importProfile': async ({ opca }) => {
      const path = await ctx.dialogs.openFile({ title: 'Choisir un profil d’OPCA partagé', filters: jsonFilter });
      if (!path) return cancelled();
      if (statSync(path).size > profileMaxBytes) fail('INVALID_FILE', `« ${basename(path)} » est trop volumineux pour un profil d’OPCA (256 Ko au plus). Rien n’a été modifié.`);
      return importProfileFile(db(), opca, readFileSync(path, 'utf8'), basename(path), ctx.app.now());
    },

    'opca.check': ({ scope }) => checkExport(participantLines(db(), toScope(scope)), readProfiles(db())),

    'opca.export': async ({ scope, opca }) => {
      const file = requireFile(ctx);
      const scopeLabel = scopeLabelOf(ctx, scope);
      const lines = participantLines(file.db, toScope(scope), opca);
      if (lines.length === 0) fail('VALIDATION', `Aucun participant de cette sélection ne dépend de ${opcas[opca]} : vérifiez l’OPCA des structures dans le registre.`);
      const path = await ctx.dialogs.saveFile({ title: `Classeur pour ${opcas[opca]}`, defaultName: fundFileName(opca, scopeLabel), filters: [{ name: 'Classeur Excel', extensions: ['xlsx'] }] });
      if (!path) return cancelled();
      const profile = readProfile(file.db, opca);
      const totals = await writeFundWorkbook(path, { layout: profile.layout, lines, fundLabel: opcas[opca], associationName: associationName(), scopeLabel });
      const done: DoneExport = {
        associationPath: file.path,
        path,
        opca,
        scopeLabel,
        participants: lines.length,
        structures: totals.length,
        hours: lines.reduce((sum, l) => sum + l.hours, 0),
        costCents: lines.reduce((sum, l) => sum + l.costCents, 0),
      };
      let exports = exportsByWindow.get(ctx);
      if (!exports) exportsByWindow.set(ctx, (exports = new Map()));
      const exportId = randomUUID();
      exports.set(exportId, done);
      file.db
        .prepare("INSERT INTO audit_event (at, actor, action, subject, count, detail) VALUES (?, ?, 'export', 'training-participant', ?, ?)")
        .run(ctx.app.now().toISOString(), ctx.app.userName(), lines.length, `Classeur ${opcas[opca]}`);
      return { exportId, fileName: basename(path), participants: done.participants, structures: done.structures, hours: done.hours, costCents: done.costCents };
    },

    'opca.prepareEmail': async ({ exportId }) => {
      const file = requireFile(ctx);
      const done = exportsByWindow.get(ctx)?.get(exportId);
      if (!done || done.associationPath !== file.path) fail('NOT_FOUND', 'Ce classeur n’est plus disponible dans cette fenêtre : exportez-le à nouveau.');
      const profile = readProfile(file.db, done.opca);
      const to = withoutUnsubscribed(file.db, profile.email ? [profile.email] : []).kept;
      const name = associationName();
      const draft = {
        to,
        subject: `${done.scopeLabel} — stagiaires de ${name} pour ${opcas[done.opca]}`,
        text: [
          'Bonjour,',
          '',
          `Vous trouverez ci-joint la liste des stagiaires relevant de ${opcas[done.opca]} pour « ${done.scopeLabel} », formation mutualisée organisée par ${name} : ${countOf(done.participants, 'stagiaire', 'stagiaires')} de ${countOf(done.structures, 'structure', 'structures')}, ${formatDecimal(done.hours)} heures de formation, ${formatEuros(done.costCents)} de coûts pédagogiques.`,
          '',
          'La feuille de synthèse donne les totaux par structure. Pourriez-vous nous indiquer en retour vos décisions de prise en charge, si possible dans ce même classeur ?',
          '',
          'Je reste à votre disposition pour tout complément.',
          '',
          'Bien cordialement,',
          '',
          name,
          `Préparé le ${formatDate(ctx.app.now().toISOString())}`,
        ].join('\n'),
        attachments: [{ path: done.path, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }],
      };
      const written = await prepareDraft(ctx, dirname(done.path), `E-mail - ${basename(done.path, '.xlsx')}`, draft);
      return { draftId: rememberDraft(ctx, written.path), fileName: written.fileName, opening: written.opening, to: to[0] ?? null };
    },

    'opca.readReturn': async ({ opca, scope }) => readReturn(ctx, opca, toScope(scope)),
    'opca.remapReturn': ({ importId, mapping }) => remapReturn(ctx, importId, mapping),
    'opca.commitReturn': ({ importId, resolutions }) => commitReturn(ctx, importId, resolutions),
  };
}
