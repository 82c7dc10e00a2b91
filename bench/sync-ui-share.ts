// The two researchers' steps in bench/sync-ui.ts, through the app's own UI as a person takes them
// (the same roles and labels as e2e/sync.spec.ts): publish, add a member, join, open a document.
import type { Page } from '@playwright/test';

const LONG = 60 * 60_000;

async function sharing(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Sharing' }).click();
  await page.getByRole('heading', { name: 'Sharing through a sync server' }).waitFor();
}

function status(page: Page) {
  return page.getByRole('status', { name: 'Sync status' });
}

/** Waits until the status reads "Synced" (the replication idle with nothing unsent). */
export async function synced(page: Page): Promise<void> {
  // Polled from Node: the app's CSP forbids the eval a string predicate would need.
  const end = Date.now() + LONG;
  while (Date.now() < end) {
    if (((await status(page).textContent()) ?? '').trim() === 'Synced') return;
    await page.waitForTimeout(250);
  }
  throw new Error('The sync status never read "Synced".');
}

/** Opens the app in English (the labels below are the English ones). */
export async function openApp(page: Page, base: string): Promise<void> {
  await page.goto(base);
  await page.getByRole('navigation').waitFor({ timeout: LONG });
  await page.getByRole('combobox', { name: /Interface language|زبان رابط/ }).selectOption('en');
  await page.getByLabel('Current project').waitFor({ timeout: LONG });
}

/** Publishes the open project as `user` and adds `member`; returns the project's address. */
export async function publish(
  page: Page,
  server: string,
  user: string,
  member: string,
): Promise<string> {
  await sharing(page);
  const form = page.getByRole('form', { name: 'Publish' });
  await form.getByLabel('Server address').fill(server);
  await form.getByLabel('Account name').fill(user);
  await form.getByLabel('Password').fill(`${user}-pw`);
  await form.getByRole('button', { name: 'Publish this project' }).click();
  await status(page).waitFor({ timeout: LONG });
  await synced(page);
  await page.getByLabel('Account name of the new member').fill(member);
  await page.getByRole('button', { name: 'Add member' }).click();
  await page.getByRole('note').filter({ hasText: member }).waitFor();
  return (await page.locator('output.sync-address').textContent())?.trim() ?? '';
}

/** Joins the project at `address` as `user` and waits until its replica is synced. */
export async function join(page: Page, address: string, user: string): Promise<void> {
  await sharing(page);
  const form = page.getByRole('form', { name: 'Join a shared project' });
  await form.getByLabel('Project address').fill(address);
  await form.getByLabel('Account name').fill(user);
  await form.getByLabel('Password').fill(`${user}-pw`);
  await form.getByRole('button', { name: 'Join' }).click();
  await status(page).waitFor({ timeout: LONG });
  await synced(page);
}

/** Opens `title` in the transcript (the list may still be filling: generous wait). */
export async function openDocument(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^(Documents|اسناد)$/ })
    .click();
  const open = page.getByRole('button', { name: `Open ${title}`, exact: true });
  await open.waitFor({ timeout: LONG });
  await open.click();
  await page.locator('[role="document"] [data-para-text]').first().waitFor({ timeout: LONG });
}

/** Opens the quick picker with C and types the code's name; Enter (timed) is the caller's. */
export async function pickCode(page: Page, codeName: string): Promise<void> {
  await page.keyboard.press('c');
  const combobox = page.getByRole('dialog').getByRole('combobox');
  await combobox.waitFor({ timeout: 10_000 });
  await combobox.fill(codeName);
  await page
    .getByRole('option', { selected: true })
    .filter({ hasText: codeName })
    .waitFor({ timeout: 10_000 });
}

/** The open document's "… words · N codings" line, as shown (compared between A and B). */
export async function codingCount(page: Page): Promise<string> {
  return (
    (await page
      .getByText(/ codings$/)
      .first()
      .textContent()) ?? ''
  );
}
