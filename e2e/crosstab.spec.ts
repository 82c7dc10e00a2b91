import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CrosstabPage } from './pages/crosstab-page';
import { ReportPage } from './pages/report-page';

// The sample study: 307 references (Table 2); interviews of 1400 and 1403 (attribute "year").
const SHOTS = 'test-results-crosstab/screens';
const TRANSPORT = 'همکاری در حوزه حمل و نقل';

async function axeClean(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).include('.analysis-view').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test('crosstab of references by year sums to 307; a cell retrieves its passages', async ({
  page,
}) => {
  const app = await AppPage.open(page);
  await new ReportPage(page).expectLoaded(); // the sample study is imported and open
  await app.switchLanguage('en');
  const xt = new CrosstabPage(page);
  await xt.open();
  await xt.choose({ cols: 'year', count: 'References', level: 'Basic themes' });
  await expect(xt.table).toBeVisible();
  await expect(xt.grandTotal).toHaveText('307');
  await expect(page.getByTestId('xt-chi')).toContainText(/Chi-square = [\d.]+, df = 24, p = /);

  // A click on a cell lists as many passages as the cell counts, each with a way to the transcript.
  const cell = xt.cell(TRANSPORT, '1400');
  const label = (await cell.getAttribute('aria-label')) ?? '';
  const count = Number(/: (\d+)\./.exec(label)?.[1]);
  expect(count).toBeGreaterThan(0);
  await cell.click();
  await expect(
    page.getByRole('heading', { name: new RegExp(`${TRANSPORT}\u2069? × \u2068?1400`) }),
  ).toBeVisible();
  await expect(xt.items.locator('mark').first()).toBeVisible();
  // Identical passages coded twice show once.
  expect(await xt.items.count()).toBeLessThanOrEqual(count);
  expect(await xt.items.count()).toBeGreaterThan(0);

  await axeClean(page);
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.screenshot({ path: `${SHOTS}/crosstab-en.png`, fullPage: true });
  await app.switchLanguage('fa');
  await expect(xt.grandTotal).toHaveText('۳۰۷');
  await axeClean(page);
  await page.screenshot({ path: `${SHOTS}/crosstab-fa.png`, fullPage: true });
  await app.switchLanguage('en');

  // Row percentages: each row of two years adds up to 100 %.
  await xt.select(/^Percentages$/).selectOption({ label: 'Row %' });
  await expect(page.locator('.xt-pct').first()).toContainText('%');

  // The passage opens in the transcript.
  await xt.items.first().getByRole('button', { name: 'Open transcript' }).click();
  await expect(page.getByRole('tab', { name: 'Crosstab' })).toHaveCount(0);
});

test('co-occurrence matrix: a cell retrieves the passages where two themes meet', async ({
  page,
}) => {
  const app = await AppPage.open(page);
  await new ReportPage(page).expectLoaded();
  await app.switchLanguage('en');
  const xt = new CrosstabPage(page);
  await xt.open();
  await xt.tab('cooccurrence').click();
  await xt.select(/^Codes meet when$/).selectOption({ label: 'they share a document' });
  const table = page.getByRole('table', { name: /^Co-occurrence of Organizing themes/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('rowheader')).toHaveCount(6);
  const first = table.getByRole('button', { name: /: [1-9]\d*\. Show the passages$/ }).first();
  await first.click();
  await expect(xt.items.first()).toBeVisible();
  await expect(xt.items.first()).toContainText('The whole document');
  await axeClean(page);
  await page.setViewportSize({ width: 1280, height: 1200 });
  await page.screenshot({ path: `${SHOTS}/cooccurrence-en.png`, fullPage: true });
  await app.switchLanguage('fa');
  await axeClean(page);
  await page.screenshot({ path: `${SHOTS}/cooccurrence-fa.png`, fullPage: true });
});
