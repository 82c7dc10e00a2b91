// The registry of `mazmun` commands (report/export/validate first): each declared once, in its own
// file; the parser, the dispatcher and `mazmun --help` read this list and nothing else.
import type { CliCommand } from '../command';
import { agreementCommand } from './agreement';
import { alphaCommand } from './alpha';
import { cooccurrenceCommand } from './cooccurrence';
import { crosstabCommand } from './crosstab';
import { networkCommand } from './network';
import { PROJECT_COMMANDS } from './project-commands';
import { searchCommand } from './search';
import { textCommand } from './text';
import { wordsCommand } from './words';

export const COMMANDS: readonly CliCommand[] = [
  ...PROJECT_COMMANDS,
  crosstabCommand,
  cooccurrenceCommand,
  agreementCommand,
  alphaCommand,
  networkCommand,
  wordsCommand,
  searchCommand,
  textCommand,
];

/** The commands that are built (a stub has no usage line yet). */
export function builtCommands(): readonly CliCommand[] {
  return COMMANDS.filter((c) => c.summary !== '');
}

export function findCommand(name: string): CliCommand | undefined {
  return builtCommands().find((c) => c.name === name);
}
