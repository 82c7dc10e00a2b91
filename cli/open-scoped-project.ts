// Every project command opens its project the same way: read it, pass the reader's notes to
// stderr, then narrow the snapshot to the asked coders (`--coder`) and document set (`--set`)
// before its own analysis. One place, so the commands cannot drift in wording or exit code.
import { setNamed, snapshotInSet } from '../shared/analysis/document-sets';
import { refuse } from '../shared/errors';
import type { ProjectSnapshot } from '../shared/model';
import type { Failure } from '../shared/model/snapshot';
import { snapshotForCoders } from './commands/coder-option';
import { openProject } from './open-project';
import type { CliIo } from './run-cli';
import { EXIT } from './write-output';

export interface ProjectScope {
  /** `--coder`: only these coders' codings; null: every coding. */
  readonly coders: readonly string[] | null;
  /** `--set`: only the documents of the set with this name; null or absent: every document. */
  readonly set?: string | null;
}

export type ScopedProject =
  | {
      readonly ok: true;
      /** The snapshot narrowed to the scope. */
      readonly snapshot: ProjectSnapshot;
      /** The project as read, before narrowing (e.g. to name the coders). */
      readonly whole: ProjectSnapshot;
    }
  | { readonly ok: false; readonly exit: number };

const failed = (io: CliIo, reason: string): ScopedProject => {
  io.stderr(`mazmun: ${reason}\n`);
  return { ok: false, exit: EXIT.failed };
};

/** The project at `path` narrowed to `scope`, or the exit code after the error went to stderr. */
export async function openScopedProject(
  path: string,
  scope: ProjectScope,
  io: CliIo,
): Promise<ScopedProject> {
  const opened = await openProject(path, io);
  if (!opened.ok) return failed(io, opened.reason);
  for (const note of opened.data.notes) io.stderr(`mazmun: ${path}: ${note}\n`);
  const whole = opened.data.snapshot;
  const byCoder = snapshotForCoders(whole, scope.coders);
  if (!byCoder.ok) return failed(io, byCoder.reason);
  if (scope.set === undefined || scope.set === null) {
    return { ok: true, snapshot: byCoder.data, whole };
  }
  const set = setNamed(byCoder.data, scope.set);
  if (!set.ok) return failed(io, noSuchSet(byCoder.data, scope.set).reason);
  return { ok: true, snapshot: snapshotInSet(byCoder.data, set.data), whole };
}

/** How many set names the refusal lists before it says "and N more". */
const LISTED_SETS = 10;

/** The refusal of an unknown `--set`, naming the project's sets so the user can pick one. */
export function noSuchSet(snapshot: ProjectSnapshot, name: string): Failure {
  const names = (snapshot.sets ?? []).map((s) => `“${s.name}”`);
  if (names.length === 0) return refuse('cli.projectHasNoSets', { name });
  if (names.length <= LISTED_SETS) return refuse('cli.noSuchSet', { name, sets: names });
  return refuse('cli.noSuchSetMany', {
    name,
    sets: names.slice(0, LISTED_SETS),
    more: names.length - LISTED_SETS,
  });
}
