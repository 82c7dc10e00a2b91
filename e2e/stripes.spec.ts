import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { DocumentsPage } from './pages/documents-page';

const TITLE = 'Long answer';
// One paragraph of distinct words, long enough to wrap over many lines at 1280 px.
const WORDS = Array.from({ length: 120 }, (_, i) => `word${String(i).padStart(3, '0')}`);

interface Line {
  readonly words: string[];
  /** The line's vertical middle, from the paragraph's top. */
  readonly mid: number;
}

/** The paragraph's rendered lines (words grouped by their top), read before any coding. */
async function lines(page: import('@playwright/test').Page): Promise<Line[]> {
  return page
    .locator('[data-para-text]')
    .first()
    .evaluate((p) => {
      const text = p.textContent ?? '';
      const node = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode();
      const origin = p.getBoundingClientRect().top;
      const out: { words: string[]; mid: number }[] = [];
      let lastTop = -Infinity;
      const re = /\S+/g;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const range = p.ownerDocument.createRange();
        range.setStart(node!, m.index);
        range.setEnd(node!, m.index + m[0].length);
        const r = range.getBoundingClientRect();
        if (r.top > lastTop + 2) out.push({ words: [], mid: (r.top + r.bottom) / 2 - origin });
        lastTop = Math.max(lastTop, r.top);
        out[out.length - 1]!.words.push(m[0]);
      }
      return out;
    });
}

test('one stripe per coding: codings on lines 1 and 3 leave line 2 without a stripe', async ({
  page,
}) => {
  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  await expect(page.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  const projects = await app.goToProjects();
  await projects.create('Stripes');
  const docs = await DocumentsPage.open(page);
  const dir = mkdtempSync(join(tmpdir(), 'mazmun-stripes-'));
  const file = join(dir, `${TITLE}.txt`);
  writeFileSync(file, WORDS.join(' '), 'utf8');
  await docs.importFiles([file]);
  const t = await docs.openDocument(TITLE);

  const rendered = await lines(page);
  expect(rendered.length).toBeGreaterThanOrEqual(4);
  const first = rendered[0]!.words.slice(0, 3).join(' ');
  const third = rendered[2]!.words.slice(0, 3).join(' ');
  await t.dragSelect(first);
  await t.codeWith('Trust');
  await t.dragSelect(third);
  await t.codeWith('Trust');
  await expect(t.highlight(['Trust'])).toHaveCount(2);
  await expect(t.stripes('Trust')).toHaveCount(2);

  // Measured from the DOM: the second line's middle lies inside no stripe of the paragraph.
  await expect(async () => {
    const paraTop = await page
      .locator('[data-para-text]')
      .first()
      .evaluate((p) => p.getBoundingClientRect().top);
    const secondLine = paraTop + rendered[1]!.mid;
    const boxes = await t.stripes('Trust').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      }),
    );
    expect(boxes).toHaveLength(2);
    for (const b of boxes) {
      expect(b.bottom - b.top).toBeGreaterThan(4);
      expect(secondLine < b.top || secondLine > b.bottom).toBe(true);
    }
  }).toPass({ timeout: 5_000 });

  // The code's name at the top of each stripe, readable (not clipped away).
  const labels = t.text.locator('[data-stripe-label]');
  await expect(labels).toHaveCount(2);
  await expect(labels.first()).toHaveText('Trust');
  await expect(labels.first()).toBeVisible();

  // Hover lights up the stripe's own passage, and only that one.
  const [firstId, secondId] = await t
    .stripes('Trust')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-stripe')!));
  await t.stripes('Trust').first().hover();
  await expect(t.text.locator(`mark[data-codings~="${firstId}"]`)).toHaveClass(/\bemph\b/);
  await expect(t.text.locator(`mark[data-codings~="${secondId}"]`)).not.toHaveClass(/\bemph\b/);

  // Click selects the coding: its dialog opens with that one coding, the stripe is pressed.
  await t.stripes('Trust').nth(1).click();
  const dialog = page.getByRole('dialog', { name: 'Codes of this passage' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await expect(dialog.locator('blockquote')).toHaveText(third);
  await expect(t.stripes('Trust').nth(1)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('overlapping codings of two codes get two lanes', async ({ page }) => {
  const app = await AppPage.open(page);
  await app.switchLanguage('en');
  await expect(page.getByLabel('Current project')).toContainText(/آذربایجان/, { timeout: 30_000 });
  const projects = await app.goToProjects();
  await projects.create('Lanes');
  const docs = await DocumentsPage.open(page);
  const dir = mkdtempSync(join(tmpdir(), 'mazmun-lanes-'));
  const file = join(dir, 'Overlap.txt');
  writeFileSync(file, 'alpha beta gamma delta epsilon zeta eta theta', 'utf8');
  await docs.importFiles([file]);
  const t = await docs.openDocument('Overlap');
  await t.dragSelect('alpha beta gamma');
  await t.codeWith('Trust');
  await t.dragSelect('beta gamma delta');
  await t.codeWith('Fear');
  const x = async (code: string) =>
    t.stripes(code).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right };
    });
  const a = await x('Trust');
  const b = await x('Fear');
  // Side by side, not on top of each other.
  expect(a.right <= b.left || b.right <= a.left).toBe(true);
});
