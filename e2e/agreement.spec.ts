import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  buildCode,
  buildCoder,
  buildCoding,
  buildDocument,
  buildProject,
  buildSnapshot,
} from '../shared/db/test-builders';
import { serializeBackup } from '../shared/exchange/backup';
import { AppPage } from './pages/app-page';
import { CrosstabPage } from './pages/crosstab-page';
import { ExchangePage } from './pages/exchange-page';

const SHOTS = 'test-results-agreement/screens';
const OUT = mkdtempSync(join(tmpdir(), 'mazmun-e2e-agreement-'));

// A two-coder project as a Mazmun backup. d1 has 20 characters, d2 13 (no surrogate pairs).
const project = buildProject({ name: 'Agreement study', language: 'en' });
const projectId = project.id;
const ana = buildCoder({ projectId, name: 'Ana' });
const bita = buildCoder({ projectId, name: 'Bita' });
const code = buildCode({ projectId, name: 'همکاری اقتصادی' });
const d1 = buildDocument({
  projectId,
  title: 'Interview 1',
  text: 'Trade grew. Ties up.',
  direction: 'ltr',
});
const d2 = buildDocument({ projectId, title: 'مصاحبه ۲', text: 'روابط خوب است', direction: 'rtl' });
const snapshot = buildSnapshot({
  project,
  documents: [d1, d2],
  cases: [],
  attributes: [],
  memos: [],
  codes: [code],
  coders: [ana, bita],
  codings: [
    buildCoding({
      projectId,
      documentId: d1.id,
      codeId: code.id,
      coderId: ana.id,
      start: 0,
      end: 12,
    }),
    buildCoding({
      projectId,
      documentId: d1.id,
      codeId: code.id,
      coderId: bita.id,
      start: 4,
      end: 16,
    }),
  ],
});
// By hand: Ana [0,12), Bita [4,16) of d1; d2 nobody. Characters N = 20 + 13 = 33.
// Both [4,12) = 8; Ana only [0,4) = 4; Bita only [12,16) = 4; neither 33 − 16 = 17.
// po = (8 + 17)/33 = 25/33 = 75.8 %; each coder coded 12/33, so
// pe = (12/33)² + (21/33)² = (144 + 441)/1089 = 585/1089;
// kappa = (825 − 585)/(1089 − 585) = 240/504 = 10/21 = 0.476.
const KAPPA = '0.476';

async function openAgreement(page: Page): Promise<AppPage> {
  expect([d1.text.length, d2.text.length]).toEqual([20, 13]);
  const path = `${OUT}/two-coders.mazmun.json`;
  writeFileSync(path, serializeBackup(snapshot));
  const app = await AppPage.open(page);
  const exchange = new ExchangePage(page);
  await exchange.goTo();
  await exchange.pick(path);
  await expect(exchange.preview).toBeVisible();
  await exchange.importAsNewProject();
  await app.goToProjects();
  await page.getByRole('button', { name: 'Open Agreement study' }).click();
  await app.nav.getByRole('button', { name: /^(Analysis|تحلیل)$/ }).click();
  await page.getByRole('tab', { name: /^(Coder agreement|توافق کدگذاران)$/ }).click();
  return app;
}

test('two coders: the hand-computed kappa, the passages where they differ, fa and en', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = await openAgreement(page);
  await expect(page.getByTestId('ag-summary')).toHaveText(
    `All codes pooled: agreement 75.8%, kappa ${KAPPA}.`,
  );
  const row = page.getByTestId('ag-codes').getByRole('row', { name: /همکاری اقتصادی/ });
  await expect(row.locator('.ag-col-kappa')).toHaveText(KAPPA);
  await expect(row.locator('.ag-col-percent')).toHaveText('75.8%');
  // The passages where they differ: "Trad" (Ana only) and "Ties" (Bita only), side by side.
  const passages = page.getByTestId('ag-passage');
  await expect(passages).toHaveCount(2);
  await expect(passages.nth(0).getByRole('cell').nth(2)).toHaveText('Trad');
  await expect(passages.nth(1).getByRole('cell').nth(3)).toHaveText('Ties');
  await expect(page.getByTestId('ag-alpha-value')).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('.analysis-view').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.screenshot({ path: `${SHOTS}/agreement-en.png` });

  await app.switchLanguage('fa');
  await expect(page.getByTestId('ag-summary')).toContainText('کاپا ۰٫۴۷۶');
  const axeFa = await new AxeBuilder({ page }).include('.analysis-view').analyze();
  expect(axeFa.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/agreement-fa.png` });
  await app.switchLanguage('en');

  // A click away from the transcript, at the passage.
  await passages.nth(1).getByRole('button', { name: 'Open “Interview 1” at this passage' }).click();
  await expect(page.getByText('Trade grew. Ties up.')).toBeVisible();
});

test('the crosstab’s coder filter counts only that coder’s references', async ({ page }) => {
  test.setTimeout(120_000);
  await openAgreement(page);
  const xt = new CrosstabPage(page);
  await xt.tab('crosstab').click();
  // One code without children (a basic theme), no attributes: the grand total is its references.
  await xt.choose({ count: 'References', level: 'Basic themes' });
  const by = (coderId: string | null) => snapshot.codings.filter((c) => c.coderId === coderId);
  await expect(xt.grandTotal).toHaveText(String(snapshot.codings.length));
  // The tab's own select (the header's "Coder" is the current coder, who codes next).
  const coder = page.locator('#crosstab-coder');
  await coder.selectOption({ label: 'Ana' });
  await expect(xt.grandTotal).toHaveText(String(by(ana.id).length));
  // Ana's passage alone: the cell retrieves her coding, "Trade grew." (0–12), not Bita's.
  await page.getByRole('button', { name: /^همکاری اقتصادی, Total: 1\./ }).click();
  await expect(xt.items).toHaveCount(by(ana.id).length);
  await expect(xt.items.first()).toContainText('Trade grew.');
  await coder.selectOption({ label: 'Codings without a coder' });
  await expect(xt.grandTotal).toHaveText(String(by(null).length));
  await coder.selectOption({ label: 'All coders' });
  await expect(xt.grandTotal).toHaveText(String(snapshot.codings.length));
  const axe = await new AxeBuilder({ page }).include('.analysis-view').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
