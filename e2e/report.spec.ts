import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { AppPage } from './pages/app-page';
import { ExchangePage } from './pages/exchange-page';
import { ReportPage } from './pages/report-page';

// The sample study (Masoumi 2025), as printed: global themes 166 + 141 = 307.
const MOTIVATIONAL = 'انگیزشی';
const ENVIRONMENTAL = 'محیطی';
const ECONOMIC = 'تعامل در امور اقتصادی';
const TRANSPORT = 'همکاری در حوزه حمل و نقل';

async function openSample(page: Page): Promise<ReportPage> {
  await AppPage.open(page);
  const report = new ReportPage(page);
  // A fresh browser context imports the sample study and opens it in the report view.
  await report.expectLoaded();
  return report;
}

test('the report reproduces Table 2, expands, collapses and filters by year', async ({ page }) => {
  const report = await openSample(page);
  await page.evaluate(() => localStorage.setItem('mazmun.locale', 'en'));
  expect(await report.counts(MOTIVATIONAL)).toEqual(['16', '166']);
  expect((await report.counts(ENVIRONMENTAL))[1]).toBe('141');
  await expect(report.totalRow).toContainText('307');
  await expect(page.getByRole('status').filter({ hasText: 'references in total' })).toHaveText(
    /16 documents in scope · 307 references in total/,
  );
  await expect(report.bodyRows).toHaveCount(33);
  await report.screenshot('report-en', true);

  // Collapse one global theme: its 3 organizing and 13 basic themes disappear.
  await report.expander(MOTIVATIONAL, true).click();
  await expect(report.bodyRows).toHaveCount(17);
  await expect(report.themeRow(TRANSPORT)).toHaveCount(0);
  await report.expander(MOTIVATIONAL, false).click();
  await expect(report.themeRow(TRANSPORT)).toBeVisible();
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect(report.bodyRows).toHaveCount(2);
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(report.bodyRows).toHaveCount(33);

  // Year = 1403: fewer documents, fewer references, the same tree.
  await report.filterBy('year', '1403');
  const status = page.getByRole('status').filter({ hasText: 'references in total' });
  await expect(status).not.toContainText('307 references');
  const [, filtered] = await report.counts(MOTIVATIONAL);
  expect(Number(filtered)).toBeLessThan(166);
  expect(Number(filtered)).toBeGreaterThan(0);
  await expect(report.totalRow).not.toContainText('307');
  // The attribute and its values are bidi-isolated (U+2068…U+2069) inside the sentence.
  await expect(status).toContainText(
    /Only documents whose case has \u2068year\u2069 = \u20681403\u2069/,
  );
  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect(report.totalRow).toContainText('307');

  // Sorting by references puts the larger organizing theme first inside its parent.
  // Counts sort largest first on the first click.
  await page.getByRole('button', { name: 'References' }).click();
  await expect(report.table.getByRole('columnheader', { name: /References/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(report.bodyRows.first()).toContainText(MOTIVATIONAL);
  await expect(report.bodyRows.nth(1)).toContainText('عوامل سیاسی جغرافیایی');
  expect(await report.counts(ECONOMIC)).toEqual([expect.any(String), '57']);

  // The distinct convention counts a passage once per theme: the economic group shrinks.
  await page.getByRole('radio', { name: 'Distinct passages' }).check();
  await expect(page.getByText(/counts once per theme/)).toBeVisible();
  expect(Number((await report.counts(ECONOMIC))[1])).toBeLessThan(57);
  await page.getByRole('radio', { name: 'As in the paper' }).check();
});

test('Persian report and digits', async ({ page }) => {
  const report = await openSample(page);
  await new AppPage(page).switchLanguage('fa');
  expect(await report.counts(MOTIVATIONAL)).toEqual(['۱۶', '۱۶۶']);
  await expect(report.totalRow).toContainText('۳۰۷');
  await report.screenshot('report-fa', true);
  await page.getByLabel('ارقام').selectOption('latin');
  expect(await report.counts(ENVIRONMENTAL)).toEqual([expect.any(String), '141']);
});

test('the charts draw Chart 1 with its percentages, Chart 2 and the heatmap', async ({ page }) => {
  const report = await openSample(page);
  await report.goTo('charts');
  const chart1 = report.figure(/Chart 1/);
  const chart2 = report.figure(/Chart 2/);
  const heatmap = report.figure(/Basic themes by interview/);
  for (const f of [chart1, chart2, heatmap]) {
    await expect(f.locator('svg').first()).toBeVisible();
    await expect(f.getByRole('button', { name: 'Export SVG' })).toBeVisible();
    await expect(f.getByRole('button', { name: 'Export PNG' })).toBeVisible();
  }
  await expect(chart1.locator('svg')).toContainText('54.1%');
  await expect(chart1.locator('svg')).toContainText('45.9%');
  for (const v of ['57', '51', '58', '53', '39', '49']) {
    await expect(chart2.locator('svg text', { hasText: new RegExp(`^${v}$`) })).toHaveCount(1);
  }
  await report.screenshot('charts-en', true);
  // The main area scrolls inside the window: a tall window shows the whole heatmap.
  await page.setViewportSize({ width: 1280, height: 1700 });
  await heatmap.scrollIntoViewIfNeeded();
  await heatmap.screenshot({
    path: `${process.env.MAZMUN_SCREENS ?? 'test-results/screens'}/heatmap-en.png`,
  });

  // Export SVG downloads a stand-alone SVG document.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chart1.getByRole('button', { name: 'Export SVG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('chart-1-global-themes.svg');
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const svg = await readFile(path, 'utf8');
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain('54.1%');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    chart2.getByRole('button', { name: 'Export PNG' }).click(),
  ]);
  const bytes = await readFile(await png.path());
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');

  await new AppPage(page).switchLanguage('fa');
  const chart1fa = report.figure(/نمودار ۱/);
  await expect(chart1fa.locator('svg')).toContainText('۵۴٫۱٪');
  await report.screenshot('charts-fa', true);
  // The exported PNG of the mirrored Persian chart, kept beside the screenshots to look at.
  const [pngFa] = await Promise.all([
    page.waitForEvent('download'),
    report
      .figure(/نمودار ۲/)
      .getByRole('button', { name: 'خروجی PNG' })
      .click(),
  ]);
  await pngFa.saveAs(
    `${process.env.MAZMUN_SCREENS ?? 'test-results/screens'}/chart-2-fa-export.png`,
  );
  const heatmapFa = report.figure(/مضامین پایه در هر مصاحبه/);
  await heatmapFa.scrollIntoViewIfNeeded();
  await heatmapFa.screenshot({
    path: `${process.env.MAZMUN_SCREENS ?? 'test-results/screens'}/heatmap-fa.png`,
  });
});

interface LabelBox {
  readonly text: string;
  readonly title: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The heatmap's interview labels as drawn (their boxes on screen) and the grid's top edge. */
async function columnLabels(heatmap: Locator): Promise<{ boxes: LabelBox[]; gridTop: number }> {
  return heatmap.locator('svg.rp-heatmap').evaluate((svg) => {
    const boxes = [...svg.querySelectorAll('text.rp-heatmap-col')].map((t) => {
      const r = t.getBoundingClientRect();
      const title = t.querySelector('title')?.textContent ?? '';
      const text = [...t.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join('');
      return { text, title, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
    const cells = [...svg.querySelectorAll('rect')].map((r) => r.getBoundingClientRect().top);
    return { boxes, gridTop: Math.min(...cells) };
  });
}

function overlapping(boxes: readonly LabelBox[]): string[] {
  const out: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const apart =
        a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      if (!apart) out.push(`${a.text} × ${b.text}`);
    }),
  );
  return out;
}

test('the heatmap’s interview labels stand apart, in English and in Persian', async ({ page }) => {
  const report = await openSample(page);
  await report.goTo('charts');
  await page.setViewportSize({ width: 1440, height: 1700 });
  const screens = process.env.MAZMUN_SCREENS ?? 'test-results/screens';
  for (const [lang, title] of [
    ['en', /Basic themes by interview/],
    ['fa', /مضامین پایه در هر مصاحبه/],
  ] as const) {
    if (lang === 'fa') await new AppPage(page).switchLanguage('fa');
    const heatmap = report.figure(title);
    await heatmap.scrollIntoViewIfNeeded();
    const { boxes, gridTop } = await columnLabels(heatmap);
    // The sample study: 16 interviews, each named by its interviewee (the case's name).
    expect(boxes).toHaveLength(16);
    expect(boxes[0]?.text).toBe('دکتر محمدجواد ظریف');
    expect(overlapping(boxes), lang).toEqual([]);
    for (const b of boxes) {
      // Upright: taller than wide; above the grid; the whole label and title in its tooltip.
      expect(b.bottom - b.top, b.text).toBeGreaterThan(b.right - b.left);
      expect(b.bottom, b.text).toBeLessThanOrEqual(gridTop);
      expect(b.title, b.text).toContain(b.text.replace(/…$/, ''));
    }
    // Mirrored in Persian: the first interview sits next to the theme names, on the right.
    const first = boxes[0]!;
    const last = boxes.at(-1)!;
    if (lang === 'fa') expect(first.left).toBeGreaterThan(last.left);
    else expect(first.left).toBeLessThan(last.left);
    await heatmap.screenshot({ path: `${screens}/heatmap-labels-${lang}.png` });
    const axe = await new AxeBuilder({ page }).include('.charts-view').analyze();
    expect(axe.violations.map((v) => `${lang}: ${v.id}`)).toEqual([]);
  }
});

test('a table export from the Persian interface is Persian, its matrix named by source labels', async ({
  page,
}) => {
  await openSample(page);
  await new AppPage(page).switchLanguage('fa');
  const exchange = new ExchangePage(page);
  await exchange.goTo();
  const download = await exchange.export('xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  expect(book.worksheets.map((w) => w.name)).toEqual([
    'فراوانی',
    'ماتریس کد-سند',
    'کتاب کد',
    'درباره',
  ]);
  expect(book.getWorksheet('درباره')?.getRow(1).values).toEqual([undefined, 'ویژگی', 'مقدار']);
  // The matrix's interviews: the sample's case names, in the order of its files (1. … 16.).
  const header = (book.getWorksheet('ماتریس کد-سند')?.getRow(1).values ?? []) as unknown[];
  expect(header.slice(1, 3)).toEqual(['سطح', 'مسیر']);
  expect(header.slice(3, 6)).toEqual(['دکتر محمدجواد ظریف', 'محسن پاک آیین', 'سید عباس موسوی']);
  expect(header).toHaveLength(1 + 2 + 16 + 1);
  expect(header.some((h) => /^\d+\./.test(String(h)))).toBe(false);
});

test('the paper’s Table 2 matches cell by cell and its oddities are listed', async ({ page }) => {
  const report = await openSample(page);
  await report.goTo('compare');
  await page.getByRole('button', { name: 'Use the paper’s Table 2' }).click();
  const summary = page.getByRole('status').filter({ hasText: 'printed cells match' });
  await expect(summary).toBeVisible();
  const m = /(\d+) of (\d+) printed cells match/.exec(await summary.innerText());
  expect(m && Number(m[1]) > 0 && m[1] === m[2]).toBe(true);
  const table = page.getByRole('table', { name: 'Printed and recomputed numbers' });
  await expect(table.getByRole('cell', { name: /Mismatch/ })).toHaveCount(0);
  await expect(table.getByRole('cell', { name: /Match/ }).first()).toBeVisible();
  const oddities = page.getByRole('list', { name: 'Oddities of the printed table' });
  await expect(oddities).toContainText('source id 15 is printed more than once');
  await expect(oddities).toContainText('source id 16 is printed more than once');
  await expect(oddities).toContainText('its frequency is not printed');
  await report.screenshot('compare-en', true);
  await new AppPage(page).switchLanguage('fa');
  await expect(
    oddities.or(page.getByRole('list', { name: 'ناهنجاری‌های جدول چاپ‌شده' })),
  ).toContainText('بیش از یک بار چاپ شده است');
  await report.screenshot('compare-fa', true);
});
