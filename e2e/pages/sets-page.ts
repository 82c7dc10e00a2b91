import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { DocumentsPage } from './documents-page';

/**
 * The sample study's own tables (fixtures/azerbaijan), read as plain CSV so a spec computes what
 * a set holds without the app: documents.csv (file, title, case), cases.csv (id, year, …) and
 * codings.csv (one row per reference in the paper's convention).
 */
export class SampleStudy {
  static readonly DIR = 'fixtures/azerbaijan';

  readonly documents = SampleStudy.csv('documents.csv');
  readonly cases = SampleStudy.csv('cases.csv');
  readonly codings = SampleStudy.csv('codings.csv');

  /** The rows of a fixture CSV as records (the study's cells hold no commas or quotes). */
  static csv(name: string): Record<string, string>[] {
    const text = readFileSync(`${SampleStudy.DIR}/${name}`, 'utf8');
    const [head, ...lines] = text.trim().split(/\r?\n/);
    const keys = (head ?? '').split(',');
    return lines.map((l) => {
      const cells = l.split(',');
      return Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? '']));
    });
  }

  /** The files of the documents whose case has this year ("1403"). */
  filesOfYear(year: string): string[] {
    const ids = new Set(this.cases.filter((c) => c.year === year).map((c) => c.id));
    return this.documents.filter((d) => ids.has(d.case ?? '')).map((d) => d.file ?? '');
  }

  /** References (codings.csv rows) in these files. */
  referencesIn(files: readonly string[]): number {
    return this.codings.filter((c) => files.includes(c.document ?? '')).length;
  }

  titleOf(file: string): string {
    return this.documents.find((d) => d.file === file)?.title ?? '';
  }
}

/** The Documents view's "Document sets" section and its form, in English or Persian. */
export class SetsPage {
  constructor(readonly page: Page) {}

  /** Opens the Documents view and waits for its sets section. */
  static async open(page: Page): Promise<SetsPage> {
    await DocumentsPage.open(page);
    const sets = new SetsPage(page);
    await expect(sets.region).toBeVisible();
    return sets;
  }

  get region(): Locator {
    return this.page.getByRole('region', { name: /^(Document sets|مجموعه‌های سند)$/ });
  }

  get form(): Locator {
    return this.region.getByRole('form', { name: /^(New set|مجموعهٔ تازه)$/ });
  }

  get list(): Locator {
    return this.region.getByRole('list', {
      name: /^(Document sets of the project|مجموعه‌های سند پروژه)$/,
    });
  }

  /** The list item of the set named `name`. */
  item(name: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: name });
  }

  /** Opens the form and names the set; the caller chooses members, then `create()`. */
  async start(name: string): Promise<void> {
    await this.region.getByRole('button', { name: /^(New set|مجموعهٔ تازه)$/ }).click();
    await this.form.getByLabel(/^(Name of the set|نام مجموعه)$/).fill(name);
  }

  /** Ticks documents by title (a set made by hand). */
  async pickDocuments(titles: readonly string[]): Promise<void> {
    for (const title of titles) await this.form.getByRole('checkbox', { name: title }).check();
  }

  /** A rule: `attribute` is one of `values` (the values as the interface writes them). */
  async rule(attribute: string, values: readonly string[]): Promise<void> {
    await this.form
      .getByRole('radio', { name: /^(From case attributes|با ویژگی‌های موردها)$/ })
      .check();
    await this.form
      .getByLabel(/^(Attribute|ویژگی)$/, { exact: true })
      .selectOption({ label: attribute });
    for (const v of values) await this.form.getByRole('checkbox', { name: v }).check();
  }

  /** The form's live count of members ("Members now: 9"), `count` as the interface writes it. */
  preview(count: string): Locator {
    return this.form.getByText(new RegExp(`^(Members now|اعضای کنونی): ${count}(?![0-9۰-۹])`));
  }

  async create(): Promise<void> {
    await this.form.getByRole('button', { name: /^(Create set|ساختن مجموعه)$/ }).click();
    await expect(this.form).toBeHidden();
  }

  /** A rule set made in one go, then seen in the list. */
  async createByRule(name: string, attribute: string, values: readonly string[]): Promise<void> {
    await this.start(name);
    await this.rule(attribute, values);
    await this.create();
    await expect(this.item(name)).toBeVisible();
  }

  /** A set made by hand in one go, then seen in the list. */
  async createByHand(name: string, titles: readonly string[]): Promise<void> {
    await this.start(name);
    await this.pickDocuments(titles);
    await this.create();
    await expect(this.item(name)).toBeVisible();
  }

  /** The shared set scope of the report, the Analysis tabs and Retrieval ("Documents"). */
  static scope(page: Page): Locator {
    return page.getByLabel(/^(Documents|سندها)$/, { exact: true });
  }

  /** The scope's option of a set, as the interface writes it ("Set: Year 1403 (9)"). */
  static scopeOption(name: string, count: number): string {
    return `Set: ${name} (${count})`;
  }
}
