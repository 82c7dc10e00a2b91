// Who changed what in a shared project (issue 14: "see each change's coder"): a ChangeSet — one
// local command, or the documents one remote command wrote — described as entries a researcher
// reads ("coded ‹passage…› with ‹code› in ‹document›", "renamed code A → B"). Pure: the caller
// gives names and passages through `ActivityContext`; the view translates each entry's `what`.
import type { ChangeSet, RowChange } from '../db/changes';
import type { Code, Coding, Memo, MemoTarget } from '../model/types';

/** How many entries a project's feed keeps (oldest dropped first). */
export const ACTIVITY_LIMIT = 200;
/** Characters of a passage shown before "…". */
export const PASSAGE_CHARS = 40;

export type ActivityWhat =
  | {
      readonly kind: 'coded' | 'uncoded';
      readonly passage: string;
      readonly code: string;
      readonly document: string;
    }
  | {
      readonly kind: 'codedMany' | 'uncodedMany';
      readonly count: number;
      readonly code: string;
      readonly document: string;
    }
  | { readonly kind: 'codeCreated' | 'codeEdited'; readonly code: string }
  | { readonly kind: 'codeDeleted'; readonly code: string; readonly codings: number }
  | { readonly kind: 'codeRenamed'; readonly from: string; readonly to: string }
  | { readonly kind: 'codeRestored'; readonly code: string; readonly deletedBy: string }
  | {
      readonly kind: 'memoCreated' | 'memoEdited' | 'memoDeleted';
      readonly title: string;
      readonly on: MemoOn;
    }
  | {
      readonly kind: 'documentAdded' | 'documentRemoved' | 'documentEdited';
      readonly document: string;
    }
  | { readonly kind: 'otherChanges'; readonly count: number };

/** What a memo is about, named: the view says "on the project", "on code X", "on document Y". */
export type MemoOn =
  | { readonly kind: 'project' }
  | { readonly kind: 'code' | 'document' | 'case'; readonly name: string };

export interface ActivityEntry {
  /** Unique within a feed (React key). */
  readonly id: string;
  /** Milliseconds since 1970. */
  readonly at: number;
  /** The account that made the change. */
  readonly by: string;
  /** The coder a coding was made as, when the entry is about codings and it has one. */
  readonly coder: string | null;
  /** Made in this replica (true) or received from the server. */
  readonly local: boolean;
  readonly what: ActivityWhat;
}

export interface ActivityContext {
  /** Makes the entries' ids unique in the feed (two commands may share a millisecond). */
  readonly key?: string;
  readonly by: string;
  readonly at: number;
  readonly local: boolean;
  /** Names as they are now, for rows the ChangeSet does not carry (a coding's code). */
  codeName(id: string): string | undefined;
  documentTitle(id: string): string | undefined;
  coderName(id: string): string | undefined;
  caseName(id: string): string | undefined;
  /** The passage's text, or undefined when its text is not at hand. */
  passage(c: Coding): string | undefined;
  /** Set when a created code is a restore: the account that had deleted it. */
  restoredFrom?(codeId: string): string | undefined;
}

/** The start of a passage: whitespace folded, cut at PASSAGE_CHARS code points with "…". */
export function passageStart(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > PASSAGE_CHARS
    ? `${chars.slice(0, PASSAGE_CHARS).join('').trimEnd()}…`
    : flat;
}

const CODE_FIELDS = [
  'description',
  'whenToUse',
  'whenNotToUse',
  'example',
  'color',
  'parentId',
] as const;

export function describeChanges(changes: ChangeSet, ctx: ActivityContext): ActivityEntry[] {
  const what: { what: ActivityWhat; coder: string | null }[] = [];
  const add = (w: ActivityWhat, coder: string | null = null) => what.push({ what: w, coder });
  // Names from this very set first: a code created and used in one command, or deleted with it.
  const codeNames = new Map<string, string>();
  for (const r of changes.codes ?? []) {
    const c = r.after ?? r.before;
    if (c) codeNames.set(c.id, c.name);
  }
  const docTitles = new Map<string, string>();
  for (const r of changes.documents ?? []) {
    const d = r.after ?? r.before;
    if (d) docTitles.set(d.id, d.title);
  }
  const codeName = (id: string) => codeNames.get(id) ?? ctx.codeName(id) ?? '?';
  const docTitle = (id: string) => docTitles.get(id) ?? ctx.documentTitle(id) ?? '?';

  const deletedCodes = new Set<string>();
  for (const r of changes.codes ?? []) if (r.before && !r.after) deletedCodes.add(r.before.id);
  // Codings, grouped by (added or removed, code, document, coder); a code's own deletion already
  // says its codings went, so those are counted there instead.
  const groups = new Map<string, { kind: 'coded' | 'uncoded'; list: Coding[] }>();
  const codingsOfDeleted = new Map<string, number>();
  for (const r of changes.codings ?? []) describeCoding(r, groups, deletedCodes, codingsOfDeleted);
  for (const r of changes.codes ?? []) describeCode(r, add, ctx, codingsOfDeleted);
  for (const { kind, list } of groups.values()) {
    const first = list[0] as Coding;
    const coder = first.coderId ? (ctx.coderName(first.coderId) ?? null) : null;
    const code = codeName(first.codeId);
    const document = docTitle(first.documentId);
    if (list.length === 1) {
      add({ kind, passage: passageStart(ctx.passage(first) ?? ''), code, document }, coder);
    } else {
      const many = kind === 'coded' ? 'codedMany' : 'uncodedMany';
      add({ kind: many, count: list.length, code, document }, coder);
    }
  }

  for (const r of changes.memos ?? []) describeMemo(r, add, codeName, docTitle, ctx);
  for (const r of changes.documents ?? []) {
    const kind = !r.before ? 'documentAdded' : !r.after ? 'documentRemoved' : 'documentEdited';
    add({ kind, document: (r.after ?? r.before)?.title ?? '?' });
  }
  const others =
    (changes.cases?.length ?? 0) +
    (changes.attributes?.length ?? 0) +
    (changes.coders?.length ?? 0) +
    (changes.sets?.length ?? 0);
  if (others) add({ kind: 'otherChanges', count: others });
  return what.map((w, i) => ({
    id: `${ctx.key ?? `${ctx.at}-${ctx.by}`}-${i}`,
    at: ctx.at,
    by: ctx.by,
    coder: w.coder,
    local: ctx.local,
    what: w.what,
  }));
}

