// `mazmun alpha <file.csv> [--level nominal|ordinal|interval|ratio] [--format json]`:
// Krippendorff's alpha over a reliability-data table. Header row = coder names; then one row per
// unit; an empty cell = missing. See docs/agreement.md.
import { parseCsv } from '../../shared/analysis/csv';
import {
  ALPHA_LEVELS,
  krippendorffAlpha,
  type AlphaLevel,
} from '../../shared/analysis/krippendorff';
import { errorOf, refuse } from '../../shared/errors';
import { ok, type Result } from '../../shared/model/snapshot';
import { escapeBidiInJson } from '../../shared/text/bidi';
import { toLatinDigits } from '../../shared/text/persian';
import { EXIT } from '../write-output';
import { defineCommand } from '../command';
import type { CliIo } from '../run-cli';

interface AlphaArgs {
  readonly file: string;
  readonly level: AlphaLevel;
}

export interface ReliabilityData {
  readonly coders: readonly string[];
  /** matrix[coder][unit], null = missing. */
  readonly matrix: (number | null)[][];
  readonly units: number;
}

/**
 * Reads the table into coders × units. Nominal values may be any text (each distinct value a
 * category); the other levels need numbers (Persian digits and the Persian decimal point read).
 * A blank line is not a unit; a row of empty cells is one, with every value missing.
 */
export function readReliabilityCsv(
  path: string,
  text: string,
  level: AlphaLevel,
): Result<ReliabilityData> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return refuse('cli.inPath', { path, error: errorOf(parsed) });
  const [header = [], ...body] = parsed.data;
  const coders = header.map((h) => h.trim());
  if (coders.length < 2) return refuse('agreement.alphaNoCoders', { path });
  const matrix: (number | null)[][] = coders.map(() => []);
  const categories = new Map<string, number>();
  let units = 0;
  for (const [k, row] of body.entries()) {
    const line = k + 2;
    if (row.length === 1 && (row[0] ?? '').trim() === '') continue;
    if (row.length > coders.length) {
      return refuse('agreement.alphaTooManyCells', {
        path,
        line,
        cells: row.length,
        coders: coders.length,
      });
    }
    for (let c = 0; c < coders.length; c++) {
      const cell = (row[c] ?? '').trim();
      let value: number | null = null;
      if (cell !== '' && level === 'nominal') {
        value = categories.get(cell) ?? categories.size;
        categories.set(cell, value);
      } else if (cell !== '') {
        value = Number(toLatinDigits(cell).replace('٫', '.'));
        if (!Number.isFinite(value)) {
          return refuse('agreement.alphaNotNumber', {
            path,
            line,
            coder: coders[c] ?? '',
            value: cell,
            level,
          });
        }
      }
      matrix[c]?.push(value);
    }
    units++;
  }
  return ok({ coders, matrix, units });
}

function readText(path: string, io: CliIo): Result<string> {
  const kind = io.pathKind(path);
  if (kind !== 'file') {
    return refuse(kind === 'missing' ? 'cli.noSuchFile' : 'cli.isDirectory', { path });
  }
  const bytes = io.readFile(path);
  if (!bytes.ok) return refuse('cli.inPath', { path, error: errorOf(bytes) });
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes.data));
  } catch {
    return refuse('cli.notUtf8', { path });
  }
}

export const alphaCommand = defineCommand<AlphaArgs>({
  name: 'alpha',
  usage: '<file.csv> [--level nominal|ordinal|interval|ratio] [--format json]',
  summary: "Krippendorff's alpha of a reliability-data table (coders as columns, units as rows)",
  options: { level: ALPHA_LEVELS, format: ['json'] },
  flags: [],
  help: [
    '  --level nominal|ordinal|interval|ratio',
    '                              The metric (default: nominal). The CSV: a header row of',
    '                              coder names, then one row per unit; an empty cell is a',
    '                              missing value. Prints {"alpha", "level", "units", "coders"};',
    '                              alpha is null when undefined (no variation at all).',
  ].join('\n'),
  parse: ({ opts, positional }) => {
    if (positional.length !== 1) {
      return positional.length === 0
        ? refuse('cli.needsFile', { command: 'alpha' })
        : refuse('cli.oneFile', {
            command: 'alpha',
            count: positional.length,
            given: positional.join(' '),
          });
    }
    const level = (ALPHA_LEVELS as readonly string[]).includes(opts.level ?? '')
      ? (opts.level as AlphaLevel)
      : 'nominal';
    return ok({ file: positional[0] ?? '', level });
  },
  run: (args, io) => {
    const text = readText(args.file, io);
    const data = text.ok ? readReliabilityCsv(args.file, text.data, args.level) : text;
    if (!data.ok) {
      io.stderr(`mazmun: ${data.reason}\n`);
      return Promise.resolve(EXIT.failed);
    }
    const r = krippendorffAlpha(data.data.matrix, args.level);
    const out = {
      alpha: r.alpha,
      level: r.level,
      units: data.data.units,
      coders: data.data.coders.length,
    };
    io.stdout(`${escapeBidiInJson(JSON.stringify(out, null, 2))}\n`);
    return Promise.resolve(EXIT.ok);
  },
});
