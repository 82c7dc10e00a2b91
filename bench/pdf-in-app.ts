// The in-app half of bench/pdf.ts: the built app in Chromium imports a PDF through its file
// input (pdf.js in the heavy-work worker) and the page's long tasks (PerformanceObserver
// 'longtask', > 50 ms) are collected while it reads and while it saves; the floor is the same
// import of a one-line .txt (what the page spends on any import: the dialog, the list update).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../e2e/support/browser';
import { startStaticServer } from '../scripts/lib/static-server.mjs';
import { REPO } from './run/build-page';

interface Window {
  readonly start: number;
  readonly end: number;
}

const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

async function longest(page: Page, w: Window): Promise<number> {
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: [number, number][] }).__longTasks,
  );
  return Math.round(
    tasks
      .filter(([s, d]) => s + d >= w.start && s <= w.end)
      .reduce((m, [, d]) => Math.max(m, d), 0),
  );
}

const now = (page: Page) => page.evaluate(() => performance.now());

export async function inAppLongTasks(
  pdf: string,
  log: (m: string) => void,
): Promise<{ readMs: number; saveMs: number; floorMs: number; readWallMs: number }> {
  const outDir = resolve(REPO, 'dist/bench-pdf');
  log('building the app');
  await build({
    configFile: resolve(REPO, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const server = await startStaticServer({ root: outDir });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const tmp = mkdtempSync(join(tmpdir(), 'mazmun-bench-pdf-app-'));
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(LONG_TASKS);
    await page.goto(server.url);
    await page.getByRole('combobox', { name: /Interface language|زبان رابط/ }).selectOption('en');
    // The first launch imports the sample study: wait for it before measuring anything.
    await page
      .getByLabel('Current project')
      .filter({ hasText: /آذربایجان/ })
      .waitFor({ timeout: 60_000 });
    await page.getByRole('navigation').getByRole('button', { name: 'Projects' }).click();
    await page.getByLabel('New project name').fill('PDF bench');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Documents' }).click();
    const input = page.getByLabel('Import documents');

    // The floor: a one-line text file, imported the same way.
    const txt = join(tmp, 'floor.txt');
    writeFileSync(txt, 'A one-line document.\n');
    const f0 = await now(page);
    await input.setInputFiles(txt);
    await page.getByRole('row').filter({ hasText: 'floor' }).waitFor();
    await page.waitForTimeout(500);
    const floorMs = await longest(page, { start: f0, end: await now(page) });

    log('importing the PDF in the app');
    const r0 = await now(page);
    await input.setInputFiles(pdf);
    const dialog = page.getByRole('dialog', { name: 'Check before importing' });
    await dialog.waitFor({ timeout: 120_000 });
    const r1 = await now(page);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('row').filter({ hasText: 'book' }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    const r2 = await now(page);
    return {
      readMs: await longest(page, { start: r0, end: r1 }),
      saveMs: await longest(page, { start: r1, end: r2 }),
      floorMs,
      readWallMs: Math.round(r1 - r0),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    await browser.close();
    await server.close();
  }
}
