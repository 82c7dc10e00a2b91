import { expect, type Locator, type Page } from '@playwright/test';

export class CasesPage {
  constructor(readonly page: Page) {}

  static async open(page: Page): Promise<CasesPage> {
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Cases|موردها)$/ })
      .click();
    const p = new CasesPage(page);
    await expect(p.table).toBeVisible();
    return p;
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: /^(Cases and attributes|موردها و ویژگی‌ها)$/ });
  }

  get bodyRows(): Locator {
    return this.table.locator('tbody').getByRole('row');
  }

  /** The button that shows a cell (its label: "<column> of <case>: <value>"). */
  cell(column: string, caseName: string): Locator {
    return this.table.getByRole('button', { name: new RegExp(`^${column} (of|—) ${caseName}:`) });
  }

  async edit(column: string, caseName: string, value: string): Promise<Locator> {
    await this.cell(column, caseName).click();
    const box = this.table.getByRole('textbox', {
      name: new RegExp(`^${column} (of|—) ${caseName}$`),
    });
    await box.fill(value);
    await box.press('Enter');
    return box;
  }

  async addColumn(name: string, type: 'text' | 'number' | 'category' | 'year'): Promise<void> {
    await this.page.getByRole('button', { name: 'Add column' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add column' });
    await dialog.getByLabel('Column name').fill(name);
    await dialog.getByLabel('Type').selectOption(type);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
