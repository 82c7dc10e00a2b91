// `--coder NAME[,NAME]` of report, crosstab, cooccurrence, words, network and export: only the
// named coders' codings count (issue 10: every view, the report and every export can be filtered
// by coder). The snapshot is narrowed once, before the command's own analysis, by the same pure
// step the app's views take (shared/analysis/coder-scope.ts).
import { codersByName, snapshotOfCoders } from '../../shared/analysis/coder-scope';
import { refuse } from '../../shared/errors';
import type { CoderId, ProjectSnapshot } from '../../shared/model';
import { ok, type Result } from '../../shared/model/snapshot';

/** The help line, aligned with the commands' other options. */
export const CODER_HELP = [
  '  --coder NAME[,NAME]          Count only the codings of these coders (names as in the',
  '                               project; default: every coding, whoever coded it).',
].join('\n');

/** The names of `--coder` (comma-separated); null when the option is absent. */
export function coderNames(value: string | undefined): Result<readonly string[] | null> {
  if (value === undefined) return ok(null);
  const names = value.split(',').map((n) => n.trim());
  if (names.some((n) => n === '')) return refuse('agreement.emptyCoderName', { given: value });
  return ok(names);
}

/** The snapshot with only the named coders' codings; the whole snapshot without names. */
export function snapshotForCoders(
  snapshot: ProjectSnapshot,
  names: readonly string[] | null,
): Result<ProjectSnapshot> {
  const ids = coderIdsByName(snapshot, names);
  if (!ids.ok) return ids;
  return ok(snapshotOfCoders(snapshot, ids.data ?? undefined));
}

/** The ids of the named coders (null without names), or the refusal naming the first unknown. */
export function coderIdsByName(
  snapshot: ProjectSnapshot,
  names: readonly string[] | null,
): Result<ReadonlySet<CoderId> | null> {
  if (names === null) return ok(null);
  const match = codersByName(snapshot.coders, names);
  if (match.ok) return ok(match.coders);
  const name = match.unknown[0] ?? '';
  if (snapshot.coders.length === 0) return refuse('agreement.projectHasNoCoders', { name });
  return refuse('agreement.noSuchCoder', { name, coders: snapshot.coders.map((c) => c.name) });
}
