import { expect, type Locator, type Page } from '@playwright/test';

/** The report, charts and compare views, found by role and label. Names match in both languages. */
export class ReportPage {
  constructor(readonly page: Page) {}

  get nav(): Locator {
    return this.page.getByRole('navigation');
  }

  async goTo(view: 'report' | 'charts' | 'compare'): Promise<void> {
    const names = {
      report: /^(Report|گزارش)$/,
      charts: /^(Charts|نمودارها)$/,
      compare: /^(Compare|مقایسه)$/,
    };
    await this.nav.getByRole('button', { name: names[view] }).click();
  }

  get table(): Locator {
    return this.page.getByRole('table', {
      name: /^(Themes with their sources and references|مضامین با منابع و ارجاع‌هایشان)$/,
    });
  }

  /** The body row of a theme (its name is the row header). */
  themeRow(name: string): Locator {
    return this.table
      .locator('tbody')
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader').getByText(name, { exact: true }) });
  }

  /** The numbers of a theme row: [sources, references] as shown. */
  async counts(name: string): Promise<[string, string]> {
    const cells = this.themeRow(name).getByRole('cell');
    return [(await cells.nth(1).innerText()).trim(), (await cells.nth(2).innerText()).trim()];
  }

  get totalRow(): Locator {
    return this.table.locator('tfoot').getByRole('row');
  }

  get bodyRows(): Locator {
    return this.table.locator('tbody').getByRole('row');
  }

  expander(name: string, open: boolean): Locator {
    const verb = open ? /^(Collapse|بستن) / : /^(Expand|باز کردن) /;
    return this.themeRow(name).getByRole('button', { name: verb });
  }

  async filterBy(attribute: string, value: string): Promise<void> {
    await this.page.getByLabel(/^(Attribute|ویژگی)$/).selectOption({ label: attribute });
    await this.page.getByRole('checkbox', { name: value }).check();
  }

  figure(title: RegExp): Locator {
    return this.page.getByRole('figure', { name: title });
  }

  async screenshot(name: string, fullPage = false): Promise<void> {
    // MAZMUN_SCREENS moves them out of test-results, which a parallel run may clean.
    const dir = process.env.MAZMUN_SCREENS ?? 'test-results/screens';
    await this.page.screenshot({ path: `${dir}/${name}.png`, fullPage });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.table).toBeVisible();
  }
}
