// `mazmun` as a function: argv and injected IO in, exit code out, so tests need no subprocess.
// The generic dispatcher: the command registry (cli/commands/) says what each command does.
import type { ProjectFiles } from '../shared/fixture/load-project-dir';
import type { Result } from '../shared/model/snapshot';
import { stripBidiScopes } from '../shared/text/bidi';
import { helpText, parseArgs } from './args';
import { EXIT } from './write-output';

export type PathKind = 'directory' | 'file' | 'missing';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly pathKind: (path: string) => PathKind;
  /** All files under a directory, keyed by relative path with '/' separators. */
  readonly readDir: (path: string) => Result<ProjectFiles>;
  readonly readFile: (path: string) => Result<Uint8Array>;
  readonly writeFile: (path: string, data: string | Uint8Array) => Result<true>;
  /** The report font (Vazirmatn WOFF2) as base64, or null when it cannot be found. */
  readonly reportFont: () => string | null;
  readonly version: string;
  readonly now?: () => number;
}

export { EXIT } from './write-output';

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const cmd = parseArgs(argv);
  if (!cmd.ok) {
    io.stderr(`mazmun: ${cmd.reason}\n`);
    return EXIT.usage;
  }
  const c = cmd.data;
  if (c.kind === 'help') {
    io.stdout(helpText());
    return EXIT.ok;
  }
  if (c.kind === 'version') {
    io.stdout(`mazmun ${io.version}\n`);
    return EXIT.ok;
  }
  // Each command loads what it alone needs when it runs (export's zip and spreadsheet libraries
  // stay unloaded for `report`: a faster start, bench/cli-start.mjs).
  return c.command.run(c.args, io);
}

export async function runCli(argv: readonly string[], cliIo: CliIo): Promise<number> {
  // Messages quote names and paths from the project: no bidi scope of theirs reaches the
  // terminal, where it would reorder the rest of the line (shared/text/bidi.ts).
  const io: CliIo = { ...cliIo, stderr: (text) => cliIo.stderr(stripBidiScopes(text)) };
  try {
    return await run(argv, io);
  } catch (e) {
    // Never a stack trace: one line that says what went wrong.
    io.stderr(`mazmun: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.failed;
  }
}
