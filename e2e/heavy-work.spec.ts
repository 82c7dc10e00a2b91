// Heavy work runs in the heavy-work Worker, not on the page's thread: a large backup is read and
// written there with progress, Cancel during the write leaves the database as it was, and a
// large transcript is parsed there too. Structural facts only (a worker started, progress moved,
// counts unchanged): how long the page's thread is blocked is a bench figure, never a test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateProject } from '../bench/generate';
import { serializeBackup } from '../shared/exchange';
import { AppPage } from './pages/app-page';
import { DocumentsPage } from './pages/documents-page';
import { ExchangePage } from './pages/exchange-page';

const OUT = mkdtempSync(join(tmpdir(), 'mazmun-e2e-heavy-'));

/** A backup big enough that its write takes seconds here (thousands of rows per table). */
function bigBackup(): { path: string; name: string } {
  const g = generateProject({
    seed: 11,
    documents: 300,
    words: 600_000,
    codes: 120,
    codings: 30_000,
  });
  const path = join(OUT, 'big.mazmun.json');
  writeFileSync(path, serializeBackup(g.snapshot));
  return { path, name: g.snapshot.project.name };
}

/** Rows in the app's database, read straight from IndexedDB (no app code involved). */
async function storedCounts(page: Page): Promise<{ projects: number; documents: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('mazmun');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['projects', 'documents'], 'readonly');
          const projects = tx.objectStore('projects').count();
          const documents = tx.objectStore('documents').count();
          tx.oncomplete = () => {
            db.close();
            resolve({ projects: projects.result, documents: documents.result });
          };
        };
      }),
  );
}

/** Every aria-valuenow the page's progress bars take, collected by a MutationObserver. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { progressSeen: number[] };
    w.progressSeen = [];
    const note = (el: Element) => {
      const v = Number(el.getAttribute('aria-valuenow'));
      if (el.getAttribute('role') === 'progressbar' && Number.isFinite(v)) w.progressSeen.push(v);
    };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') note(r.target as Element);
        for (const n of r.addedNodes) {
          if (n instanceof Element) n.querySelectorAll('[role=progressbar]').forEach(note);
        }
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-valuenow'],
    });
  });
}

const progressSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);

function workerUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on('worker', (w) => urls.push(w.url()));
  return urls;
}

test('a large backup is read and imported in the worker; Cancel mid-write leaves nothing', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const backup = bigBackup();
  const workers = workerUrls(page);
  const app = await AppPage.open(page);
  const exchange = new ExchangePage(page);
  await exchange.goTo();
  await recordProgress(page);
  const before = await storedCounts(page);

  await exchange.pick(backup.path);
  await expect(exchange.preview).toBeVisible({ timeout: 60_000 });
  expect(workers.some((u) => /heavy-work\.worker/.test(u))).toBe(true);
  await expect(exchange.count('(Codings|کدگذاری‌ها)')).toHaveText(/30,000|۳۰٬۰۰۰/);

  // Import, then cancel from the keyboard once the write has begun.
  await exchange.importAsNewProject();
  const bar = page.getByRole('progressbar', { name: /^(Import progress|پیشرفت وارد کردن)$/ });
  await expect(bar).toBeVisible();
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/screens/heavy-work-progress-en.png' });
  const cancel = page.getByRole('button', { name: /^(Cancel|انصراف)$/ }).last();
  await expect(cancel).toBeFocused(); // the Import button was disabled under it
  await page.keyboard.press('Enter');
  await expect(
    page.getByText(/^(Canceled: nothing was written\.|لغو شد: چیزی نوشته نشد\.)$/),
  ).toBeVisible({
    timeout: 60_000,
  });
  expect(await storedCounts(page)).toEqual(before);
  await expect(exchange.fileInput).toBeFocused(); // focus back where importing starts

  // The same preview imports in full afterwards (in Persian this time), its progress advancing.
  await app.switchLanguage('fa');
  await exchange.importAsNewProject();
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/screens/heavy-work-progress-fa.png' });
  const name = backup.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(page.getByRole('status').filter({ hasText: new RegExp(name) })).toBeVisible({
    timeout: 120_000,
  });
  const after = await storedCounts(page);
  expect(after.projects).toBe(before.projects + 1);
  expect(after.documents).toBe(before.documents + 300);
  const seen = await progressSeen(page);
  expect(seen.some((v) => v > 0)).toBe(true);
  expect(new Set(seen).size).toBeGreaterThan(2); // it advanced, not just started and ended
});

test('a large transcript is parsed in the worker, with progress, and then listed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // 8 MB on one line: no paragraph break, mixed scripts and directions, a bidi override.
  const chunk = 'مصاحبه‌شونده: سیاست خارجی\u200c and border trade \u202e ';
  const text = chunk.repeat(Math.ceil((8 * 1024 * 1024) / (chunk.length * 2)));
  const path = join(OUT, 'one-long-line.txt');
  writeFileSync(path, text);
  const workers = workerUrls(page);
  await AppPage.open(page);
  const docs = await DocumentsPage.open(page);
  await recordProgress(page);
  const before = await storedCounts(page);

  await docs.fileInput.setInputFiles(path);
  await expect(page.getByText(/^(Imported 1 documents\.|۱ سند وارد شد\.)$/)).toBeVisible({
    timeout: 90_000,
  });
  expect(workers.some((u) => /heavy-work\.worker/.test(u))).toBe(true);
  expect((await storedCounts(page)).documents).toBe(before.documents + 1);
  expect((await progressSeen(page)).length).toBeGreaterThan(0);
  // The list is virtualized: among the sample's 16 documents the new one may be out of view.
  await docs.filter.fill('one-long-line');
  await expect(docs.row('one-long-line')).toBeVisible();
});