function describeCode(
  r: RowChange<Code>,
  add: (w: ActivityWhat) => void,
  ctx: ActivityContext,
  codingsOfDeleted: ReadonlyMap<string, number>,
): void {
  const { before, after } = r;
  if (!before && after) {
    const deletedBy = ctx.restoredFrom?.(after.id);
    add(
      deletedBy !== undefined
        ? { kind: 'codeRestored', code: after.name, deletedBy }
        : { kind: 'codeCreated', code: after.name },
    );
  } else if (before && !after) {
    add({ kind: 'codeDeleted', code: before.name, codings: codingsOfDeleted.get(before.id) ?? 0 });
  } else if (before && after) {
    if (before.name !== after.name) add({ kind: 'codeRenamed', from: before.name, to: after.name });
    // A reorder among siblings (order alone) is not worth a line in the feed.
    else if (CODE_FIELDS.some((f) => before[f] !== after[f]))
      add({ kind: 'codeEdited', code: after.name });
  }
}

function describeCoding(
  r: RowChange<Coding>,
  groups: Map<string, { kind: 'coded' | 'uncoded'; list: Coding[] }>,
  deletedCodes: ReadonlySet<string>,
  codingsOfDeleted: Map<string, number>,
): void {
  const { before, after } = r;
  // An edit (moved boundary, changed memo) reads as the coding as it is now.
  const kind = after ? 'coded' : 'uncoded';
  const c = (after ?? before) as Coding;
  if (
    before &&
    after &&
    before.start === after.start &&
    before.end === after.end &&
    before.codeId === after.codeId
  )
    return;
  if (!after && deletedCodes.has(c.codeId)) {
    codingsOfDeleted.set(c.codeId, (codingsOfDeleted.get(c.codeId) ?? 0) + 1);
    return;
  }
  const key = `${kind}|${c.codeId}|${c.documentId}|${c.coderId ?? ''}`;
  const g = groups.get(key) ?? { kind, list: [] };
  g.list.push(c);
  groups.set(key, g);
}

function describeMemo(
  r: RowChange<Memo>,
  add: (w: ActivityWhat) => void,
  codeName: (id: string) => string,
  docTitle: (id: string) => string,
  ctx: ActivityContext,
): void {
  const m = (r.after ?? r.before) as Memo;
  const kind = !r.before ? 'memoCreated' : !r.after ? 'memoDeleted' : 'memoEdited';
  add({ kind, title: m.title, on: memoOn(m.target, codeName, docTitle, ctx) });
}

function memoOn(
  t: MemoTarget,
  codeName: (id: string) => string,
  docTitle: (id: string) => string,
  ctx: ActivityContext,
): MemoOn {
  if (t.kind === 'project') return { kind: 'project' };
  if (t.kind === 'code') return { kind: 'code', name: codeName(t.id) };
  if (t.kind === 'document') return { kind: 'document', name: docTitle(t.id) };
  return { kind: 'case', name: ctx.caseName(t.id) ?? '?' };
}

/** The feed after `added` (newest first), bounded to ACTIVITY_LIMIT. */
export function appendActivity(
  feed: readonly ActivityEntry[],
  added: readonly ActivityEntry[],
): ActivityEntry[] {
  const seen = new Set(feed.map((e) => e.id));
  const fresh = added.filter((e) => !seen.has(e.id));
  return [...fresh, ...feed].sort((a, b) => b.at - a.at).slice(0, ACTIVITY_LIMIT);
}

/** The accounts in a feed, for the filter by person (alphabetical). */
export function activityPeople(feed: readonly ActivityEntry[]): string[] {
  return [...new Set(feed.map((e) => e.by))].sort();
}
