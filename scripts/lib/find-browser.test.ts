import { describe, expect, it } from 'vitest';
import { browserArgs, browserCandidates, browserProfileDir, findBrowser } from './find-browser.mjs';

describe('findBrowser', () => {
  it('finds chromium on PATH on Linux, in PATH order', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin' };
    const present = new Set(['/usr/bin/chromium', '/usr/bin/google-chrome']);
    expect(findBrowser({ platform: 'linux', env, canRun: (p) => present.has(p) })).toBe(
      '/usr/bin/chromium',
    );
  });
  it('prefers MAZMUN_BROWSER', () => {
    const env = { PATH: '/usr/bin', MAZMUN_BROWSER: '/opt/chrome/chrome' };
    expect(findBrowser({ platform: 'linux', env, canRun: () => true })).toBe('/opt/chrome/chrome');
  });
  it('knows the usual macOS and Windows places', () => {
    expect(browserCandidates('darwin', { PATH: '' })).toContain(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    const win = browserCandidates('win32', {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      PATH: 'C:\\Windows;C:\\Tools',
    });
    expect(win).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(win).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(win).toContain('C:\\Tools\\chrome.exe');
  });
  it('returns null when nothing is installed', () => {
    expect(
      findBrowser({ platform: 'linux', env: { PATH: '/usr/bin' }, canRun: () => false }),
    ).toBeNull();
  });
  it('finds this machine’s Debian chromium when it is there', () => {
    const found = findBrowser({ platform: 'linux', env: { PATH: '/usr/bin' } });
    expect(found === null || found.startsWith('/usr/bin/')).toBe(true);
  });
});

describe('browserProfileDir and browserArgs', () => {
  it('keeps a profile of its own in the per-user config folder', () => {
    expect(browserProfileDir('linux', {}, '/home/u')).toBe(
      '/home/u/.config/mazmun/browser-profile',
    );
    expect(browserProfileDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/u')).toBe(
      '/cfg/mazmun/browser-profile',
    );
    expect(browserProfileDir('darwin', {}, '/Users/u')).toBe(
      '/Users/u/Library/Application Support/Mazmun/browser-profile',
    );
    expect(
      browserProfileDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'C:\\Users\\u'),
    ).toBe('C:\\Users\\u\\AppData\\Roaming\\Mazmun\\browser-profile');
  });
  it('opens an app window', () => {
    expect(browserArgs('http://127.0.0.1:4817/', '/p')).toEqual([
      '--app=http://127.0.0.1:4817/',
      '--user-data-dir=/p',
      '--no-first-run',
      '--no-default-browser-check',
    ]);
  });
});
