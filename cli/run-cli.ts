// `mazmun` as a function: argv and injected IO in, exit code out, so tests need no subprocess.
import { computeFrequencyTable } from '../shared/analysis/frequencies';
import { loadProjectDir, type ProjectFiles } from '../shared/fixture/load-project-dir';
import { fail, ok, type ProjectSnapshot, type Result } from '../shared/model/snapshot';
import { HELP, parseArgs } from './args';
import { reportCsv, reportJson, reportTable } from './report-format';

export type PathKind = 'directory' | 'file' | 'missing';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly pathKind: (path: string) => PathKind;
  /** All files under a directory, keyed by relative path with '/' separators. */
  readonly readDir: (path: string) => Result<ProjectFiles>;
  readonly writeFile: (path: string, text: string) => Result<true>;
  readonly version: string;
}

/** Exit codes: 0 done, 1 the work failed (bad project, unwritable file), 2 bad usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export function openProject(path: string, io: CliIo): Result<ProjectSnapshot> {
  const kind = io.pathKind(path);
  if (kind === 'missing') return fail(`${path}: no such file or directory`);
  if (kind === 'file') {
    const ext = /\.[^./\\]+$/.exec(path)?.[0]?.toLowerCase() ?? '';
    const what = ext === '.qdpx' ? 'REFI-QDA (.qdpx) projects' : `${ext || 'these'} files`;
    return fail(`${path}: ${what} are not supported yet; give a project directory`);
  }
  const files = io.readDir(path);
  if (!files.ok) return fail(`${path}: ${files.reason}`);
  const loaded = loadProjectDir(files.data);
  return loaded.ok ? ok(loaded.data) : fail(`${path}: ${loaded.reason}`);
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    if (!cmd.ok) {
      io.stderr(`mazmun: ${cmd.reason}\n`);
      return EXIT.usage;
    }
    if (cmd.data.kind === 'help') {
      io.stdout(HELP);
      return EXIT.ok;
    }
    if (cmd.data.kind === 'version') {
      io.stdout(`mazmun ${io.version}\n`);
      return EXIT.ok;
    }
    const { project, format, out, convention, digits } = cmd.data;
    const snap = openProject(project, io);
    if (!snap.ok) {
      io.stderr(`mazmun: ${snap.reason}\n`);
      return EXIT.failed;
    }
    const table = computeFrequencyTable({ ...snap.data, convention });
    const text =
      format === 'json'
        ? `${JSON.stringify(reportJson(table), null, 2)}\n`
        : format === 'csv'
          ? reportCsv(table, digits)
          : reportTable(table, digits);
    if (out === null) {
      io.stdout(text);
      return EXIT.ok;
    }
    const written = io.writeFile(out, text);
    if (!written.ok) {
      io.stderr(`mazmun: cannot write ${out}: ${written.reason}\n`);
      return EXIT.failed;
    }
    io.stderr(`mazmun: wrote ${out}\n`);
    return EXIT.ok;
  } catch (e) {
    // Never a stack trace: one line that says what went wrong.
    io.stderr(`mazmun: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.failed;
  }
}
