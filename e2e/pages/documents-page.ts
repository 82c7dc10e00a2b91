import { expect, type Locator, type Page } from '@playwright/test';
import { TranscriptPage } from './transcript-page';

/** The Documents section: the list, import and paste. */
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

  get fileInput(): Locator {
    return this.page.getByLabel(/^(Import documents|وارد کردن اسناد)$/);
  }

  get failedList(): Locator {
    return this.page.getByRole('list', { name: /^(Not imported|وارد نشد)$/ });
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ hasText: title });
  }

  /** The text-direction select of a document's row. */
  direction(title: string): Locator {
    return this.page.getByRole('combobox', {
      name: new RegExp(`^(Text direction of|جهت متن) ${title}$`),
    });
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
}
