import { expect, type Locator, type Page } from '@playwright/test';

export class RetrievalPage {
  constructor(readonly page: Page) {}

  static async open(page: Page): Promise<RetrievalPage> {
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Retrieval|بازیابی)$/ })
      .click();
    const p = new RetrievalPage(page);
    await expect(p.page.getByRole('group', { name: /^(Codes|کدها)$/ })).toBeVisible();
    return p;
  }

  async choose(codeName: string): Promise<void> {
    await this.page
      .getByRole('group', { name: /^(Codes|کدها)$/ })
      .getByRole('checkbox', { name: codeName })
      .check();
  }

  get status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /passages|بخش/ });
  }

  get passages(): Locator {
    return this.page
      .getByRole('list', { name: /^(Retrieved passages|بخش‌های بازیابی‌شده)$/ })
      .getByRole('article');
  }
}
