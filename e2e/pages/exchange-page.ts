import { expect, type Download, type Locator, type Page } from '@playwright/test';

type ExportKind = 'qdpx' | 'qdc' | 'backup' | 'xlsx' | 'csv' | 'html';

const EXPORT_NAMES: Record<ExportKind, RegExp> = {
  qdpx: /^(Save REFI-QDA project \(\.qdpx\)|ذخیرهٔ پروژهٔ REFI-QDA \(\.qdpx\))$/,
  qdc: /^(Save Codebook \(\.qdc\)|ذخیرهٔ کتاب کد \(\.qdc\))$/,
  backup: /^(Save Mazmun backup|ذخیرهٔ پشتیبان مضمون)/,
  xlsx: /^(Save Tables as Excel|ذخیرهٔ جدول‌ها در اکسل)/,
  csv: /^(Save One table as CSV|ذخیرهٔ یک جدول)/,
  html: /^(Save Coding report \(HTML\)|ذخیرهٔ گزارش کدگذاری)/,
};

/** The Import/Export view, found by role and label; names match in English and Persian. */
export class ExchangePage {
  constructor(readonly page: Page) {}

  async goTo(): Promise<void> {
    const heading = this.page.getByRole('heading', {
      level: 1,
      name: /^(Import and export|ورود و خروج داده)$/,
    });
    // On first launch the app opens the sample study in its report view once it is imported;
    // a click before that lands would be overridden, so click until the view holds.
    await expect(async () => {
      await this.page
        .getByRole('navigation')
        .getByRole('button', { name: /^(Import\/Export|ورود\/خروج)$/ })
        .click();
      await expect(heading).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 15_000 });
  }

  /** Clicks an export's Save button and returns the browser download it starts. */
  async export(kind: ExportKind): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: EXPORT_NAMES[kind] }).click();
    return download;
  }

  async setReportLanguage(locale: 'en' | 'fa'): Promise<void> {
    await this.page.getByLabel(/^(Report language|زبان گزارش)$/).selectOption(locale);
  }

  get fileInput(): Locator {
    return this.page.getByLabel(/^(Choose a file to import…|انتخاب فایل برای وارد کردن…)$/);
  }

  async pick(path: string): Promise<void> {
    await this.fileInput.setInputFiles(path);
  }

  get preview(): Locator {
    return this.page.getByRole('region', { name: /^(Before importing|پیش از وارد کردن)/ });
  }

  /** The count shown for one row of the preview ("Documents", "Codings" …). */
  count(label: string): Locator {
    return this.preview.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell');
  }

  async importAsNewProject(): Promise<void> {
    await this.page
      .getByRole('button', { name: /^(Import as new project|وارد کردن به‌عنوان پروژهٔ تازه)$/ })
      .click();
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
  }
}
