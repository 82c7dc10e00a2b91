import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CodebookPage } from './pages/codebook-page';

test('a database written by a newer Mazmun is refused plainly and left untouched', async ({
  page,
}) => {
  await AppPage.open(page);
  // Replace the app's database with one at a schema version far beyond this build's.
  const stored = await page.evaluate(async () => {
    await new Promise<void>((resolve, reject) => {
      const del = indexedDB.deleteDatabase('mazmun');
      del.onsuccess = () => resolve();
      del.onerror = () => reject(del.error);
    });
    return new Promise<number>((resolve, reject) => {
      const req = indexedDB.open('mazmun', 9990);
      req.onupgradeneeded = () => req.result.createObjectStore('future');
      req.onsuccess = () => {
        const v = req.result.version;
        req.result.close();
        resolve(v);
      };
      req.onerror = () => reject(req.error);
    });
  });
  expect(stored).toBe(9990);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('newer version of Mazmun');
  const after = await page.evaluate(async () => {
    const infos = await indexedDB.databases();
    const version = infos.find((i) => i.name === 'mazmun')?.version;
    // Opening at exactly the stored version never upgrades: read what the database holds.
    const stores = await new Promise<string[]>((resolve, reject) => {
      const req = indexedDB.open('mazmun', version);
      req.onsuccess = () => {
        const names = [...req.result.objectStoreNames];
        req.result.close();
        resolve(names);
      };
      req.onerror = () => reject(req.error);
    });
    return { version, stores };
  });
  // Neither the refusing page nor the page it replaced (whose connection the deletion closed)
  // opened it again: same version, and none of this build's tables added.
  expect(after).toEqual({ version: 9990, stores: ['future'] });
});

test('two windows on one project stay consistent', async ({ context }) => {
  const first = await context.newPage();
  await AppPage.open(first);
  const projects = await new AppPage(first).goToProjects();
  await projects.create('Shared project');
  const second = await context.newPage();
  await AppPage.open(second);
  await expect(second.locator('.topbar')).toContainText('Shared project');
  // A rename in one window shows in the other without a reload.
  const p1 = await new AppPage(first).goToProjects();
  await p1.rename('Shared project', 'Renamed in window one');
  const p2 = await new AppPage(second).goToProjects();
  await expect(p2.item('Renamed in window one')).toBeVisible();

  // A code created in one window appears in the other's codebook (the in-memory stores sync).
  const book1 = await CodebookPage.open(first);
  const book2 = await CodebookPage.open(second);
  await book1.create('Made in window one');
  await expect(book2.item('Made in window one')).toBeVisible();
  await book2.create('Made in window two');
  await expect(book1.item('Made in window two')).toBeVisible();
});
