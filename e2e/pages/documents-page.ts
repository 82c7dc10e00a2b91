import { expect, type Locator, type Page } from '@playwright/test';
import { TranscriptPage } from './transcript-page';

/** The Documents section: the (virtualized) list, import and paste. */
export class DocumentsPage {
  constructor(readonly page: Page) {}

  static async open(page: Page): Promise<DocumentsPage> {
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Documents|اسناد)$/ })
      .click();
    const docs = new DocumentsPage(page);
    await expect(docs.heading).toBeVisible();
    return docs;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: /^(Documents|اسناد)$/, level: 1 });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: /Documents of the project|اسناد پروژه/ });
  }

  /** The rows of documents in the page now (the header row excluded); only those in view. */
  get bodyRows(): Locator {
    return this.table.locator('tbody').getByRole('row');
  }

  get fileInput(): Locator {
    return this.page.getByLabel(/^(Import documents|وارد کردن اسناد)$/);
  }

  get filter(): Locator {
    return this.page.getByRole('searchbox', { name: /^(Filter documents|پالایش اسناد)$/ });
  }

  get failedList(): Locator {
    return this.page.getByRole('list', { name: /^(Not imported|وارد نشد)$/ });
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ hasText: title });
  }

  /** The button showing a document's text direction; it opens the direction menu. */
  direction(title: string): Locator {
    return this.page.getByRole('button', {
      name: new RegExp(`^(Text direction of|جهت متن) ${title}:`),
    });
  }

  /** The button showing a document's case; it opens the shared case picker. */
  caseButton(title: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^(Case of|مورد) ${title}$`) });
  }

  casePicker(title: string): Locator {
    return this.page.getByRole('dialog', {
      name: new RegExp(`^(Choose the case of|گزینش مورد) ${title}$`),
    });
  }

  /** Opens the case picker of `title`, types `typed`, and applies the highlighted option. */
  async chooseCase(title: string, typed: string): Promise<void> {
    await this.caseButton(title).click();
    const picker = this.casePicker(title);
    await expect(picker).toBeVisible();
    await picker.getByRole('combobox').fill(typed);
    await this.page.keyboard.press('Enter');
    await expect(picker).toBeHidden();
  }

  async setDirection(title: string, label: string | RegExp): Promise<void> {
    await this.direction(title).click();
    await this.page.getByRole('menuitemradio', { name: label }).click();
  }

  async importFiles(paths: readonly string[]): Promise<void> {
    await this.fileInput.setInputFiles([...paths]);
  }

  async openDocument(title: string): Promise<TranscriptPage> {
    await this.page.getByRole('button', { name: new RegExp(`^(Open|باز کردن) ${title}$`) }).click();
    const transcript = new TranscriptPage(this.page, title);
    await expect(transcript.text).toBeVisible();
    return transcript;
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png` });
  }
}
