import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ReportPage } from './pages/report-page';

// The memo manager (issue 13.5): memo a code, find the memo by search, open its target, reload.
const SHOTS = 'test-results-memos/screens';
const TITLE = 'Corridor memo';

const memosTable = (page: Page) =>
  page.getByRole('table', { name: /^(Memos of the project|یادداشت‌های پروژه)$/ });

async function openMemos(page: Page): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^(Memos|یادداشت‌ها)$/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Memos|یادداشت‌ها)$/ })).toBeVisible();
}

async function axeClean(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).include('.mm-view').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test('memo a code, find it by search, open its code, and find it again after a reload', async ({
  page,
}) => {
  const app = await AppPage.open(page);
  await new ReportPage(page).expectLoaded();
  await app.switchLanguage('en');
  await openMemos(page);

  // A new memo on a code: the first code of the sample's codebook.
  await page.getByLabel('On', { exact: true }).selectOption('code');
  const which = page.getByLabel('Which one');
  const codeName = (await which.locator('option').nth(1).textContent())?.trim() ?? '';
  expect(codeName).not.toBe('');
  await which.selectOption({ index: 1 });
  await page.getByLabel('Title', { exact: true }).last().fill(TITLE);
  await page.getByRole('button', { name: 'Create memo' }).click();
  await expect(page.getByText('Memo created.')).toBeVisible();

  // The editor opens on it: write the text (Arabic ك and ي, as pasted from another tool).
  const editor = page.getByRole('region', { name: /^Memo on/ });
  await expect(editor).toBeVisible();
  await editor.getByLabel('Text').fill('The Nakhchivan corridor: كريدور\nSecond line');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByText('Memo saved.')).toBeVisible();

  // Found by search, with Persian letters and a different letter case.
  const search = page.getByRole('searchbox', { name: 'Search memos' });
  await search.fill('کریدور NAKHCHIVAN');
  const rows = memosTable(page).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(TITLE);
  await expect(rows.first()).toContainText(codeName);
  await expect(rows.first()).toContainText('The Nakhchivan corridor: كريدور');
  // The kind filter: only project memos hides it.
  await page.getByRole('checkbox', { name: /^Project \(/ }).check();
  await expect(rows).toHaveCount(0);
  await page.getByRole('checkbox', { name: /^Project \(/ }).uncheck();
  await expect(rows).toHaveCount(1);
  await axeClean(page);
  await page.screenshot({ path: `${SHOTS}/memos-en.png`, fullPage: true });

  await app.switchLanguage('fa');
  await expect(page.getByRole('heading', { level: 1, name: 'یادداشت‌ها' })).toBeVisible();
  await axeClean(page);
  await page.screenshot({ path: `${SHOTS}/memos-fa.png`, fullPage: true });
  await app.switchLanguage('en');

  // A coded passage's memo opens its document's text.
  await search.fill('');
  await page.getByRole('checkbox', { name: /^Coded passage \(/ }).check();
  const passageRow = rows.first();
  const passageTarget = (await passageRow.locator('td').nth(1).innerText()).split(' · ')[1] ?? '';
  expect(passageTarget).not.toBe('');
  await passageRow.getByRole('button', { name: /^Open the target of/ }).click();
  await expect(
    page.getByRole('document', { name: new RegExp(`^Text of ${passageTarget.trim()}`) }),
  ).toBeVisible();
  await openMemos(page);
  await page.getByRole('searchbox', { name: 'Search memos' }).fill('corridor');

  // Open the target: the codebook, with the code selected.
  await page.getByRole('button', { name: `Open the target of “${TITLE}”` }).click();
  await expect(page.getByRole('treeitem', { name: codeName, exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  // After a reload the memo is still there and still found.
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  await openMemos(page);
  await page.getByRole('searchbox', { name: 'Search memos' }).fill('corridor');
  await expect(memosTable(page).locator('tbody tr')).toHaveCount(1);
  await expect(memosTable(page).locator('tbody tr').first()).toContainText(TITLE);
});
