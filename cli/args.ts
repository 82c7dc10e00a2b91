// Command-line parsing for `mazmun`: small and strict, so a typo is an error rather than ignored.
// Generic: each command (cli/commands/) declares its options, flags and help; this file parses
// argv against that declaration and composes `mazmun --help` from the registry.
import { refuse } from '../shared/errors';
import { ok, type Result } from '../shared/model/snapshot';
import type { CliCommand, ParsedArgs } from './command';
import { builtCommands, findCommand } from './commands';
import { PROJECT_COMMANDS } from './commands/project-commands';

export type { Digits, ReportFormat } from './commands/report';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  /** A command of the registry (cli/commands/): its own parse made `args`. */
  | { readonly kind: 'registered'; readonly command: CliCommand; readonly args: unknown };

function parseOptions(command: CliCommand, rest: readonly string[]): Result<ParsedArgs> {
  const optionNames = Object.keys(command.options);
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
    if (eq < 0 && command.flags.includes(name)) {
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
  for (const [name, allowed] of Object.entries(command.options)) {
    const v = opts[name];
    if (allowed && v !== undefined && !allowed.includes(v)) {
      return refuse('cli.optionNotAllowed', { name, allowed, value: v });
    }
  }
  return ok({ opts, flags, positional });
}

export function parseArgs(argv: readonly string[]): Result<Command> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    return ok({ kind: 'help' });
  }
  if (argv.includes('--version') || argv.includes('-v')) return ok({ kind: 'version' });
  const [name = '', ...rest] = argv;
  const command = findCommand(name);
  if (!command) return refuse('cli.unknownCommand', { command: name });
  const parsed = parseOptions(command, rest);
  if (!parsed.ok) return parsed;
  const args = command.parse(parsed.data);
  return args.ok ? ok({ kind: 'registered', command, args: args.data }) : args;
}

/** The usage lines' width before the summary: the longest usage and two spaces. */
const USAGE_WIDTH = 47;
const usageLine = (usage: string, summary: string): string =>
  `  ${usage.padEnd(USAGE_WIDTH - 2)}  ${summary}\n`;
const optionsOf = (c: CliCommand): string =>
  `Options of ${c.name}:\n${c.help.endsWith('\n') ? c.help : `${c.help}\n`}`;

/** `mazmun --help`: the project commands with their options, then every other built command. */
export function helpText(): string {
  const built = builtCommands();
  const project = built.filter((c) => PROJECT_COMMANDS.includes(c));
  const others = built.filter((c) => !PROJECT_COMMANDS.includes(c));
  const head = `mazmun — qualitative coding and thematic analysis from the command line

Usage:
${project.map((c) => usageLine(`mazmun ${c.name} ${c.usage}`, c.summary)).join('')}${usageLine(
    'mazmun --help',
    'This help',
  )}${usageLine('mazmun --version', 'The version')}
<project> is a project directory in Mazmun's readable format (e.g. fixtures/azerbaijan),
a REFI-QDA project (.qdpx) or a Mazmun backup (.mazmun.json / .json).
${project
  .filter((c) => c.help !== '')
  .map((c) => `\n${optionsOf(c)}`)
  .join('')}`;
  if (others.length === 0) return head;
  const usage = others.map((c) => `  mazmun ${c.name} ${c.usage}\n      ${c.summary}\n`).join('');
  const sections = others
    .filter((c) => c.help !== '')
    .map((c) => `\n${optionsOf(c)}`)
    .join('');
  return `${head}\nAnalysis and text commands:\n${usage}${sections}`;
}
