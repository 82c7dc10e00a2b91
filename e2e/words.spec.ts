import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ReportPage } from './pages/report-page';
import { SearchPage } from './pages/search-page';

// The sample study's word frequency (Words tab of the Analysis view), in Persian and English.
const SHOTS = 'test-results-words/screens';
const WORD = 'مشترک';
const DOCS = join(process.cwd(), 'fixtures/azerbaijan/documents');

/** WORD's occurrences in the sample's files, counted here: a plain split on non-letters. */
function expectedCount(): number {
  let n = 0;
  for (const file of readdirSync(DOCS).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(DOCS, file), 'utf8');
    n += text.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w === WORD).length;
  }
  return n;
}

async function openWords(page: Page, locale: 'fa' | 'en'): Promise<void> {
  const app = await AppPage.open(page);
  await new ReportPage(page).expectLoaded();
  await app.switchLanguage(locale);
  await app.nav.getByRole('button', { name: /^(Analysis|تحلیل)$/ }).click();
  await page.getByRole('tab', { name: /^(Word frequency|بسامد واژه‌ها)$/ }).click();
  await page.evaluate(() => document.fonts.ready);
}

/** The word's own button (not its stop-list button): "Search for «…» (N times)". */
const searchName = new RegExp(`^(Search for|جست‌وجوی) «${WORD}»`);

const table = (page: Page) =>
  page.getByRole('table', { name: /^(Most frequent words|پربسامدترین واژه‌ها)$/ });

for (const locale of ['fa', 'en'] as const) {
  test(`the sample's words: a table and a cloud; a word opens the search on it (${locale})`, async ({
    page,
  }) => {
    const want = expectedCount();
    expect(want).toBeGreaterThan(0);
    await openWords(page, locale);
    const rows = table(page).locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeGreaterThan(10);
    // The cloud shows the same words as the table.
    const cloud = page.locator('.wf-cloud').getByRole('button');
    await expect(cloud).toHaveCount(await rows.count());
    // Stop words are left out: «و» (and) is the commonest word of the texts, and not in the table.
    await expect(table(page).getByRole('button', { name: /«و»/ })).toHaveCount(0);

    const word = table(page).getByRole('button', { name: searchName });
    const row = rows.filter({ has: page.getByRole('button', { name: searchName }) });
    // Count column (the third): in the interface's digits.
    const digits =
      locale === 'fa'
        ? String(want).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] ?? d)
        : String(want);
    await expect(row.locator('td').nth(2)).toHaveText(digits);

    const axe = await new AxeBuilder({ page }).include('.analysis-view').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/words-${locale}.png`, fullPage: true });

    await word.click();
    const search = new SearchPage(page);
    await expect(
      page.getByRole('heading', { level: 1, name: /^(Text search|جست‌وجوی متن)$/ }),
    ).toBeVisible();
    await expect(search.input).toHaveValue(WORD);
    await expect(page.getByLabel(/^(Whole words only|فقط واژهٔ کامل)$/)).toBeChecked();
    await expect(search.hits).toHaveCount(want);
    await page.screenshot({ path: `${SHOTS}/words-search-${locale}.png`, fullPage: false });
  });
}

test('the stop list editor hides a word and puts it back, kept for the project', async ({
  page,
}) => {
  await openWords(page, 'en');
  const word = table(page).getByRole('button', { name: searchName });
  await expect(word).toHaveCount(1);
  await table(page)
    .getByRole('button', { name: `Add «${WORD}» to the stop list` })
    .click();
  await expect(word).toHaveCount(0);
  // Kept: after a reload the word is still left out.
  await page.reload();
  await openWordsAgain(page);
  await expect(table(page).locator('tbody tr').first()).toBeVisible();
  await expect(word).toHaveCount(0);
  await page.getByText('Edit the stop list').click();
  await page.getByRole('button', { name: `Take «${WORD}» off the list` }).click();
  await expect(word).toHaveCount(1);
  // Switched off, the stop words come back: «و» is then the commonest word.
  await page.getByLabel('Leave out stop words').uncheck();
  await expect(table(page).locator('tbody tr').first().getByRole('button').first()).toHaveText('و');
});

async function openWordsAgain(page: Page): Promise<void> {
  const app = new AppPage(page);
  // The last project reopens (start-up does not move a researcher who has chosen a view).
  await expect(app.nav.getByRole('button', { name: /^(Analysis|تحلیل)$/ })).toBeEnabled();
  await app.nav.getByRole('button', { name: /^(Analysis|تحلیل)$/ }).click();
  await page.getByRole('tab', { name: /^(Word frequency|بسامد واژه‌ها)$/ }).click();
}
