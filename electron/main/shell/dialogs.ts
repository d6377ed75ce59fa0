import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../context';

/** Native dialogs: the only place file paths come from in the real app. */
export function electronDialogs(window: BrowserWindow): Dialogs {
  return {
    async openFile({ title, filters }) {
      const result = await dialog.showOpenDialog(window, { title, filters, properties: ['openFile'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openFiles({ title, filters }) {
      const result = await dialog.showOpenDialog(window, { title, filters, properties: ['openFile', 'multiSelections'] });
      return result.canceled ? null : result.filePaths;
    },
    async saveFile({ title, defaultName, filters }) {
      // Windows and macOS always ask before replacing a file; GTK only with this property.
      const result = await dialog.showSaveDialog(window, { title, defaultPath: defaultName, filters, properties: ['showOverwriteConfirmation', 'createDirectory'] });
      return result.canceled ? null : (result.filePath ?? null);
    },
    async chooseFolder({ title }) {
      const result = await dialog.showOpenDialog(window, { title, properties: ['openDirectory', 'createDirectory'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
