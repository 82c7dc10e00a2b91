import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readDirFiles } from '../cli/node-io';
import { buildCoder, buildCoding, buildMemo } from '../shared/db/test-builders';
import { serializeBackup } from '../shared/exchange/backup';
import { loadProjectDir } from '../shared/fixture/load-project-dir';
import type { ProjectSnapshot } from '../shared/model';
import { AppPage } from './pages/app-page';
import { ExchangePage } from './pages/exchange-page';
import { ReportPage } from './pages/report-page';
import { SearchPage } from './pages/search-page';
import { SampleStudy, SetsPage } from './pages/sets-page';

// Text search, coder agreement and the memo manager limited to a document set (issue 13.4).
// The sample study with two coders and a few memos, imported as a backup; a rule set "year =
// 1403" made in the app. What each view must show is worked out here from the fixture's plain
// files: the set's files from cases.csv, the hits by counting the word in the texts.
const SHOTS = 'test-results-scope2/screens';
const OUT = mkdtempSync(join(tmpdir(), 'mazmun-e2e-set-scope-'));
const SET = 'Year 1403';
const WORD = 'همکاری';

const study = new SampleStudy();
const files1403 = study.filesOfYear('1403');
const allFiles = study.documents.map((d) => d.file ?? '');
const text = (file: string) => readFileSync(`${SampleStudy.DIR}/documents/${file}`, 'utf8');
/** Hits of WORD (phrase search, not whole words: every occurrence) in these files. */
function hitsIn(files: readonly string[]): { hits: number; documents: number } {
  const per = files.map((f) => text(f).split(WORD).length - 1);
  return { hits: per.reduce((a, b) => a + b, 0), documents: per.filter((n) => n > 0).length };
}

/**
 * The study with two coders: Ana coded every reference of codings.csv, Bita the same ones on the
 * 1403 interviews only. So within the set they agree on every character (100 %, kappa 1), and
 * over all documents they do not. Memos: the project, a code, a document inside the set and one
 * outside, a coded passage inside and one outside.
 */
function studyWithCoders(): { snapshot: ProjectSnapshot; inside: string; outside: string } {
  const files = readDirFiles(SampleStudy.DIR);
  if (!files.ok) throw new Error(files.reason);
  const loaded = loadProjectDir(files.data);
  if (!loaded.ok) throw new Error(loaded.reason);
  const s = loaded.data;
  const projectId = s.project.id;
  const ana = buildCoder({ projectId, name: 'Ana' });
  const bita = buildCoder({ projectId, name: 'Bita' });
  const titleIn = study.titleOf(files1403[0] ?? '');
  const titleOut = study.titleOf(allFiles.find((f) => !files1403.includes(f)) ?? '');
  const docIn = s.documents.find((d) => d.title === titleIn)!;
  const docOut = s.documents.find((d) => d.title === titleOut)!;
  const titles1403 = new Set(files1403.map((f) => study.titleOf(f)));
  const inSet = new Set(s.documents.filter((d) => titles1403.has(d.title)).map((d) => d.id));
  // A fresh id for each copy (buildCoding makes one); the rest of the reference as it is.
  const copy = ({ id: _id, ...c }: (typeof s.codings)[number], coderId: typeof ana.id, memo = '') =>
    buildCoding({ ...c, coderId, memo });
  const firstIn = s.codings.find((c) => c.documentId === docIn.id)!;
  const firstOut = s.codings.find((c) => c.documentId === docOut.id)!;
  const codings = [
    ...s.codings.map((c) =>
      copy(
        c,
        ana.id,
        c === firstIn ? 'Passage memo inside' : c === firstOut ? 'Passage memo outside' : '',
      ),
    ),
    ...s.codings.filter((c) => inSet.has(c.documentId)).map((c) => copy(c, bita.id)),
  ];
  const code = s.codes[0]!;
  const memos = [
    buildMemo({ projectId, title: 'Project memo', target: { kind: 'project' } }),
    buildMemo({ projectId, title: 'Code memo', target: { kind: 'code', id: code.id } }),
    buildMemo({
      projectId,
      title: 'Document memo inside',
      target: { kind: 'document', id: docIn.id },
    }),
    buildMemo({
      projectId,
      title: 'Document memo outside',
      target: { kind: 'document', id: docOut.id },
    }),
  ];
  return {
    snapshot: {
      ...s,
      project: { ...s.project, name: 'Set scope study' },
      coders: [ana, bita],
      codings,
      memos,
    },
    inside: titleIn,
    outside: titleOut,
  };
}

const MEMOS_IN_SET = ['Project memo', 'Code memo', 'Document memo inside', 'Passage memo inside'];
const MEMOS_OUTSIDE = ['Document memo outside', 'Passage memo outside'];

