import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { DocumentsPage } from './documents-page';

/** The committed hostile files (fixtures/bad-input), by name. */
export function badInput(name: string): string {
  return join(import.meta.dirname, '..', '..', 'fixtures', 'bad-input', name);
}

/**
 * Copies fixtures to a fresh folder under new names: script.txt, script.md and script.docx would
 * all become documents titled "script".
 */
export function renamedCopies(files: Readonly<Record<string, string>>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'mazmun-bad-input-'));
  return Object.entries(files).map(([to, from]) => {
    const path = join(dir, to);
    copyFileSync(badInput(from), path);
    return path;
  });
}

/**
 * Watches for what hostile content must never cause: a JavaScript dialog (alert, confirm,
 * prompt) or markup from a transcript turning into live DOM elements.
 */
export class BadInputPage {
  readonly dialogs: string[] = [];

  constructor(readonly page: Page) {
    page.on('dialog', (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }

  /**
   * Row counts of every object store of the app's database, read straight from IndexedDB, and
   * the number of codings (`codings`) inside the coding packs.
   */
  tableCounts(): Promise<Record<string, number>> {
    return this.page.evaluate(
      () =>
        new Promise<Record<string, number>>((resolve, reject) => {
          const open = indexedDB.open('mazmun');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = [...db.objectStoreNames];
            const tx = db.transaction(names, 'readonly');
            const out: Record<string, number> = {};
            for (const name of names) {
              const req = tx.objectStore(name).count();
              req.onsuccess = () => (out[name] = req.result);
            }
            // Codings are stored packed per document (schema v3): count the codings inside.
            if (names.includes('codingPacks')) {
              const packs = tx.objectStore('codingPacks').getAll();
              packs.onsuccess = () => {
                const rows = packs.result as { ids: readonly string[] }[];
                out.codings = rows.reduce((n, p) => n + p.ids.length, 0);
              };
            }
            tx.oncomplete = () => {
              db.close();
              resolve(out);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
  }

  /** Elements a transcript's markup would create if it were ever rendered as HTML. */
  injectedElements(): Promise<string[]> {
    return this.page.evaluate(() => {
      const found: string[] = [];
      for (const s of document.querySelectorAll('script')) {
        if ((s.textContent ?? '').includes('alert')) found.push(s.outerHTML);
      }
      for (const e of document.querySelectorAll('img[onerror], img[src="x"], [onerror]')) {
        found.push(e.outerHTML);
      }
      for (const a of document.querySelectorAll('a[href^="javascript:"]')) found.push(a.outerHTML);
      for (const b of document.querySelectorAll('b')) {
        if (b.textContent === 'متن') found.push(b.outerHTML);
      }
      return found;
    });
  }

  /** The import outcome's list of refused files. */
  get failedItems(): Locator {
    return this.page.getByRole('list', { name: /^(Not imported|وارد نشد)$/ }).getByRole('listitem');
  }

  async expectRefusedInExchange(file: string, reason: string | RegExp): Promise<void> {
    const alert = this.page.getByRole('alert');
    await expect(alert).toContainText(`Could not import ${file}`);
    await expect(alert).toContainText(reason);
    await expect(alert).toContainText('Nothing was written.');
  }

  /** The Documents list, even when the Documents view is showing one transcript. */
  async documentList(): Promise<DocumentsPage> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Documents|اسناد)$/ })
      .click();
    const back = this.page.getByRole('button', { name: /All documents|همهٔ اسناد/ });
    if (await back.isVisible()) await back.click();
    const docs = new DocumentsPage(this.page);
    await expect(docs.heading).toBeVisible();
    return docs;
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
  }
}
