import { z } from 'zod';
import { defineCall } from './define';

const id = z.number().int().positive();

/** Every document the print engine makes. */
export const printableSchema = z.discriminatedUnion('kind', [
  /** The charter: its current version, or a given one (earlier versions stay printable). */
  z.object({ kind: z.literal('charter'), versionId: id.optional() }),
  z.object({ kind: z.literal('newsletter'), id }),
  /** The pooling analysis as a report for the steering committee (current thresholds). */
  z.object({ kind: z.literal('pooling') }),
  /** The register as a printable list for a meeting. */
  z.object({ kind: z.literal('register') }),
]);
export type Printable = z.infer<typeof printableSchema>;

export const printPreviewSchema = z.object({
  title: z.string(),
  /** The document's self-contained HTML (no script), shown in a sandboxed frame before saving. */
  html: z.string(),
  defaultFileName: z.string(),
});

export const printCalls = {
  'print.preview': defineCall(printableSchema, printPreviewSchema),
  /** Asks where to save (dialog in the main process), prints to PDF and writes the file. */
  'print.savePdf': defineCall(printableSchema, z.object({ fileName: z.string(), folder: z.string(), pages: z.number().int() })),
  /** Opens the PDF this window saved last with the system's reader, or shows it in its folder. */
  'print.openSaved': defineCall(z.object({ action: z.enum(['open', 'show']) }), z.null()),
};
