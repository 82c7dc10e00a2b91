import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CodebookPage } from './pages/codebook-page';
import { DocumentsPage } from './pages/documents-page';

// Coding and reordering with the keyboard alone, and what a screen reader is told meanwhile.

const live = (page: Page) => page.locator('[data-live-announcer]');

/** The element holding the focus, as role and name, never <body>. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.getAttribute('role') ?? el.tagName.toLowerCase()}: ${el.getAttribute('aria-label') ?? ''}`;
  });
}

async function newProject(page: Page, name: string): Promise<void> {
  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  await expect(page.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  const projects = await app.goToProjects();
  await projects.create(name);
}

test('a caret moves into the middle of a paragraph and Shift+arrows select and code from it', async ({
  page,
}) => {
  await newProject(page, 'Keyboard');
  const docs = await DocumentsPage.open(page);
  const dir = mkdtempSync(join(tmpdir(), 'mazmun-keys-'));
  const file = join(dir, 'Keys.txt');
  writeFileSync(file, 'alpha beta gamma delta epsilon\n\nsecond paragraph here', 'utf8');
  await docs.importFiles([file]);
  const t = await docs.openDocument('Keys');

  // Opening the document puts the focus on its text.
  await expect(t.text).toBeFocused();

  // Ctrl+Right twice: the end of "beta"; Right: the start of "gamma" (offset 11).
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.transcript-caret')).toBeVisible();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  expect(await t.selectedText()).toBe('gamma');

  await t.codeWith('Trust');
  await expect(t.highlight(['Trust'])).toHaveText('gamma');
  await expect(live(page)).toHaveText('Coded with Trust');
  // Applying the picker gives the focus back to the text.
  await expect(t.text).toBeFocused();

  // The caret goes on from there: down to the next paragraph, Shift+Ctrl+Right selects a word.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+Control+ArrowRight');
  expect(await t.selectedText()).toBe('second');

  // Cancelling the picker gives the focus back to the text too.
  await page.keyboard.press('c');
  await expect(t.picker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(t.picker).toBeHidden();
  await expect(t.text).toBeFocused();

  // Ctrl+Z from the text undoes once (not twice: the app-wide shortcut stays out) and says so;
  // Ctrl+Shift+Z redoes.
  await page.keyboard.press('Control+z');
  await expect(t.highlight(['Trust'])).toHaveCount(0);
  await expect(live(page)).toContainText('Undone');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeEnabled();
  await page.keyboard.press('Control+Shift+z');
  await expect(t.highlight(['Trust'])).toHaveText('gamma');
  await expect(live(page)).toContainText('Redone');
  await expect(t.text).toBeFocused();

  // The Undo button: said too, and the focus is never dropped to <body>.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(t.highlight(['Trust'])).toHaveCount(0);
  await expect(live(page)).toContainText('Undone');
  await expect.poll(() => focused(page)).not.toBe('body');
});

test('a stripe is reached with Tab and Enter selects its coding', async ({ page }) => {
  await newProject(page, 'Stripe keys');
  const docs = await DocumentsPage.open(page);
  const dir = mkdtempSync(join(tmpdir(), 'mazmun-keys-'));
  const file = join(dir, 'Tabs.txt');
  writeFileSync(file, 'one two three four five', 'utf8');
  await docs.importFiles([file]);
  const t = await docs.openDocument('Tabs');
  await t.dragSelect('two three');
  await t.codeWith('Trust');
  await expect(t.text).toBeFocused();
  // Tab from the text: the paragraph's highlight first, then its stripe.
  await page.keyboard.press('Tab');
  await expect(t.highlight(['Trust'])).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(t.stripes('Trust')).toBeFocused();
  // Focus lights the passage up, like hover.
  await expect(t.highlight(['Trust'])).toHaveClass(/\bemph\b/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Codes of this passage' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toBeFocused();
  // A memo written there is marked in the margin; the mark opens the coding again.
  await dialog.getByRole('textbox', { name: 'Memo on Trust' }).fill('Said twice');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(t.text).toBeFocused();
  const mark = t.text.getByRole('button', { name: 'Memo on coding Trust: Said twice' });
  await expect(mark).toBeVisible();
  await mark.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('codes reorder among siblings with Alt+arrows, one undo step each, and it is said', async ({
  page,
}) => {
  await newProject(page, 'Reorder');
  const cb = await CodebookPage.open(page);
  await cb.create('Alpha');
  await cb.create('Beta');
  const names = () =>
    cb.tree
      .getByRole('treeitem')
      .evaluateAll((els) => els.map((el) => el.querySelector('.cb-code-name')?.textContent));
  await expect.poll(names).toEqual(['Alpha', 'Beta']);

  await cb.item('Beta').click();
  await cb.item('Beta').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(names).toEqual(['Beta', 'Alpha']);
  await expect(live(page)).toHaveText('Beta moved to position 1 of 2');
  // The moved code keeps the focus.
  await expect(cb.item('Beta')).toBeFocused();

  // At the top already: nothing moves, and that is said.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(live(page)).toHaveText('Beta cannot move further');
  await expect.poll(names).toEqual(['Beta', 'Alpha']);

  // One undo step puts it back.
  await page.keyboard.press('Control+z');
  await expect.poll(names).toEqual(['Alpha', 'Beta']);
  await expect.poll(() => focused(page)).not.toBe('body');
});

test('a code name typed with Arabic letters is offered the Persian ones', async ({ page }) => {
  await newProject(page, 'Letters');
  const cb = await CodebookPage.open(page);
  // كار with Arabic Kaf (U+0643).
  await page.getByLabel('New code name').fill('\u0643\u0627\u0631');
  const offer = page.getByRole('button', { name: 'Use Persian letters: \u06a9\u0627\u0631' });
  await expect(offer).toBeVisible();
  await offer.click();
  await expect(page.getByLabel('New code name')).toHaveValue('\u06a9\u0627\u0631');
  await expect(offer).toBeHidden();
  await page.getByRole('button', { name: 'Add top-level code' }).click();
  await expect(cb.item('\u06a9\u0627\u0631')).toBeVisible();
});

test('undo and redo from the Documents view are said, and the focus stays where it was', async ({
  page,
}) => {
  await newProject(page, 'Undo anywhere');
  const docs = await DocumentsPage.open(page);
  const dir = mkdtempSync(join(tmpdir(), 'mazmun-keys-'));
  const file = join(dir, 'Undo me.txt');
  writeFileSync(file, 'alpha beta gamma', 'utf8');
  await docs.importFiles([file]);
  await expect(docs.row('Undo me')).toHaveCount(1);

  await page.getByRole('button', { name: 'Rename Undo me' }).click();
  await page.getByRole('textbox', { name: 'New title for Undo me' }).fill('Renamed');
  await page.keyboard.press('Enter');
  const renamed = page.getByRole('button', { name: 'Open Renamed', exact: true });
  await expect(renamed).toBeVisible();

  // The app-wide shortcut (no view of its own takes it here): said with the transcript's words,
  // and the focused button keeps the focus through the change of its title.
  await renamed.focus();
  await page.keyboard.press('Control+z');
  const original = page.getByRole('button', { name: 'Open Undo me', exact: true });
  await expect(original).toBeVisible();
  await expect(live(page)).toHaveText('Undone: rename document “\u2068Undo me\u2069”');
  await expect(original).toBeFocused();
  await page.keyboard.press('Control+Shift+z');
  await expect(renamed).toBeVisible();
  await expect(live(page)).toHaveText('Redone: rename document “\u2068Undo me\u2069”');
  await expect(renamed).toBeFocused();

  // Undoing the import takes the focused row away: the focus lands somewhere, never on <body>.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(docs.row('Undo me')).toHaveCount(0);
  await expect(live(page)).toContainText('Undone: add documents');
  await expect.poll(() => focused(page)).not.toBe('body');
});

test('the code picker keeps the typed match when options slide under a resting pointer', async ({
  page,
}) => {
  await newProject(page, 'Resting pointer');
  const docs = await DocumentsPage.open(page);
  const dir = mkdtempSync(join(tmpdir(), 'mazmun-keys-'));
  const file = join(dir, 'Pointer.txt');
  writeFileSync(file, 'one two three four five six', 'utf8');
  await docs.importFiles([file]);
  const t = await docs.openDocument('Pointer');
  // 'Trust' first: typed with 'Trusted' already there, Enter would apply the prefix match.
  await t.dragSelect('one');
  await t.codeWith('Trust');
  await t.dragSelect('two');
  await t.codeWith('Trusted');

  await t.dragSelect('four');
  await page.keyboard.press('c');
  await expect(t.picker).toBeVisible();
  const options = t.picker.getByRole('option');
  // Most recent first: Trusted, Trust. A pointer that moves over an option takes the highlight.
  await expect(options).toHaveText([/^Trusted/, /^Trust(?!ed)/]);
  const second = await options.nth(1).boundingBox();
  await page.mouse.move(second!.x + 10, second!.y + second!.height / 2, { steps: 3 });
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');

  // Typing narrows the list under the pointer, which rests: the browser reports it over the
  // option now there ("Trusted"), without movement. The typed match keeps the highlight.
  await t.picker.getByRole('combobox').fill('Trust');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await options.nth(1).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const at = { bubbles: true, clientX: r.left + 10, clientY: r.top + r.height / 2 };
    el.dispatchEvent(new MouseEvent('mouseover', at));
    el.dispatchEvent(new MouseEvent('mousemove', { ...at, movementX: 0, movementY: 0 }));
  });
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(t.picker).toBeHidden();
  await expect(t.highlight(['Trust'])).toHaveCount(2);
  await expect(t.highlight(['Trusted'])).toHaveCount(1);
});
