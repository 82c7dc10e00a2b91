// What `mazmun report` and `mazmun export` accept as <project>: a project directory in the
// readable format, a REFI-QDA project (.qdpx) or a Mazmun backup (.json).
import { loadProjectDir } from '../shared/fixture/load-project-dir';
import { errorOf, refuse } from '../shared/errors';
import { ok, type Failure, type ProjectSnapshot, type Result } from '../shared/model/snapshot';
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

/** A reader's failure under the path it read: "<path>: <its error>". */
export function inPath(path: string, failure: Failure): Failure {
  return refuse('cli.inPath', { path, error: errorOf(failure) });
}

export async function openProject(path: string, io: CliIo): Promise<Result<OpenedProject>> {
  const kind = io.pathKind(path);
  if (kind === 'missing') return refuse('cli.noSuchPath', { path });
  if (kind === 'directory') {
    const files = io.readDir(path);
    if (!files.ok) return inPath(path, files);
    const loaded = loadProjectDir(files.data);
    return loaded.ok ? ok({ snapshot: loaded.data, notes: [] }) : inPath(path, loaded);
  }
  const ext = extensionOf(path);
  if (ext !== '.qdpx' && ext !== '.json') {
    return ext
      ? refuse('cli.notProjectFile', { path, ext })
      : refuse('cli.notProjectFileNoExt', { path });
  }
  const bytes = io.readFile(path);
  if (!bytes.ok) return inPath(path, bytes);
  // The readers of archives and backups load only when such a file is given (see run-cli.ts).
  if (ext === '.qdpx') {
    const { importQdpx } = await import('../shared/exchange/qdpx-import');
    const r = await importQdpx(bytes.data);
    if (!r.ok) return inPath(path, r);
    const { report } = r.data;
    const notes = [
      ...report.skipped.map((s) => `skipped ${s.count} ${s.what}: ${s.reason}`),
      ...report.warnings,
    ];
    return ok({ snapshot: r.data.snapshot, notes });
  }
  const { restoreBackup } = await import('../shared/exchange/backup');
  const restored = restoreBackup(decoder.decode(bytes.data));
  if (!restored.ok) return inPath(path, restored);
  return ok({ snapshot: restored.data, notes: [...restored.warnings] });
}
