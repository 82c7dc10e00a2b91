// Command-line parsing for `mazmun`: small and strict, so a typo is an error rather than ignored.
import { refuse } from '../shared/errors';
import { ok, type Result } from '../shared/model/snapshot';
import type { Convention } from '../shared/analysis/frequencies';
import type { CliCommand } from './command';
import { builtCommands, findCommand } from './commands';

export type ReportFormat = 'table' | 'json' | 'csv';
export type ExportFormat = 'qdpx' | 'qdc' | 'xlsx' | 'csv' | 'html' | 'backup';
export type ExportTable = 'frequency' | 'matrix' | 'codebook';
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
    }
  | {
      readonly kind: 'export';
      readonly project: string;
      readonly format: ExportFormat;
      readonly out: string;
      readonly table: ExportTable;
      readonly convention: Convention;
      readonly locale: 'en' | 'fa' | null;
      readonly digits: Digits | null;
      readonly passages: boolean;
    }
  | { readonly kind: 'validate'; readonly file: string }
  /** A command of the registry (cli/commands/): its own parse made `args`. */
  | { readonly kind: 'registered'; readonly command: CliCommand; readonly args: unknown };

const CHOICES = {
  format: ['table', 'json', 'csv'],
  convention: ['paper', 'distinct'],
  digits: ['latin', 'persian'],
  table: ['frequency', 'matrix', 'codebook'],
  locale: ['en', 'fa'],
} as const;
const EXPORT_FORMATS: readonly ExportFormat[] = ['qdpx', 'qdc', 'xlsx', 'csv', 'html', 'backup'];

const OPTIONS: Record<string, readonly string[]> = {
  report: ['format', 'out', 'convention', 'digits'],
  export: ['format', 'out', 'convention', 'digits', 'table', 'locale'],
  validate: [],
};
const FLAGS: Record<string, readonly string[]> = {
  report: [],
  export: ['no-passages'],
  validate: [],
};

interface Parsed {
  readonly opts: Record<string, string>;
  readonly flags: Set<string>;
  readonly positional: string[];
}

function parseOptions(
  command: string,
  rest: readonly string[],
  registered?: CliCommand,
): Result<Parsed> {
  const optionNames = registered ? Object.keys(registered.options) : (OPTIONS[command] ?? []);
  const flagNames = registered ? registered.flags : (FLAGS[command] ?? []);
  const opts: Record<string, string> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    if (eq < 0 && flagNames.includes(name)) {
      flags.add(name);
      continue;
    }
    if (!optionNames.includes(name)) {
      return refuse('cli.unknownOption', { name });
    }
    const value = eq >= 0 ? a.slice(eq + 1) : rest[++i];
    if (value === undefined || value === '') return refuse('cli.optionNeedsValue', { name });
    opts[name] = value;
  }
  const formats: Record<string, readonly string[]> = registered
    ? choicesOf(registered)
    : { ...CHOICES, ...(command === 'export' ? { format: EXPORT_FORMATS } : {}) };
  for (const [name, allowed] of Object.entries(formats)) {
    const v = opts[name];
    if (v !== undefined && !allowed.includes(v)) {
      return refuse('cli.optionNotAllowed', { name, allowed, value: v });
    }
  }
  return ok({ opts, flags, positional });
}

function choicesOf(command: CliCommand): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const [name, allowed] of Object.entries(command.options)) if (allowed) out[name] = allowed;
  return out;
}

function onePositional(
  command: string,
  positional: readonly string[],
  what: 'file' | 'project',
  placeholder: string = what,
): Result<string> {
  if (positional.length === 1) return ok(positional[0] ?? '');
  if (positional.length === 0) {
    return what === 'file'
      ? refuse('cli.needsFile', { command })
      : refuse('cli.needsProject', { command, placeholder });
  }
  const extra = { command, count: positional.length, given: positional.join(' ') };
  return refuse(what === 'file' ? 'cli.oneFile' : 'cli.oneProject', extra);
}

