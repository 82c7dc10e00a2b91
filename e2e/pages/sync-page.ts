// The Sharing panel and a team on the test sync server (issue 14), for e2e/sync*.spec.ts: the
// spec starts express-pouchdb on 127.0.0.1; two browser contexts are two researchers' profiles.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startSyncServer, type RunningSyncServer } from '../../server/sync-server';
import { AppPage } from './app-page';
import { DocumentsPage } from './documents-page';
import type { TranscriptPage } from './transcript-page';

export const TITLE = 'Interview at the border';
export const TEXT = [
  'Trust between the two customs offices matters more than any tariff.',
  'Security at the border is everyone’s concern.',
  'Paperwork is still the bottleneck for small traders.',
  'The new corridor is promising for families on both sides.',
].join('\n\n');
const ADMIN = { name: 'admin', password: 'admin-pw' };
/** Names inside sentences are bidi-isolated (FSI … PDI), so a Latin name stays whole in Persian. */
export const iso = (s: string) => `\u2068${s}\u2069`;

/** The test server with the accounts alice, bob and carol (password `<name>-pw`). */
export async function startTeamServer(): Promise<RunningSyncServer> {
  const port = process.env.MAZMUN_E2E_PORT ?? '4317';
  const server = await startSyncServer({ admin: ADMIN, origins: [`http://127.0.0.1:${port}`] });
  for (const name of ['alice', 'bob', 'carol']) {
    const r = await fetch(`${server.url}/_users/org.couchdb.user:${name}`, {
      method: 'PUT',
      headers: {
        authorization: 'Basic ' + Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64'),
        'content-type': 'application/json',
      },
      body: JSON.stringify({ name, password: `${name}-pw`, roles: [], type: 'user' }),
    });
    expect(r.status).toBe(201);
  }
  return server;
}

/** A first page in `context` (a fresh profile), in English, after the sample study opened. */
export async function firstPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  await expect(page.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  return page;
}

export async function profile(browser: Browser): Promise<Page> {
  return firstPage(await browser.newContext());
}

export async function sharing(page: Page): Promise<void> {
  const heading = page.getByRole('heading', {
    name: /^(Sharing through a sync server|هم‌رسانی از راه کارساز همگام‌سازی)$/,
  });
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^(Sharing|هم‌رسانی)$/ })
    .click();
  // Right after a (re)load the view waits for the project's store to open, which takes seconds
  // on a loaded machine. (Nothing takes the view back: start-up's own choice of view yields to
  // a click (WorkspaceProvider's `chosen`), and a recorded run saw the view once, never twice.)
  await expect(heading).toBeVisible({ timeout: 20_000 });
}

export function status(page: Page) {
  return page.getByRole('status', { name: 'Sync status' });
}

export async function joinShared(page: Page, address: string, user: string): Promise<void> {
  await sharing(page);
  const form = page.getByRole('form', { name: 'Join a shared project' });
  await form.getByLabel('Project address').fill(address);
  await form.getByLabel('Account name').fill(user);
  await form.getByLabel('Password').fill(`${user}-pw`);
  await form.getByRole('button', { name: 'Join' }).click();
}

export async function openDoc(page: Page): Promise<TranscriptPage> {
  const docs = await DocumentsPage.open(page);
  await expect(docs.table).toContainText(TITLE, { timeout: 20_000 });
  return docs.openDocument(TITLE);
}

/** Alice publishes a project with one document (from `a`, or a new profile) and adds Bob. */
export async function publish(
  browser: Browser,
  server: RunningSyncServer,
  name: string,
  a?: Page,
): Promise<{ a: Page; address: string }> {
  a ??= await profile(browser);
  const projects = await new AppPage(a).goToProjects();
  await projects.create(name);
  await expect(a.getByLabel('Current project')).toContainText(name);
  const dir = mkdtempSync(join(tmpdir(), 'mazmun-sync-'));
  writeFileSync(join(dir, `${TITLE}.txt`), TEXT, 'utf8');
  const docs = await DocumentsPage.open(a);
  await docs.importFiles([join(dir, `${TITLE}.txt`)]);
  await expect(docs.table).toContainText(TITLE);

  await sharing(a);
  const pub = a.getByRole('form', { name: 'Publish' });
  await pub.getByLabel('Server address').fill(server.url);
  await pub.getByLabel('Account name').fill('alice');
  await pub.getByLabel('Password').fill('alice-pw');
  await pub.getByRole('button', { name: 'Publish this project' }).click();
  await expect(status(a)).toHaveText('Synced', { timeout: 20_000 });
  await a.getByLabel('Account name of the new member').fill('bob');
  await a.getByRole('button', { name: 'Add member' }).click();
  await expect(a.getByRole('note')).toContainText('bob');
  const address = (await a.locator('output.sync-address').textContent()) ?? '';
  return { a, address };
}

/** Alice publishes; Bob joins from his own profile and sees Alice connected. */
export async function sharedPair(
  browser: Browser,
  server: RunningSyncServer,
  name: string,
): Promise<{ a: Page; b: Page; address: string }> {
  const { a, address } = await publish(browser, server, name);
  const b = await profile(browser);
  await joinShared(b, address, 'bob');
  await expect(b.getByLabel('Current project')).toContainText(name, { timeout: 20_000 });
  await expect(status(b)).toHaveText('Synced', { timeout: 20_000 });
  await expect(b.getByRole('list', { name: 'Connected now' })).toContainText('alice', {
    timeout: 20_000,
  });
  return { a, b, address };
}
