import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ReportPage } from './pages/report-page';
import { RetrievalPage } from './pages/retrieval-page';

// The sample study (Masoumi 2025): 2 global, 6 organizing and 25 basic themes.
const SHOTS = 'test-results-network/screens';

async function openNetwork(page: Page, locale: 'fa' | 'en'): Promise<void> {
  const app = await AppPage.open(page);
  await new ReportPage(page).expectLoaded();
  await app.switchLanguage(locale);
  await app.nav.getByRole('button', { name: /^(Analysis|تحلیل)$/ }).click();
  await page.getByRole('tab', { name: /^(Thematic network|شبکهٔ مضامین)$/ }).click();
  await expect(page.getByRole('img', { name: /Thematic network|شبکهٔ/ })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/** Nodes per level, counted in the DOM. */
async function levels(page: Page): Promise<number[]> {
  const map = page.getByTestId('network-map');
  return Promise.all(
    ['global', 'organizing', 'basic'].map((l) =>
      map.locator(`.network-node[data-level="${l}"]`).count(),
    ),
  );
}

/**
 * The labels as the browser drew them (Vazirmatn): each inside the box the layout reserved for it
 * (its white plate), and no two drawn labels overlapping.
 */
async function drawnLabelProblems(page: Page): Promise<string[]> {
  return page.getByTestId('network-map').evaluate((root) => {
    const problems: string[] = [];
    const boxes: { name: string; x: number; y: number; w: number; h: number }[] = [];
    for (const node of root.querySelectorAll('.network-node')) {
      const text = node.querySelector('text') as SVGTextElement;
      const plate = node.querySelector('rect') as SVGRectElement;
      const t = text.getBBox();
      const p = plate.getBBox();
      const name = text.textContent ?? '';
      // Glyph boxes include the font's line gap vertically: compare widths strictly, heights loosely.
      if (t.x < p.x - 0.5 || t.x + t.width > p.x + p.width + 0.5) {
        problems.push(`${name}: drawn ${t.width.toFixed(1)} wide, reserved ${p.width.toFixed(1)}`);
      }
      if (t.width < 10 || p.width < 10) problems.push(`${name}: not measured`);
      boxes.push({ name, x: t.x, y: t.y + 2, w: t.width, h: t.height - 4 });
    }
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) {
          problems.push(`${a.name} overlaps ${b.name}`);
        }
      }),
    );
    return problems;
  });
}

for (const locale of ['fa', 'en'] as const) {
  test(`the sample's thematic network renders 2 + 6 + 25 themes, legibly (${locale})`, async ({
    page,
  }) => {
    await openNetwork(page, locale);
    expect(await levels(page)).toEqual([2, 6, 25]);
    await expect(page.getByTestId('network-map').locator('line')).toHaveCount(31);
    expect(await drawnLabelProblems(page)).toEqual([]);
    const axe = await new AxeBuilder({ page }).include('.analysis-view').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // Tall enough for the whole fitted map: the view scrolls inside the shell, not the page.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.screenshot({ path: `${SHOTS}/network-all-${locale}.png` });

    // One global theme: 1 + 3 + 13 (Table 2: Motivational has 3 organizing, 13 basic themes).
    await page.getByLabel(/^(Global theme|مضمون فراگیر)$/).selectOption({ label: 'انگیزشی' });
    expect(await levels(page)).toEqual([1, 3, 13]);
    expect(await drawnLabelProblems(page)).toEqual([]);
    await page
      .getByTestId('network-map')
      .screenshot({ path: `${SHOTS}/network-one-${locale}.png` });
  });
}

test('a theme of the map shows its passages, and the table reaches them by keyboard', async ({
  page,
}) => {
  await openNetwork(page, 'en');
  await page
    .getByTestId('network-map')
    .locator('.network-node[data-level="basic"] circle')
    .first()
    .click();
  const passages = page.getByRole('region', { name: /^Passages of / });
  await expect(passages).toBeVisible();
  await expect(passages.getByRole('listitem').first()).toBeVisible();
  await passages.getByRole('button', { name: 'Close passages' }).click();
  await expect(passages).toHaveCount(0);

  await page.getByText('Themes of the map as a table').click();
  const button = page.getByRole('button', { name: 'Show the passages of تعامل در امور اقتصادی' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Passages of تعامل در امور اقتصادی' }),
  ).toBeFocused();
  // Table 2: Interaction in economic affairs, 57 references (paper).
  await expect(page.getByRole('row', { name: /تعامل در امور اقتصادی/ })).toContainText('57');
  await passages.getByRole('button', { name: 'Open in transcript' }).first().click();
  await expect(
    page.getByRole('heading', { name: 'Passages of تعامل در امور اقتصادی' }),
  ).toHaveCount(0);
});

test('a theme opens in the Retrieval view, from the keyboard too', async ({ page }) => {
  await openNetwork(page, 'en');
  await page.getByText('Themes of the map as a table').click();
  await page
    .getByRole('button', { name: 'Show the passages of تعامل در امور اقتصادی' })
    .press('Enter');
  const passages = page.getByRole('region', { name: /^Passages of / });
  const inline = await passages.getByRole('listitem').count();
  const open = passages.getByRole('button', { name: 'Open in Retrieval' });
  await open.focus();
  await page.keyboard.press('Enter');
  // The Retrieval view, its query set to that theme (and its sub-themes): the same passages.
  const retrieval = new RetrievalPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Retrieval' })).toBeVisible();
  await expect(
    page
      .getByRole('group', { name: 'Codes' })
      .getByRole('checkbox', { name: 'تعامل در امور اقتصادی' }),
  ).toBeChecked();
  await expect(retrieval.status).toContainText(/^\d+ passages/);
  const found = Number((await retrieval.status.textContent())?.match(/\d+/)?.[0]);
  expect(found).toBeGreaterThan(0);
  // The inline list shows its first page (50) of the same query.
  expect(Math.min(found, 50)).toBe(inline);
});

test('the map downloads as SVG and PNG', async ({ page }) => {
  await openNetwork(page, 'en');
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toBe('thematic-network.svg');
  const text = await (await svg.createReadStream()).toArray();
  const markup = Buffer.concat(text).toString('utf8');
  expect(markup).toContain('font-family:"Vazirmatn"');
  expect(markup.match(/class="network-node"/g)).toHaveLength(33);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('thematic-network.png');
  const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
});
