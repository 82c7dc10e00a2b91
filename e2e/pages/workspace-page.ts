import { expect, type Locator, type Page } from '@playwright/test';
import { TranscriptPage } from './transcript-page';

type PaneName = 'documents' | 'transcript' | 'codes' | 'segments';

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Whether two boxes share any area (touching edges do not count). */
export function intersects(a: Box, b: Box): boolean {
  return (
    Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
    Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top)
  );
}

const PANE_NAMES: Readonly<Record<PaneName, RegExp>> = {
  documents: /^(Documents|اسناد)$/,
  transcript: /^(Text|متن)$/,
  codes: /^(Code system|نظام کدها)$/,
  segments: /^(Retrieved segments|بخش‌های بازیابی‌شده)$/,
};

/** The coding workspace: four panes found by their region names, as a screen reader finds them. */
export class WorkspacePage {
  constructor(readonly page: Page) {}

  static async open(page: Page): Promise<WorkspacePage> {
    const ws = new WorkspacePage(page);
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Workspace|میز کار)$/ })
      .click();
    await expect(ws.pane('codes')).toBeVisible();
    return ws;
  }

  pane(name: PaneName): Locator {
    return this.page.getByRole('region', { name: PANE_NAMES[name] });
  }

  get documentList(): Locator {
    return this.page.getByRole('list', { name: /^(Document browser|مرورگر اسناد)$/ });
  }

  get codeList(): Locator {
    return this.pane('codes').getByRole('list', { name: /^(Codes|کدها)$/ });
  }

  get segmentList(): Locator {
    return this.page.getByRole('list', {
      name: /^(Segments of the activated codes|بخش‌های کدهای فعال)$/,
    });
  }

  get fileInput(): Locator {
    return this.pane('documents').getByLabel(/^(Import documents|وارد کردن اسناد)$/);
  }

  get codeFilter(): Locator {
    return this.page.getByRole('searchbox', { name: /^(Filter codes|پالایش کدها)$/ });
  }

  get documentFilter(): Locator {
    return this.page.getByRole('searchbox', { name: /^(Filter documents|پالایش اسناد)$/ });
  }

  /** The code's passages in the open document: a button going to the next one. */
  here(code: string): Locator {
    return this.codeRow(code)
      .first()
      .getByRole('button', { name: /in the open document|در سند باز/ });
  }

  /** "Code memo: …" of a code (its label says "(written)" once the code has a memo). */
  memoButton(code: string): Locator {
    return this.codeRow(code)
      .first()
      .getByRole('button', { name: /^(Code memo|یادداشت کد)/ });
  }

  get memoDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Code memo|یادداشت کد)/ });
  }

  /** The coding popover and the passage it describes (its marks), as boxes on screen. */
  async popoverAndPassage(): Promise<{ popover: Box; passage: Box }> {
    return this.page.evaluate(() => {
      const pop = document.querySelector('.coding-popover');
      if (!pop) throw new Error('no coding popover');
      const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      // The passage: every rendered mark lit up as the popover's (mark.emph: its codings').
      const rects = [...document.querySelectorAll('.para-text mark.emph')].flatMap((m) => [
        ...m.getClientRects(),
      ]);
      if (rects.length === 0) throw new Error('no marks of the popover’s codings');
      return {
        popover: box(pop.getBoundingClientRect()),
        passage: {
          left: Math.min(...rects.map((r) => r.left)),
          top: Math.min(...rects.map((r) => r.top)),
          right: Math.max(...rects.map((r) => r.right)),
          bottom: Math.max(...rects.map((r) => r.bottom)),
        },
      };
    });
  }

  separator(name: RegExp): Locator {
    return this.page.getByRole('separator', { name });
  }

  codeRow(name: string): Locator {
    return this.codeList.getByRole('listitem').filter({ hasText: name });
  }

  async importFiles(paths: readonly string[]): Promise<void> {
    await this.fileInput.setInputFiles([...paths]);
  }

  async openDocument(title: string): Promise<TranscriptPage> {
    await this.documentList.getByRole('button', { name: title, exact: true }).click();
    const transcript = new TranscriptPage(this.page, title);
    await expect(transcript.text).toBeVisible();
    return transcript;
  }

  async activateDocument(title: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Activate ${title}`, exact: true }).check();
  }

  async activateCode(name: string): Promise<void> {
    await this.codeList.getByRole('checkbox', { name: `Activate ${name}`, exact: true }).check();
  }

  /** Collapses or expands a pane by its header button. */
  async toggle(name: PaneName): Promise<void> {
    await this.pane(name).getByRole('button', { name: PANE_NAMES[name] }).click();
  }

  /** The pane that holds keyboard focus now, or null. */
  focusedPane(): Promise<string | null> {
    return this.page.evaluate(
      () =>
        (document.activeElement?.closest('[data-pane]') as HTMLElement | null)?.dataset.pane ??
        null,
    );
  }
}
