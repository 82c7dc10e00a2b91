// One declaration per command of `mazmun`: its options, its help and how it runs. The registry
// (cli/commands/index.ts) is the only list of commands; parsing, dispatch and `--help` read it.
import type { Result } from '../shared/model/snapshot';
import type { CliIo } from './run-cli';

/** What the generic parser hands a command: its options, flags and positional arguments. */
export interface ParsedArgs {
  readonly opts: Readonly<Record<string, string>>;
  readonly flags: ReadonlySet<string>;
  readonly positional: readonly string[];
}

export interface CliCommand<A = unknown> {
  readonly name: string;
  /** The usage line's arguments after the command name, e.g. `<project> [--format json|csv]`. */
  readonly usage: string;
  /** One line for the command list of `mazmun --help`. */
  readonly summary: string;
  /** Options that take a value; a list restricts the value to those choices. */
  readonly options: Readonly<Record<string, readonly string[] | null>>;
  /** Options without a value (`--repair`). */
  readonly flags: readonly string[];
  /** The help text's section for this command (indented lines, no heading). */
  readonly help: string;
  readonly parse: (args: ParsedArgs) => Result<A>;
  readonly run: (args: A, io: CliIo) => Promise<number>;
}

/** Declares a command with its argument type checked against its own parse and run. */
export function defineCommand<A>(command: CliCommand<A>): CliCommand {
  return command as unknown as CliCommand;
}
