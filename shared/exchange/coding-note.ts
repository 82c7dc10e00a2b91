// A note another tool attached to a coded segment (a NoteRef on the PlainTextSelection or on the
// Coding). Mazmun holds it as the coding's memo; the note itself — GUID as spelled, attributes,
// Description, where the NoteRef was — is kept on the coding's origin under `note…` and written
// back as it was, once per note even when a selection's note covers several codings. A coding
// that got several notes keeps none of them (its memo joins their texts; a new note is written).
// A coding whose memo was edited apart from the others sharing its note gets a note of its own.
import type { Coding, ExchangeOrigin, Memo } from '../model/types';
import { deriveGuid } from './guid';
import type { NoteFacts } from './note-xml';
import { simpleTypeError } from './schema-check';

export const NOTE = 'note';
const N = `${NOTE}.`;
const AT = `${N}#at`;
const TEXT = `${N}#text`;
const MANY = `${N}#many`;
const CREATED = `${N}#created`;
const MODIFIED = `${N}#modified`;

/** The coding's origin with the note it carries (or, at its second note, with none). */
export function keepCodingNote(
  coding: { readonly origin?: ExchangeOrigin },
  guid: string,
  at: 'selection' | 'coding',
  text: string,
  note: NoteFacts,
): ExchangeOrigin {
  const own = Object.fromEntries(
    Object.entries(coding.origin ?? {}).filter(([k]) => k !== NOTE && !k.startsWith(N)),
  );
  if (coding.origin?.[NOTE] !== undefined || coding.origin?.[MANY] !== undefined) {
    return { ...own, [MANY]: 'yes' };
  }
  const kept: Record<string, string> = {
    ...own,
    [NOTE]: guid,
    [AT]: at,
    [TEXT]: text,
    [CREATED]: String(note.createdAt),
    [MODIFIED]: String(note.updatedAt),
  };
  if (note.title !== '') kept[N + 'name'] = note.title;
  for (const [k, v] of Object.entries(note.origin)) kept[N + k] = v;
  return kept;
}

export interface KeptNote {
  readonly guid: string;
  readonly at: 'selection' | 'coding';
  /** The note as a memo for noteElement: its dates and users hold while the text is unchanged. */
  readonly memo: Pick<Memo, 'title' | 'text' | 'createdAt' | 'updatedAt' | 'origin'>;
}

/** The note a coding kept, or null (none, several, or the memo was emptied). */
export function keptNote(c: Pick<Coding, 'memo' | 'origin'>): KeptNote | null {
  const o = c.origin;
  const guid = o?.[NOTE];
  const at = o?.[AT];
  if (guid === undefined || o?.[MANY] !== undefined || c.memo === '') return null;
  if (at !== 'selection' && at !== 'coding') return null;
  // Kept values may come from a backup or a sync peer: only a real GUID goes into the XML.
  if (simpleTypeError('guid', guid) !== null) return null;
  const origin: Record<string, string> = {};
  for (const [k, v] of Object.entries(o ?? {})) {
    if (k.startsWith(N) && ![AT, TEXT, CREATED, MODIFIED].includes(k)) {
      origin[k.slice(N.length)] = v;
    }
  }
  // Changed in Mazmun (codings have no modification time): no modifiedDateTime, no modifyingUser.
  const unchanged = o?.[TEXT] === c.memo;
  return {
    guid,
    at,
    memo: {
      title: origin.name ?? '',
      text: c.memo,
      createdAt: Number(o?.[CREATED]),
      updatedAt: unchanged ? Number(o?.[MODIFIED]) : NaN,
      origin,
    },
  };
}

/** The note that carries a coding's memo in the export, and where its NoteRef may go. */
export interface PlacedNote {
  readonly guid: string;
  readonly at: 'selection' | 'coding';
}

export interface CodingNotes {
  /** Coding id -> its note (codings without a memo have none). */
  readonly placed: ReadonlyMap<string, PlacedNote>;
  /** Each note once, in the codings' order. */
  readonly notes: readonly {
    readonly guid: string;
    readonly memo: Pick<Memo, 'title' | 'text' | 'createdAt' | 'updatedAt'> &
      Partial<Pick<Memo, 'origin'>>;
  }[];
}

/**
 * One note per text: a kept note is written with the text it was read with while any of its
 * codings still has that text (else with the first coding's), and a coding whose memo differs
 * from it gets its own note, as Mazmun's own coding memos do (the popover edits one coding).
 */
export function placeCodingNotes(codings: readonly Coding[]): CodingNotes {
  const kept = new Map<string, KeptNote>();
  const textOf = new Map<string, string>();
  for (const c of codings) {
    const k = keptNote(c);
    if (k === null) continue;
    kept.set(c.id, k);
    // The text the note was read with wins over an edit that came first.
    const original = c.origin?.[TEXT];
    if (c.memo === original) textOf.set(k.guid, original);
    else if (!textOf.has(k.guid)) textOf.set(k.guid, c.memo);
  }
  const placed = new Map<string, PlacedNote>();
  const notes: { guid: string; memo: CodingNotes['notes'][number]['memo'] }[] = [];
  const written = new Set<string>();
  for (const c of codings) {
    if (c.memo === '') continue;
    const k = kept.get(c.id);
    if (k !== undefined && textOf.get(k.guid) === c.memo) {
      placed.set(c.id, { guid: k.guid, at: k.at });
      if (!written.has(k.guid)) notes.push({ guid: k.guid, memo: k.memo });
      written.add(k.guid);
      continue;
    }
    const guid = deriveGuid(c.id, 'coding-memo');
    placed.set(c.id, { guid, at: 'coding' });
    notes.push({
      guid,
      memo: { title: 'Coding memo', text: c.memo, createdAt: c.createdAt, updatedAt: c.createdAt },
    });
  }
  return { placed, notes };
}
