// `mazmun text <file> [--repair] [--normalize] [--format text|json]`: what Mazmun would import
// from a file, by
// the app's own path (shared/import readDocument): the text, its pages, its direction, and the
// broken-Persian warning, with the best-effort repair applied only when --repair is given, and
// the app's "Normalize Persian text…" (shared/text/normalize-persian) only with --normalize.
import { refuse } from '../../shared/errors';
import { ok } from '../../shared/model/snapshot';
import type { PdfEngine } from '../../shared/pdf/pdf-engine';
import { escapeBidiInJson } from '../../shared/text/bidi';
import { normalizeWithMap } from '../../shared/text/normalize-persian';
import { defineCommand } from '../command';
import { EXIT } from '../run-cli';

interface TextArgs {
  readonly file: string;
  readonly repair: boolean;
  readonly normalize: boolean;
  readonly format: 'text' | 'json';
}

/** pdf.js's build for Node (no browser, no canvas: the text layer only); loaded for PDFs alone. */
async function nodePdfEngine(): Promise<PdfEngine> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs as unknown as PdfEngine;
}

export const textCommand = defineCommand<TextArgs>({
  name: 'text',
  usage: '<file> [--repair] [--normalize] [--format text|json]',
  summary: 'print the text Mazmun would import from a .txt/.docx/.odt/.rtf/.md/.pdf file',
  options: { format: ['text', 'json'] },
  flags: ['repair', 'normalize'],
  help: [
    '  Reads the file as the app imports it: PDF pages in reading order, running headers kept,',
    '  Persian copied out of a PDF in visual order detected (a warning on stderr).',
    '  --repair       apply the best-effort repair of such Persian (word order, half-spaces)',
    '  --normalize    Arabic ي/ك → ی/ک, presentation forms, tatweel, harakat, stray half-spaces',
    '  --format json  {"text", "pages", "direction", "warnings": [{"kind", "score"}], "repaired"}',
  ]
    .map((l) => `${l}\n`)
    .join(''),
  parse: ({ opts, flags, positional }) => {
    if (positional.length === 0) return refuse('cli.needsFile', { command: 'text' });
    if (positional.length > 1)
      return refuse('cli.oneFile', {
        command: 'text',
        count: positional.length,
        given: positional.join(' '),
      });
    return ok({
      file: positional[0] ?? '',
      repair: flags.has('repair'),
      normalize: flags.has('normalize'),
      format: opts.format === 'json' ? 'json' : 'text',
    });
  },
  run: async (args, io) => {
    const kind = io.pathKind(args.file);
    if (kind !== 'file') {
      io.stderr(
        `mazmun: ${args.file}: ${kind === 'directory' ? 'is a directory' : 'no such file'}\n`,
      );
      return EXIT.failed;
    }
    const bytes = io.readFile(args.file);
    if (!bytes.ok) {
      io.stderr(`mazmun: ${args.file}: ${bytes.reason}\n`);
      return EXIT.failed;
    }
    // The readers pull in the zip and XML libraries: loaded here, not when `mazmun` starts.
    const { readDocument, textReport } = await import('../../shared/import/read-document');
    const doc = await readDocument(args.file, bytes.data, {
      repair: args.repair,
      pdf: { engine: nodePdfEngine },
    });
    if (!doc.ok) {
      io.stderr(`mazmun: ${doc.reason}\n`);
      return EXIT.failed;
    }
    const read = textReport(doc.data);
    const report = args.normalize ? { ...read, text: normalizeWithMap(read.text).text } : read;
    if (args.format === 'json') {
      io.stdout(`${escapeBidiInJson(JSON.stringify(report, null, 2))}\n`);
      return EXIT.ok;
    }
    for (const w of report.warnings) {
      io.stderr(
        report.repaired
          ? `mazmun: ${args.file}: Persian in visual (PDF) order (score ${w.score.toFixed(4)}): repaired\n`
          : `mazmun: ${args.file}: Persian in visual (PDF) order (score ${w.score.toFixed(4)}); --repair to fix\n`,
      );
    }
    io.stdout(`${report.text}\n`);
    return EXIT.ok;
  },
});
