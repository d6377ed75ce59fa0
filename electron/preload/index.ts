import { contextBridge, ipcRenderer } from 'electron';
import { appEventChannels, isMenuCommand, type AppEvents } from '../../shared/app-events';
import { channelOf, createApiClient } from '../../shared/client';

// No feature code here: window.api is generated from the contract, one channel per call.
const api = createApiClient((call, input) => ipcRenderer.invoke(channelOf(call), input));

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

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('appEvents', appEvents);
