import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { loadProjectDir } from '../shared/fixture/load-project-dir';
import { AppPage } from './pages/app-page';
import { DocumentsPage } from './pages/documents-page';
import { ExchangePage } from './pages/exchange-page';
import { ReportPage } from './pages/report-page';

// Run with MAZMUN_E2E_PORT=5185 --output test-results-merge.
const OUT = mkdtempSync(join(tmpdir(), 'mazmun-e2e-merge-'));
const DOC = '1. دکتر محمدجواد ظریف';
const CODE = 'همکاری در حوزه حمل و نقل';
const BY_A = 'کریدور شمال به جنوب';
// B codes part of A's passage: the agreement below is computed by hand from these two.
const BY_B = 'شمال به جنوب';

/** Code points of all the sample's documents, as the app stores them (the app's own loader). */
function sampleCharacters(): number {
  const dir = 'fixtures/azerbaijan';
  const files: Record<string, string> = {};
  for (const name of [
    'project.json',
    'codebook.json',
    'attributes.json',
    'cases.csv',
    'codings.csv',
    'documents.csv',
  ]) {
    files[name] = readFileSync(join(dir, name), 'utf8');
  }
  for (const name of readdirSync(join(dir, 'documents'))) {
    files[`documents/${name}`] = readFileSync(join(dir, 'documents', name), 'utf8');
  }
  const r = loadProjectDir(files);
  if (!r.ok) throw new Error(r.reason);
  expect(r.data.documents).toHaveLength(16);
  return r.data.documents.reduce((sum, d) => sum + [...d.text].length, 0);
}

/**
 * Cohen's kappa over characters for one code, by hand: A codes "کریدور شمال به جنوب" (19 code
 * points), B codes "شمال به جنوب" inside it (12); every other character of the 16 documents is
 * coded by neither. Both 12, A only 7, B only 0, neither N − 19.
 */
function handKappa(n: number): number {
  const po = (n - 7) / n;
  const a = 19 / n;
  const b = 12 / n;
  const pe = a * b + (1 - a) * (1 - b);
  return (po - pe) / (1 - pe);
}

async function saved(download: Download, name: string): Promise<string> {
  const path = join(OUT, name);
  await download.saveAs(path);
  return path;
}

/** A fresh profile: the app imports and opens the sample study on first launch. */
async function openWithSample(page: Page): Promise<AppPage> {
  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  await expect(page.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  return app;
}

const chooser = (page: Page): Locator => page.getByRole('combobox', { name: 'Current coder' });

/** Creates a coder with the header's chooser; codings made from now on carry them. */
async function becomeCoder(page: Page, name: string): Promise<void> {
  await chooser(page).selectOption({ label: 'New coder…' });
  await page.getByRole('textbox', { name: 'Name of the new coder' }).fill(name);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(chooser(page).locator('option:checked')).toHaveText(name);
}

async function codePassage(page: Page, passage: string): Promise<void> {
  const docs = await DocumentsPage.open(page);
  const t = await docs.openDocument(DOC);
  await t.dragSelect(passage);
  await t.codeWith(CODE);
  await expect(t.highlightsWith(CODE).filter({ hasText: passage }).first()).toBeVisible();
}

/** The report's total line under a coder filter ('All coders' or a coder's name). */
async function referencesBy(page: Page, coder: string): Promise<string> {
  const report = new ReportPage(page);
  await report.goTo('report');
  await page.getByLabel('Coder', { exact: true }).selectOption({ label: coder });
  const status = page.getByRole('status').filter({ hasText: 'references in total' });
  const text = await status.innerText();
  return /(\d[\d,]*) references in total/.exec(text)?.[1] ?? text;
}

test('a second coder codes in another profile, and their work is merged back in one undo step', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // Coder A, first profile: codes a passage, exports the study as .qdpx.
  const aContext = await browser.newContext();
  const a = await aContext.newPage();
  await openWithSample(a);
  await becomeCoder(a, 'A');
  await codePassage(a, BY_A);
  const exchangeA = new ExchangePage(a);
  await exchangeA.goTo();
  const qdpx = await saved(await exchangeA.export('qdpx'), 'study.qdpx');

  // Coder B, a second profile (its own IndexedDB and storage): imports, codes, exports a backup.
  const bContext = await browser.newContext();
  const b = await bContext.newPage();
  await openWithSample(b);
  const exchangeB = new ExchangePage(b);
  await exchangeB.goTo();
  await exchangeB.pick(qdpx);
  await exchangeB.importAsNewProject();
  await expect(b.getByRole('status').filter({ hasText: /Imported/ })).toBeVisible();
  await becomeCoder(b, 'B');
  await codePassage(b, BY_B);
  await exchangeB.goTo();
  const backup = await saved(await exchangeB.export('backup'), 'coder-b.mazmun.json');
  await bContext.close();

  // Back to A: merge B's backup. The preview: every document matched, one new coding, coder B.
  const before = await referencesBy(a, 'All coders');
  await exchangeA.goTo();
  await a.getByLabel('Choose a file to merge…').setInputFiles(backup);
  const preview = a.getByRole('region', { name: /^Merging “.*” into this project$/ });
  await expect(preview).toBeVisible();
  const row = (kind: string) => preview.getByRole('row', { name: new RegExp(`^${kind}`) });
  await expect(row('Documents').getByRole('cell')).toHaveText(['16', '0']);
  await expect(row('Coders').getByRole('cell')).toHaveText(['1', '1']);
  // Matched: the sample's references and A's coding; new: B's one coding.
  await expect(row('Codings').getByRole('cell').nth(1)).toHaveText('1');
  await expect(preview.getByText('No conflicts.')).toBeVisible();
  const axe = await new AxeBuilder({ page: a })
    .include('.merge')
    .include('.coder-chooser')
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await a.screenshot({ path: 'test-results-merge/screens/merge-preview-en.png', fullPage: true });
  const appA = new AppPage(a);
  await appA.switchLanguage('fa');
  await expect(a.getByRole('region', { name: /^ادغام .* در این پروژه$/ })).toBeVisible();
  await a.screenshot({ path: 'test-results-merge/screens/merge-preview-fa.png', fullPage: true });
  await appA.switchLanguage('en');
  await preview.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(a.getByRole('status').filter({ hasText: /^Merged/ })).toContainText('1 codings');

  // Both coders' codings are there, each found by the coder filter.
  expect(await referencesBy(a, 'A')).toBe('1');
  expect(await referencesBy(a, 'B')).toBe('1');
  const after = await referencesBy(a, 'All coders');
  expect(Number(after.replace(/,/g, ''))).toBe(Number(before.replace(/,/g, '')) + 1);
  await expect(chooser(a).locator('option')).toContainText(['B']);

  // The Analysis view's coder agreement for the code both coded: the hand-computed kappa.
  expect([[...BY_A].length, [...BY_B].length]).toEqual([19, 12]);
  const kappa = handKappa(sampleCharacters()).toFixed(3);
  await a.getByRole('navigation').getByRole('button', { name: 'Analysis' }).click();
  await a.getByRole('tab', { name: 'Coder agreement' }).click();
  const codeRow = a.getByTestId('ag-codes').getByRole('row', { name: new RegExp(CODE) });
  await expect(codeRow.locator('.ag-col-kappa')).toHaveText(kappa);

  // One undo takes the whole merge back: B's coding and B.
  await a.keyboard.press('Control+z');
  await expect(chooser(a).locator('option', { hasText: /^B$/ })).toHaveCount(0);
  expect(await referencesBy(a, 'All coders')).toBe(before);
  await aContext.close();
});
