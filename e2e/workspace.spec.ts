import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { WorkspacePage } from './pages/workspace-page';

// The coding workspace alone: import, code by keyboard and by drag, activate, move a coding,
// resize and collapse, reload, F6, axe in both languages; then the README screenshots.

const DOCS = {
  'Interview Tabriz':
    'Trade across the border grew after the corridor opened.\n\nTrucks still wait for hours at customs.',
  'Interview Baku': 'Energy deals matter more than trade.\n\nThe pipeline is the real bond.',
  'Field notes': 'Nobody spoke about the border that day.',
};

function writeDocs(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'mazmun-ws-'));
  return Object.entries(DOCS).map(([title, text]) => {
    const path = join(dir, `${title}.txt`);
    writeFileSync(path, text, 'utf8');
    return path;
  });
}

async function axeClean(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).include('.ws').analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
}

async function freshProject(page: Page, name: string): Promise<WorkspacePage> {
  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  // First launch imports and opens the sample study; wait for it, or it takes the view back.
  await expect(page.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  await (await app.goToProjects()).create(name);
  const ws = new WorkspacePage(page);
  // A new project opens in the workspace.
  await expect(ws.pane('codes')).toBeVisible();
  return ws;
}

test('code in the workspace: keyboard, drag, activation, moving a coding, layout kept', async ({
  page,
}) => {
  const ws = await freshProject(page, 'Workspace study');
  await ws.importFiles(writeDocs());
  await expect(ws.documentList.getByRole('listitem')).toHaveCount(3);

  // F6 from nowhere lands in the documents pane, then the text of the open transcript.
  const tabriz = await ws.openDocument('Interview Tabriz');
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('F6');
  expect(await ws.focusedPane()).toBe('documents');
  await page.keyboard.press('F6');
  await expect(tabriz.text).toBeFocused();

  // Code from the keyboard: Shift+arrows select "Trade", C opens the picker, a new code is made.
  for (let i = 0; i < 'Trade'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('c');
  await expect(tabriz.picker).toBeVisible();
  await tabriz.picker.getByRole('combobox').fill('Trade');
  await page.keyboard.press('Enter');
  await expect(tabriz.highlight(['Trade'])).toHaveText('Trade');
  await tabriz.dragSelect('Trucks still wait for hours');
  await tabriz.codeWith('Customs');
  await expect(tabriz.highlight(['Customs'])).toHaveText('Trucks still wait for hours');

  // Code by drag: a code from the code system dropped on a selection in another document.
  const baku = await ws.openDocument('Interview Baku');
  await baku.dragSelect('Energy deals');
  await ws.codeRow('Trade').dragTo(baku.text);
  await expect(baku.highlight(['Trade'])).toHaveText('Energy deals');
  await expect(ws.codeRow('Trade')).toContainText('2');

  // Activate two codes and two documents: their three segments, and none from elsewhere.
  await ws.activateCode('Trade');
  await ws.activateCode('Customs');
  await expect(ws.pane('segments')).toContainText('Activate at least one document');
  await ws.activateDocument('Interview Tabriz');
  await ws.activateDocument('Interview Baku');
  await expect(ws.segmentList.getByRole('listitem')).toHaveCount(3);
  await expect(ws.segmentList).toContainText('Trucks still wait for hours');
  await expect(ws.segmentList).toContainText('Energy deals');

  // Drag the Customs coding onto Trade: it moves (one undo step brings it back).
  const chip = ws.segmentList.getByTitle(/move this coding \(Customs\)/);
  await chip.dragTo(ws.codeRow('Trade'));
  await expect(ws.codeRow('Trade')).toContainText('3');
  await expect(ws.codeRow('Customs')).toContainText('0');
  await page.keyboard.press('Control+z');
  await expect(ws.codeRow('Customs')).toContainText('1');
  await expect(ws.codeRow('Trade')).toContainText('2');
  // The same by keyboard: press the chip, then "Move here" on the code; focus stays on that row.
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(ws.pane('codes').getByRole('status')).toContainText('Moving a coding of Customs');
  await ws.codeRow('Trade').getByRole('button', { name: 'Move here: Trade' }).focus();
  await page.keyboard.press('Enter');
  await expect(ws.codeRow('Trade')).toContainText('3');
  await expect(ws.codeList.getByRole('checkbox', { name: 'Activate Trade' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(ws.codeRow('Trade')).toContainText('2');

  // The filter finds a code; the separator resizes by keyboard; a pane collapses.
  await ws.codeFilter.fill('cust');
  await expect(ws.codeList.getByRole('listitem')).toHaveCount(1);
  await ws.codeFilter.fill('');
  const side = ws.separator(/^Width of the side column$/);
  const before = Number(await side.getAttribute('aria-valuenow'));
  await side.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(side).toHaveAttribute('aria-valuenow', String(before + 32));
  await ws.toggle('segments');
  await expect(ws.segmentList).toBeHidden();
  await axeClean(page);

  // Reload: the layout is the project's (settings), the transcript reopens.
  await page.waitForTimeout(600); // the layout is saved 250 ms after the last change
  await page.reload();
  await expect(ws.pane('codes')).toBeVisible();
  await expect(side).toHaveAttribute('aria-valuenow', String(before + 32));
  await expect(
    ws.pane('segments').getByRole('button', { name: 'Retrieved segments' }),
  ).toHaveAttribute('aria-expanded', 'false');
  await ws.toggle('segments');
  // The activation is the project's too: the same two codes in the same two documents.
  await expect(ws.codeList.getByRole('checkbox', { name: 'Activate Trade' })).toBeChecked();
  await expect(ws.segmentList.getByRole('listitem')).toHaveCount(3);

  // A document set limits the segments (the set scope the report and charts share).
  const sets = ws.pane('documents').getByRole('region', { name: 'Document sets' });
  await sets.getByRole('button', { name: 'New set' }).click();
  const form = sets.getByRole('form', { name: 'New set' });
  await form.getByLabel('Name of the set').fill('Baku only');
  // The form starts from the activated documents: Tabriz is taken out.
  await form.getByRole('checkbox', { name: 'Interview Tabriz' }).uncheck();
  await form.getByRole('checkbox', { name: 'Interview Baku' }).check();
  await form.getByRole('button', { name: 'Create set' }).click();
  const scope = ws.pane('segments').getByRole('combobox', { name: 'Documents' });
  await scope.selectOption({ label: 'Set: Baku only (1)' });
  await expect(ws.segmentList.getByRole('listitem')).toHaveCount(1);
  await expect(ws.segmentList).toContainText('Energy deals');
  await page.screenshot({ path: test.info().outputPath('segments-set-scope.png') });
  await axeClean(page);
  await scope.selectOption({ label: 'All documents' });
  await expect(ws.segmentList.getByRole('listitem')).toHaveCount(3);

  // F6 goes round the four panes, Shift+F6 back.
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  const order: (string | null)[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('F6');
    order.push(await ws.focusedPane());
  }
  expect(order).toEqual(['documents', 'transcript', 'codes', 'segments', 'documents']);
  await page.keyboard.press('Shift+F6');
  expect(await ws.focusedPane()).toBe('segments');

  // Documents in the navigation reaches the list while a transcript is open.
  await page.getByRole('navigation').getByRole('button', { name: 'Documents' }).click();
  await expect(page.getByRole('heading', { name: 'Documents', level: 1 })).toBeVisible();

  await new AppPage(page).switchLanguage('fa');
  await WorkspacePage.open(page);
  await axeClean(page);
});

// The README's and docs/workspace.md's pictures: the sample study with a transcript open and two
// codes activated, in both languages at a laptop's and a small screen's size.
test('screenshots of the workspace on the sample study', async ({ page }) => {
  const app = await AppPage.open(page);
  await expect(page.getByLabel(/Current project|پروژهٔ کنونی/)).toContainText(/آذربایجان/, {
    timeout: 30_000,
  });
  await app.switchLanguage('en');
  const ws = await WorkspacePage.open(page);
  await ws.openDocument('1. دکتر محمدجواد ظریف');
  // The transcript's code list counts as the code system does: with subcodes by default. In
  // fixtures/azerbaijan/codings.csv, 01.txt has 2 codings of each of the 5 basic themes under
  // تعامل در امور اقتصادی (10) and of all 13 under انگیزشی (26), none of their own.
  const side = ws.pane('transcript').getByRole('list', { name: 'Codes in this document' });
  const count = (name: string) =>
    side.getByRole('listitem').filter({ hasText: name }).first().locator('.count');
  await expect(count('تعامل در امور اقتصادی')).toHaveText('10');
  await expect(count('انگیزشی')).toHaveText('26');
  const subtree = ws.pane('codes').getByRole('checkbox', { name: /^Counts include subcodes/ });
  await subtree.uncheck();
  await expect(count('تعامل در امور اقتصادی')).toHaveText('0');
  await subtree.check();
  await expect(count('انگیزشی')).toHaveText('26');
  await ws.activateCode('همکاری در حوزه حمل و نقل');
  await ws.activateCode('همکاری در حوزه صنعت و تجارت');
  await ws.pane('documents').getByRole('button', { name: 'Activate all' }).click();
  await expect(ws.segmentList.getByRole('listitem').first()).toBeVisible();
  const dir = process.env.MAZMUN_SCREENSHOT_DIR ?? 'docs/screenshots';
  for (const locale of ['en', 'fa'] as const) {
    await app.switchLanguage(locale);
    for (const [w, h] of [
      [1440, 900],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(dir, `workspace-${locale}-${w}x${h}.png`) });
      // Names never wrap: every code and document row is one line high, however long its name.
      const heights = await page
        .locator('.ws-row-name')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThan(16);
      expect(Math.max(...heights)).toBeLessThan(40);
    }
  }
  // A large screen, for the eye only (test output, not the docs).
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: test.info().outputPath('workspace-fa-1920x1080.png') });
});
