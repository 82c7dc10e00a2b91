// Links leave the app only through the system browser, and only if they are plain http(s).
import { isSafeExternalUrl } from '../shared/ipc';
import { isAppUrl, type AppOrigin } from './trusted-sender';

export type OpenExternal = (url: string) => Promise<void>;

/** Opens a checked http(s) URL in the system browser; anything else is dropped. */
export async function openExternalSafely(url: unknown, open: OpenExternal): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  try {
    await open(url);
    return true;
  } catch {
    return false;
  }
}

/** For webContents.setWindowOpenHandler: the app never opens windows of its own. */
export function createWindowOpenHandler(
  open: OpenExternal,
): (details: { readonly url: string }) => { action: 'deny' } {
  return ({ url }) => {
    void openExternalSafely(url, open);
    return { action: 'deny' };
  };
}

/**
 * For will-navigate / will-redirect: the window may only ever show the app itself. A link
 * that would replace the app goes to the system browser instead (if it is http(s)).
 * Returns true when the navigation was blocked.
 */
export function guardNavigation(
  event: { preventDefault(): void },
  url: string,
  app: AppOrigin,
  open: OpenExternal,
): boolean {
  if (isAppUrl(url, app)) return false;
  event.preventDefault();
  void openExternalSafely(url, open);
  return true;
}
