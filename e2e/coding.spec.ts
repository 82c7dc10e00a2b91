import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateProject } from '../bench/generate';
import { serializeBackup } from '../shared/exchange/backup';
import { buildDocx } from '../shared/import/test-builders';
import { AppPage } from './pages/app-page';
import { DocumentsPage } from './pages/documents-page';
import { ExchangePage } from './pages/exchange-page';
import { TranscriptPage } from './pages/transcript-page';

const FA_TITLE = 'مصاحبه با کارشناس';
const EN_TITLE = 'Interview with a trader';

const FA_PARAGRAPHS = [
  'مصاحبه‌گر: نقش همکاری اقتصادی را در روابط ایران و جمهوری آذربایجان چگونه می‌بینید؟',
  'پاسخ‌دهنده: به نظر من همکاری اقتصادی پایهٔ اعتماد متقابل است و بدون آن دیپلماسی رسمی پیش نمی‌رود. طرح‌های ترانزیتی شمال–جنوب نمونهٔ روشنی از این پیوند است.',
  'مصاحبه‌گر: دربارهٔ امنیت مرزی و رود ارس چه فکر می‌کنید؟',
  'پاسخ‌دهنده: امنیت مرزی برای هر دو طرف اهمیت دارد و گفت‌وگوهای منظم در سال ۱۴۰۲ به کاهش تنش کمک کرده است.',
  'مصاحبه‌گر: نقش فرهنگ و زبان مشترک را چگونه ارزیابی می‌کنید؟',
  'پاسخ‌دهنده: پیوندهای فرهنگی ریشه‌دار است، اما سیاست رسمی همیشه از آن پیروی نمی‌کند؛ گاهی رسانه‌ها فاصله را بیشتر نشان می‌دهند.',
];

const EN_TEXT = [
  'Interviewer: How did the border crossing change your trade over the last five years?',
  'Trader: Honestly, trust between the two customs offices matters more than any tariff. When the officers know each other, trucks move in hours instead of days.',
  'Interviewer: And the new transit corridor?',
  'Trader: The corridor is promising, but paperwork is still the bottleneck for small traders like me.',
].join('\r\n\r\n');

async function makeFiles(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mazmun-coding-'));
  const docx = await buildDocx(FA_PARAGRAPHS.map((text) => ({ text, bidi: true })));
  const fa = join(dir, `${FA_TITLE}.docx`);
  const en = join(dir, `${EN_TITLE}.txt`);
  const broken = join(dir, 'broken.docx');
  writeFileSync(fa, docx);
  writeFileSync(en, EN_TEXT, 'utf8');
  writeFileSync(broken, 'this is not a zip file at all');
  return [fa, en, broken];
}

/** Clicks at the logical start of `passage`, then extends the selection with Shift+arrows. */
async function keyboardSelect(page: Page, t: TranscriptPage, passage: string): Promise<void> {
  const { start, rtl } = await t.passagePoints(passage);
  await page.mouse.click(start.x, start.y);
  // Forward is to the left in right-to-left text.
  const key = rtl ? 'Shift+ArrowLeft' : 'Shift+ArrowRight';
  for (let i = 0; i < passage.length; i++) await page.keyboard.press(key);
}

