import { app } from 'electron';
import electronUpdater from 'electron-updater';
import log from 'electron-log/main';
import { updateFeedOf } from '../desktop/update-feed';

declare const __PASSERELLES_UPDATE_FEED__: string;

/** electron-updater over the release feed (generic provider), only when one was configured at build time. */
export function startUpdates(): void {
  const url = updateFeedOf({ isPackaged: app.isPackaged, feed: __PASSERELLES_UPDATE_FEED__ });
  if (!url) return;
  const { autoUpdater } = electronUpdater;
  autoUpdater.logger = log;
  autoUpdater.setFeedURL({ provider: 'generic', url });
  autoUpdater.checkForUpdatesAndNotify().catch((error: unknown) => log.warn(`Mise à jour impossible : ${error instanceof Error ? error.name : 'erreur'}`));
}
