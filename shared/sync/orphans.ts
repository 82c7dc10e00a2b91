// A code deleted on one replica while another coded with it (issue 14, must-have 4): the codings
// must never be silently dropped. Two rules, both applied by every replica, so they agree:
// - a remote deletion of a code that still has codings here which the same batch does not delete
//   is not applied; the code is re-published, which revives it on the server and everywhere;
// - its ancestors deleted in the same batch are revived with it (deleting a code deletes its
//   subtree, so a parent and its sub-code go together), and so are the memos on the revived codes:
//   the code tree never points at a missing parent and the code comes back whole. An ancestor that
//   is gone already (deleted in an earlier batch, so its row is not at hand) cannot be revived:
//   the topmost revived code then moves to the top level (docs/sync.md says why not re-parent
//   always);
// - a coding whose code (or document) is not here yet waits in the replica until it arrives
//   (the store would otherwise remove it as dangling).
import type { ChangeSet, RowChange } from '../db/changes';
import type { Code, Coding, Memo } from '../model/types';

export interface RemotePlan {
  /** What to write here now. */
  readonly changes: ChangeSet;
  /**
   * Codes whose remote deletion was refused, parents before children: re-publish these rows as
   * local changes. A code revived only because a sub-code needs it is included.
   */
  readonly revive: readonly Code[];
  /** Memos on revived codes whose deletion came in the same batch: re-published with them. */
  readonly reviveMemos: readonly Memo[];
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
  const deleted = new Map<string, Code>();
  for (const r of codes) if (r.before && !r.after) deleted.set(r.before.id, r.before);
  const revived = new Map<string, Code>();
  for (const gone of deleted.values()) {
    const stillUsed =
      here.codingsOfCode(gone.id).some((id) => !deletedCodings.has(id)) ||
      (incomingCodings.get(gone.id) ?? 0) > 0;
    if (!stillUsed) continue;
    // Walk up: every ancestor this batch deletes comes back too; stop at one that stays.
    let code: Code = gone;
    const chain: Code[] = [];
    for (;;) {
      if (revived.has(code.id)) break;
      chain.push(code);
      const parent = code.parentId;
      if (parent === null) break;
      const p = deleted.get(parent);
      if (p) {
        code = p;
        continue;
      }
      if (!here.hasCode(parent) && created(codes, parent) !== true) {
        // The parent is gone already: the topmost revived code moves to the top level.
        chain[chain.length - 1] = { ...code, parentId: null };
      }
      break;
    }
    for (const c of chain) revived.set(c.id, c);
  }
  const keptCodes = codes.filter((r) => !(r.before && !r.after && revived.has(r.before.id)));
  // A revived code that differs from the row here (moved to the top level) is changed here too:
  // the replica skips its own documents, so the re-published row would never reach this store,
  // which would keep the missing parent and push it out again with the next local edit.
  for (const c of revived.values()) {
    const local = deleted.get(c.id);
    if (local && local !== c) keptCodes.push({ before: local, after: c });
  }
  const revive = parentsFirst([...revived.values()]);
  const memos = changes.memos ?? [];
  const reviveMemos: Memo[] = [];
  const keptMemos: RowChange<Memo>[] = [];
  for (const r of memos) {
    const m = r.before && !r.after ? r.before : null;
    if (m && m.target.kind === 'code' && revived.has(m.target.id)) reviveMemos.push(m);
    else keptMemos.push(r);
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
  if (changes.memos) out.memos = keptMemos;
  return { changes: out as ChangeSet, revive, reviveMemos, waiting };
}

/** Whether this batch creates (true) or deletes (false) the code, or neither (undefined). */
function created(codes: readonly RowChange<Code>[], id: string): boolean | undefined {
  let last: boolean | undefined;
  for (const r of codes) if ((r.after ?? r.before)?.id === id) last = r.after !== null;
  return last;
}

/** Parents before their children, so a replica applying them in order never sees a dangling parent. */
function parentsFirst(list: readonly Code[]): Code[] {
  const ids = new Set(list.map((c) => c.id));
  const byId = new Map(list.map((x) => [x.id as string, x]));
  const depth = (c: Code): number => {
    let d = 0;
    let p = c.parentId;
    while (p !== null && ids.has(p) && d < list.length) {
      d++;
      p = byId.get(p)?.parentId ?? null;
    }
    return d;
  };
  return [...list].sort((a, b) => depth(a) - depth(b));
}
