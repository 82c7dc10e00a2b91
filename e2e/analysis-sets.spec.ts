import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CrosstabPage } from './pages/crosstab-page';
import { ReportPage } from './pages/report-page';
import { SampleStudy, SetsPage } from './pages/sets-page';

// The Analysis tabs limited to a document set (issue 13.4: every view can be limited to a set).
// A rule set "year = 1403" on the sample study; the expected references come from the fixture's
// own files (one codings.csv row per reference in the paper's convention), not from the app.
const study = new SampleStudy();
const { codings } = study;
const ruleFiles = study.filesOfYear('1403');
const refs1403 = study.referencesIn(ruleFiles);
const SET = SetsPage.scopeOption('Year 1403', ruleFiles.length);

async function axeClean(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).include('.analysis-view').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** The sum of the references of the network table's global themes. */
async function globalReferences(page: Page): Promise<number> {
  const cells = await page.locator('.network-row.global td:nth-child(3)').allTextContents();
  return cells.reduce((sum, c) => sum + Number(c.replace(/\D/g, '')), 0);
}

test.beforeEach(({ page }) => {
  page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
});

test('crosstab and network follow the document set chosen in any tab', async ({ page }) => {
  expect(refs1403).toBeGreaterThan(0);
  expect(refs1403).toBeLessThan(codings.length);
  await page.addInitScript(() => localStorage.setItem('mazmun.locale', 'en'));
  await AppPage.open(page);
  await new ReportPage(page).expectLoaded();

  const sets = await SetsPage.open(page);
  await sets.createByRule('Year 1403', 'year', ['1403']);

  const xt = new CrosstabPage(page);
  await xt.open();
  await xt.choose({ cols: 'year', count: 'References', level: 'Basic themes' });
  await expect(xt.grandTotal).toHaveText(String(codings.length));
  const scope = SetsPage.scope(page);
  await scope.selectOption({ label: SET });
  await expect(xt.grandTotal).toHaveText(String(refs1403));
  const setValue = await scope.inputValue();
  // Only the 1403 column is left: every document of the set was interviewed in 1403.
  await expect(xt.table.getByRole('columnheader', { name: '1400' })).toHaveCount(0);
  await axeClean(page);
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.screenshot({ path: 'test-results-dedupe/screens/crosstab-set-en.png' });

  // The choice is shared: the co-occurrence and network tabs show the same set.
  await xt.tab('cooccurrence').click();
  await expect(SetsPage.scope(page)).toHaveValue(setValue);
  await page.getByRole('tab', { name: 'Thematic network' }).click();
  await page.getByText('Themes of the map as a table').click();
  await expect.poll(() => globalReferences(page)).toBe(refs1403);
  await SetsPage.scope(page).selectOption({ label: 'All documents' });
  await expect.poll(() => globalReferences(page)).toBe(codings.length);
});
