// The UI figure: in the real app (vite build + vite preview of renderer/), how long after the key
// that picks a code the highlight with that code is in the transcript. The generated project is
// imported into the app's own database ('mazmun') by the bench page served from the same origin.
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { BenchWindow } from '../page/api';
import type { GenerateOptions } from '../generate';
import { REPO, serveAppWithBenchPage } from './build-page';
import { median, roundMs } from './options';
import { armProbe, listedAt, listedProbe, selectPassage, type ProbeWindow } from './ui-probe';

export const UI_PORT = 4405;
const APP_OUT = resolve(REPO, 'dist/bench-app');

export interface UiFigures {
  readonly apply_coding_ui_ms: number | null;
  readonly figures: Record<string, number>;
  readonly samples: Record<string, number[]>;
  readonly note: string | null;
}

function bench(page: Page) {
  return page.evaluate.bind(page);
}

async function importIntoApp(page: Page, base: string, project: GenerateOptions) {
  await page.goto(`${base}bench/index.html`);
  await page.waitForFunction(() => (window as unknown as BenchWindow).mazmunBenchReady === true);
  const evaluate = bench(page);
  await evaluate(() => (window as unknown as BenchWindow).mazmunBench.useDatabase('mazmun'));
  await evaluate((o) => (window as unknown as BenchWindow).mazmunBench.generate(o), project);
  await evaluate(() => (window as unknown as BenchWindow).mazmunBench.importProject());
  return evaluate(() => (window as unknown as BenchWindow).mazmunBench.openInApp());
}

export async function runUiBench(
  browser: Browser,
  project: GenerateOptions,
  runs: number,
  log: (m: string) => void,
): Promise<UiFigures> {
  const empty = (note: string): UiFigures => ({
    apply_coding_ui_ms: null,
    figures: {},
    samples: {},
    note,
  });
  log('building the app for the UI figure…');
  const server = await serveAppWithBenchPage(APP_OUT, UI_PORT);
  const base = `http://127.0.0.1:${UI_PORT}/`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    log('importing the project into the app’s database…');
    const { documentTitle, codeName } = await importIntoApp(page, base, project);

    log('opening the app…');
    // Timed inside the page, from navigation start to the list showing the title.
    await page.addInitScript(listedProbe(documentTitle));
    await page.goto(base);
    const docButton = page.getByRole('table').getByText(documentTitle, { exact: true }).first();
    // Generous: the unvirtualized list of old took minutes at 1,000 documents (see README).
    await docButton.waitFor({ timeout: 600_000 });
    const seen = await listedAt(page);
    // The probe misses only if the title is not a button's whole text: then Playwright's
    // (later, by its polling) moment is the best there is.
    const openUi = seen > 0 ? seen : await page.evaluate(() => performance.now());
    await docButton.click();
    const paragraph = page.locator('[role="document"] [data-para-text]').first();
    const shown = await paragraph
      .waitFor({ timeout: 30_000 })
      .then(() => true)
      .catch(() => false);
    if (!shown) return empty('The transcript view did not show the document: no UI figure.');

    const apply: number[] = [];
    const frames: number[] = [];
    const pickerOpen: number[] = [];
    for (let i = 0; i < runs * 2; i++) {
      if (!(await selectPassage(page, i))) {
        return empty('No plain passage could be selected in the transcript: no UI figure.');
      }
      await armProbe(page, 'c', null);
      await page.keyboard.press('c');
      const combobox = page.getByRole('dialog').getByRole('combobox');
      await combobox.waitFor({ timeout: 10_000 });
      pickerOpen.push(await page.evaluate(() => (window as unknown as ProbeWindow).probe.dialogMs));
      await combobox.fill(codeName);
      await page
        .getByRole('option', { selected: true })
        .filter({ hasText: codeName })
        .waitFor({ timeout: 10_000 });
      await armProbe(page, 'Enter', codeName);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (window as unknown as ProbeWindow).probe.frameAt > 0, null, {
        timeout: 10_000,
      });
      const p = await page.evaluate(() => (window as unknown as ProbeWindow).probe);
      apply.push(p.seenAt - p.keyAt);
      frames.push(p.frameAt - p.keyAt);
    }
    // A look at what was measured (not part of the figures).
    await page.screenshot({ path: resolve(REPO, 'test-results/screens/bench-transcript.png') });
    return {
      apply_coding_ui_ms: roundMs(median(apply)),
      figures: {
        apply_coding_ui_frame_ms: roundMs(median(frames)),
        picker_open_ui_ms: roundMs(median(pickerOpen)),
        open_project_ui_ms: roundMs(openUi),
      },
      samples: {
        apply_coding_ui_ms: apply.map(roundMs),
        apply_coding_ui_frame_ms: frames.map(roundMs),
        picker_open_ui_ms: pickerOpen.map(roundMs),
      },
      note: null,
    };
  } finally {
    await context.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}
