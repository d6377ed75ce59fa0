import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { appEventChannels, isMenuCommand, type AppEvents } from '../../shared/app-events';
import { channelOf, createApiClientFrom } from '../../shared/transport';

/**
 * No feature code here: window.api has one function per call of the contract, each on its own
 * channel. The names are written in at build time (electron.vite.config.ts), so the preload
 * does not carry the contract's schemas and zod: the main process parses every input.
 */
declare const __PASSERELLES_CALL_NAMES__: readonly string[];

const api = createApiClientFrom(__PASSERELLES_CALL_NAMES__, (call, input) => ipcRenderer.invoke(channelOf(call), input));

const appEvents: AppEvents = {
  onMenuCommand(listener) {
    const handler = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(appEventChannels.menuCommand, handler);
    return () => ipcRenderer.off(appEventChannels.menuCommand, handler);
  },
  onAssociationChanged(listener) {
    const handler = (_event: unknown, refusal: unknown) => listener(typeof refusal === 'string' ? refusal : undefined);
    ipcRenderer.on(appEventChannels.associationChanged, handler);
    return () => ipcRenderer.off(appEventChannels.associationChanged, handler);
  },
};

/**
 * A .passerelles file dropped anywhere on the window: its path comes from the system (webUtils),
 * never from the page: a File the page made itself has no path, and a scripted navigation to a
 * file: URL is simply refused (navigateOnDragDrop is off). Other drops (the CDD workbooks) are
 * left to the page, which reads their contents.
 */
// The preload is type-checked with the main process (no DOM lib): the little of the DOM it uses, typed here.
type DroppedFile = Parameters<typeof webUtils.getPathForFile>[0];
type DragEventLike = {
  dataTransfer: { types: readonly string[]; files: ArrayLike<DroppedFile> } | null;
  defaultPrevented: boolean;
  preventDefault(): void;
};
const page = globalThis as unknown as { addEventListener(type: 'dragover' | 'drop', listener: (event: DragEventLike) => void): void };

const isAssociationFile = (file: DroppedFile) => file.name.toLowerCase().endsWith('.passerelles');
page.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
});
page.addEventListener('drop', (event) => {
  const file = Array.from(event.dataTransfer?.files ?? []).find(isAssociationFile);
  if (!file || event.defaultPrevented) return;
  event.preventDefault();
  const path = webUtils.getPathForFile(file);
  if (path) ipcRenderer.send(appEventChannels.droppedAssociation, path);
});

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('appEvents', appEvents);
