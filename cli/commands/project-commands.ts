// The commands on a whole project or file: first in the registry and in `mazmun --help`'s usage.
import type { CliCommand } from '../command';
import { exportCommand } from './export';
import { reportCommand } from './report';
import { validateCommand } from './validate';

export const PROJECT_COMMANDS: readonly CliCommand[] = [
  reportCommand,
  exportCommand,
  validateCommand,
];
