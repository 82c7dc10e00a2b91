import { expect, type Locator, type Page } from '@playwright/test';

/** On-screen points (CSS pixels) at a passage's logical start and end; see passagePoints. */
export interface PassagePoints {
  readonly start: { readonly x: number; readonly y: number };
  readonly end: { readonly x: number; readonly y: number };
  readonly rtl: boolean;
}

/** The coding view of one document. */
export class TranscriptPage {
  constructor(
    readonly page: Page,
    readonly title: string,
  ) {}

  get text(): Locator {
    return this.page.getByRole('document', { name: new RegExp(`(Text of|متن) ${this.title}`) });
  }

  get picker(): Locator {
    return this.page.getByRole('dialog', { name: /Code the selection|کدگذاری گزینش/ });
  }

  /** Highlights whose codes are exactly `codes` (in codebook order), e.g. ['A', 'B']. */
  highlight(codes: readonly string[]): Locator {
    return this.text.getByLabel(`Coded: ${codes.join(', ')}`, { exact: true });
  }

  /** Every highlight carrying `code`, alone or with others. */
  highlightsWith(code: string): Locator {
    return this.text.locator(`mark[aria-label*="${code}"]`);
  }

  stripes(code: string): Locator {
    return this.text.getByRole('button', { name: code, exact: true });
  }

  /**
   * Where `passage` (which must occur in one paragraph) sits on screen: a point just inside the
   * logical start edge of its first character and one just inside the logical end edge of its
   * last, and whether its paragraph runs right to left.
   */
  async passagePoints(passage: string): Promise<PassagePoints> {
    return this.text.evaluate((root, needle) => {
      for (const p of root.querySelectorAll('[data-para-text]')) {
        const at = (p.textContent ?? '').indexOf(needle);
        if (at < 0) continue;
        const rtl = getComputedStyle(p).direction === 'rtl';
        const charRect = (offset: number) => {
          // Find the text node and offset for a paragraph offset (highlights split the text).
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          let left = offset;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const len = (n as Text).length;
            if (left < len) {
              const r = document.createRange();
              r.setStart(n, left);
              r.setEnd(n, left + 1);
              return r.getBoundingClientRect();
            }
            left -= len;
          }
          throw new Error('offset past the paragraph');
        };
        const first = charRect(at);
        const last = charRect(at + needle.length - 1);
        return {
          start: { x: rtl ? first.right - 1 : first.left + 1, y: first.top + first.height / 2 },
          end: { x: rtl ? last.left + 1 : last.right - 1, y: last.top + last.height / 2 },
          rtl,
        };
      }
      throw new Error(`passage not shown: ${needle}`);
    }, passage);
  }

  /**
   * Selects `passage` (which must occur in one paragraph) with a real mouse drag: from the
   * logical start of its first character to the logical end of its last one.
   */
  async dragSelect(passage: string): Promise<void> {
    const { start, end } = await this.passagePoints(passage);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
    await this.page.mouse.move(end.x, end.y, { steps: 4 });
    await this.page.mouse.up();
  }

  /** The text the browser has selected now. */
  selectedText(): Promise<string> {
    return this.page.evaluate(() => document.getSelection()?.toString() ?? '');
  }

  /** Opens the quick picker with the C key, types `name` and presses Enter. */
  async codeWith(name: string, screenshot?: string): Promise<void> {
    await this.page.keyboard.press('c');
    await expect(this.picker).toBeVisible();
    await this.picker.getByRole('combobox').fill(name);
    if (screenshot) await this.screenshot(screenshot);
    await this.page.keyboard.press('Enter');
    await expect(this.picker).toBeHidden();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png` });
  }
}
