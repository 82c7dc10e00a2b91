// Upkeep of the memory the store loads: names remembered for messages, and dangling codings
// (code or document gone) removed so that every view counts the same codings.
import { removeDanglingCodings } from '../db/codings-repo';
import type { ChangeSet } from '../db/changes';
import type { MazmunDb } from '../db/database';
import type { ProjectMemory } from './project-memory';

/** Titles and names by `${table}/${id}`, for naming rows another window deleted. */
export function namesOf(m: ProjectMemory, into: Map<string, string>): void {
  for (const d of m.documents.values()) into.set(`documents/${d.id}`, d.title);
  for (const [t, map] of [
    ['cases', m.cases],
    ['attributes', m.attributes],
    ['codes', m.codes],
    ['coders', m.coders],
  ] as const) {
    for (const x of map.values()) into.set(`${t}/${x.id}`, x.name);
  }
}

/** Remembers the names a command wrote (cheaper than namesOf over the whole memory). */
export function namesFromChanges(c: ChangeSet, into: Map<string, string>): void {
  for (const r of c.documents ?? [])
    if (r.after) into.set(`documents/${r.after.id}`, r.after.title);
  for (const t of ['cases', 'attributes', 'codes', 'coders'] as const) {
    for (const r of c[t] ?? []) if (r.after) into.set(`${t}/${r.after.id}`, r.after.name);
  }
}

/**
 * Codings whose code or document is missing (left by an older Mazmun's unchecked undo) are
 * deleted from the database and from memory at load, so every view counts the same codings.
 */
export async function repairDangling(db: MazmunDb, m: ProjectMemory): Promise<number> {
  const dangling = m.codings.select((code, doc) => !m.codes.has(code) || !m.documents.has(doc));
  if (!dangling.length) return 0;
  const removed = await removeDanglingCodings(
    db,
    m.project.id,
    dangling.map((c) => c.id),
  );
  for (const c of dangling) m.codings.remove(c.id);
  console.warn(
    `Mazmun: removed ${removed.length} coding(s) of project ${m.project.id} whose code or document no longer exists.`,
  );
  return removed.length;
}