export function parseArgs(argv: readonly string[]): Result<Command> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    return ok({ kind: 'help' });
  }
  if (argv.includes('--version') || argv.includes('-v')) return ok({ kind: 'version' });
  const [command = '', ...rest] = argv;
  const registered = findCommand(command);
  if (registered) {
    const parsedArgs = parseOptions(command, rest, registered);
    if (!parsedArgs.ok) return parsedArgs;
    const args = registered.parse(parsedArgs.data);
    return args.ok ? ok({ kind: 'registered', command: registered, args: args.data }) : args;
  }
  if (!(command in OPTIONS)) return refuse('cli.unknownCommand', { command });
  const parsed = parseOptions(command, rest);
  if (!parsed.ok) return parsed;
  const { opts, flags, positional } = parsed.data;
  if (command === 'validate') {
    const file = onePositional('validate', positional, 'file');
    return file.ok ? ok({ kind: 'validate', file: file.data }) : file;
  }
  const project = onePositional(
    command,
    positional,
    'project',
    command === 'report' ? 'project-dir' : 'project',
  );
  if (!project.ok) return project;
  const convention = (opts.convention ?? 'paper') as Convention;
  if (command === 'report') {
    return ok({
      kind: 'report',
      project: project.data,
      format: (opts.format ?? 'table') as ReportFormat,
      out: opts.out ?? null,
      convention,
      digits: (opts.digits ?? 'latin') as Digits,
    });
  }
  if (opts.format === undefined)
    return refuse('cli.exportNeedsFormat', { formats: EXPORT_FORMATS.join('|') });
  if (opts.out === undefined) return refuse('cli.exportNeedsOut');
  return ok({
    kind: 'export',
    project: project.data,
    format: opts.format as ExportFormat,
    out: opts.out,
    table: (opts.table ?? 'frequency') as ExportTable,
    convention,
    locale: (opts.locale ?? null) as 'en' | 'fa' | null,
    digits: (opts.digits ?? null) as Digits | null,
    passages: !flags.has('no-passages'),
  });
}

const BASE_HELP = `mazmun — qualitative coding and thematic analysis from the command line

Usage:
  mazmun report <project> [options]              Sources and references per theme
  mazmun export <project> --format F --out FILE  Export the project (see below)
  mazmun validate <file.qdpx|file.qdc>           Check a REFI-QDA file's structure
  mazmun --help                                  This help
  mazmun --version                               The version

<project> is a project directory in Mazmun's readable format (e.g. fixtures/azerbaijan),
a REFI-QDA project (.qdpx) or a Mazmun backup (.mazmun.json / .json).

Options of report:
  --format table|json|csv      Output format (default: table). csv is UTF-8 with a BOM.
  --out FILE                   Write to FILE instead of standard output.
  --convention paper|distinct  paper: a parent's references are the sum of its children's
                               (the published convention, default); distinct: each coded
                               passage counted once per theme.
  --digits latin|persian       Digits of the table and csv (json numbers stay numbers).

Options of export:
  --format qdpx|qdc|xlsx|csv|html|backup
                               qdpx: REFI-QDA project; qdc: REFI-QDA codebook; xlsx: one
                               sheet per table; csv: one table; html: the coding report;
                               backup: a Mazmun backup (.mazmun.json).
  --out FILE                   Where to write (required).
  --table frequency|matrix|codebook
                               The table of a csv export (default: frequency).
  --convention paper|distinct  As for report (tables and the html report).
  --locale en|fa               Headings of the html report and tables (default: the
                               project's language).
  --digits latin|persian       Digits of the html report.
  --no-passages                The html report without the coded passages.
`;

/** `mazmun --help`: the built-in commands, then every registered one with its options. */
export function helpText(): string {
  const commands = builtCommands();
  if (commands.length === 0) return BASE_HELP;
  const usage = commands.map((c) => `  mazmun ${c.name} ${c.usage}\n      ${c.summary}\n`).join('');
  const sections = commands
    .filter((c) => c.help !== '')
    .map((c) => `\nOptions of ${c.name}:\n${c.help.endsWith('\n') ? c.help : `${c.help}\n`}`)
    .join('');
  return `${BASE_HELP}\nAnalysis and text commands:\n${usage}${sections}`;
}
