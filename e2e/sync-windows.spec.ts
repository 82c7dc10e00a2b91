// Two windows of one browser profile on a shared project: one replicates (the leader, by Web
// Lock), the other writes into the same local replica and gets remote changes the way it gets the
// other window's local ones; closing the leader hands the lock, and the replication, over.
import { expect, test, type Page } from '@playwright/test';
import type { RunningSyncServer } from '../server/sync-server';
import { AppPage } from './pages/app-page';
import { joinShared, openDoc, publish, sharing, startTeamServer, status } from './pages/sync-page';

let server: RunningSyncServer;
test.beforeAll(async () => {
  server = await startTeamServer();
});
test.afterAll(async () => server?.close());

const ELSEWHERE = 'Another window of this browser syncs this project';

/** Replication requests (not presence or sign-in) this page sends to the server, counted. */
function replicationRequests(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('request', (r) => {
    if (
      r.url().startsWith(server.url) &&
      /\/(_changes|_revs_diff|_bulk_docs|_bulk_get)\b/.test(r.url())
    )
      seen.count++;
  });
  return seen;
}

test('one window replicates; the other gets remote codings; closing it hands over', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const first = await context.newPage();
  await AppPage.open(first);
  await new AppPage(first).switchLanguage('en');
  await expect(first.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  const { address } = await publish(browser, server, 'Two windows, one replica', first);

  // A second window of the same profile: the password lives in each window's memory only.
  const second = await context.newPage();
  const fromSecond = replicationRequests(second);
  await AppPage.open(second);
  await expect(second.getByLabel('Current project')).toContainText('Two windows, one replica');
  await sharing(second);
  const unlock = second.getByRole('form', { name: 'Password needed' });
  await unlock.getByLabel('Password').fill('alice-pw');
  await unlock.getByRole('button', { name: 'Sync again' }).click();
  await expect(second.getByText(ELSEWHERE)).toBeVisible({ timeout: 20_000 });
  await expect(first.getByText(ELSEWHERE)).toHaveCount(0);

  // Bob codes: the coding reaches both of Alice's windows.
  const bob = await (await browser.newContext()).newPage();
  await AppPage.open(bob);
  await new AppPage(bob).switchLanguage('en');
  await expect(bob.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  await joinShared(bob, address, 'bob');
  await expect(status(bob)).toHaveText('Synced', { timeout: 20_000 });
  const tb = await openDoc(bob);
  await tb.dragSelect('Trust between the two customs offices');
  await tb.codeWith('Trust');
  const t1 = await openDoc(first);
  const t2 = await openDoc(second);
  for (const t of [t1, t2])
    await expect(t.highlight(['Trust'])).toHaveText('Trust between the two customs offices', {
      timeout: 20_000,
    });
  // Only the leader talked to the server's replication endpoints.
  expect(fromSecond.count).toBe(0);

  // The second window codes: its change goes out through the leader's replication.
  await t2.dragSelect('Security at the border');
  await t2.codeWith('Trust');
  await expect(tb.highlight(['Trust'])).toHaveCount(2, { timeout: 20_000 });
  expect(fromSecond.count).toBe(0);

  // Leaving from one window would delete the replica the other writes into: refused, kept.
  await sharing(second);
  await second.getByRole('button', { name: 'Leave (stop sharing here)' }).click();
  await second
    .getByRole('dialog', { name: 'Leave this shared project?' })
    .getByRole('button', { name: /^Leave( anyway)?$/ })
    .click();
  await expect(second.getByRole('alert')).toHaveText(
    'Close this project in its other windows of this browser first (open in 1): leaving deletes the local sync copy they write into too.',
  );
  await expect(second.getByText(ELSEWHERE)).toBeVisible();

  // The leader window closes: the second takes the lock and replicates from now on.
  await first.close();
  await sharing(second);
  await expect(second.getByText(ELSEWHERE)).toHaveCount(0, { timeout: 20_000 });
  await expect(status(second)).toHaveText('Synced', { timeout: 20_000 });
  await tb.dragSelect('Paperwork is still the bottleneck');
  await tb.codeWith('Trust');
  const again = await openDoc(second);
  await expect(again.highlight(['Trust'])).toHaveCount(3, { timeout: 20_000 });
  expect(fromSecond.count).toBeGreaterThan(0);
});
