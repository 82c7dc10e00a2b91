import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CrosstabPage } from './pages/crosstab-page';
import { DocumentsPage } from './pages/documents-page';
import { ReportPage } from './pages/report-page';

// The Analysis tabs limited to a document set (issue 13.4: every view can be limited to a set).
// A rule set "year = 1403" on the sample study; the expected references come from the fixture's
// own files (one codings.csv row per reference in the paper's convention), not from the app.
const FIXTURE = 'fixtures/azerbaijan';
function csv(name: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(`${FIXTURE}/${name}`, 'utf8').trim().split(/\r?\n/);
  const keys = (head ?? '').split(',');
  return lines.map((l) => {
    const cells = l.split(',');
    return Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? '']));
  });
}
const documents = csv('documents.csv');
const cases = csv('cases.csv');
const codings = csv('codings.csv');
const years1403 = new Set(cases.filter((c) => c.year === '1403').map((c) => c.id));
const ruleFiles = documents.filter((d) => years1403.has(d.case ?? '')).map((d) => d.file ?? '');
const refs1403 = codings.filter((c) => ruleFiles.includes(c.document ?? '')).length;
const SET = `Set: Year 1403 (${ruleFiles.length})`;

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

  await DocumentsPage.open(page);
  const sets = page.getByRole('region', { name: 'Document sets' });
  await sets.getByRole('button', { name: 'New set' }).click();
  const form = sets.getByRole('form', { name: 'New set' });
  await form.getByLabel('Name of the set').fill('Year 1403');
  await form.getByRole('radio', { name: 'From case attributes' }).check();
  await form.getByLabel('Attribute', { exact: true }).selectOption({ label: 'year' });
  await form.getByRole('checkbox', { name: '1403' }).check();
  await form.getByRole('button', { name: 'Create set' }).click();
  await expect(sets.getByRole('listitem').filter({ hasText: 'Year 1403' })).toBeVisible();

  const xt = new CrosstabPage(page);
  await xt.open();
  await xt.choose({ cols: 'year', count: 'References', level: 'Basic themes' });
  await expect(xt.grandTotal).toHaveText(String(codings.length));
  const scope = page.getByLabel('Documents', { exact: true });
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
  await expect(page.getByLabel('Documents', { exact: true })).toHaveValue(setValue);
  await page.getByRole('tab', { name: 'Thematic network' }).click();
  await page.getByText('Themes of the map as a table').click();
  await expect.poll(() => globalReferences(page)).toBe(refs1403);
  await page.getByLabel('Documents', { exact: true }).selectOption({ label: 'All documents' });
  await expect.poll(() => globalReferences(page)).toBe(codings.length);
});
