import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { AppPage } from './pages/app-page';
import { ExchangePage } from './pages/exchange-page';
import { ReportPage } from './pages/report-page';

// Downloads go to a folder of this run's own: test-results/ is shared with other specs' runs.
const OUT = mkdtempSync(join(tmpdir(), 'mazmun-e2e-exchange-'));

async function saved(download: import('@playwright/test').Download, name: string): Promise<string> {
  const path = `${OUT}/${name}`;
  await download.saveAs(path);
  return path;
}

/** Opens a saved HTML report in its own tab and screenshots it, top and charts. */
async function lookAtReport(page: Page, path: string, name: string): Promise<string> {
  const tab = await page.context().newPage();
  await tab.setViewportSize({ width: 1000, height: 1300 });
  await tab.goto(`file://${path}`);
  await tab.screenshot({ path: `test-results/screens/${name}.png` });
  await tab.locator('#charts').scrollIntoViewIfNeeded();
  await tab.evaluate(() => document.getElementById('charts')?.scrollIntoView());
  await tab.screenshot({ path: `test-results/screens/${name}-charts.png` });
  const text = await tab.locator('table').first().innerText();
  await tab.close();
  return text;
}

test('the sample study goes out as .qdpx, XLSX and an HTML report, and comes back in', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await AppPage.open(page);
  const exchange = new ExchangePage(page);
  await exchange.goTo();
  await exchange.screenshot('exchange-en');

  const qdpx = await saved(await exchange.export('qdpx'), 'study.qdpx');
  expect(readFileSync(qdpx).subarray(0, 2).toString()).toBe('PK');

  const xlsxPath = await saved(await exchange.export('xlsx'), 'study.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsxPath);
  const sheet = book.worksheets[0];
  expect(sheet?.views[0]?.rightToLeft).toBe(true);
  const values = sheet?.getSheetValues() as unknown[][];
  // Headings in the interface language (English here; docs/exports.md), names as coded.
  const globals = values.filter((r) => Array.isArray(r) && r[1] === 'Global theme');
  expect(globals.map((r) => [r[3], r[5]])).toEqual([
    ['انگیزشی', 166],
    ['محیطی', 141],
  ]);

  // The report: Persian by default (Persian digits), then English.
  const faPath = await saved(await exchange.export('html'), 'report-fa.html');
  const faTable = await lookAtReport(page, faPath, 'report-html-fa');
  expect(faTable).toContain('۱۶۶');
  expect(faTable).toContain('۱۴۱');
  await exchange.setReportLanguage('en');
  const enPath = await saved(await exchange.export('html'), 'report-en.html');
  const enHtml = readFileSync(enPath, 'utf8');
  expect(enHtml).toContain('<html lang="en" dir="ltr">');
  expect(enHtml).toContain('@font-face'); // the font travels inside the file
  await lookAtReport(page, enPath, 'report-html-en');

  // Back in: the same project again, so it comes in as a copy under new ids.
  await exchange.pick(qdpx);
  await expect(exchange.preview).toBeVisible();
  await expect(exchange.count('Documents')).toHaveText('16');
  await expect(exchange.preview.getByRole('note')).toContainText('new ids');
  await exchange.screenshot('exchange-preview-en');
  const app = new AppPage(page);
  await app.switchLanguage('fa');
  await expect(exchange.count('اسناد')).toHaveText('۱۶');
  await exchange.screenshot('exchange-preview-fa');
  await app.switchLanguage('en');
  await exchange.importAsNewProject();
  await expect(
    page.getByRole('status').filter({ hasText: 'as a copy with new ids' }),
  ).toBeVisible();

  const projects = await app.goToProjects();
  await expect(projects.list.getByRole('listitem')).toHaveCount(2);
  const report = new ReportPage(page);
  await report.goTo('report');
  await expect(report.table).toBeVisible();
  expect((await report.counts('انگیزشی'))[1]).toMatch(/^(166|۱۶۶)$/);
  expect((await report.counts('محیطی'))[1]).toMatch(/^(141|۱۴۱)$/);
});

test('a damaged file is refused with the reason, and nothing is written', async ({ page }) => {
  const app = await AppPage.open(page);
  const exchange = new ExchangePage(page);
  await exchange.goTo();
  writeFileSync(`${OUT}/broken.qdpx`, 'this is not a zip file');
  writeFileSync(
    `${OUT}/newer.mazmun.json`,
    JSON.stringify({ format: 'mazmun-backup', formatVersion: 99, snapshot: {} }),
  );
  await exchange.pick(`${OUT}/broken.qdpx`);
  await expect(exchange.alert).toContainText('Could not import broken.qdpx');
  await expect(exchange.alert).toContainText('Nothing was written.');
  await exchange.pick(`${OUT}/newer.mazmun.json`);
  await expect(exchange.alert).toContainText('newer Mazmun');
  const projects = await app.goToProjects();
  await expect(projects.list.getByRole('listitem')).toHaveCount(1);
  await exchange.goTo();
  await app.switchLanguage('fa');
  await exchange.pick(`${OUT}/broken.qdpx`);
  await expect(exchange.alert).toContainText('چیزی ذخیره نشد');
  await exchange.screenshot('exchange-fa');
});

test('a codebook (.qdc) adds its codes to the open project', async ({ page }) => {
  await AppPage.open(page);
  const exchange = new ExchangePage(page);
  await exchange.goTo();
  const qdc = await saved(await exchange.export('qdc'), 'study.qdc');
  expect(readFileSync(qdc, 'utf8')).toContain('urn:QDA-XML:codebook:1.0');
  await exchange.pick(qdc);
  await expect(exchange.count('Codes')).toHaveText('33');
  await page.getByRole('button', { name: 'Add 33 codes to the codebook' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 33 codes' })).toBeVisible();
  // The report now lists each global theme twice: the original and the added copy.
  await exchange.setReportLanguage('en');
  const html = readFileSync(await saved(await exchange.export('html'), 'report-2.html'), 'utf8');
  expect(html.match(/<tr class="global">/g)).toHaveLength(4);
});

test('a backup made now can be restored as a copy', async ({ page }) => {
  await AppPage.open(page);
  const exchange = new ExchangePage(page);
  await exchange.goTo();
  await page.getByRole('button', { name: 'Back up now' }).click();
  const list = page.getByRole('list', { name: 'Saved backups' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await list.getByRole('button', { name: /^Restore the backup of / }).click();
  await expect(exchange.count('Codings')).toHaveText('307');
  await expect(exchange.preview.getByRole('note')).toContainText('new ids');
  await exchange.importAsNewProject();
  await expect(
    page.getByRole('status').filter({ hasText: 'as a copy with new ids' }),
  ).toBeVisible();
});
