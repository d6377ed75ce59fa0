import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { lheoCalls } from '../../../shared/api/lheo';
import type { Handlers } from '../dispatch';
import { cancelled, requireFile, type WindowContext } from '../context';
import { buildLheo } from '../lheo/export';
import { commitLheo, readLheoFile } from '../lheo/session';

type LheoHandlers = Pick<Handlers, keyof typeof lheoCalls>;

export function lheoHandlers(ctx: WindowContext): LheoHandlers {
  return {
    'lheo.export': async ({ trainingIds }) => {
      const file = requireFile(ctx);
      // Built (and refused) before the dialog: nothing to choose when the data is incomplete.
      const { xml, count } = buildLheo(file.db, trainingIds, ctx.app.now());
      const path = await ctx.dialogs.saveFile({ title: 'Exporter l’offre de formation (LHEO)', defaultName: 'Offre de formation LHEO.xml', filters: [{ name: 'Offre LHEO', extensions: ['xml'] }] });
      if (!path) return cancelled();
      writeFileSync(path, xml);
      return { fileName: basename(path), count };
    },
    'lheo.read': () => readLheoFile(ctx),
    'lheo.commit': ({ importId, refs, planYear }) => commitLheo(ctx, importId, refs, planYear),
  };
}
