import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Printable } from '../../shared/api/print';
import type { openTestWindow } from './host';
import { readPdf } from './pdf';

/**
 * What the coordinator does with « Enregistrer en PDF… »: answer the save dialog with a file of
 * the folder's « sortie », print, read the PDF back (PNG pages too when PASSERELLES_SHOTS is set).
 */
export async function savePdfAs(window: ReturnType<typeof openTestWindow>, folder: string, fileName: string, printable: Printable) {
  const out = join(folder, 'sortie');
  mkdirSync(out, { recursive: true });
  window.answer(join(out, fileName));
  await window.call('print.savePdf', printable);
  const pdf = readPdf(readFileSync(join(out, fileName)));
  if (process.env.PASSERELLES_SHOTS) pdf.toPng(process.env.PASSERELLES_SHOTS, fileName.replace(/\.pdf$/, ''), 60);
  return pdf;
}
