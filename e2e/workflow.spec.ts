import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CodebookPage } from './pages/codebook-page';
import { DocumentsPage } from './pages/documents-page';
import { ReportPage } from './pages/report-page';
import { TranscriptPage } from './pages/transcript-page';

// The researcher's whole loop in one test: import → code → build themes → count → undo → reload.
const TITLE = 'گفت‌وگو با دیپلمات';
const TEXT = [
  'مصاحبه‌گر: مهم‌ترین پیوند دو کشور چیست؟',
  'پاسخ‌دهنده: کریدور شمال به جنوب و تجارت مرزی، و در کنار آن زبان مشترک و موسیقی مشترک.',
  'پاسخ‌دهنده: اعتماد سیاسی هنوز شکننده است، ولی گفت‌وگو ادامه دارد.',
].join('\n\n');

test('import, code, build a theme hierarchy, watch the report, undo, reload', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'mazmun-workflow-'));
  const file = join(dir, `${TITLE}.txt`);
  writeFileSync(file, TEXT, 'utf8');

  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  await expect(page.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  await (await app.goToProjects()).create('Workflow study');

  const docs = await DocumentsPage.open(page);
  await docs.importFiles([file]);
  await expect(docs.row(TITLE)).toBeVisible();
  const t = await docs.openDocument(TITLE);

  await t.dragSelect('کریدور شمال به جنوب');
  await t.codeWith('حمل و نقل');
  await t.dragSelect('تجارت مرزی');
  await t.codeWith('تجارت');
  await t.dragSelect('زبان مشترک و موسیقی مشترک');
  await t.codeWith('فرهنگ');

  // Themes: economy holds transport and trade; a global theme holds economy and culture.
  const codebook = await CodebookPage.open(page);
  await codebook.create('اقتصاد');
  await codebook.create('انگیزشی');
  await codebook.drag('حمل و نقل', 'اقتصاد');
  await expect(codebook.item('حمل و نقل')).toHaveAttribute('aria-level', '2');
  await codebook.drag('تجارت', 'اقتصاد');
  await expect(codebook.item('تجارت')).toHaveAttribute('aria-level', '2');
  await codebook.drag('اقتصاد', 'انگیزشی');
  await expect(codebook.item('اقتصاد')).toHaveAttribute('aria-level', '2');
  await codebook.drag('فرهنگ', 'انگیزشی');
  await expect(codebook.item('فرهنگ')).toHaveAttribute('aria-level', '2');
  await expect(codebook.item('تجارت')).toHaveAttribute('aria-level', '3');

  const report = new ReportPage(page);
  await report.goTo('report');
  await expect(report.table).toBeVisible();
  expect(await report.counts('انگیزشی')).toEqual(['1', '3']);
  expect(await report.counts('اقتصاد')).toEqual(['1', '2']);

  // One more coding shows in the report at once; undoing it takes it away again.
  // The Workspace brings back the transcript that was open (Documents always shows the list).
  await page.getByRole('navigation').getByRole('button', { name: 'Workspace' }).click();
  const t2 = new TranscriptPage(page, TITLE);
  await expect(t2.text).toBeVisible();
  await t2.dragSelect('اعتماد سیاسی');
  await t2.codeWith('تجارت');
  await report.goTo('report');
  expect(await report.counts('اقتصاد')).toEqual(['1', '3']);
  expect(await report.counts('انگیزشی')).toEqual(['1', '4']);
  await page.keyboard.press('Control+z');
  await expect(report.themeRow('اقتصاد').getByRole('cell').nth(2)).toHaveText('2');
  expect(await report.counts('انگیزشی')).toEqual(['1', '3']);

  await page.reload();
  await report.goTo('report');
  await expect(report.table).toBeVisible();
  expect(await report.counts('انگیزشی')).toEqual(['1', '3']);
  expect(await report.counts('تجارت')).toEqual(['1', '1']);
  const tree = await CodebookPage.open(page);
  await expect(tree.item('تجارت')).toHaveAttribute('aria-level', '3');
});
