// Two windows on one project (issue 12, item 9): undo, redo and the code picker check the
// database, refuse what would overwrite or dangle, and say so where the researcher looks.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CodebookPage } from './pages/codebook-page';
import { DocumentsPage } from './pages/documents-page';

const TITLE = 'Interview at the border';
const TEXT =
  'Trust between the two customs offices matters more than any tariff. Security at the border is everyone’s concern.';

/** Two pages of one browser (one IndexedDB) with a fresh project open in both, in English. */
async function twoWindows(
  context: BrowserContext,
  project: string,
): Promise<{ first: Page; second: Page }> {
  const first = await context.newPage();
  const app = await AppPage.open(first);
  await app.switchLanguage('en');
  // First launch imports the sample study and opens it; wait, or it takes the view back.
  await expect(first.getByLabel('Current project')).toContainText(/آذربایجان/, {
    timeout: 30_000,
  });
  const projects = await app.goToProjects();
  await projects.create(project);
  await expect(first.getByLabel('Current project')).toContainText(project);
  const second = await context.newPage();
  await AppPage.open(second);
  await expect(second.getByLabel('Current project')).toContainText(project);
  return { first, second };
}

test('undo in one window does not revert a rename made in the other', async ({ context }) => {
  const { first, second } = await twoWindows(context, 'Undo across windows');
  const book1 = await CodebookPage.open(first);
  const book2 = await CodebookPage.open(second);
  await book1.create('Trade');
  await book1.rename('Trade', 'Commerce');
  await expect(book2.item('Commerce')).toBeVisible();
  await book2.rename('Commerce', 'Exchange');
  await expect(book1.item('Exchange')).toBeVisible();

  // Window one's last step is its rename to "Commerce": undoing it now would silently throw
  // away window two's newer name.
  await first.getByRole('button', { name: 'Undo', exact: true }).click();
  const alert = first.getByRole('alert');
  // One alert, app-wide, with its Close button.
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText(
    'The code "Exchange" was changed in another window; undo was not applied.',
  );
  await expect(book1.item('Exchange')).toBeVisible();
  await expect(book1.item('Trade')).toHaveCount(0);
  await expect(book2.item('Exchange')).toBeVisible();
  // The same refusal in Persian.
  await new AppPage(first).switchLanguage('fa');
  await expect(alert).toContainText('در پنجرهٔ دیگری تغییر کرده است؛ واگرد انجام نشد.');
  await expect(alert).toContainText('Exchange');
  await new AppPage(first).switchLanguage('en');

  // Window two opens the rename box; window one renames meanwhile: last writer does not win.
  await book2.select('Exchange');
  await book2.detail.getByRole('button', { name: 'Rename' }).click();
  const box = book2.tree.getByRole('textbox');
  await expect(box).toHaveValue('Exchange');
  await book1.rename('Exchange', 'Barter');
  await expect(book2.item('Barter')).toBeVisible();
  await box.fill('Swap');
  await box.press('Enter');
  await expect(second.getByRole('alert')).toHaveText(
    'The code "Exchange" was changed in another window; your view has been refreshed.',
  );
  await expect(book2.item('Barter')).toBeVisible();
  await expect(book2.item('Swap')).toHaveCount(0);
  await expect(book1.item('Barter')).toBeVisible();
});

test('a deleted code is not re-created by the other window’s picker or redo; a stale rename box is refused', async ({
  context,
}) => {
  const { first, second } = await twoWindows(context, 'Deletes across windows');
  const dir = mkdtempSync(join(tmpdir(), 'mazmun-two-windows-'));
  const file = join(dir, `${TITLE}.txt`);
  writeFileSync(file, TEXT, 'utf8');
  const docs = await DocumentsPage.open(first);
  await docs.importFiles([file]);
  await expect(docs.row(TITLE)).toBeVisible();
  const book1 = await CodebookPage.open(first);
  await book1.create('Trade');
  await book1.create('Security');
  const book2 = await CodebookPage.open(second);
  await expect(book2.item('Security')).toBeVisible();

  // 1. The picker is open on "Trade" in window one when window two deletes the code.
  const t = await (await DocumentsPage.open(first)).openDocument(TITLE);
  await t.dragSelect('Trust between the two customs offices');
  await first.keyboard.press('c');
  await expect(t.picker).toBeVisible();
  await t.picker.getByRole('combobox').fill('Trade');
  await expect(t.picker.getByRole('option', { name: 'Trade', exact: true })).toBeVisible();
  const dialog = await book2.delete('Trade');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(book2.item('Trade')).toHaveCount(0);
  await expect(t.picker.getByRole('alert')).toHaveText(
    '“Trade” was deleted in another window; it is not created again here.',
  );
  // Enter where "Trade" was creates nothing.
  await expect(t.picker.getByRole('option')).toHaveCount(0);
  await first.screenshot({ path: 'test-results/screens/two-windows-picker-deleted.png' });
  await first.keyboard.press('Enter');
  await first.keyboard.press('Escape');
  await expect(t.picker).toBeHidden();
  await expect(t.highlightsWith('Trade')).toHaveCount(0);
  await expect(book2.item('Trade')).toHaveCount(0);

  // 2. Window one codes with "Security" and undoes it; window two deletes "Security"; a redo
  // in window one would put back a coding on a code that is gone.
  await t.dragSelect('Security at the border');
  await t.codeWith('Security');
  await expect(t.highlight(['Security'])).toHaveText('Security at the border');
  await first.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(t.highlight(['Security'])).toHaveCount(0);
  const dialog2 = await book2.delete('Security');
  await dialog2.getByRole('button', { name: 'Delete' }).click();
  await expect(book2.item('Security')).toHaveCount(0);
  await first.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(first.getByRole('alert')).toContainText(
    'The code "Security" was deleted in another window; redo was not applied.',
  );
  await expect(t.highlightsWith('Security')).toHaveCount(0);
  // The coding count in the header and a fresh look at the codebook agree: nothing dangles.
  await expect(first.locator('.transcript-head')).toContainText('0 codings');
  await first.screenshot({ path: 'test-results/screens/two-windows-redo-refused.png' });
  const again = await CodebookPage.open(first);
  await expect(again.item('Security')).toHaveCount(0);
  await expect(again.item('Trade')).toHaveCount(0);

  // 3. A document renamed in window one while window two's rename box is open on it.
  const list2 = await DocumentsPage.open(second);
  await second.getByRole('button', { name: `Rename ${TITLE}` }).click();
  const box = second.getByRole('textbox', { name: /^New title for / });
  await expect(box).toHaveValue(TITLE);
  // Documents in the navigation always shows the list (the transcript stays in the workspace).
  await first.getByRole('navigation').getByRole('button', { name: 'Documents' }).click();
  const list1 = new DocumentsPage(first);
  await expect(list1.heading).toBeVisible();
  await first.getByRole('button', { name: `Rename ${TITLE}` }).click();
  await first.getByRole('textbox', { name: `New title for ${TITLE}` }).fill('Border talk');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(list1.row('Border talk')).toBeVisible();
  await box.fill('Customs interview');
  await second.getByRole('button', { name: 'Save' }).click();
  await expect(second.getByRole('alert')).toHaveText(
    `The document "${TITLE}" was changed in another window; your view has been refreshed.`,
  );
  await expect(list2.row('Border talk')).toBeVisible();
  await expect(list2.row('Customs interview')).toHaveCount(0);
});
