import { expect, type Locator, type Page } from '@playwright/test';

/** The application shell, found by role and label the way a screen reader would. */
export class AppPage {
  constructor(readonly page: Page) {}

  static async open(page: Page): Promise<AppPage> {
    await page.goto('/');
    const app = new AppPage(page);
    await expect(app.nav).toBeVisible();
    return app;
  }

  get nav(): Locator {
    return this.page.getByRole('navigation');
  }

  get languageSelect(): Locator {
    return this.page.getByRole('combobox', { name: /Interface language|زبان رابط/ });
  }

  async switchLanguage(locale: 'en' | 'fa'): Promise<void> {
    await this.languageSelect.selectOption(locale);
  }

  async goToProjects(): Promise<ProjectsPage> {
    await this.nav.getByRole('button', { name: /^(Projects|پروژه‌ها)$/ }).click();
    return new ProjectsPage(this.page);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: false });
  }
}

export class ProjectsPage {
  constructor(readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('list', { name: /^(Your projects|پروژه‌های شما)$/ });
  }

  async create(name: string): Promise<void> {
    await this.page.getByLabel(/New project name|نام پروژهٔ تازه/).fill(name);
    await this.page.getByRole('button', { name: /^(Create project|ساخت پروژه)$/ }).click();
  }

  item(name: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: name });
  }

  async rename(from: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: `Rename ${from}` }).click();
    const input = this.page.getByRole('textbox', { name: `New name for ${from}` });
    await input.fill(to);
    await this.page.getByRole('button', { name: 'Save' }).click();
  }

  async delete(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete ${name}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete project?' });
    await dialog.getByRole('button', { name: 'Delete' }).click();
  }
}
