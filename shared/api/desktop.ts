// The desktop around the app: where the files it wrote went, and the links it may open outside.
// Paths never come from the page: a written file is named by the id the main process gave it.
import { z } from 'zod';
import { defineCall } from './define';

/** A file or folder the main process has just written, as the screens show it (« Enregistré dans … »). */
export const writtenFileSchema = z.object({
  /** What the page sends back to open it; meaningful only in this window, for this run. */
  id: z.string(),
  /** The file's name, or the folder's name for a set of files. */
  name: z.string(),
  /** The folder it is in (for a folder: the folder itself). */
  folder: z.string(),
  isFolder: z.boolean(),
});
export type WrittenFile = z.infer<typeof writtenFileSchema>;

export const desktopAnswerSchema = z.object({
  /** True when the system's file manager or program took it; false in the test host (no desktop). */
  opened: z.boolean(),
  /** What to tell the person, in French (in the test host: where the file is). */
  message: z.string(),
});
export type DesktopAnswer = z.infer<typeof desktopAnswerSchema>;

const writtenIdSchema = z.object({ id: z.string().min(1).max(64) });

export const desktopCalls = {
  /** Shows a written file selected in its folder, or opens a written folder, in the file manager. */
  'desktop.showWritten': defineCall(writtenIdSchema, desktopAnswerSchema),
  /** Opens a written file with the system's default program (a workbook in the spreadsheet, a PDF in the reader). */
  'desktop.openWritten': defineCall(writtenIdSchema, desktopAnswerSchema),
  /**
   * Opens an allow-listed https or mailto link outside the app, only right after a click in the
   * window (security-policy.ts decideLink). Call it from a click handler.
   */
  'desktop.openLink': defineCall(z.object({ url: z.string().min(1).max(2000) }), z.null()),
  /** Whether there is a desktop (the test host has none: the screens show paths instead). */
  'desktop.kind': defineCall(z.void(), z.enum(['system', 'test-host'])),
};
