import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CasesPage } from './pages/cases-page';
import { CodebookPage } from './pages/codebook-page';
import { RetrievalPage } from './pages/retrieval-page';

async function newProject(page: Page, name: string): Promise<AppPage> {
  const app = await AppPage.open(page);
  // The first launch imports and opens the sample study; wait for it, or it takes the view back.
  await expect(
    page.getByRole('navigation').getByRole('button', { name: /^(Codebook|کتاب کد)$/ }),
  ).toBeEnabled();
  const projects = await app.goToProjects();
  await projects.create(name);
  await expect(page.locator('.topbar')).toContainText(name);
  return app;
}

test('a theme hierarchy built by drag-and-drop survives a reload', async ({ page }) => {
  await newProject(page, 'Codebook study');
  let cb = await CodebookPage.open(page);
  for (const name of ['Economy', 'Trade', 'Transport', 'Culture', 'Shared faith', 'Stray']) {
    await cb.create(name);
  }
  // Trade and Transport under Economy; Shared faith under Culture; Economy under a new global.
  const dragInto = async (from: string, to: string, level: string) => {
    await cb.drag(from, to);
    await expect(cb.item(from)).toHaveAttribute('aria-level', level);
  };
  await dragInto('Trade', 'Economy', '2');
  await dragInto('Transport', 'Economy', '2');
  await dragInto('Shared faith', 'Culture', '2');
  await cb.create('Diplomacy');
  await dragInto('Economy', 'Diplomacy', '2');
  await dragInto('Culture', 'Diplomacy', '2');
  await expect
    .poll(() => cb.outline())
    .toEqual([
      'Stray:1',
      'Diplomacy:1',
      'Economy:2',
      'Trade:3',
      'Transport:3',
      'Culture:2',
      'Shared faith:3',
    ]);
  // Levels read from the tree's shape.
  await expect(cb.item('Diplomacy')).toContainText('global');
  await expect(cb.item('Economy')).toContainText('organizing');
  await expect(cb.item('Trade')).toContainText('basic');

  // Reorder by dropping between: Transport before Trade.
  // The drop is written to the store and re-rendered asynchronously: poll the outline.
  await cb.drag('Transport', 'Trade', 'before');
  await expect
    .poll(async () => (await cb.outline()).slice(3, 5))
    .toEqual(['Transport:3', 'Trade:3']);

  await cb.rename('Stray', 'Misc');
  await cb.recolour('Misc', 'Vermilion');
  await expect(cb.detail.getByRole('radio', { name: 'Vermilion' })).toHaveAttribute(
    'aria-checked',
    'true',
  );

  // Merge Misc into Trade: Misc disappears.
  await cb.merge('Misc', 'Trade');
  await expect(cb.item('Misc')).toHaveCount(0);

  // Delete asks first, naming what goes.
  const dialog = await cb.delete('Shared faith');
  await expect(dialog).toContainText('0 sub-codes and 0 codings');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(cb.item('Shared faith')).toHaveCount(0);

  // Move Culture to the top level by dropping it on the root area, then undo with Ctrl+Z.
  await cb.dragToRoot('Culture');
  await expect(cb.item('Culture')).toHaveAttribute('aria-level', '1');
  await cb.item('Economy').click();
  await page.keyboard.press('Control+z');
  await expect(cb.item('Culture')).toHaveAttribute('aria-level', '2');

  // Keyboard: ArrowLeft on an open theme closes it, ArrowRight opens it again.
  await cb.item('Diplomacy').click();
  await page.keyboard.press('ArrowLeft');
  await expect(cb.item('Diplomacy')).toHaveAttribute('aria-expanded', 'false');
  await expect(cb.item('Economy')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(cb.item('Economy')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(cb.item('Economy')).toBeFocused();

  const before = await cb.outline();
  await page.reload();
  await AppPage.open(page);
  cb = await CodebookPage.open(page);
  await expect.poll(() => cb.outline()).toEqual(before);
  expect(before).toEqual(['Diplomacy:1', 'Economy:2', 'Transport:3', 'Trade:3', 'Culture:2']);
});

test('the sample study: codebook counts, retrieval, cases', async ({ page }) => {
  const app = await AppPage.open(page);
  // First launch opens the sample study.
  await expect(page.locator('.topbar .project-name')).not.toHaveText('');
  const cb = await CodebookPage.open(page);
  await expect(page.getByText('2 global · 6 organizing · 25 basic themes')).toBeVisible();
  const globals = cb.tree.locator('[role="treeitem"][aria-level="1"]');
  await expect(globals).toHaveCount(2);
  await expect(globals.nth(0).getByLabel('166 references')).toBeVisible();
  await expect(globals.nth(1).getByLabel('141 references')).toBeVisible();
  await expect(cb.tree.locator('[aria-level="3"]')).toHaveCount(25);

  // Persian-aware search: Arabic ي finds Persian ی.
  await page.getByLabel('Search codes').fill('همكاري در حوزه حمل');
  await expect(cb.tree.getByRole('treeitem')).toHaveCount(3);
  await page.getByLabel('Search codes').fill('');
  await cb.item('همکاری در حوزه حمل و نقل').click();
  const refs = Number(await cb.detail.locator('dd').nth(1).innerText());
  expect(refs).toBeGreaterThan(0);
  await app.screenshot('codebook-en');

  const ret = await RetrievalPage.open(page);
  await ret.choose('همکاری در حوزه حمل و نقل');
  await expect(ret.status).toContainText(/\d+ passages in \d+ documents/);
  const [, shown] = /^(\d+) passages/.exec(await ret.status.innerText()) ?? [];
  const count = Number(shown);
  // Identical passages coded twice are one passage; never more passages than references.
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(refs);
  await expect(ret.passages).toHaveCount(count);
  // Each passage names its document ("1. دکتر محمدجواد ظریف") and emphasises the coded text.
  await expect(ret.passages.first()).toContainText(/^\s*\d+\. /);
  await expect(ret.passages.first().locator('mark')).not.toBeEmpty();
  await app.screenshot('retrieval-en');

  const cases = await CasesPage.open(page);
  await expect(cases.bodyRows).toHaveCount(16);
  await expect(cases.cell('year', 'دکتر محمدجواد ظریف')).toHaveText('1400');
  // A bad value keeps the editor open with a reason; a good one is saved.
  const box = await cases.edit('year', 'دکتر محمدجواد ظریف', '14x0');
  await expect(page.getByRole('alert')).toContainText('Enter a year');
  await box.fill('۱۴۰۲');
  await box.press('Enter');
  await expect(cases.cell('year', 'دکتر محمدجواد ظریف')).toHaveText('1402');
  await cases.addColumn('age', 'number');
  await expect(cases.table.getByRole('columnheader', { name: /age/ })).toBeVisible();
  await cases.edit('age', 'محسن پاک آیین', '۶۱');
  await expect(cases.cell('age', 'محسن پاک آیین')).toHaveText('61');
  await app.screenshot('cases-en');

  await app.switchLanguage('fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(cases.cell('year', 'سید عباس موسوی')).toHaveText('۱۴۰۰');
  await expect(cases.table).toContainText('۱۴۰۳');
  await expect(cases.cell('age', 'محسن پاک آیین')).toHaveText('۶۱');
  await app.screenshot('cases-fa');
  await RetrievalPage.open(page);
  await ret.choose('همکاری در حوزه حمل و نقل');
  await app.screenshot('retrieval-fa');
  await CodebookPage.open(page);
  await cb.item('انگیزشی').click();
  await app.screenshot('codebook-fa');
});
