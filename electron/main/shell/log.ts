import { homedir } from 'node:os';
import { join } from 'node:path';
import { app, shell } from 'electron';
import log from 'electron-log/main';
import { describeErrorForLog } from '../desktop/log-scrub';

/**
 * The main process's errors go to a rotating file in the user data folder (electron-log keeps
 * main.log under 1 Mo, then moves it to main.old.log): a coordinator can send it when something
 * goes wrong, and it holds no personal data (see desktop/log-scrub.ts).
 */
export function startLog(): void {
  // One place for the logs, the one « Aide › Ouvrir le dossier des journaux » opens.
  log.transports.file.resolvePathFn = () => join(app.getPath('logs'), 'main.log');
  log.transports.file.maxSize = 1024 * 1024;
  log.transports.file.level = 'warn';
  log.transports.console.level = app.isPackaged ? false : 'warn';
  log.errorHandler.startCatching({
    showDialog: false,
    onError: ({ error }) => {
      log.error(describeErrorForLog('Erreur non rattrapée', error, homedir()));
      return false;
    },
  });
}

/** For dispatch(): a handler's unexpected failure, without what the person typed. */
export const logHandlerError = (message: string, error: unknown): void => log.error(describeErrorForLog(message, error, homedir()));

export const logFolder = (): string => app.getPath('logs');

/** « Aide › Ouvrir le dossier des journaux ». */
export const openLogFolder = (): Promise<string> => shell.openPath(logFolder());
