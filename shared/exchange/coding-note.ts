// A note another tool attached to a coded segment (a NoteRef on the PlainTextSelection or on the
// Coding). Mazmun holds it as the coding's memo; the note itself — GUID as spelled, attributes,
// Description, where the NoteRef was — is kept on the coding's origin under `note…` and written
// back as it was, once per note even when a selection's note covers several codings. A coding
// that got several notes keeps none of them (its memo joins their texts; a new note is written).
import type { Coding, ExchangeOrigin, Memo } from '../model/types';
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
