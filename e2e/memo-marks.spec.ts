import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { DocumentsPage } from './pages/documents-page';
import type { TranscriptPage } from './pages/transcript-page';

// Memo marks in the transcript's margin (issue 13.5): beside the line where the coding starts,
// measured from the DOM as e2e/stripes.spec.ts measures stripes; the document memo's own mark;
// document titles in the other script carry their own `lang` (issue 13.10).

const persianDigits = (s: string) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

const LOCALES = {
  en: {
    project: 'Memo marks',
    title: 'Long answer',
    word: (i: number) => `word${String(i).padStart(3, '0')}`,
    codes: ['Trust', 'Fear', 'Hope'],
    memos: ['Said on the third line', 'Afraid of the rains', 'Hoping for a road'],
    docMemo: 'About the whole interview',
    // A title in the other script: it carries lang="fa" in the English interface.
    other: { title: 'پاسخ کوتاه', lang: 'fa' },
    dialog: 'Codes of this passage',
    memoBox: (code: string) => `Memo on ${code}`,
    mark: (code: string, memo: string) => `Memo on coding ${code}: ${memo}`,
    group: (codes: string) => `3 memos on this line: ${codes}`,
    docMark: (memo: string) => `Document memo: ${memo}`,
    docMemoBox: 'Document memo',
    close: 'Close',
    join: ', ',
  },
  fa: {
    project: 'نشان یادداشت',
    title: 'پاسخ بلند',
    word: (i: number) => `واژه${persianDigits(String(i).padStart(3, '0'))}`,
    codes: ['اعتماد', 'ترس', 'امید'],
    memos: ['در سطر سوم گفته شد', 'نگران باران‌ها', 'امید به جاده'],
    docMemo: 'دربارهٔ همهٔ مصاحبه',
    other: { title: 'Short answer', lang: 'en' },
    dialog: 'کدهای این بخش',
    memoBox: (code: string) => `یادداشت بر ${code}`,
    mark: (code: string, memo: string) => `یادداشت کدگذاری ${code}: ${memo}`,
    group: (codes: string) => `۳ یادداشت در این سطر: ${codes}`,
    docMark: (memo: string) => `یادداشت سند: ${memo}`,
    docMemoBox: 'یادداشت سند',
    close: 'بستن',
    join: '، ',
  },
} as const;

interface Line {
  readonly words: string[];
  /** The line's box (its words' union), from the paragraph's top. */
  readonly top: number;
  readonly bottom: number;
}

/** The first paragraph's rendered lines: words grouped by their top, each line's box. */
async function lines(page: Page): Promise<Line[]> {
  return page
    .locator('[data-para-text]')
    .first()
    .evaluate((p) => {
      const origin = p.getBoundingClientRect().top;
      const out: { words: string[]; top: number; bottom: number }[] = [];
      const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const re = /\S+/g;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const range = p.ownerDocument.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const r = range.getBoundingClientRect();
          const last = out[out.length - 1];
          if (!last || r.top > last.top + origin + 4) {
            out.push({ words: [m[0]], top: r.top - origin, bottom: r.bottom - origin });
          } else {
            last.words.push(m[0]);
            last.top = Math.min(last.top, r.top - origin);
            last.bottom = Math.max(last.bottom, r.bottom - origin);
          }
        }
      }
      return out;
    });
}

/** A locator's box, from the first paragraph's top. */
async function boxFromParagraph(page: Page, el: import('@playwright/test').Locator) {
  const paraTop = await page
    .locator('[data-para-text]')
    .first()
    .evaluate((p) => p.getBoundingClientRect().top);
  const r = await el.evaluate((x) => {
    const b = x.getBoundingClientRect();
    return { top: b.top, bottom: b.bottom, left: b.left, right: b.right };
  });
  return { ...r, top: r.top - paraTop, bottom: r.bottom - paraTop };
}

async function writeMemo(t: TranscriptPage, L: (typeof LOCALES)['en' | 'fa'], k: number) {
  const code = L.codes[k]!;
  await t.stripes(code).first().click();
  const dialog = t.page.getByRole('dialog', { name: L.dialog });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: L.memoBox(code) }).fill(L.memos[k]!);
  await dialog.getByRole('button', { name: L.close }).click();
  await expect(dialog).toBeHidden();
}

async function axeClean(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).include('.transcript-view').analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
}

