// What `mazmun report` and `mazmun export` accept as <project>: a project directory in the
// readable format, a REFI-QDA project (.qdpx) or a Mazmun backup (.json).
import { loadProjectDir } from '../shared/fixture/load-project-dir';
import { fail, ok, type ProjectSnapshot, type Result } from '../shared/model/snapshot';
import type { CliIo } from './run-cli';

export interface OpenedProject {
  readonly snapshot: ProjectSnapshot;
  /** What the reader had to say (skipped items, repairs), for stderr. */
  readonly notes: readonly string[];
}

export function extensionOf(path: string): string {
  return /\.[^./\\]+$/.exec(path)?.[0]?.toLowerCase() ?? '';
}

const decoder = new TextDecoder('utf-8');

export async function openProject(path: string, io: CliIo): Promise<Result<OpenedProject>> {
  const kind = io.pathKind(path);
  if (kind === 'missing') return fail(`${path}: no such file or directory`);
  if (kind === 'directory') {
    const files = io.readDir(path);
    if (!files.ok) return fail(`${path}: ${files.reason}`);
    const loaded = loadProjectDir(files.data);
    return loaded.ok ? ok({ snapshot: loaded.data, notes: [] }) : fail(`${path}: ${loaded.reason}`);
  }
  const ext = extensionOf(path);
  if (ext !== '.qdpx' && ext !== '.json') {
    return fail(
      `${path}: ${ext || 'these'} files are not projects; give a project directory, a .qdpx or a .mazmun.json backup`,
    );
  }
  const bytes = io.readFile(path);
  if (!bytes.ok) return fail(`${path}: ${bytes.reason}`);
  // The readers of archives and backups load only when such a file is given (see run-cli.ts).
  if (ext === '.qdpx') {
    const { importQdpx } = await import('../shared/exchange/qdpx-import');
    const r = await importQdpx(bytes.data);
    if (!r.ok) return fail(`${path}: ${r.reason}`);
    const { report } = r.data;
    const notes = [
      ...report.skipped.map((s) => `skipped ${s.count} ${s.what}: ${s.reason}`),
      ...report.warnings,
    ];
    return ok({ snapshot: r.data.snapshot, notes });
  }
  const { restoreBackup } = await import('../shared/exchange/backup');
  const restored = restoreBackup(decoder.decode(bytes.data));
  if (!restored.ok) return fail(`${path}: ${restored.reason}`);
  return ok({ snapshot: restored.data, notes: [...restored.warnings] });
}
