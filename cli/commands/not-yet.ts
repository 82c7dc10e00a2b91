// A command that is declared but not built yet: it says so and exits 1. Replaced file by file.
import { refuse } from '../../shared/errors';
import { defineCommand, type CliCommand } from '../command';

export function notYet(name: string, usage: string, summary: string): CliCommand {
  return defineCommand<null>({
    name,
    usage,
    summary,
    options: {},
    flags: [],
    help: '',
    parse: () => refuse('cli.unknownCommand', { command: name }),
    run: () => Promise.resolve(1),
  });
}
