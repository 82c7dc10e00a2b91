import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ReportPage } from './pages/report-page';
import { SampleStudy, SetsPage } from './pages/sets-page';

// Document sets (issue 13.4) on the sample study: one set by hand, one from the rule
// "year = 1403"; the report limited to each counts only their documents. The expected counts
// come from the fixture's own tables (one codings.csv row per reference in the paper's
// convention), not from the app.
const study = new SampleStudy();
const { documents, codings } = study;
const refsOf = (files: readonly string[]) => study.referencesIn(files);

const HAND = documents.slice(0, 3);
const handFiles = HAND.map((d) => d.file ?? '');
const ruleFiles = study.filesOfYear('1403');

// Axe on what this feature draws (the sets section; the report with its scope control). The
// documents table around it is A11Y's work in progress (issue 13.10) and is checked by a11y.spec.
async function axeClean(page: Page, selector?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  const result = await (selector ? builder.include(selector) : builder).analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
}

function totals(page: Page) {
  return page.getByRole('status').filter({ hasText: 'references in total' });
}

// A page error explains a blank page at once in the log.
test.beforeEach(({ page }) => {
  page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
});

test('a set by hand and a set by rule limit the report, and survive a reload', async ({ page }) => {
  expect(ruleFiles.length).toBeGreaterThan(0);
  expect(refsOf(ruleFiles)).toBeLessThan(codings.length);
  await page.addInitScript(() => localStorage.setItem('mazmun.locale', 'en'));
  await AppPage.open(page);
  const report = new ReportPage(page);
  await report.expectLoaded();
  await expect(totals(page)).toContainText(
    `${documents.length} documents in scope · ${codings.length} references in total`,
  );

  const sets = await SetsPage.open(page);
  await expect(sets.region.getByText('No sets yet.')).toBeVisible();

  // By hand: the first three interviews.
  await sets.start('First three');
  await sets.pickDocuments(HAND.map((d) => d.title ?? ''));
  await expect(sets.preview(String(HAND.length))).toBeVisible();
  await axeClean(page, '.sets-section');
  await sets.create();
  await expect(sets.item('First three')).toContainText(`${HAND.length} documents`);

  // By rule: year = 1403, with the live preview of its members.
  await sets.start('Year 1403');
  await sets.rule('year', ['1403']);
  await expect(sets.preview(String(ruleFiles.length))).toBeVisible();
  await page.screenshot({ path: 'test-results-sets/screens/sets-form-en.png' });
  await sets.create();
  await expect(sets.item('Year 1403')).toContainText(`${ruleFiles.length} documents`);
  await axeClean(page, '.sets-section');
  await page.screenshot({ path: 'test-results-sets/screens/sets-list-en.png' });

  // The report limited to each set.
  await report.goTo('report');
  await report.expectLoaded();
  const scope = SetsPage.scope(page);
  await scope.selectOption({ label: SetsPage.scopeOption('First three', HAND.length) });
  await expect(totals(page)).toContainText(
    `${HAND.length} documents in scope · ${refsOf(handFiles)} references in total`,
  );
  await scope.selectOption({ label: SetsPage.scopeOption('Year 1403', ruleFiles.length) });
  await expect(totals(page)).toContainText(
    `${ruleFiles.length} documents in scope · ${refsOf(ruleFiles)} references in total`,
  );
  await axeClean(page);
  await page.screenshot({ path: 'test-results-sets/screens/sets-report-en.png' });
  await scope.selectOption({ label: 'All documents' });
  await expect(totals(page)).toContainText(`${codings.length} references in total`);

  // Reload: both sets are stored with the project.
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  await SetsPage.open(page);
  await expect(sets.list.getByRole('listitem')).toHaveCount(2);
  await expect(sets.item('First three')).toContainText(`${HAND.length} documents`);
  await expect(sets.item('Year 1403')).toContainText(`${ruleFiles.length} documents`);
});

test('in Persian: a rule set from the sets section, right to left and axe-clean', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('mazmun.locale', 'fa'));
  await AppPage.open(page);
  await new ReportPage(page).expectLoaded();
  const sets = await SetsPage.open(page);
  await sets.start('سال ۱۴۰۳');
  // Values in the interface's digits, without grouping: a year reads ۱۴۰۳, not ۱٬۴۰۳.
  await sets.rule('year', ['۱۴۰۳']);
  const count = ruleFiles.length.toLocaleString('fa-IR', { useGrouping: false });
  await expect(sets.preview(count)).toBeVisible();
  await sets.region.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results-sets/screens/sets-form-fa.png' });
  await axeClean(page, '.sets-section');
  await sets.create();
  await expect(sets.item('سال ۱۴۰۳')).toContainText(`${count} سند`);
  await sets.region.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results-sets/screens/sets-list-fa.png' });
});
