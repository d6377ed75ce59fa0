import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { LheoPreview } from '../../../shared/api/lheo';
import { cancelled, requireFile, type WindowContext } from '../context';
import { fail } from '../errors';
import { createTraining, saveSession, listSessions, updateTraining } from '../store/trainings/trainings';
import { actionsOf, type LheoAction } from './offers';
import { LheoRefusal, lheoLimits, parseLheo } from './parse';

type PendingLheo = { associationPath: string; actions: LheoAction[] };
const pendingByWindow = new WeakMap<WindowContext, Map<string, PendingLheo>>();

const refuse = (fileName: string, why: string): never => fail('INVALID_FILE', `« ${fileName} » ${why} Rien n’a été importé.`);

/** Reads a provider's or a catalogue's LHEO file into a preview; nothing is written. */
export async function readLheoFile(ctx: WindowContext): Promise<LheoPreview> {
  const file = requireFile(ctx);
  const path = await ctx.dialogs.openFile({ title: 'Offre de formation au format LHEO', filters: [{ name: 'Offre LHEO', extensions: ['xml'] }] });
  if (!path) return cancelled();
  const fileName = basename(path);
  const size = statSync(path).size;
  if (size > lheoLimits.maxBytes) refuse(fileName, `pèse ${Math.round(size / 1024 / 1024)} Mo : une offre LHEO en compte au plus ${lheoLimits.maxBytes / 1024 / 1024}. Demandez un export limité aux formations qui vous intéressent.`);
  let root;
  try {
    root = parseLheo(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof LheoRefusal) return refuse(fileName, error.message);
    throw error;
  }
  const { actions, issues } = actionsOf(root);
  const known = file.db.prepare('SELECT id FROM training WHERE lheo_ref = ?');
  const importId = randomUUID();
  let pending = pendingByWindow.get(ctx);
  if (!pending) pendingByWindow.set(ctx, (pending = new Map()));
  pending.clear();
  pending.set(importId, { associationPath: file.path, actions });
  return {
    importId,
    fileName,
    actions: actions.map((a) => ({
      ref: a.ref,
      title: a.title,
      providerName: a.providerName,
      durationHours: a.durationHours,
      sessions: a.sessions.length,
      firstDate: a.sessions.map((s) => s.startsOn).sort()[0] ?? null,
      isUpdate: known.get(a.ref) !== undefined,
    })),
    issues,
  };
}

/** Creates or updates the chosen actions (matched by their LHEO reference), all in one transaction. */
export function commitLheo(ctx: WindowContext, importId: string, refs: readonly string[], planYear: number | null) {
  const file = requireFile(ctx);
  const pending = pendingByWindow.get(ctx)?.get(importId);
  if (!pending || pending.associationPath !== file.path) fail('NOT_FOUND', 'Cette lecture n’est plus disponible : choisissez à nouveau le fichier LHEO.');
  const wanted = new Set(refs);
  const chosen = pending.actions.filter((a) => wanted.has(a.ref));
  if (chosen.length === 0) fail('VALIDATION', 'Cochez au moins une action à importer.');
  const now = ctx.app.now();
  const known = file.db.prepare('SELECT id FROM training WHERE lheo_ref = ?');
  let created = 0;
  let updated = 0;
  let firstId: number | null = null;
  file.db.transaction(() => {
    for (const action of chosen) {
      const fields = {
        title: action.title,
        theme: action.theme,
        providerName: action.providerName,
        // A SIRET whose key is wrong in a catalogue is kept out rather than refusing the import.
        providerSiret: '',
        providerActivityNumber: /^\d{11}$/.test(action.providerActivityNumber) ? action.providerActivityNumber : '',
        durationHours: action.durationHours,
        costCents: action.costCents,
        location: action.location,
        locationPostcode: /^\d{5}$/.test(action.locationPostcode) ? action.locationPostcode : '',
      };
      const existing = known.get(action.ref) as { id: number } | undefined;
      let id: number;
      if (existing) {
        id = existing.id;
        updateTraining(file.db, id, fields, now);
        updated += 1;
      } else {
        id = createTraining(file.db, { ...fields, planYear }, now, action.ref);
        created += 1;
      }
      trySiret(file.db, id, action.providerSiret, now);
      const sessions = listSessions(file.db, id);
      for (const s of action.sessions) {
        if (sessions.some((known) => known.startsOn === s.startsOn && known.endsOn === s.endsOn)) continue;
        saveSession(file.db, id, null, { startsOn: s.startsOn, endsOn: s.endsOn, location: s.location.slice(0, 300) });
      }
      firstId ??= id;
    }
  })();
  pendingByWindow.get(ctx)?.delete(importId);
  return { created, updated, firstId };
}

function trySiret(db: Parameters<typeof updateTraining>[0], id: number, siret: string, now: Date) {
  try {
    updateTraining(db, id, { providerSiret: siret }, now);
  } catch {
    // Left empty: the action screen shows it to complete.
  }
}
