// Sharing a project through the sync server (issue 14): the spec starts express-pouchdb on
// 127.0.0.1 itself; two browser contexts are two researchers' profiles (two IndexedDBs).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { RunningSyncServer } from '../server/sync-server';
import { CodebookPage } from './pages/codebook-page';
import {
  iso,
  joinShared,
  openDoc,
  profile,
  sharedPair as pair,
  sharing,
  startTeamServer,
  status,
} from './pages/sync-page';

let server: RunningSyncServer;

test.beforeAll(async () => {
  server = await startTeamServer();
});
test.afterAll(async () => server?.close());

const sharedPair = (browser: Parameters<typeof pair>[0], name: string) =>
  pair(browser, server, name);

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
  await expect(status(b)).toHaveText('Offline · 1 change not sent yet', { timeout: 20_000 });
  // The top bar says it from every view (a button to this page).
  await expect(
    b.getByRole('button', { name: 'Sharing: Offline · 1 unsent. Open Sharing' }),
  ).toBeVisible();
  // Leaving now would throw that change away: the dialog says how many, and staying keeps it.
  await b.getByRole('button', { name: 'Leave (stop sharing here)' }).click();
  const leaving = b.getByRole('dialog', { name: 'Leave this shared project?' });
  await expect(leaving).toContainText(
    '1 change made here has not reached the server yet. Leaving deletes it from the sync copy: it will never reach the team.',
  );
  await expect(leaving.getByRole('button', { name: 'Leave anyway' })).toBeVisible();
  await leaving.getByRole('button', { name: 'Stay and sync' }).click();
  await expect(leaving).toBeHidden();
  await expect(status(b)).toHaveText('Offline · 1 change not sent yet');
  await b.context().route(`${server.url}/**`, (r) => r.abort('internetdisconnected'));
  await b.context().setOffline(false);
  await b.reload();
  await sharing(b);
  // The browser keeps no password: Bob types it again (the server is still out of reach).
  const unlock = b.getByRole('form', { name: 'Password needed' });
  await unlock.getByLabel('Password').fill('bob-pw');
  await unlock.getByRole('button', { name: 'Sync again' }).click();
  await expect(status(b)).toContainText('1 change not sent yet', { timeout: 20_000 });
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
