// `node --import tsx bench/pdf.ts [--pages 300] [--runs 3] [--in-app] [--out FILE]`: a PDF of
// N pages of Persian (made here with Chromium's print-to-PDF, as fixtures/pdf/make-pdfs.mjs does)
// read to text (issue 11, target: 300 pages under 10 s). Three figures per run, each with its floor:
//   pdfjs   — pdf.js alone: every page's getTextContent (the floor: what the library costs)
//   extract — shared/pdf extractPdfText (reading order, presentation forms, headers)
//   import  — shared/import readDocument, the app's and the CLI's path (+ broken-Persian check)
// --in-app: the built app in Chromium imports the PDF through its file input (pdf.js in the
// heavy-work worker); the longest main-thread task while it reads and while it saves, beside
// the floor (the same import of a one-line .txt). Prints ONE JSON object on stdout.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDocument } from '../shared/import/read-document';
import { extractPdfText } from '../shared/pdf/pdf-text';
import { nodePdfEngine } from '../shared/pdf/pdf-test-engine';
import { chromiumPath } from '../e2e/support/browser';
import { REPO } from './run/build-page';
import { inAppLongTasks } from './pdf-in-app';

const log = (m: string) => process.stderr.write(`[pdf] ${m}\n`);
const TARGET_MS = 10_000;

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** N A4 pages of the Persian fixture's paragraphs, a running header and a numbered footer. */
function makePdf(pages: number, dir: string): string {
  const browser = process.env.MAZMUN_CHROMIUM || chromiumPath();
  if (!browser) throw new Error('no Chromium (set MAZMUN_CHROMIUM)');
  const paragraphs = readFileSync(join(REPO, 'fixtures/pdf/persian.txt'), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && /[\u0600-\u06ff]/.test(p));
  copyFileSync(
    join(REPO, 'node_modules/@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2'),
    join(dir, 'vazirmatn.woff2'),
  );
  const sections: string[] = [];
  for (let n = 1; n <= pages; n++) {
    // Two paragraphs a page, each cut to fit: one page per section, whatever the paragraph.
    const body = [0, 1]
      .map((k) => paragraphs[(n * 2 + k) % paragraphs.length] ?? '')
      .map((p) => `<p>${escape(p.split(' ').slice(0, 160).join(' '))}</p>`)
      .join('');
    sections.push(
      `<section><header>گزارش آزمایشی — نسخهٔ سنجش</header>${body}<footer>صفحهٔ ${n}</footer></section>`,
    );
  }
  const html = `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><style>
@font-face { font-family: Vazirmatn; src: url(vazirmatn.woff2) format('woff2'); }
@page { size: A4; margin: 15mm; }
body { font-family: Vazirmatn; font-size: 11pt; line-height: 1.5; }
section { page-break-after: always; height: 255mm; overflow: hidden; }
header, footer { font-size: 9pt; color: #444; margin: 0 0 6mm; }
p { margin: 0 0 4mm; text-align: justify; }
</style></head><body>${sections.join('\n')}</body></html>`;
  const file = join(dir, 'book.html');
  writeFileSync(file, html);
  const out = join(dir, 'book.pdf');
  execFileSync(
    browser,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--no-pdf-header-footer',
      `--print-to-pdf=${out}`,
      pathToFileURL(file).href,
    ],
    { stdio: 'ignore', cwd: dir },
  );
  return out;
}

/** Wall time and this process's CPU time: on a shared, loaded machine the CPU time is the figure. */
async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const t = performance.now();
  const c = process.cpuUsage();
  const value = await f();
  const cpu = process.cpuUsage(c);
  return {
    ms: Math.round(performance.now() - t),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    value,
  };
}

async function pdfjsAlone(bytes: Uint8Array): Promise<number> {
  const engine = await nodePdfEngine();
  const doc = await engine.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    stopAtErrors: false,
  }).promise;
  let items = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    items += (await page.getTextContent()).items.length;
    page.cleanup?.();
  }
  await doc.destroy?.();
  return items;
}

const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const pages = Number(option(args, '--pages') ?? 300);
  const runs = Number(option(args, '--runs') ?? 3);
  const out = option(args, '--out');
  const dir = mkdtempSync(join(tmpdir(), 'mazmun-bench-pdf-'));
  try {
    const made = await timed(() => Promise.resolve(makePdf(pages, dir)));
    const file = made.value;
    const bytes = new Uint8Array(readFileSync(file));
    log(`made ${pages} pages (${statSync(file).size} bytes) in ${made.ms} ms`);
    type Row = { ms: number; cpuMs: number };
    const rows: { pdfjs: Row; extract: Row; import: Row }[] = [];
    let check: { pages: number; chars: number; repeated: number } | null = null;
    for (let r = 0; r < runs; r++) {
      const floor = await timed(() => pdfjsAlone(bytes));
      const engine = await nodePdfEngine();
      const ex = await timed(() => extractPdfText(bytes, { engine }));
      const imp = await timed(() =>
        readDocument('book.pdf', bytes, { pdf: { engine: nodePdfEngine } }),
      );
      if (!ex.value.ok) throw new Error(ex.value.reason);
      if (!imp.value.ok) throw new Error(imp.value.reason);
      check = {
        pages: imp.value.data.pages?.length ?? 0,
        chars: imp.value.data.text.length,
        repeated: imp.value.data.repeatedLines?.length ?? 0,
      };
      const row = (x: Row) => ({ ms: x.ms, cpuMs: x.cpuMs });
      rows.push({ pdfjs: row(floor), extract: row(ex), import: row(imp) });
      log(
        `run ${r + 1}: pdf.js ${floor.ms} ms (cpu ${floor.cpuMs}), extract ${ex.ms} (cpu ${ex.cpuMs}), import ${imp.ms} (cpu ${imp.cpuMs})`,
      );
    }
    const inApp = args.includes('--in-app') ? await inAppLongTasks(file, log) : null;
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', load1: loadavg()[0] },
      pdf: { pages, bytes: bytes.length, madeMs: made.ms, read: check },
      targetMs: TARGET_MS,
      runs: rows,
      medianMs: {
        pdfjsFloor: median(rows.map((r) => r.pdfjs.ms)),
        extract: median(rows.map((r) => r.extract.ms)),
        import: median(rows.map((r) => r.import.ms)),
      },
      medianCpuMs: {
        pdfjsFloor: median(rows.map((r) => r.pdfjs.cpuMs)),
        extract: median(rows.map((r) => r.extract.cpuMs)),
        import: median(rows.map((r) => r.import.cpuMs)),
      },
      underTarget: median(rows.map((r) => r.import.ms)) < TARGET_MS,
      inApp,
    };
    const text = `${JSON.stringify(result, null, 2)}\n`;
    if (out) writeFileSync(resolve(out), text);
    process.stdout.write(text);
    return result.underTarget ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
