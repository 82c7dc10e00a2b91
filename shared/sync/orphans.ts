// A code deleted on one replica while another coded with it (issue 14, must-have 4): the codings
// must never be silently dropped. Two rules, both applied by every replica, so they agree:
// - a remote deletion of a code that still has codings here which the same batch does not delete
//   is not applied; the code is re-published, which revives it on the server and everywhere;
// - a coding whose code (or document) is not here yet waits in the replica until it arrives
//   (the store would otherwise remove it as dangling).
import type { ChangeSet, RowChange } from '../db/changes';
import type { Code, Coding } from '../model/types';

export interface RemotePlan {
  /** What to write here now. */
  readonly changes: ChangeSet;
  /** Codes whose remote deletion was refused: re-publish these rows as local changes. */
  readonly revive: readonly Code[];
  /** Document ids (`codings:<id>`) held back until their code or document is here. */
  readonly waiting: readonly string[];
}

export interface LocalView {
  hasCode(id: string): boolean;
  hasDocument(id: string): boolean;
  /** Ids of the codings here that use the code. */
  codingsOfCode(id: string): readonly string[];
}

export function planRemote(changes: ChangeSet, here: LocalView): RemotePlan {
  const codes = changes.codes ?? [];
  const codings = changes.codings ?? [];
  const deletedCodings = new Set<string>(
    codings.flatMap((r) => (!r.after && r.before ? [r.before.id as string] : [])),
  );
  const incomingCodings = new Map<string, number>();
  for (const r of codings) {
    if (r.after)
      incomingCodings.set(r.after.codeId, (incomingCodings.get(r.after.codeId) ?? 0) + 1);
  }
  const revive: Code[] = [];
  const keptCodes: RowChange<Code>[] = [];
  for (const r of codes) {
    const gone = r.before && !r.after ? r.before : null;
    const stillUsed =
      gone !== null &&
      (here.codingsOfCode(gone.id).some((id) => !deletedCodings.has(id)) ||
        (incomingCodings.get(gone.id) ?? 0) > 0);
    if (gone && stillUsed) revive.push(gone);
    else keptCodes.push(r);
  }
  const codeAfter = new Map<string, boolean>();
  for (const r of keptCodes) codeAfter.set((r.after ?? r.before)!.id, r.after !== null);
  const docAfter = new Map<string, boolean>();
  for (const r of changes.documents ?? [])
    docAfter.set((r.after ?? r.before)!.id, r.after !== null);
  const has = (m: Map<string, boolean>, id: string, local: (id: string) => boolean) =>
    m.has(id) ? m.get(id) === true : local(id);
  const waiting: string[] = [];
  const keptCodings: RowChange<Coding>[] = [];
  for (const r of codings) {
    const a = r.after;
    if (
      a &&
      (!has(codeAfter, a.codeId, (id) => here.hasCode(id)) ||
        !has(docAfter, a.documentId, (id) => here.hasDocument(id)))
    ) {
      waiting.push(`codings:${a.id}`);
      continue;
    }
    keptCodings.push(r);
  }
  const out: Record<string, unknown> = { ...changes };
  if (changes.codes) out.codes = keptCodes;
  if (changes.codings) out.codings = keptCodings;
  return { changes: out as ChangeSet, revive, waiting };
}
