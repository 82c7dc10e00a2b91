import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

// Every view of the app, in English and in Persian, on the sample study (its codes, codings and
// charts give each view real content), checked with axe-core. All views are visited before the
// assertion, so one run names every view that fails, not only the first.

const NAV: readonly { readonly name: string; readonly en: string; readonly fa: string }[] = [
  { name: 'projects', en: 'Projects', fa: 'پروژه‌ها' },
  { name: 'documents', en: 'Documents', fa: 'اسناد' },
  { name: 'codebook', en: 'Codebook', fa: 'کتاب کد' },
  { name: 'cases', en: 'Cases', fa: 'موردها' },
  { name: 'retrieval', en: 'Retrieval', fa: 'بازیابی' },
  { name: 'search', en: 'Text search', fa: 'جست‌وجوی متن' },
  { name: 'report', en: 'Report', fa: 'گزارش' },
  { name: 'charts', en: 'Charts', fa: 'نمودارها' },
  { name: 'compare', en: 'Compare', fa: 'مقایسه' },
  { name: 'exchange', en: 'Import/Export', fa: 'ورود/خروج' },
];

const TABS: readonly { readonly name: string; readonly en: string; readonly fa: string }[] = [
  { name: 'crosstab', en: 'Crosstab', fa: 'جدول متقاطع' },
  { name: 'cooccurrence', en: 'Co-occurrence', fa: 'هم‌رخدادی' },
  { name: 'agreement', en: 'Coder agreement', fa: 'توافق کدگذاران' },
  { name: 'words', en: 'Word frequency', fa: 'بسامد واژه‌ها' },
  { name: 'network', en: 'Thematic network', fa: 'شبکهٔ مضامین' },
];

async function check(page: Page, view: string, found: string[]): Promise<void> {
  // Views load lazily and some fill in after a read: wait for the page to settle.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
  const result = await new AxeBuilder({ page }).analyze();
  for (const v of result.violations) {
    const where = v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(' | ');
    found.push(`${view}: ${v.id} (${v.nodes.length}) ${where}`);
  }
}

function nav(page: Page, label: string) {
  return page.getByRole('navigation').getByRole('button', { name: label, exact: true });
}

for (const locale of ['en', 'fa'] as const) {
  test(`every view is axe-clean in ${locale}`, async ({ page }) => {
    test.setTimeout(180_000);
    const app = await AppPage.open(page);
    await app.switchLanguage(locale);
    await expect(page.getByLabel(/Current project|پروژهٔ جاری/)).toContainText(/آذربایجان/, {
      timeout: 30_000,
    });
    const found: string[] = [];
    for (const v of NAV) {
      await nav(page, v[locale]).click();
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await check(page, v.name, found);
      if (v.name === 'documents') {
        // The transcript: the first document of the sample, opened from the list.
        await page
          .getByRole('button', { name: locale === 'en' ? /^Open / : /^باز کردن / })
          .first()
          .click();
        await expect(page.getByRole('document').first()).toBeVisible();
        await check(page, 'transcript', found);
        await page.screenshot({ path: `test-results-a11y/screens/transcript-${locale}.png` });
      }
    }
    await nav(page, locale === 'en' ? 'Analysis' : 'تحلیل').click();
    for (const tab of TABS) {
      await page.getByRole('tab', { name: tab[locale], exact: true }).click();
      await check(page, `analysis/${tab.name}`, found);
    }
    expect(found).toEqual([]);
  });
}
