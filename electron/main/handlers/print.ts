import { writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { printCalls } from '../../../shared/api/print';
import type { Handlers } from '../dispatch';
import { fail } from '../errors';
import { cancelled, requireFile, type WindowContext } from '../context';
import { buildPrintable } from '../print/printables';

type PrintHandlers = Pick<Handlers, keyof typeof printCalls>;

const countPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

export function printHandlers(ctx: WindowContext): PrintHandlers {
  let lastSaved: string | null = null;
  return {
    'print.preview': async (printable) => buildPrintable(requireFile(ctx), printable, ctx.app.now()),
    'print.savePdf': async (printable) => {
      const built = await buildPrintable(requireFile(ctx), printable, ctx.app.now());
      const path = await ctx.dialogs.saveFile({ title: 'Enregistrer en PDF', defaultName: built.defaultFileName, filters: [{ name: 'Document PDF', extensions: ['pdf'] }] });
      if (!path) return cancelled();
      const target = path.toLowerCase().endsWith('.pdf') ? path : `${path}.pdf`;
      const pdf = await ctx.printer.toPdf(built.html);
      try {
        writeFileSync(target, pdf);
      } catch {
        fail('VALIDATION', `Impossible d’écrire « ${basename(target)} » : le fichier est peut-être ouvert dans un autre programme, ou le dossier protégé. Fermez-le ou choisissez un autre dossier.`);
      }
      lastSaved = target;
      return { fileName: basename(target), folder: dirname(target), pages: countPages(pdf) };
    },
    'print.openSaved': async ({ action }) => {
      if (!lastSaved) fail('NOT_FOUND', 'Aucun PDF n’a encore été enregistré depuis cette fenêtre.');
      if (action === 'open') await ctx.desktop.openFile(lastSaved);
      else ctx.desktop.showInFolder(lastSaved);
      return null;
    },
  };
}
