import { useTempFolder } from '../../support/temp-folder';
import { openTestWindow } from '../../support/host';

/** A fresh folder per test, removed afterwards: the association file is a real SQLite file. */
export const useRegisterFolder = useTempFolder;

/** The shared test window, with the register's default file name. */
export function openRegisterWindow(folder: string) {
  const window = openTestWindow(folder);
  return { ...window, createAssociation: (fileName = 'bocage.passerelles') => window.createAssociation('MCE-M3S', fileName) };
}
