// Command-line parsing for `mazmun`: small and strict, so a typo is an error rather than ignored.
import { fail, ok, type Result } from '../shared/model/snapshot';
import type { Convention } from '../shared/analysis/frequencies';

export type ReportFormat = 'table' | 'json' | 'csv';
export type Digits = 'latin' | 'persian';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'report';
      readonly project: string;
      readonly format: ReportFormat;
      readonly out: string | null;
      readonly convention: Convention;
      readonly digits: Digits;
    };

const CHOICES = {
  format: ['table', 'json', 'csv'],
  convention: ['paper', 'distinct'],
  digits: ['latin', 'persian'],
} as const;

export function parseArgs(argv: readonly string[]): Result<Command> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    return ok({ kind: 'help' });
  }
  if (argv.includes('--version') || argv.includes('-v')) return ok({ kind: 'version' });
  const [command, ...rest] = argv;
  if (command !== 'report') return fail(`unknown command "${command}" (try: mazmun --help)`);
  const opts: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    const value = eq >= 0 ? a.slice(eq + 1) : rest[++i];
    if (!['format', 'out', 'convention', 'digits'].includes(name)) {
      return fail(`unknown option --${name} (try: mazmun --help)`);
    }
    if (value === undefined || value === '') return fail(`--${name} needs a value`);
    opts[name] = value;
  }
  for (const [name, allowed] of Object.entries(CHOICES)) {
    const v = opts[name];
    if (v !== undefined && !(allowed as readonly string[]).includes(v)) {
      return fail(`--${name} must be one of ${allowed.join(', ')} (got "${v}")`);
    }
  }
  if (positional.length !== 1) {
    return fail(
      positional.length === 0
        ? 'report needs a project: mazmun report <project-dir>'
        : `report takes one project, got ${positional.length}: ${positional.join(' ')}`,
    );
  }
  return ok({
    kind: 'report',
    project: positional[0] ?? '',
    format: (opts.format ?? 'table') as ReportFormat,
    out: opts.out ?? null,
    convention: (opts.convention ?? 'paper') as Convention,
    digits: (opts.digits ?? 'latin') as Digits,
  });
}

export const HELP = `mazmun — qualitative coding and thematic analysis from the command line

Usage:
  mazmun report <project> [options]   Sources and references per theme
  mazmun --help                       This help
  mazmun --version                    The version

<project> is a project directory in Mazmun's readable format (e.g. fixtures/azerbaijan).
REFI-QDA (.qdpx) and backup files are not supported yet.

Options of report:
  --format table|json|csv      Output format (default: table). csv is UTF-8 with a BOM.
  --out FILE                   Write to FILE instead of standard output.
  --convention paper|distinct  paper: a parent's references are the sum of its children's
                               (the published convention, default); distinct: each coded
                               passage counted once per theme.
  --digits latin|persian       Digits of the table and csv (json numbers stay numbers).
`;
