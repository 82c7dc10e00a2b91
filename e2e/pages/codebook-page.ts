import { expect, type Locator, type Page } from '@playwright/test';

/** The codebook view, driven by roles and labels (English interface unless stated). */
export class CodebookPage {
  constructor(readonly page: Page) {}

  static async open(page: Page): Promise<CodebookPage> {
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Codebook|کتاب کد)$/ })
      .click();
    const p = new CodebookPage(page);
    await expect(
      page.getByRole('heading', { level: 1, name: /^(Codebook|کتاب کد)$/ }),
    ).toBeVisible();
    return p;
  }

  get tree(): Locator {
    return this.page.getByRole('tree');
  }

  item(name: string): Locator {
    return this.tree.getByRole('treeitem', { name, exact: true });
  }

  get detail(): Locator {
    return this.page.getByRole('complementary', { name: /^(Code details|جزئیات کد)$/ });
  }

  async create(name: string): Promise<void> {
    await this.page.getByLabel('New code name').fill(name);
    await this.page.getByRole('button', { name: 'Add top-level code' }).click();
    await expect(this.item(name)).toBeVisible();
  }

  async select(name: string): Promise<void> {
    await this.item(name).click();
    await expect(this.item(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** A real mouse drag (HTML5 drag-and-drop) of one treeitem onto another. */
  async drag(
    from: string,
    to: string,
    where: 'inside' | 'before' | 'after' = 'inside',
  ): Promise<void> {
    const target = this.item(to);
    const box = await target.boundingBox();
    if (!box) throw new Error(`no box for ${to}`);
    const y = where === 'inside' ? box.height / 2 : where === 'before' ? 3 : box.height - 3;
    await this.item(from).dragTo(target, { targetPosition: { x: box.width / 2, y } });
  }

  async dragToRoot(from: string): Promise<void> {
    await this.item(from).dragTo(
      this.page.getByRole('region', { name: 'Drop here to make a top-level theme' }),
    );
  }

  async rename(from: string, to: string): Promise<void> {
    await this.select(from);
    await this.detail.getByRole('button', { name: 'Rename' }).click();
    const box = this.tree.getByRole('textbox', { name: `New name for ${from}` });
    await box.fill(to);
    await box.press('Enter');
    await expect(this.item(to)).toBeVisible();
  }

  async recolour(name: string, colour: string): Promise<void> {
    await this.select(name);
    await this.detail.getByRole('radio', { name: colour }).click();
  }

  async merge(source: string, target: string): Promise<void> {
    await this.select(source);
    await this.detail.getByLabel('Merge into').selectOption({ label: target });
    await this.detail.getByRole('button', { name: 'Merge', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Merge codes?' });
    await expect(dialog).toContainText(`“${source}” will be merged into “${target}”`);
    await dialog.getByRole('button', { name: 'Merge' }).click();
  }

  async delete(name: string): Promise<Locator> {
    await this.select(name);
    await this.detail.getByRole('button', { name: 'Delete' }).click();
    return this.page.getByRole('dialog', { name: 'Delete code?' });
  }

  /** aria-level of every visible treeitem, in order, as "name:level". */
  async outline(): Promise<string[]> {
    return this.tree
      .getByRole('treeitem')
      .evaluateAll((els) =>
        els.map(
          (e) => `${e.querySelector('.cb-code-name')?.textContent}:${e.getAttribute('aria-level')}`,
        ),
      );
  }
}
