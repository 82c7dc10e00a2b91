// `mazmun` as a function: argv and injected IO in, exit code out, so tests need no subprocess.
import { computeFrequencyTable } from '../shared/analysis/frequencies';
import type { ProjectFiles } from '../shared/fixture/load-project-dir';
import type { Result } from '../shared/model/snapshot';
import { escapeBidiInJson, stripBidiScopes } from '../shared/text/bidi';
import { helpText, parseArgs } from './args';
import { openProject } from './open-project';
import { reportCsv, reportJson, reportTable } from './report-format';

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

/** Exit codes: 0 done, 1 the work failed (bad project, unwritable file), 2 bad usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function write(io: CliIo, out: string | null, data: string | Uint8Array): number {
  if (out === null) {
    io.stdout(typeof data === 'string' ? data : new TextDecoder().decode(data));
    return EXIT.ok;
  }
  const written = io.writeFile(out, data);
  if (!written.ok) {
    io.stderr(`mazmun: cannot write ${out}: ${written.reason}\n`);
    return EXIT.failed;
  }
  io.stderr(`mazmun: wrote ${out}\n`);
  return EXIT.ok;
}

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
  if (c.kind === 'registered') return c.command.run(c.args, io);
  // Export and validate pull in the zip and spreadsheet libraries; `report` on a project
  // directory needs neither, so they load only when asked for (a faster start: bench/cli-start).
  if (c.kind === 'validate') {
    const { validateFile } = await import('./validate-file');
    const r = await validateFile(c.file, io);
    if (r.ok) io.stdout(stripBidiScopes(r.data));
    else io.stderr(`mazmun: ${r.reason}\n`);
    return r.ok ? EXIT.ok : EXIT.failed;
  }
  const opened = await openProject(c.project, io);
  if (!opened.ok) {
    io.stderr(`mazmun: ${opened.reason}\n`);
    return EXIT.failed;
  }
  for (const note of opened.data.notes) io.stderr(`mazmun: ${c.project}: ${note}\n`);
  const snapshot = opened.data.snapshot;
  if (c.kind === 'export') {
    const { exportProject } = await import('./export-project');
    const data = await exportProject(snapshot, c, {
      appVersion: io.version,
      font: c.format === 'html' ? io.reportFont() : null,
      now: io.now?.() ?? Date.now(),
    });
    return write(io, c.out, data);
  }
  const table = computeFrequencyTable({ ...snapshot, convention: c.convention });
  const text =
    c.format === 'json'
      ? `${escapeBidiInJson(JSON.stringify(reportJson(table), null, 2))}\n`
      : c.format === 'csv'
        ? reportCsv(table, c.digits)
        : reportTable(table, c.digits);
  return write(io, c.out, text);
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
