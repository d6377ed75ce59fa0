import { basename } from 'node:path';
import type { Handlers } from '../dispatch';
import { cancelled, requireFile, type WindowContext } from '../context';
import { feesOfYear, membershipYears, missingCddReminders } from '../store/follow-up/queries';
import { exportReminders } from '../workbooks/follow-up-export';

type FollowUpHandlers = Pick<Handlers, 'followUp.missingCdd' | 'followUp.exportMissingCdd' | 'followUp.fees' | 'followUp.exportFeeReminders'>;

const workbookFilter = [{ name: 'Classeur Excel', extensions: ['xlsx'] }];
const withExtension = (path: string) => (path.toLowerCase().endsWith('.xlsx') ? path : `${path}.xlsx`);

// Follow-up (issue 7, section 3): the reminder lists.
export function followUpHandlers(ctx: WindowContext): FollowUpHandlers {
  const thisYear = () => ctx.app.now().getFullYear();
  return {
    'followUp.missingCdd': ({ from, to }) => missingCddReminders(requireFile(ctx).db, { from, to }),
    'followUp.exportMissingCdd': async ({ from, to }) => {
      const { db } = requireFile(ctx);
      const rows = missingCddReminders(db, { from, to });
      const period = from === to ? from : `${from} à ${to}`;
      const path = await ctx.dialogs.saveFile({ title: 'Exporter les relances CDD', defaultName: `Relances CDD ${period}.xlsx`, filters: workbookFilter });
      if (!path) return cancelled();
      const target = withExtension(path);
      const written = await exportReminders(target, 'Sans réponse', { feeHeader: null }, rows);
      return { fileName: basename(target), ...written };
    },
    'followUp.fees': ({ year }) => {
      const { db } = requireFile(ctx);
      // The latest year with memberships on file: the one the coordinator is collecting.
      return feesOfYear(db, year ?? membershipYears(db)[0] ?? thisYear());
    },
    'followUp.exportFeeReminders': async ({ year }) => {
      const { db } = requireFile(ctx);
      const { unpaid } = feesOfYear(db, year);
      const path = await ctx.dialogs.saveFile({ title: 'Exporter les relances de cotisation', defaultName: `Relances cotisations ${year}.xlsx`, filters: workbookFilter });
      if (!path) return cancelled();
      const target = withExtension(path);
      const written = await exportReminders(target, `Cotisations ${year}`, { feeHeader: `Cotisation ${year}` }, unpaid);
      return { fileName: basename(target), ...written };
    },
  };
}
