import type { AssociationSummary } from '../../shared/api/association';
import { fail } from './errors';
import type { RecentFiles } from './recent-files';
import type { ProgressTracker } from './progress';
import type { AssociationFile } from './store/association-file';

export type FileFilter = { name: string; extensions: string[] };

/**
 * File choices are made on the main side: in Electron by native dialogs, in the test host and
 * the CLI by a path given on the host side. The renderer never sends a path.
 * Each returns null when the person cancels.
 */
export type Dialogs = {
  openFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  openFiles(options: { title: string; filters: FileFilter[] }): Promise<string[] | null>;
  saveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  chooseFolder(options: { title: string }): Promise<string | null>;
};

/**
 * What the main process hands to the system once it has written a file (an export, an e-mail
 * draft, a PDF): in Electron the system's default program and file manager, in the test host and
 * the CLI a record of the request (and the path printed), since there is no desktop there.
 * Paths always come from the main process, never from the page.
 */
export type Desktop = {
  /** 'test-host' when there is no desktop (test host, CLI): the screens then show the path instead. */
  kind: 'system' | 'test-host';
  /** Opens a file with the system's default program; false when no program could open it. */
  openFile(path: string): Promise<boolean>;
  /** Shows the file selected in its folder (Explorer, Finder, Files). */
  showInFolder(path: string): void;
  /** Opens a folder in the file manager; false when it could not be opened. */
  openFolder(path: string): Promise<boolean>;
  /**
   * Opens an https/mailto link in the system's browser or mail client, if the allow-list and
   * a recent click in the window let it (security-policy.ts decideLink). Null once opened,
   * else the French reason it was refused.
   */
  openLink(url: string): Promise<string | null>;
};

/**
 * Prints one self-contained HTML document (its fonts and images inlined, no script) to PDF, with
 * the options of print/pdf-options.ts: in Electron `webContents.printToPDF` in a hidden window
 * that loads only that HTML (shell/printer.ts); in the test host, the CLI and the bench, Chromium
 * through Playwright with the same options (print/chromium-printer.ts).
 */
export type Printer = {
  toPdf(html: string): Promise<Buffer>;
};

/** What all windows share. */
export type AppServices = {
  /** Real paths of the files open in any window: one file, one window. */
  openFiles: Set<string>;
  recentFiles: RecentFiles;
  now: () => Date;
  /** Who is at the computer, for the import logs. */
  userName: () => string;
};

/** One window (or the test host's page, or one CLI run): its dialogs and its open file. */
export type WindowContext = {
  app: AppServices;
  dialogs: Dialogs;
  desktop: Desktop;
  printer: Printer;
  session: { file: AssociationFile | null };
  /** Lets the shell update the window title and the menu. */
  onAssociationChanged: (summary: AssociationSummary | null) => void;
  /** The window's long tasks, read by `progress.current` (created on first use: electron/main/progress.ts). */
  progress?: ProgressTracker;
};

export function requireFile(ctx: WindowContext): AssociationFile {
  const file = ctx.session.file;
  if (!file) fail('NO_ASSOCIATION', 'Aucune association n’est ouverte : ouvrez ou créez un fichier (menu Fichier).');
  return file;
}

export const cancelled = (): never => fail('CANCELLED', 'Opération annulée.');
