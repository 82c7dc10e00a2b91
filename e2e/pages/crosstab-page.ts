import { expect, type Locator, type Page } from '@playwright/test';

/** The Analysis view's crosstab and co-occurrence tabs, found by role and label (en or fa). */
export class CrosstabPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Analysis|تحلیل)$/ })
      .click();
    await this.tab('crosstab').click();
  }

  tab(name: 'crosstab' | 'cooccurrence'): Locator {
    const names = {
      crosstab: /^(Crosstab|جدول متقاطع)$/,
      cooccurrence: /^(Co-occurrence|هم‌رخدادی)$/,
    };
    return this.page.getByRole('tab', { name: names[name] });
  }

  select(label: RegExp): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async choose(options: { cols?: string; count?: string; level?: string }): Promise<void> {
    if (options.cols)
      await this.select(/^(Columns|ستون‌ها)$/).selectOption({ label: options.cols });
    if (options.count) await this.select(/^(Count|شمارش)$/).selectOption({ label: options.count });
    if (options.level) await this.select(/^(Level|سطح)$/).selectOption({ label: options.level });
  }

  get table(): Locator {
    return this.page.locator('.xt-table').first();
  }

  get grandTotal(): Locator {
    return this.page.getByTestId('xt-grand-total');
  }

  /** The count button of a row and column ("row, column: N. Show what it counts"). */
  cell(row: string, col: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${row}, ${col}: \\d+\\.`) });
  }

  get items(): Locator {
    return this.page.locator('.xt-item-list > li');
  }

  get itemsSection(): Locator {
    return this.page.getByRole('region').filter({ has: this.page.locator('#xt-items-heading') });
  }

  async expectItems(n: number): Promise<void> {
    await expect(this.items).toHaveCount(n);
  }
}