async function axeClean(page: Page, selector: string): Promise<void> {
  const axe = await new AxeBuilder({ page }).include(selector).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(' ')})`),
  ).toEqual([]);
}

test.beforeEach(({ page }) => {
  page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
});

test('search hits, coder agreement and the memo list limited to a rule set', async ({ page }) => {
  test.setTimeout(180_000);
  // The set must split the study, and the word occur on both sides, or nothing is shown.
  const all = hitsIn(allFiles);
  const inSet = hitsIn(files1403);
  expect(inSet.hits).toBeGreaterThan(0);
  expect(inSet.hits).toBeLessThan(all.hits);
  const { snapshot } = studyWithCoders();
  const path = `${OUT}/set-scope.mazmun.json`;
  writeFileSync(path, serializeBackup(snapshot));

  await page.addInitScript(() => localStorage.setItem('mazmun.locale', 'en'));
  const app = await AppPage.open(page);
  await new ReportPage(page).expectLoaded();
  const exchange = new ExchangePage(page);
  await exchange.goTo();
  await exchange.pick(path);
  await expect(exchange.preview).toBeVisible();
  await exchange.importAsNewProject();
  await expect(page.getByRole('status').filter({ hasText: /^Imported/ })).toBeVisible({
    timeout: 30_000,
  });
  await app.goToProjects();
  await page.getByRole('button', { name: 'Open Set scope study' }).click();
  const sets = await SetsPage.open(page);
  await sets.createByRule(SET, 'year', ['1403']);
  const option = SetsPage.scopeOption(SET, files1403.length);
  const scope = SetsPage.scope(page);

  // Text search: every document, then the set's only; the counts are the set's.
  const search = await SearchPage.open(page);
  await search.search(WORD);
  expect(await search.counts()).toEqual(all);
  await scope.selectOption({ label: option });
  await expect(search.summary).toHaveText(
    new RegExp(`^${inSet.hits} hits? in ${inSet.documents} documents?`),
  );
  expect(await search.counts()).toEqual(inSet);
  const shownTitles = await search.groups.getByRole('heading').allInnerTexts();
  const titles1403 = new Set(files1403.map((f) => study.titleOf(f)));
  expect(shownTitles.length).toBe(inSet.documents);
  // Each group's heading: the title, then its count ("1 in this document") on a line of its own.
  for (const t of shownTitles) expect(titles1403.has(t.split('\n')[0]!.trim()), t).toBe(true);
  await axeClean(page, '.search-view');
  await page.screenshot({ path: `${SHOTS}/search-set-en.png` });

  // Coder agreement: the scope is shared, so the tab opens on the set.
  await app.nav.getByRole('button', { name: /^(Analysis|تحلیل)$/ }).click();
  await page.getByRole('tab', { name: 'Coder agreement' }).click();
  await expect(scope).toHaveValue(/.+/);
  const summary = page.getByTestId('ag-summary');
  await expect(summary).toHaveText(/^All codes pooled: agreement 100(\.0)?%, kappa 1(\.0+)?\.$/);
  const docRows = page.getByTestId('ag-documents').locator('tbody th');
  const codedFiles1403 = files1403.filter((f) => study.referencesIn([f]) > 0);
  await expect(docRows).toHaveCount(codedFiles1403.length);
  expect((await docRows.allInnerTexts()).map((t) => t.trim()).sort()).toEqual(
    codedFiles1403.map((f) => study.titleOf(f)).sort(),
  );
  await axeClean(page, '.analysis-view');
  await page.screenshot({ path: `${SHOTS}/agreement-set-en.png` });
  // All documents: Bita coded nothing outside the set, so they no longer agree everywhere.
  await scope.selectOption({ label: 'All documents' });
  await expect(summary).not.toHaveText(/agreement 100(\.0)?%/);
  await expect(docRows).toHaveCount(allFiles.filter((f) => study.referencesIn([f]) > 0).length);
  await scope.selectOption({ label: option });

  // The memo manager: memos on the set's documents and passages, and project and code memos.
  await app.nav.getByRole('button', { name: /^(Memos|یادداشت‌ها)$/ }).click();
  const rows = page.getByRole('table', { name: 'Memos of the project' }).locator('tbody tr');
  await expect(rows).toHaveCount(MEMOS_IN_SET.length);
  const listed = (await rows.allInnerTexts()).join('\n');
  for (const m of MEMOS_IN_SET) expect(listed).toContain(m);
  for (const m of MEMOS_OUTSIDE) expect(listed).not.toContain(m);
  await expect(page.getByText(/project and code memos are shown whatever the set/)).toBeVisible();
  await axeClean(page, '.mm-view');
  await page.screenshot({ path: `${SHOTS}/memos-set-en.png`, fullPage: true });
  // In Persian too: the note, and still axe-clean.
  await app.switchLanguage('fa');
  await expect(page.getByText(/یادداشت‌های پروژه و کدها در هر مجموعه‌ای/)).toBeVisible();
  await axeClean(page, '.mm-view');
  await page.screenshot({ path: `${SHOTS}/memos-set-fa.png`, fullPage: true });
  await app.switchLanguage('en');
  await scope.selectOption({ label: 'All documents' });
  await expect(rows).toHaveCount(MEMOS_IN_SET.length + MEMOS_OUTSIDE.length);
});
