// What another tool wrote that Mazmun has no field for, kept on the item (its `origin`, a flat
// string map stored as is) so that an export gives it back unchanged. The keys:
// - plain names are XML attributes of the item's own element, as written (creatingUser,
//   creationDateTime, modifyingUser, modifiedDateTime on sources; id on users);
// - `selection`, `selection.<attribute>`: a coding's PlainTextSelection GUID and attributes
//   (codings that shared a selection share it again on export);
// - `#description`: the element's Description where Mazmun has no field for it (sources,
//   variables, selections: `selection.#description`);
// - `color`, `isCodable`: a code's attributes as spelled when Mazmun reads them otherwise;
// - `guid`: the item's GUID as the file spelled it (upper case, braces) when that differs from
//   Mazmun's id, the same GUID in lower case (guid-spelling.ts writes it back everywhere);
// - `#type`: a variable's typeOfVariable (Integer, Boolean, Date, DateTime);
// - `#assigned.<attribute>`: a value Mazmun made up because the file had none (a code's colour,
//   a user's or source's name, a note's or the project's dates). While the item still has that
//   value it is not written back;
// - `#absent.name` (notes), `#absent.users` (project): the file had none, so none is added;
// - `#updatedAt`: the modification time on import; the kept modifyingUser / modifyingUserGUID is
//   written only while the item still has it (a change made in Mazmun was not that user's);
// - `plainTextPath` (notes): the archive file the note's text was in;
// - `#order`: the item's position in the file (users, sources, notes, cases), so that a trip
//   through the database (rows kept by id) writes them back in the file's order;
// - on the project: `xmlns:*` declarations and `xsi:*` attributes of the root, as written, and
//   `#guid.<set id>`: a set's GUID as spelled (sets have no origin of their own).
import { normalizeGuid } from '../model/ids';
import type { ExchangeOrigin } from '../model/types';
import { simpleTypeError } from './schema-check';
import { attr, type XmlNode } from './xml-read';

export const SOURCE_ATTRIBUTES = [
  'creatingUser',
  'creationDateTime',
  'modifyingUser',
  'modifiedDateTime',
] as const;
export const SELECTION_ATTRIBUTES = ['name', ...SOURCE_ATTRIBUTES] as const;
export const USER_ATTRIBUTES = ['id'] as const;

export const ASSIGNED = '#assigned.';
export const DESCRIPTION = '#description';
export const TYPE = '#type';
export const SELECTION = 'selection';
/** Origin key (sources, notes): the archive file the text was in, `internal://name`. */
export const TEXT_FILE = 'plainTextPath';
/** Origin key (sources): the text was inline (PlainTextContent), not a file of the archive. */
export const INLINE = '#inline';
// A file name that is safe to write back into the archive's sources/ folder.
const SAFE_FILE = /^internal:\/\/([A-Za-z0-9{}_-][A-Za-z0-9{}_.-]{0,200})$/;

/** The file name of a kept `internal://name` that is safe to write into sources/, or null. */
export function archiveFileName(path: string | undefined): string | null {
  return path === undefined ? null : (SAFE_FILE.exec(path.trim())?.[1] ?? null);
}

/** Origin key: the item's position among its kind in the file (the database keeps rows by id). */
export const ORDER = '#order';
/** Project origin key prefix: `#guid.<id>` is the file's spelling of a set's GUID. */
export const SET_GUID = '#guid.';

/** `{ '#order': n }` for an item from another tool's file; nothing for Mazmun's own. */
export function orderOf(keep: boolean, index: number): Record<string, string> {
  return keep ? { [ORDER]: String(index) } : {};
}

/** `items` in the order of the file they came from (stable; items made in Mazmun after them). */
export function inFileOrder<T extends { readonly origin?: ExchangeOrigin }>(
  items: readonly T[],
): T[] {
  const at = (t: T) => {
    const n = Number(t.origin?.[ORDER]);
    return t.origin?.[ORDER] !== undefined && Number.isFinite(n) ? n : Infinity;
  };
  if (!items.some((t) => t.origin?.[ORDER] !== undefined)) return [...items];
  return items
    .map((t, i) => [t, at(t), i] as const)
    .sort((a, b) => (a[1] === b[1] ? a[2] - b[2] : a[1] < b[1] ? -1 : 1))
    .map(([t]) => t);
}

/** The item's modification time on import: the other tool's modifying user holds until then. */
export const UPDATED = '#updatedAt';

export const XS_DATE_TIME =
  /^\s*-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?\s*$/;

/**
 * Whether `value` may be written back as attribute `name`: a kept value must never make an
 * export invalid (a file may carry "yesterday" as a date; then Mazmun's own value is written).
 */
function writable(name: string, value: string): boolean {
  if (name.endsWith('DateTime')) return XS_DATE_TIME.test(value);
  if (name.endsWith('User')) return normalizeGuid(value) !== null;
  return true;
}

/** The listed attributes of `node` that are present (and writable), under `prefix` + name. */
export function keepAttributes(
  node: XmlNode | undefined,
  names: readonly string[],
  prefix = '',
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = attr(node, n);
    if (v !== undefined && writable(n, v)) out[prefix + n] = v;
  }
  return out;
}

/** True when Mazmun would write `raw` itself for the instant it denotes (nothing to keep). */
export function isCanonicalDateTime(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  const t = Date.parse(raw);
  return Number.isFinite(t) && new Date(t).toISOString() === raw;
}

/** `{ guid }` when the file spelled the item's GUID otherwise than its id (see above). */
export function guidSpelling(raw: string | undefined, id: string): { guid?: string } {
  const spelled = raw?.trim();
  return spelled !== undefined && spelled !== id && normalizeGuid(spelled) === id
    ? { guid: spelled }
    : {};
}

/** An origin field to spread into an item: nothing when there is nothing to keep. */
export function originOf(entries: Record<string, string | undefined>): {
  origin?: ExchangeOrigin;
} {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(entries)) if (v !== undefined && v !== '') out[k] = v;
  return Object.keys(out).length > 0 ? { origin: out } : {};
}

/** An origin read from an untrusted file (a backup): string values only, a bounded number. */
export function originFromUnknown(raw: unknown): { origin?: ExchangeOrigin } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw).slice(0, 64)) if (typeof v === 'string') out[k] = v;
  return Object.keys(out).length > 0 ? { origin: out } : {};
}

/** The attributes kept under `prefix`, with the prefix removed. */
export function keptAttributes(
  origin: ExchangeOrigin | undefined,
  names: readonly string[],
  prefix = '',
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const n of names) out[n] = origin?.[prefix + n];
  return out;
}

/** A kept user GUID, when it still is one (a backup or a sync peer may carry anything). */
export function guidOut(kept: string | undefined): string | undefined {
  return kept !== undefined && simpleTypeError('guid', kept) === null ? kept : undefined;
}

/** `value`, unless it is still the one Mazmun assigned for `name` (then undefined). */
export function unlessAssigned(
  origin: ExchangeOrigin | undefined,
  name: string,
  value: string,
): string | undefined {
  return origin?.[ASSIGNED + name] === value ? undefined : value;
}

/**
 * The date-time to write: the file's own spelling when it still denotes `ms` (another tool's
 * "2020-01-02T03:04:05Z" stays so), else Mazmun's ISO form.
 */
export function dateTimeOut(kept: string | undefined, ms: number): string | undefined {
  // Checked again: a kept value may come from a backup or a sync peer, not only from the file.
  if (kept !== undefined && XS_DATE_TIME.test(kept) && Date.parse(kept) === ms) return kept;
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}
