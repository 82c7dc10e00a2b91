// The desktop shell, end to end: where an Electron binary exists, launch the built app and check
// the window and what its page can reach. Where none exists (this project's CI mirror), skip
// with the reason. Run `npm run build` first: it launches dist-electron/main.cjs.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

function electronBinary(): string | null {
  try {
    // The package's export is the binary's path; it throws when the binary was never downloaded.
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

test('the desktop window opens locked down, with window.mazmun and nothing more', async () => {
  const binary = electronBinary();
  const built = existsSync(join(root, 'dist-electron', 'main.cjs'));
  const why = !binary
    ? 'no Electron binary is installed here (offline mirror), so the desktop shell cannot be launched'
    : !built
      ? 'dist-electron/main.cjs is missing: run `npm run build` first'
      : '';
  if (why) console.log(`electron.spec.ts skipped: ${why}`);
  test.skip(why !== '', why);

  const app = await electron.launch({
    executablePath: binary as string,
    args: [root],
    env: { ...process.env, VITE_DEV_SERVER_URL: '' },
  });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.title()).toMatch(/Mazmun|مضمون/);
    const exposed = await page.evaluate(() => ({
      bridge: typeof window.mazmun,
      keys: window.mazmun ? Object.keys(window.mazmun).sort() : [],
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
    }));
    expect(exposed).toEqual({
      bridge: 'object',
      keys: ['invoke', 'onMenuCommand'],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });
    const info = await page.evaluate(() => window.mazmun?.invoke('app:getInfo'));
    expect(info).toMatchObject({ ok: true, data: { name: expect.any(String) } });
    const refused = await page.evaluate(() =>
      window.mazmun?.invoke('shell:openExternal', { url: 'file:///etc/passwd' }),
    );
    expect(refused).toMatchObject({ ok: false });
    // window.open is denied: no second window appears.
    await page.evaluate(() => window.open('about:blank', '_blank'));
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});