for (const locale of ['en', 'fa'] as const) {
  test(`memo marks sit beside the line where their coding starts (${locale})`, async ({ page }) => {
    test.setTimeout(120_000);
    const L = LOCALES[locale];
    await page.setViewportSize({ width: 1440, height: 900 });
    const app = await AppPage.open(page);
    await app.switchLanguage(locale);
    await expect(page.getByLabel(/Current project|پروژهٔ جاری/)).toContainText(/آذربایجان/, {
      timeout: 30_000,
    });
    const projects = await app.goToProjects();
    await projects.create(L.project);
    const docs = await DocumentsPage.open(page);
    const dir = mkdtempSync(join(tmpdir(), 'mazmun-memo-marks-'));
    const words = Array.from({ length: 140 }, (_, i) => L.word(i));
    const file = join(dir, `${L.title}.txt`);
    writeFileSync(file, `${words.join(' ')}\n\n${words.slice(0, 12).join(' ')}`, 'utf8');
    const other = join(dir, `${L.other.title}.txt`);
    writeFileSync(other, words.slice(0, 5).join(' '), 'utf8');
    await docs.importFiles([file, other]);

    // A title in the other script carries its own lang in the list; one in the interface's
    // script inherits the page's.
    await expect(docs.row(L.other.title).getByText(L.other.title, { exact: true })).toHaveAttribute(
      'lang',
      L.other.lang,
    );
    await expect(docs.row(L.title).getByText(L.title, { exact: true })).not.toHaveAttribute(
      'lang',
      /./,
    );

    const t = await docs.openDocument(L.title);
    // The margin (stripes, their names, memo marks) takes its width once the document has a
    // coding, and the text reflows narrower: code the last words first, so the lines measured
    // below are the lines the memos will be written on.
    await t.dragSelect(words.slice(137, 139).join(' '));
    await t.codeWith(L.codes[0]!);
    let rendered = await lines(page);
    await expect
      .poll(async () => {
        const before = JSON.stringify(rendered.map((l) => l.words));
        rendered = await lines(page);
        return JSON.stringify(rendered.map((l) => l.words)) === before;
      })
      .toBe(true);
    expect(rendered.length).toBeGreaterThanOrEqual(5);
    const third = rendered[2]!.words;

    // A coding starting on the third line, with a memo: its mark sits within that line's box.
    await t.dragSelect(third.slice(0, 3).join(' '));
    await t.codeWith(L.codes[0]!);
    await writeMemo(t, L, 0);
    const mark = t.text.getByRole('button', { name: L.mark(L.codes[0]!, L.memos[0]!) });
    await expect(mark).toBeVisible();
    const line3 = rendered[2]!;
    // The mark is placed from the measured line boxes (again on reflow and late fonts): no element
    // state says "placed", so the geometry is polled, with the default expect timeout.
    await expect
      .poll(async () => {
        const box = await boxFromParagraph(page, mark);
        const tall = box.bottom - box.top > 8;
        const inLine = box.top >= line3.top - 1 && box.bottom <= line3.bottom + 1;
        return { tall, inLine, box, line3 };
      })
      .toMatchObject({ tall: true, inLine: true });

    // A second memo on the same line: side by side, on the same line, not on top of each other.
    await t.dragSelect(third.slice(1, 4).join(' '));
    await t.codeWith(L.codes[1]!);
    await writeMemo(t, L, 1);
    const second = t.text.getByRole('button', { name: L.mark(L.codes[1]!, L.memos[1]!) });
    await expect(second).toBeVisible();
    await expect
      .poll(async () => {
        const a = await boxFromParagraph(page, mark);
        const b = await boxFromParagraph(page, second);
        const apart = a.right <= b.left || b.right <= a.left;
        const inLine = [a, b].every((x) => x.top >= line3.top - 1 && x.bottom <= line3.bottom + 1);
        return { apart, inLine, a, b, line3 };
      })
      .toMatchObject({ apart: true, inLine: true });

    // Keyboard: Tab from the text reaches the mark; Enter opens its coding with the memo.
    await t.text.focus();
    const markName = L.mark(L.codes[0]!, L.memos[0]!);
    for (let i = 0; i < 12; i++) {
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      if (name === markName) break;
      await page.keyboard.press('Tab');
    }
    await expect(mark).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: L.dialog });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: L.memoBox(L.codes[0]!) })).toHaveValue(
      L.memos[0]!,
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // A third memo on the line: more than fit side by side, so one mark with the count.
    await t.dragSelect(third.slice(2, 5).join(' '));
    await t.codeWith(L.codes[2]!);
    await writeMemo(t, L, 2);
    const group = t.text.getByRole('button', { name: L.group(L.codes.join(L.join)) });
    await expect(group).toBeVisible();
    await expect(mark).toHaveCount(0);
    const g = await boxFromParagraph(page, group);
    expect(g.top).toBeGreaterThanOrEqual(line3.top - 1);
    expect(g.bottom).toBeLessThanOrEqual(line3.bottom + 1);
    await group.click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('listitem')).toHaveCount(3);
    await page.keyboard.press('Escape');
    // The document's own memo (last: writing it may bring the pane's scrollbar, which reflows the
    // text the lines above were measured on): a mark beside the title opens it.
    const docMemo = page.getByRole('textbox', { name: L.docMemoBox, exact: true });
    await docMemo.fill(L.docMemo);
    await t.text.focus();
    const docMark = page.getByRole('button', { name: L.docMark(L.docMemo) });
    await expect(docMark).toBeVisible();
    await docMark.click();
    await expect(docMemo).toBeFocused();
    await expect(docMemo).toHaveValue(L.docMemo);

    await axeClean(page);
    await page.screenshot({ path: test.info().outputPath(`memo-marks-${locale}.png`) });
  });
}
