import { findBrowser } from '../../scripts/lib/find-browser.mjs';

// The e2e tests use the same browser search as `npm start` (Debian's Chromium on PATH here),
// or a browser named by MAZMUN_CHROMIUM. Playwright's own downloads are not reachable from this
// network, so we never rely on them.
export function chromiumPath(): string | undefined {
  return process.env.MAZMUN_CHROMIUM || findBrowser() || undefined;
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
