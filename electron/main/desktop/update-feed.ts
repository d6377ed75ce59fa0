/**
 * Updates are off until a release feed is configured: the feed's address is written in at build
 * time (PASSERELLES_UPDATE_FEED, see electron.vite.config.ts and the README). Only an https feed,
 * only in a packaged app (a development build never replaces itself).
 */
export function updateFeedOf(options: { isPackaged: boolean; feed: string | undefined }): string | null {
  const feed = options.feed?.trim() ?? '';
  if (!options.isPackaged || feed === '') return null;
  try {
    const url = new URL(feed);
    return url.protocol === 'https:' && url.username === '' && url.password === '' ? url.href : null;
  } catch {
    return null;
  }
}
