import { existsSync } from 'node:fs';

// Debian's Chromium, or a browser named by MAZMUN_CHROMIUM. Playwright's own downloads are not
// reachable from this network, so we never rely on them.
const CANDIDATES = [
  process.env.MAZMUN_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter((p): p is string => Boolean(p));

export function chromiumPath(): string | undefined {
  return CANDIDATES.find((p) => existsSync(p));
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
