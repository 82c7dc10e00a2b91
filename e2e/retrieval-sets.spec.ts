import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ReportPage } from './pages/report-page';
import { RetrievalPage } from './pages/retrieval-page';
import { SampleStudy, SetsPage } from './pages/sets-page';

// The Retrieval view limited to a document set (issue 13.4: every view can be limited to a set).
// A rule set "year = 1403" on the sample study; the passages expected are counted from the
// fixture's codings.csv: one passage per distinct (document, anchor, occurrence) of the code —
// two codings of the same words are one passage listing both (shared/analysis/retrieval.ts).
const study = new SampleStudy();
const CODE = 'همکاری در حوزه حمل و نقل';
const files1403 = study.filesOfYear('1403');

/** Passages of CODE per document title, in these files (all files when absent). */
function passagesByTitle(files?: readonly string[]): Map<string, number> {
  const seen = new Set<string>();
  const byTitle = new Map<string, number>();
  for (const c of study.codings) {
    const file = c.document ?? '';
    if (c.code !== CODE || (files && !files.includes(file))) continue;
    const key = `${file}|${c.anchor}|${c.occurrence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const title = study.titleOf(file);
    byTitle.set(title, (byTitle.get(title) ?? 0) + 1);
  }
  return byTitle;
}
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** The passages shown now, counted per document title from their labels ("Passage 3, <title>"). */
async function shownByTitle(retrieval: RetrievalPage): Promise<Map<string, number>> {
  const labels = await retrieval.passages.evaluateAll((els) =>
    els.map((el) => el.getAttribute('aria-label') ?? ''),
  );
  const byTitle = new Map<string, number>();
  for (const label of labels) {
    const title = /^Passage \d+, (.*)$/.exec(label)?.[1] ?? `?${label}`;
    byTitle.set(title, (byTitle.get(title) ?? 0) + 1);
  }
  return byTitle;
}

test.beforeEach(({ page }) => {
  page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
});

test('Retrieval limited to a rule set shows exactly the set’s passages; a reload shows all again', async ({
  page,
}) => {
  const all = passagesByTitle();
  const inSet = passagesByTitle(files1403);
  // The code has passages inside and outside the set, and two codings of one passage.
  expect(total(inSet)).toBeGreaterThan(0);
  expect(total(inSet)).toBeLessThan(total(all));
  expect(study.codings.filter((c) => c.code === CODE).length).toBeGreaterThan(total(all));

  await page.addInitScript(() => localStorage.setItem('mazmun.locale', 'en'));
  await AppPage.open(page);
  await new ReportPage(page).expectLoaded();
  const sets = await SetsPage.open(page);
  await sets.createByRule('Year 1403', 'year', ['1403']);

  let retrieval = await RetrievalPage.open(page);
  await retrieval.choose(CODE);
  await expect(retrieval.status).toHaveText(`${total(all)} passages in ${all.size} documents`);
  await expect(retrieval.passages).toHaveCount(total(all));
  expect(await shownByTitle(retrieval)).toEqual(all);

  const scope = SetsPage.scope(page);
  await scope.selectOption({ label: SetsPage.scopeOption('Year 1403', files1403.length) });
  await expect(retrieval.status).toHaveText(`${total(inSet)} passages in ${inSet.size} documents`);
  await expect(retrieval.passages).toHaveCount(total(inSet));
  expect(await shownByTitle(retrieval)).toEqual(inSet);
  await expect(page.getByText('Limited to the set “Year 1403”.')).toBeVisible();
  await page.screenshot({ path: 'test-results-scope/screens/retrieval-set-en.png' });

  // The scope is a choice of the session (renderer/hooks/use-report-options.ts), as the report's
  // and the charts' are: a reload starts from all documents again; the set itself is stored.
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  retrieval = await RetrievalPage.open(page);
  await expect(scope).toHaveValue('');
  await expect(
    scope.getByRole('option', { name: SetsPage.scopeOption('Year 1403', files1403.length) }),
  ).toHaveCount(1);
  await retrieval.choose(CODE);
  await expect(retrieval.status).toHaveText(`${total(all)} passages in ${all.size} documents`);
  await expect(retrieval.passages).toHaveCount(total(all));
});