test('import, code overlapping passages, undo/redo, and everything survives a reload', async ({
  page,
}) => {
  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  // First launch imports and opens the sample study; wait for it, or it takes the view back.
  await expect(page.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  const projects = await app.goToProjects();
  await projects.create('Coding study');
  const docs = await DocumentsPage.open(page);

  // Three files at once: two import, the broken one is listed with its reason.
  await docs.importFiles(await makeFiles());
  await expect(docs.row(FA_TITLE)).toBeVisible();
  await expect(docs.row(EN_TITLE)).toBeVisible();
  await expect(docs.failedList).toContainText('broken.docx');
  await expect(docs.table.getByRole('row')).toHaveCount(3); // header + 2 documents
  await expect(docs.direction(FA_TITLE)).toHaveText('Right to left');
  await expect(docs.direction(EN_TITLE)).toHaveText('Left to right');
  // The native file input is in the page (for drops and tests) but not shown.
  await expect(docs.fileInput).not.toBeInViewport();
  const faWords = FA_PARAGRAPHS.join(' ').split(/\s+/).length;
  await expect(docs.row(FA_TITLE).getByRole('cell').nth(2)).toHaveText(String(faWords));

  const t = await docs.openDocument(FA_TITLE);
  await expect(t.text.locator('[data-para-text]')).toHaveCount(FA_PARAGRAPHS.length);
  await expect(t.text.locator('[data-para-text]').first()).toHaveAttribute('dir', 'rtl');

  // 1: a mouse drag, a new code created in the picker.
  const p1 = 'همکاری اقتصادی پایهٔ اعتماد متقابل است';
  await t.dragSelect(p1);
  expect((await t.selectedText()).trim()).toBe(p1);
  await expect(page.getByRole('button', { name: 'Code selection' })).toBeVisible();
  await t.codeWith('همکاری اقتصادی');
  await expect(t.highlight(['همکاری اقتصادی'])).toHaveText(p1);
  await expect(t.stripes('همکاری اقتصادی')).toHaveCount(1);

  // 2: overlaps the first: the shared words carry both codes.
  await t.dragSelect('اعتماد متقابل است و بدون آن دیپلماسی رسمی');
  await t.codeWith('اعتماد', 'coding-picker-en');
  await expect(t.highlight(['همکاری اقتصادی', 'اعتماد'])).toHaveText('اعتماد متقابل است');
  await expect(t.highlight(['همکاری اقتصادی'])).toHaveText('همکاری اقتصادی پایهٔ');
  await expect(t.highlight(['اعتماد'])).toHaveText('و بدون آن دیپلماسی رسمی');
  await expect(t.stripes('اعتماد')).toHaveCount(1);
  // The stripe spans the coded lines, not the whole paragraph.
  // The stripe is placed from the measured line boxes (again on reflow): no element state says
  // "placed", so the geometry is polled, with the default expect timeout.
  await expect
    .poll(async () => {
      const stripe = await t.stripes('اعتماد').boundingBox();
      const marks = await t.highlightsWith('اعتماد').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom };
        }),
      );
      const top = Math.min(...marks.map((m) => m.top));
      const bottom = Math.max(...marks.map((m) => m.bottom));
      const topAligned = !!stripe && Math.abs(stripe.y - top) < 6;
      const bottomAligned = !!stripe && Math.abs(stripe.y + stripe.height - bottom) < 6;
      return { topAligned, bottomAligned, stripe, top, bottom };
    })
    .toMatchObject({ topAligned: true, bottomAligned: true });

  // 3: keyboard selection; the code is found by typing Arabic ك/ي (Persian-aware filter).
  await keyboardSelect(page, t, 'امنیت مرزی برای هر دو طرف');
  await t.codeWith('همكاري');
  await expect(t.highlight(['همکاری اقتصادی'])).toHaveCount(2);
  await expect(t.highlight(['همکاری اقتصادی']).nth(1)).toHaveText('امنیت مرزی برای هر دو طرف');
  await expect(t.stripes('همکاری اقتصادی')).toHaveCount(2);
  // The code system pane counts each code's passages in the open document.
  const codeSystem = page.getByRole('region', { name: 'Code system' });
  await expect(
    codeSystem.getByRole('button', { name: /^2: همکاری اقتصادی: 2 in the open document/ }),
  ).toBeVisible();
  await expect(
    codeSystem.getByRole('button', { name: /^1: اعتماد: 1 in the open document/ }),
  ).toBeVisible();

  // Undo removes the last coding; redo brings it back.
  await page.keyboard.press('Control+z');
  await expect(t.highlight(['همکاری اقتصادی'])).toHaveCount(1);
  await expect(t.stripes('همکاری اقتصادی')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(t.highlight(['همکاری اقتصادی'])).toHaveCount(2);

  // A memo on the coding (popover) and one on the document (side panel).
  await t.highlight(['همکاری اقتصادی']).nth(1).click();
  const popover = page.getByRole('dialog', { name: 'Codes of this passage' });
  await expect(popover).toBeVisible();
  await popover.getByLabel('Memo on همکاری اقتصادی').fill('Border security framed as cooperation');
  await t.screenshot('coding-popover-en');
  await popover.getByRole('button', { name: 'Close' }).click();
  // Highlights are reachable with Tab from the text; Enter opens the same popover.
  await t.text.focus();
  await page.keyboard.press('Tab');
  await expect(t.highlight(['همکاری اقتصادی']).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  await expect(popover.getByLabel('Memo on همکاری اقتصادی')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await page
    .getByRole('textbox', { name: 'Document memo' })
    .fill('A key interview on the economy.');
  await t.text.click({ position: { x: 5, y: 5 } });
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await t.screenshot('coding-fa-doc-en-ui');

  await app.switchLanguage('fa');
  await expect(t.text).toBeVisible();
  await t.screenshot('coding-fa-doc-fa-ui');
  await app.switchLanguage('en');

  // Everything as left after a reload.
  // The transcript that was open reopens by itself.
  await page.reload();
  await AppPage.open(page);
  const again = new TranscriptPage(page, FA_TITLE);
  await expect(again.text).toBeVisible();
  await expect(again.highlight(['همکاری اقتصادی', 'اعتماد'])).toHaveText('اعتماد متقابل است');
  await expect(again.highlight(['همکاری اقتصادی'])).toHaveCount(2);
  await expect(again.stripes('اعتماد')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Document memo' })).toHaveValue(
    'A key interview on the economy.',
  );
  await again.highlight(['همکاری اقتصادی']).nth(1).click();
  await expect(page.getByLabel('Memo on همکاری اقتصادی')).toHaveValue(
    'Border security framed as cooperation',
  );
  await page.keyboard.press('Escape');

  // The list counts codings from the in-memory index. ("All documents" in the transcript stays
  // in the workspace, in its document browser: the Documents view is in the navigation.)
  await page.getByRole('navigation').getByRole('button', { name: 'Documents' }).click();
  await expect(docs.row(FA_TITLE).getByRole('cell').nth(3)).toHaveText('3');
  await expect(docs.row(EN_TITLE).getByRole('cell').nth(3)).toHaveText('0');
  await app.screenshot('documents-en');

  // The English transcript: code with a recent code picked by its number key.
  const en = await docs.openDocument(EN_TITLE);
  await en.dragSelect('trust between the two customs offices matters more than any tariff');
  await page.keyboard.press('c');
  await expect(en.picker).toBeVisible();
  await page.keyboard.press('2'); // recent: 1 = همکاری اقتصادی (last used), 2 = اعتماد
  await expect(en.highlight(['اعتماد'])).toHaveText(
    'trust between the two customs offices matters more than any tariff',
  );
  await en.dragSelect('paperwork is still the bottleneck');
  await en.codeWith('Bureaucracy');
  await expect(en.highlight(['Bureaucracy'])).toHaveText('paperwork is still the bottleneck');
  // Widen the coding: select a longer passage, then "Set range" in the coding's popover.
  await en.dragSelect('paperwork is still the bottleneck for small traders');
  await en.highlight(['Bureaucracy']).click();
  await page.getByRole('button', { name: 'Set range to selection: Bureaucracy' }).click();
  await expect(en.highlight(['Bureaucracy'])).toHaveText(
    'paperwork is still the bottleneck for small traders',
  );
  await page.keyboard.press('Escape');

  // Drag a code from the code system onto a selection.
  await en.dragSelect('trucks move in hours instead of days');
  // Dropped near the text's corner: its middle is under the floating "Code selection" button.
  await page
    .getByRole('region', { name: 'Code system' })
    .getByRole('listitem')
    .filter({ hasText: 'Bureaucracy' })
    .dragTo(en.text, { targetPosition: { x: 30, y: 30 } });
  await expect(en.highlight(['Bureaucracy'])).toHaveCount(2);
  await expect(en.highlight(['Bureaucracy']).nth(0)).toHaveText(
    'trucks move in hours instead of days',
  );
  await expect(en.stripes('Bureaucracy')).toHaveCount(2);
  await en.screenshot('coding-en-doc-en-ui');
  await app.switchLanguage('fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await en.screenshot('coding-en-doc-fa-ui');
  await page.getByRole('navigation').getByRole('button', { name: 'اسناد' }).click();
  await app.screenshot('documents-fa');
});

test('a 200,000-word transcript is virtualized and a passage far down can be coded and found', async ({
  page,
}) => {
  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  await expect(page.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  await (await app.goToProjects()).create('Long transcript');
  const docs = await DocumentsPage.open(page);

  const paragraphs = 20_000;
  const lines: string[] = [];
  for (let i = 1; i <= paragraphs; i++) {
    lines.push(`پاسخ ${i}: ما دربارهٔ همکاری و اعتماد و مرز و تجارت سخن گفتیم`);
  }
  const lastWords = 'این جملهٔ پایانی گفت‌وگوی طولانی است';
  lines[paragraphs - 1] = `پاسخ پایانی: ${lastWords}`;
  const words = lines.join(' ').split(/\s+/).length;
  const file = join(mkdtempSync(join(tmpdir(), 'mazmun-long-')), 'گفت‌وگوی طولانی.txt');
  writeFileSync(file, lines.join('\n'), 'utf8');
  await docs.importFiles([file]);
  await expect(docs.row('گفت‌وگوی طولانی').getByRole('cell').nth(2)).toHaveText(
    words.toLocaleString('en-US'),
  );

  const t = await docs.openDocument('گفت‌وگوی طولانی');
  const rows = t.text.locator('[data-para-row]');
  await expect(rows.first()).toBeVisible();
  // Only the paragraphs near the viewport are in the page.
  expect(await rows.count()).toBeLessThan(80);

  // Scroll to the very end, code the last passage there.
  await t.text.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(t.text.getByLabel(`Paragraph ${paragraphs.toLocaleString('en-US')}`)).toBeVisible();
  await t.dragSelect(lastWords);
  await t.codeWith('پایان');
  await expect(t.highlight(['پایان'])).toHaveText(lastWords);
  expect(await rows.count()).toBeLessThan(80);

  // Back at the top, the code system's count in this document jumps to the passage, flashed.
  await t.text.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(t.highlight(['پایان'])).toHaveCount(0);
  await page.getByRole('button', { name: /^1: پایان: 1 in the open document/ }).click();
  await expect(t.highlight(['پایان'])).toBeVisible();
  await expect(t.highlight(['پایان'])).toHaveText(lastWords);
  await t.screenshot('coding-long-en');
});

test('paste a document, rename it, give it a new case, delete it and undo', async ({ page }) => {
  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  await expect(page.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  await (await app.goToProjects()).create('Library');
  const docs = await DocumentsPage.open(page);

  await page.getByRole('button', { name: 'Paste text as a new document' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste text as a new document' });
  await dialog.getByLabel('Title (optional)').fill('Field notes');
  await dialog.getByLabel('Text').fill('یادداشت میدانی روز اول.\nThe market was busy.');
  await dialog.getByRole('button', { name: 'Create document' }).click();
  await expect(dialog).toBeHidden();
  // Mostly Persian letters: right to left; the menu switches it.
  await expect(docs.direction('Field notes')).toHaveText('Right to left');
  await docs.setDirection('Field notes', 'Per paragraph');
  await expect(docs.direction('Field notes')).toHaveText('Per paragraph');
  await expect(page.getByRole('menu')).toBeHidden();

  await page.getByRole('button', { name: 'Rename Field notes' }).click();
  await page.getByRole('textbox', { name: 'New title for Field notes' }).fill('Field notes, day 1');
  await page.getByRole('button', { name: 'Save' }).click();
  const row = docs.row('Field notes, day 1');
  await expect(row).toBeVisible();

  // The one shared case picker: typing a new name offers to create it.
  await docs.caseButton('Field notes, day 1').click();
  const picker = docs.casePicker('Field notes, day 1');
  await picker.getByRole('combobox').fill('تبریز');
  await expect(picker.getByRole('option', { selected: true })).toHaveText('Create case “تبریز”');
  await app.screenshot('documents-case-picker-en');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(docs.caseButton('Field notes, day 1')).toHaveText('تبریز');
  await expect(docs.caseButton('Field notes, day 1')).toBeFocused();

  // A second document finds the existing case typed with Arabic ي and a space for the half-space.
  await page.getByRole('button', { name: 'Paste text as a new document' }).click();
  await dialog.getByLabel('Title (optional)').fill('Market notes');
  await dialog.getByLabel('Text').fill('بازار تبریز شلوغ بود.');
  await dialog.getByRole('button', { name: 'Create document' }).click();
  await docs.chooseCase('Market notes', 'تبريز');
  await expect(docs.caseButton('Market notes')).toHaveText('تبریز');
  // Filtering by the case name (Arabic letters again) keeps both; a title narrows to one.
  await docs.filter.fill('تبريز');
  await expect(docs.bodyRows).toHaveCount(2);
  await docs.filter.fill('market');
  await expect(docs.bodyRows).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: '1 of 2 documents' })).toBeVisible();
  await docs.filter.fill('');
  // "No case" takes it off again; Escape closes the picker without a change.
  await docs.caseButton('Market notes').click();
  await expect(docs.casePicker('Market notes').getByRole('option', { selected: true })).toHaveText(
    /تبریز/,
  );
  await page.keyboard.press('Escape');
  await expect(docs.casePicker('Market notes')).toBeHidden();
  await expect(docs.caseButton('Market notes')).toHaveText('تبریز');
  await docs.caseButton('Market notes').click();
  await docs.casePicker('Market notes').getByRole('option', { name: '— no case —' }).click();
  await expect(docs.caseButton('Market notes')).toHaveText('— no case —');
  // Sorting by case puts documents without one last.
  await page.getByRole('columnheader', { name: 'Case' }).getByRole('button').click();
  await expect(docs.bodyRows.first()).toContainText('Field notes, day 1');
  await expect(page.getByRole('columnheader', { name: 'Case' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  await app.switchLanguage('fa');
  await app.screenshot('documents-case-fa');
  await app.switchLanguage('en');

  await page.getByRole('button', { name: 'Delete Field notes, day 1' }).click();
  await page
    .getByRole('dialog', { name: 'Delete document?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(docs.row('Field notes, day 1')).toHaveCount(0);
  // The deleted row's button is gone: focus lands on the row that took its place, not <body>.
  await expect(
    docs.bodyRows
      .first()
      .getByRole('button', { name: /Market notes/ })
      .first(),
  ).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(docs.row('Field notes, day 1')).toBeVisible();
});

test('a project of 300 generated interviews opens and its list scrolls to the last document', async ({
  page,
}) => {
  // A generated project (the benchmark's generator) restored from a Mazmun backup file.
  const generated = generateProject({
    seed: 11,
    documents: 300,
    words: 60_000,
    codes: 40,
    codings: 1_500,
  });
  const snapshot = generated.snapshot;
  const file = join(mkdtempSync(join(tmpdir(), 'mazmun-300-')), 'generated-300.mazmun.json');
  writeFileSync(file, serializeBackup(snapshot), 'utf8');
  const inStoreOrder = [...snapshot.documents].sort(
    (a, b) =>
      a.createdAt - b.createdAt || a.title.localeCompare(b.title, undefined, { numeric: true }),
  );
  const lastDoc = inStoreOrder[inStoreOrder.length - 1]!;

  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  await expect(page.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  const exchange = new ExchangePage(page);
  await exchange.goTo();
  await exchange.pick(file);
  await expect(exchange.count('Documents')).toHaveText('300');
  await exchange.importAsNewProject();
  await expect(page.getByRole('status').filter({ hasText: /^Imported/ })).toBeVisible({
    timeout: 30_000,
  });

  const docs = await DocumentsPage.open(page);
  await expect(page.getByRole('status').filter({ hasText: '300 documents' })).toBeVisible();
  await expect(docs.table).toHaveAttribute('aria-rowcount', '301');
  // Virtualized: a screenful of rows is in the page, not 300.
  await expect(docs.bodyRows.first()).toBeVisible();
  expect(await docs.bodyRows.count()).toBeLessThan(60);
  // No per-row <select>: no combobox at all in the table.
  await expect(docs.table.getByRole('combobox')).toHaveCount(0);
  // Rows in view get their words counted (exact figures, not estimates: no "≈").
  await expect(docs.bodyRows.first().getByRole('cell').nth(2)).not.toContainText('≈');

  const scroller = docs.table.locator('xpath=..');
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const lastRow = docs.table.locator('tbody tr[aria-rowindex="301"]');
  await expect(lastRow).toBeVisible();
  await expect(lastRow).toContainText(lastDoc.title);
  await expect(lastRow).toBeInViewport();
  expect(await docs.bodyRows.count()).toBeLessThan(60);
  await docs.screenshot('documents-300-end-en');

  // The last document's case, changed through the one picker among 300 cases.
  const cases = [...snapshot.cases].sort((a, b) => a.name.localeCompare(b.name, 'fa'));
  const other = cases.find((c) => c.id !== lastDoc.caseId)!;
  await docs.caseButton(lastDoc.title).click();
  const picker = docs.casePicker(lastDoc.title);
  await picker.getByRole('combobox').fill(other.name);
  await expect(picker.getByRole('option', { selected: true })).toHaveText(other.name);
  await page.keyboard.press('Enter');
  await expect(docs.caseButton(lastDoc.title)).toHaveText(other.name);

  // Sorted by title descending, the list starts over at the top with the last title.
  await page.getByRole('columnheader', { name: 'Title' }).getByRole('button').click();
  await page.getByRole('columnheader', { name: 'Title' }).getByRole('button').click();
  await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(docs.table.locator('tbody tr[aria-rowindex="2"]')).toBeVisible();

  await app.switchLanguage('fa');
  await expect(page.getByRole('status').filter({ hasText: '۳۰۰ سند' })).toBeVisible();
  await docs.screenshot('documents-300-fa');
  await docs.bodyRows
    .first()
    .getByRole('button', { name: /^مورد / })
    .click();
  await expect(page.getByRole('dialog', { name: /^گزینش مورد / })).toBeVisible();
  await docs.screenshot('documents-300-case-picker-fa');
});
