// Sharing a project through the sync server (issue 14): the spec starts express-pouchdb on
// 127.0.0.1 itself; two browser contexts are two researchers' profiles (two IndexedDBs).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startSyncServer, type RunningSyncServer } from '../server/sync-server';
import { AppPage } from './pages/app-page';
import { CodebookPage } from './pages/codebook-page';
import { DocumentsPage } from './pages/documents-page';
import type { TranscriptPage } from './pages/transcript-page';

const TITLE = 'Interview at the border';
const TEXT = [
  'Trust between the two customs offices matters more than any tariff.',
  'Security at the border is everyone’s concern.',
  'Paperwork is still the bottleneck for small traders.',
  'The new corridor is promising for families on both sides.',
].join('\n\n');
const ADMIN = { name: 'admin', password: 'admin-pw' };
/** Names inside sentences are bidi-isolated (FSI … PDI), so a Latin name stays whole in Persian. */
const iso = (s: string) => `\u2068${s}\u2069`;

let server: RunningSyncServer;

async function account(name: string): Promise<void> {
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

test.beforeAll(async () => {
  const port = process.env.MAZMUN_E2E_PORT ?? '4317';
  server = await startSyncServer({ admin: ADMIN, origins: [`http://127.0.0.1:${port}`] });
  for (const n of ['alice', 'bob', 'carol']) await account(n);
});
test.afterAll(async () => server?.close());

async function profile(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  await expect(page.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  return page;
}

async function sharing(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Sharing' }).click();
  await expect(page.getByRole('heading', { name: 'Sharing through a sync server' })).toBeVisible();
}

function status(page: Page) {
  return page.getByRole('status', { name: 'Sync status' });
}

async function joinShared(page: Page, address: string, user: string): Promise<void> {
  await sharing(page);
  const form = page.getByRole('form', { name: 'Join a shared project' });
  await form.getByLabel('Project address').fill(address);
  await form.getByLabel('Account name').fill(user);
  await form.getByLabel('Password').fill(`${user}-pw`);
  await form.getByRole('button', { name: 'Join' }).click();
}

async function openDoc(page: Page): Promise<TranscriptPage> {
  const docs = await DocumentsPage.open(page);
  await expect(docs.table).toContainText(TITLE, { timeout: 20_000 });
  return docs.openDocument(TITLE);
}

/** Alice publishes a project with one document and adds Bob; Bob joins it. */
async function sharedPair(
  browser: Browser,
  name: string,
): Promise<{ a: Page; b: Page; address: string }> {
  const a = await profile(browser);
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

  const b = await profile(browser);
  await joinShared(b, address, 'bob');
  await expect(b.getByLabel('Current project')).toContainText(name, { timeout: 20_000 });
  await expect(status(b)).toHaveText('Synced', { timeout: 20_000 });
  await expect(b.getByRole('list', { name: 'Connected now' })).toContainText('alice', {
    timeout: 20_000,
  });
  return { a, b, address };
}

test('two profiles code one document at once, one codes offline, a non-member is refused', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { a, b, address } = await sharedPair(browser, 'Shared border study');
  const ta = await openDoc(a);
  await ta.dragSelect('Trust between the two customs offices');
  await ta.codeWith('Trust');
  const tb = await openDoc(b);
  // Alice's new code and coding reach Bob while his document is open.
  await expect(tb.highlight(['Trust'])).toHaveText('Trust between the two customs offices', {
    timeout: 20_000,
  });

  // Both code the same document at the same time.
  await ta.dragSelect('Security at the border');
  await tb.dragSelect('Paperwork is still the bottleneck');
  await Promise.all([ta.codeWith('Trust'), tb.codeWith('Trust')]);
  for (const t of [ta, tb]) {
    await expect(t.highlight(['Trust'])).toHaveCount(3, { timeout: 20_000 });
    await expect(t.text.getByText('Security at the border')).toHaveCount(1);
  }

  // Bob goes offline, codes, and the app is reloaded before the server can be reached again.
  await b.context().setOffline(true);
  await tb.dragSelect('The new corridor is promising');
  await tb.codeWith('Trust');
  await sharing(b);
  await expect(status(b)).toHaveText('Offline · 1 changes not sent yet', { timeout: 20_000 });
  await b.context().route(`${server.url}/**`, (r) => r.abort('internetdisconnected'));
  await b.context().setOffline(false);
  await b.reload();
  await sharing(b);
  // The browser keeps no password: Bob types it again (the server is still out of reach).
  const unlock = b.getByRole('form', { name: 'Password needed' });
  await unlock.getByLabel('Password').fill('bob-pw');
  await unlock.getByRole('button', { name: 'Sync again' }).click();
  await expect(status(b)).toContainText('1 changes not sent yet', { timeout: 20_000 });
  await expect(ta.highlight(['Trust'])).toHaveCount(3);
  await b.context().unroute(`${server.url}/**`);
  await expect(ta.highlight(['Trust'])).toHaveCount(4, { timeout: 30_000 });
  await expect(status(b)).toHaveText('Synced', { timeout: 30_000 });

  // Carol has an account but is not a member: the server refuses her.
  const c = await profile(browser);
  await joinShared(c, address, 'carol');
  await expect(c.getByRole('alert')).toHaveText(
    'The server refused “carol”: this account is not a member of the project.',
  );
});

test('concurrent renames of one code resolve the same way in both and are listed', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { a, b } = await sharedPair(browser, 'Rename race');
  const bookA = await CodebookPage.open(a);
  await bookA.create('Trade');
  const bookB = await CodebookPage.open(b);
  await expect(bookB.item('Trade')).toBeVisible({ timeout: 20_000 });
  for (const p of [a, b]) await p.context().route(`${server.url}/**`, (r) => r.abort());
  await bookA.rename('Trade', 'Commerce');
  await bookB.rename('Trade', 'Exchange');
  for (const p of [a, b]) await p.context().unroute(`${server.url}/**`);
  // Both end on the same name, whichever it is.
  const winner = bookA.tree.getByRole('treeitem', { name: /^(Commerce|Exchange)$/ });
  await expect(async () => {
    const na = await bookA.tree
      .getByRole('treeitem', { name: /^(Commerce|Exchange)$/ })
      .allTextContents();
    const nb = await bookB.tree
      .getByRole('treeitem', { name: /^(Commerce|Exchange)$/ })
      .allTextContents();
    expect(na).toHaveLength(1);
    expect(nb).toEqual(na);
  }).toPass({ timeout: 30_000 });
  const kept = ((await winner.textContent()) ?? '').includes('Commerce') ? 'Commerce' : 'Exchange';
  const lost = kept === 'Commerce' ? 'Exchange' : 'Commerce';
  for (const p of [a, b]) {
    await sharing(p);
    const list = p.getByRole('region', { name: 'Conflicts to review' });
    await expect(list).toContainText(`“${iso(kept)}”`, { timeout: 20_000 });
    await expect(list).toContainText(`Other version: “${iso(lost)}”`);
  }
  const axe = await new AxeBuilder({ page: a }).include('.sync').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await a.screenshot({ path: 'test-results-sync/sharing-conflict-en.png', fullPage: true });
  // The losing version is one click away.
  await a.getByRole('button', { name: `Use “${iso(lost)}” instead` }).click();
  await expect(a.getByRole('region', { name: 'Conflicts to review' })).toContainText(
    'No conflicts.',
  );
  await CodebookPage.open(b);
  await expect(bookB.item(lost)).toBeVisible({ timeout: 20_000 });
});
