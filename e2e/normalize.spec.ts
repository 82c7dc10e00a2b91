import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CodebookPage } from './pages/codebook-page';
import { DocumentsPage } from './pages/documents-page';

// Issue 11, item 3: "Normalize Persian text…" on a document typed with Arabic ي/ك and a
// tatweel; its codings stay on the same words, and one undo brings the text back.
const TITLE = 'Arabic letters';
const TEXT = 'علي كتاب مـهم را خواند و به خانه رفت.';
const NORMAL = 'علی کتاب مهم را خواند و به خانه رفت.';

test('normalize a document with ي/ك: codings stay on their words, undo restores it', async ({
  page,
}) => {
  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  await expect(page.getByLabel(/Current project/)).toContainText(/آذربایجان/, { timeout: 30_000 });
  await (await app.goToProjects()).create('Normalize study');
  const docs = await DocumentsPage.open(page);
  await page.getByRole('button', { name: 'Paste text as a new document' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste text as a new document' });
  await paste.getByLabel('Title (optional)').fill(TITLE);
  await paste.getByLabel('Text', { exact: true }).fill(TEXT);
  await paste.getByRole('button', { name: 'Create document' }).click();

  // Two codings: one on a word with Arabic ك, one after the tatweel (its offsets move).
  let t = await docs.openDocument(TITLE);
  await t.dragSelect('علي كتاب');
  await t.codeWith('Books');
  await t.dragSelect('خواند');
  await t.codeWith('Reading');
  await expect(t.highlight(['Books'])).toHaveText('علي كتاب');
  await expect(t.highlight(['Reading'])).toHaveText('خواند');

  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Documents$/ })
    .click();
  await expect(docs.heading).toBeVisible();
  await docs
    .row(TITLE)
    .getByRole('button', { name: `Normalize the Persian text of ${TITLE}` })
    .click();
  const dialog = page.getByRole('dialog', { name: `Normalize the Persian text of “${TITLE}”` });
  const status = dialog.getByRole('status');
  // Counted by hand: ي and ك (2 letters), one tatweel.
  await expect(status).toContainText('3 changes:');
  await expect(status).toContainText('2 × Arabic ي/ك made Persian ی/ک');
  await expect(status).toContainText('1 × tatweel (kashida) removed');
  const axe = await new AxeBuilder({ page }).include('.text-check-dialog').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.screenshot({ path: 'test-results-perf/screens/normalize-preview.png' });
  await dialog.getByRole('button', { name: 'Normalize', exact: true }).click();
  await expect(status).toContainText('Normalized: 3 changes, 1 codings moved.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  t = await docs.openDocument(TITLE);
  await expect(t.text).toContainText(NORMAL);
  await expect(t.highlight(['Books'])).toHaveText('علی کتاب');
  await expect(t.highlight(['Reading'])).toHaveText('خواند');
  await page.screenshot({ path: 'test-results-perf/screens/normalize-after.png' });

  // One undo step: the text as typed, the codings where they were.
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Documents$/ })
    .click();
  await expect(docs.heading).toBeVisible();
  await page.keyboard.press('Control+z');
  t = await docs.openDocument(TITLE);
  await expect(t.text).toContainText(TEXT);
  await expect(t.highlight(['Books'])).toHaveText('علي كتاب');
  await expect(t.highlight(['Reading'])).toHaveText('خواند');
});

test('code names typed with Arabic ي/ك: listed before and after, normalized at once, one undo', async ({
  page,
}) => {
  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  await expect(page.getByLabel(/Current project/)).toContainText(/آذربایجان/, { timeout: 30_000 });
  await (await app.goToProjects()).create('Code names study');
  const book = await CodebookPage.open(page);
  // Typed with Arabic letters (the Persian letters are offered, not forced: kept as typed).
  await book.create('همكاري');
  await book.create('Trade');
  await page.getByRole('button', { name: 'Normalize code names…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Normalize the Persian letters of code names' });
  await expect(dialog.getByRole('status')).toContainText('1 code names will change:');
  await expect(dialog.getByRole('listitem')).toHaveText('همكاري → همکاری');
  expect(
    (await new AxeBuilder({ page }).include('.text-check-dialog').analyze()).violations,
  ).toEqual([]);
  await dialog.getByRole('button', { name: 'Normalize', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('1 code names normalized.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(book.item('همکاری')).toBeVisible();
  await expect(book.item('همكاري')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(book.item('همكاري')).toBeVisible();
  await expect(book.item('Trade')).toBeVisible();
});
