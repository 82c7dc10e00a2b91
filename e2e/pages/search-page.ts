import { expect, type Locator, type Page } from '@playwright/test';

/** The text search view, found by role and label (English or Persian interface). */
export class SearchPage {
  constructor(readonly page: Page) {}

  static async open(page: Page): Promise<SearchPage> {
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Text search|جست‌وجوی متن)$/ })
      .click();
    const p = new SearchPage(page);
    await expect(
      page.getByRole('heading', { level: 1, name: /^(Text search|جست‌وجوی متن)$/ }),
    ).toBeVisible();
    return p;
  }

  get input(): Locator {
    return this.page.getByLabel(/^(Search text|جست‌وجو در متن)$/);
  }

  /** "N hits in M documents" (or searching / no hits). */
  get summary(): Locator {
    return this.page.getByRole('status', { name: /^(Search summary|خلاصهٔ جست‌وجو)$/ });
  }

  get results(): Locator {
    return this.page.getByRole('list', { name: /^(Hits by document|یافته‌ها به تفکیک سند)$/ });
  }

  get hits(): Locator {
    return this.results.getByRole('button');
  }

  /** The document groups (list items), each named by its document's title. */
  get groups(): Locator {
    return this.results.getByRole('listitem').filter({ has: this.page.getByRole('heading') });
  }

  async search(text: string): Promise<void> {
    await this.input.fill(text);
  }

  /** Waits for the summary and returns its two numbers (Latin digits). */
  async counts(): Promise<{ hits: number; documents: number }> {
    await expect(this.summary).toHaveText(/^\d+ hits? in \d+ documents?/);
    const [, hits, docs] =
      /^(\d+) hits? in (\d+) documents?/.exec(await this.summary.innerText()) ?? [];
    return { hits: Number(hits), documents: Number(docs) };
  }

  get codeAllButton(): Locator {
    return this.page.getByRole('button', { name: /^(Code all hits…|کدگذاری همهٔ یافته‌ها…)$/ });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Code all hits|کدگذاری همهٔ یافته‌ها)$/ });
  }

  /** Opens "Code all hits…", types a new code's name and applies "Create “name”". */
  async codeAllWithNewCode(name: string, screenshot?: string): Promise<void> {
    await this.codeAllButton.click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('combobox').fill(name);
    await this.dialog.getByRole('option', { name: `Create “${name}”` }).click();
    if (screenshot) await this.screenshot(screenshot);
    await this.dialog.getByRole('button', { name: /^Code \d+ hits$/ }).click();
    await expect(this.dialog).toBeHidden();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png` });
  }
}
