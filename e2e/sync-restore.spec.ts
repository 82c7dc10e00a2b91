// A code deleted on one computer while another, offline, coded with it (issue 14, must-have 4):
// when the second comes back, the code is restored on both with its coding, listed for review
// and said in the activity feed — never silently emptied.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { RunningSyncServer } from '../server/sync-server';
import { AppPage } from './pages/app-page';
import { CodebookPage } from './pages/codebook-page';
import { iso, openDoc, sharedPair, sharing, startTeamServer, status } from './pages/sync-page';

let server: RunningSyncServer;
test.beforeAll(async () => {
  server = await startTeamServer();
});
test.afterAll(async () => server?.close());

const restoredList = (p: Page) =>
  p.getByRole('list', { name: /^(Codes restored after a deletion|کدهای بازگردانده پس از حذف)$/ });
const feed = (p: Page) => p.getByRole('list', { name: /^(Recent changes|تغییرهای اخیر)$/ });

test('a code deleted while an offline colleague coded with it comes back, for review', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { a, b } = await sharedPair(browser, server, 'Restore study');
  const ta = await openDoc(a);
  await ta.dragSelect('Trust between the two customs offices');
  await ta.codeWith('Trade');
  const tb = await openDoc(b);
  await expect(tb.highlight(['Trade'])).toHaveText('Trust between the two customs offices', {
    timeout: 20_000,
  });

  // Bob loses the server and codes with "Trade"; meanwhile Alice deletes "Trade".
  await b.context().route(`${server.url}/**`, (r) => r.abort('internetdisconnected'));
  await tb.dragSelect('Paperwork is still the bottleneck');
  await tb.codeWith('Trade');
  await expect(tb.highlight(['Trade'])).toHaveCount(2);
  const book = await CodebookPage.open(a);
  const dialog = await book.delete('Trade');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(book.item('Trade')).toHaveCount(0);
  await sharing(a);
  await expect(status(a)).toHaveText('Synced', { timeout: 20_000 });

  // Bob comes back: his replica refuses to empty a code his coding uses and restores it.
  await b.context().unroute(`${server.url}/**`);
  // Alice's own coding goes with her deletion; Bob's stays.
  await expect(tb.highlight(['Trade'])).toHaveCount(1, { timeout: 30_000 });
  await expect(tb.highlight(['Trade'])).toHaveText('Paperwork is still the bottleneck', {
    timeout: 30_000,
  });
  await CodebookPage.open(a);
  await expect(book.item('Trade')).toBeVisible({ timeout: 30_000 });
  const ta2 = await openDoc(a);
  await expect(ta2.highlight(['Trade'])).toHaveCount(1, { timeout: 20_000 });
  await expect(ta2.highlight(['Trade'])).toHaveText('Paperwork is still the bottleneck', {
    timeout: 20_000,
  });

  // Both list it for review, naming who deleted it and who restored it.
  const sentence =
    `${iso('Trade')} was deleted by ${iso('alice')} while codings still used it, ` +
    `so ${iso('bob')} restored it with those codings.`;
  for (const p of [a, b]) {
    await sharing(p);
    await expect(restoredList(p)).toContainText(sentence, { timeout: 20_000 });
    await expect(feed(p)).toContainText(
      `restored code ${iso('Trade')}, deleted by ${iso('alice')} while codings still used it`,
    );
  }
  // Alice's feed says who did what, in words: Bob's coding, her own deletion.
  await expect(feed(a)).toContainText(
    `coded “${iso('Paperwork is still the bottleneck')}” with ${iso('Trade')} in ${iso('Interview at the border')}`,
  );
  await expect(feed(a)).toContainText(`deleted code ${iso('Trade')} with its codings (1)`);
  const axe = await new AxeBuilder({ page: a }).include('.sync').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // Page-level rules are not run inside an include: the whole page, as the other views.
  expect(await headingViolations(a)).toEqual([]);
  await a.screenshot({ path: 'test-results-sync/activity-en.png', fullPage: true });

  // In Persian: the same feed in Persian words and digits.
  await new AppPage(a).switchLanguage('fa');
  await expect(feed(a)).toContainText(`کد ${iso('Trade')} را با کدگذاری‌هایش (۱) حذف کرد`);
  await expect(restoredList(a)).toContainText('بازگرداند');
  const faAxe = await new AxeBuilder({ page: a }).include('.sync').analyze();
  expect(faAxe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(await headingViolations(a)).toEqual([]);
  await a.screenshot({ path: 'test-results-sync/activity-fa.png', fullPage: true });
});

/** One h1 for the view and headings that go down one level at a time. */
async function headingViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page })
    .withRules(['page-has-heading-one', 'heading-order'])
    .analyze();
  return r.violations.map((v) => `${v.id}: ${v.help}`);
}
