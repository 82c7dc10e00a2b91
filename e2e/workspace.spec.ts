import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { intersects, WorkspacePage } from './pages/workspace-page';

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
  // A Latin name in the English interface is read in the page's language (no lang of its own).
  await expect(ws.codeRow('Trade').locator('.ws-row-name')).not.toHaveAttribute('lang', /./);

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
  // In the Persian interface the Latin code name carries its own language (WCAG 3.1.2).
  await expect(ws.codeRow('Trade').locator('.ws-row-name')).toHaveAttribute('lang', 'en');
  await axeClean(page);
});

// Issue 13's "a workspace a researcher can live in all day", at a small laptop's 1280×720 on the
// sample study (Persian): one list of codes, the popover beside its passage, focus never on
// <body>, a document filter, a code's memo found in the memo manager.
test('a day in the workspace at 1280×720: room, popover, focus, filter, code memo', async ({
  page,
}) => {
  // A long walk through the workspace on a machine shared with other runs.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = await AppPage.open(page);
  await expect(page.getByLabel(/Current project|پروژهٔ کنونی/)).toContainText(/آذربایجان/, {
    timeout: 30_000,
  });
  await app.switchLanguage('en');
  const ws = await WorkspacePage.open(page);
  const zarif = await ws.openDocument('1. دکتر محمدجواد ظریف');

  // One list of codes, the code system's: the transcript has no Codes column of its own, and the
  // text takes most of its pane.
  await expect(page.getByRole('list', { name: 'Codes in this document' })).toHaveCount(0);
  await expect(ws.pane('transcript').locator('.side-codes')).toHaveCount(0);
  const room = await page.evaluate(() => ({
    pane: document.querySelector('[data-pane="transcript"]')!.getBoundingClientRect().width,
    text: document.querySelector('.para-text')!.getBoundingClientRect().width,
  }));
  // Measured: 389 of 747 px (with the column: about 280).
  expect(room.text, JSON.stringify(room)).toBeGreaterThan(room.pane * 0.5);

  // What the column counted is in the code system: each code's passages in the open document,
  // with subcodes by default. In fixtures/azerbaijan/codings.csv, 01.txt has 2 codings of each of
  // the 5 basic themes under تعامل در امور اقتصادی (10) and of all 13 under انگیزشی (26), none of
  // their own.
  await expect(ws.here('تعامل در امور اقتصادی')).toHaveText('10');
  await expect(ws.here('انگیزشی')).toHaveText('26');
  const subtree = ws.pane('codes').getByRole('checkbox', { name: /^Counts include subcodes/ });
  await subtree.uncheck();
  await expect(ws.here('تعامل در امور اقتصادی')).toHaveCount(0);
  await subtree.check();
  await expect(ws.here('انگیزشی')).toHaveText('26');
  // Pressed, it goes to the code's next passage in the text.
  await ws.here('انگیزشی').click();
  await expect(zarif.text.locator('mark.flash, .hl.flash').first()).toBeVisible();

  // The coding popover sits beside the passage it describes, inside the window, for a passage
  // near the top of the text and one near its bottom (measured boxes).
  const popover = page.getByRole('dialog', { name: 'Codes of this passage' });
  for (const which of ['first', 'last'] as const) {
    const at = await page.evaluate((w) => {
      const view = document.querySelector('.transcript-scroller')!.getBoundingClientRect();
      const seen = [...document.querySelectorAll('.para-text mark[data-codings]')]
        .map((m) => m.getClientRects()[0])
        .filter((r): r is DOMRect => !!r && r.top > view.top + 4 && r.bottom < view.bottom - 4);
      const r = w === 'first' ? seen[0] : seen[seen.length - 1];
      if (!r) throw new Error('no highlight in view');
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, which);
    await page.mouse.click(at.x, at.y);
    await expect(popover).toBeVisible();
    const boxes = await ws.popoverAndPassage();
    expect(intersects(boxes.popover, boxes.passage), JSON.stringify(boxes)).toBe(false);
    expect(boxes.popover.left).toBeGreaterThanOrEqual(0);
    expect(boxes.popover.top).toBeGreaterThanOrEqual(0);
    expect(boxes.popover.right).toBeLessThanOrEqual(1280);
    expect(boxes.popover.bottom).toBeLessThanOrEqual(720);
    await page.screenshot({ path: test.info().outputPath(`popover-${which}.png`) });
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
  }

  // "All documents" stays in the workspace: the document browser opens (it was collapsed) and
  // the open document's row takes the focus.
  await ws.toggle('documents');
  await expect(ws.documentList).toBeHidden();
  await page.getByRole('button', { name: 'All documents' }).click();
  await expect(
    ws.documentList.getByRole('button', { name: '1. دکتر محمدجواد ظریف', exact: true }),
  ).toBeFocused();
  await expect(zarif.text).toBeVisible();

  // The document filter matches as the code system's does: Arabic ي finds «سید», every word.
  await ws.documentFilter.fill('عباس');
  await expect(ws.documentList.getByRole('listitem')).toHaveCount(2);
  await ws.documentFilter.fill('سيد عباس');
  await expect(ws.documentList.getByRole('listitem')).toHaveText([/3\. سید عباس موسوی/]);
  await ws.documentFilter.fill('Tabriz');
  await expect(ws.pane('documents').getByRole('status')).toContainText('No document matches');
  await ws.documentFilter.fill('');
  await expect(ws.documentList.getByRole('listitem')).toHaveCount(16);

  // "Deactivate codes" goes away when pressed: the focus goes to the code that was active.
  const transport = 'همکاری در حوزه حمل و نقل';
  await ws.activateCode(transport);
  await ws.pane('codes').getByRole('button', { name: 'Deactivate codes' }).focus();
  await page.keyboard.press('Enter');
  const box = ws.codeList.getByRole('checkbox', { name: `Activate ${transport}`, exact: true });
  await expect(box).not.toBeChecked();
  await expect(box).toBeFocused();

  // A coding picked up to move: "Cancel the move" and Escape both put it down, and the focus
  // goes back to its chip in the segments.
  await ws.activateCode(transport);
  await ws.pane('documents').getByRole('button', { name: 'Activate all' }).click();
  const chip = ws.segmentList.getByTitle(new RegExp(`move this coding \\(${transport}\\)`)).first();
  const moving = ws.pane('codes').getByText(/^Moving a coding of/);
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(moving).toBeVisible();
  await ws.pane('codes').getByRole('button', { name: 'Cancel the move' }).focus();
  await page.keyboard.press('Enter');
  await expect(moving).toBeHidden();
  await expect(chip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(moving).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(moving).toBeHidden();
  await expect(chip).toBeFocused();
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  // A Persian code name in the English interface carries its language.
  await expect(ws.codeRow(transport).first().locator('.ws-row-name')).toHaveAttribute('lang', 'fa');

  // A memo on a code, written in the workspace by keyboard, is in the memo manager. It is
  // written while a coding is picked up: Escape in the dialog closes the dialog, not the move.
  await page.keyboard.press('Enter');
  await expect(moving).toBeVisible();
  const memo = ws.memoButton(transport);
  await expect(memo).toHaveAccessibleName(`Code memo: ${transport}…`);
  await memo.focus();
  await page.keyboard.press('Enter');
  await expect(ws.memoDialog).toBeVisible();
  await ws.memoDialog
    .getByLabel('Text')
    .fill('Roads, rail and the corridor: the most named theme.');
  await ws.memoDialog.getByRole('button', { name: 'Save' }).click();
  await expect(ws.memoDialog.getByText('Memo saved.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('code-memo.png') });
  await axeClean(page);
  await page.keyboard.press('Escape');
  await expect(ws.memoDialog).toBeHidden();
  await expect(moving).toBeVisible();
  await expect(memo).toBeFocused();
  await expect(memo).toHaveAccessibleName(`Code memo (written): ${transport}…`);
  // The next Escape, outside the dialog, puts the coding down.
  await page.keyboard.press('Escape');
  await expect(moving).toBeHidden();
  await expect(chip).toBeFocused();
  // Opened and closed untouched, a memo is not left behind.
  const other = 'همکاری در حوزه صنعت و تجارت';
  // By mouse: the button of a code without a memo shows when its row is hovered.
  await ws.codeRow(other).first().hover();
  await ws.memoButton(other).click();
  await expect(ws.memoDialog.getByLabel('Text')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ws.memoDialog).toBeHidden();
  await expect(ws.memoButton(other)).toHaveAccessibleName(`Code memo: ${other}…`);
  // ...and the look left no undo step: Ctrl+Z undoes the last real one, the memo written above
  // (one step: made by its Save), and the looked-at code gets no empty memo back.
  await page.keyboard.press('Control+z');
  await expect(memo).toHaveAccessibleName(`Code memo: ${transport}…`);
  await expect(ws.memoButton(other)).toHaveAccessibleName(`Code memo: ${other}…`);
  await page.keyboard.press('Control+Shift+z');
  await expect(memo).toHaveAccessibleName(`Code memo (written): ${transport}…`);
  await axeClean(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Memos' }).click();
  // Memos on codes (not the coded passages' memos, which name their code too).
  const codeMemos = page
    .getByRole('table', { name: 'Memos of the project' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'Code', exact: true }) });
  const written = codeMemos.filter({ hasText: 'Roads, rail and the corridor' });
  await expect(written).toHaveCount(1);
  await expect(written).toContainText(transport);
  await expect(codeMemos.filter({ hasText: other })).toHaveCount(0);

  await app.switchLanguage('fa');
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
