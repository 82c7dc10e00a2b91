import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { DocumentsPage } from './pages/documents-page';
import { repairBrokenPersian } from '../shared/text/broken-persian-repair';
import { CLEAN_PERSIAN, toVisualOrder } from '../shared/text/broken-persian-test-builders';

// Issue 11 through the UI: a Persian PDF read in the worker, its running header offered for
// removal; seed 002 (Persian copied out of a PDF) flagged, previewed, imported repaired.
const PDF = join(process.cwd(), 'fixtures/pdf/persian.pdf');
const SEED = join(process.cwd(), 'fixtures/seeds/002_e0ff0a2344230e73.txt');
const HEADER = 'فصلنامۀ پژوهش‌های کیفی — نسخۀ آزمایشی';

async function axeClean(page: Page, selector: string): Promise<void> {
  const axe = await new AxeBuilder({ page }).include(selector).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function freshProject(page: Page, locale: 'en' | 'fa', name: string) {
  const app = await AppPage.open(page);
  await app.switchLanguage(locale);
  await expect(page.getByLabel(/Current project|پروژهٔ جاری/)).toContainText(/آذربایجان/, {
    timeout: 30_000,
  });
  await (await app.goToProjects()).create(name);
  return DocumentsPage.open(page);
}

test('a Persian PDF: read in the worker, its running header left out, its text shown', async ({
  page,
}) => {
  const docs = await freshProject(page, 'en', 'PDF study');
  await docs.importFiles([PDF]);
  const dialog = page.getByRole('dialog', { name: 'Check before importing' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  const header = dialog.getByRole('checkbox', { name: new RegExp(HEADER) });
  await expect(header).toBeChecked();
  await axeClean(page, '.text-check-dialog');
  await page.screenshot({ path: 'test-results-pdf/screens/pdf-review-en.png' });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(docs.row('persian')).toBeVisible();
  const t = await docs.openDocument('persian');
  // The first paragraph of fixtures/pdf/persian.txt, and no running header left in the text.
  const first = readFileSync(join(process.cwd(), 'fixtures/pdf/persian.txt'), 'utf8').split(
    '\n',
  )[0];
  await expect(t.text).toContainText((first ?? '').split(' ').slice(0, 6).join(' '));
  await expect(t.text).not.toContainText(HEADER);
  // Pages are kept for the transcript: the margin marks where page 1 begins.
  await expect(page.locator('.transcript-main .page-mark').first()).toHaveText('p. 1');
});

test('seed 002: the broken-Persian warning with its preview, imported repaired, one undo', async ({
  page,
}) => {
  const seed = readFileSync(SEED, 'utf8');
  const repaired = repairBrokenPersian(seed.replace(/\r\n?/g, '\n'));
  const line = repaired.preview[0];
  expect(line).toBeDefined();
  const docs = await freshProject(page, 'fa', 'متن شکسته');
  await docs.importFiles([SEED]);
  const dialog = page.getByRole('dialog', { name: 'بررسی پیش از وارد کردن' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('heading', { name: /وارونه/ })).toBeVisible();
  const preview = dialog.getByRole('table', { name: 'پیش‌نمایش ترمیم' });
  await expect(preview.getByRole('row').nth(1)).toContainText((line?.after ?? '').trim());
  // Never applied silently: "as is" is the default.
  await expect(dialog.getByRole('radio', { name: 'همان‌گونه که هست' })).toBeChecked();
  await axeClean(page, '.text-check-dialog');
  await page.screenshot({ path: 'test-results-pdf/screens/broken-review-fa.png' });
  await dialog.getByRole('radio', { name: /^ترمیم‌شده/ }).check();
  await dialog.getByRole('button', { name: 'وارد کن' }).click();
  const title = '002_e0ff0a2344230e73';
  await expect(docs.row(title)).toBeVisible();
  const t = await docs.openDocument(title);
  await expect(t.text).toContainText((line?.after ?? '').trim());
  await expect(t.text).not.toContainText((line?.before ?? '').trim());
  await page.screenshot({ path: 'test-results-pdf/screens/broken-repaired-fa.png' });

  // One undo step takes the document (and its import record) away.
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^(Documents|اسناد)$/ })
    .click();
  await expect(docs.heading).toBeVisible();
  await expect(docs.row(title)).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(docs.row(title)).toHaveCount(0);
});

test('pasted Persian in visual order: warned too, imported as is by default', async ({ page }) => {
  const broken = toVisualOrder(`${CLEAN_PERSIAN}\n${CLEAN_PERSIAN}`);
  const docs = await freshProject(page, 'en', 'Paste study');
  await page.getByRole('button', { name: 'Paste text as a new document' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste text as a new document' });
  await paste.getByLabel('Title (optional)').fill('pasted');
  await paste.getByLabel('Text', { exact: true }).fill(broken);
  await paste.getByRole('button', { name: 'Create document' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check before importing' });
  await expect(dialog.getByRole('table', { name: 'Preview of the repair' })).toContainText(
    CLEAN_PERSIAN.split('\n')[0] ?? '',
  );
  await dialog.getByRole('button', { name: 'Import' }).click();
  const t = await docs.openDocument('pasted');
  await expect(t.text).toContainText(broken.split('\n')[0] ?? '');
});
