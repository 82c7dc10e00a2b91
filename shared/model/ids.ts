// Branded ids: a CodeId can never be passed where a DocumentId is expected.
// Values are lower-case UUIDs, which REFI-QDA accepts as GUIDs.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ProjectId = Brand<string, 'ProjectId'>;
export type DocumentId = Brand<string, 'DocumentId'>;
export type CaseId = Brand<string, 'CaseId'>;
export type AttributeId = Brand<string, 'AttributeId'>;
export type CodeId = Brand<string, 'CodeId'>;
export type CodingId = Brand<string, 'CodingId'>;
export type MemoId = Brand<string, 'MemoId'>;
export type CoderId = Brand<string, 'CoderId'>;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function newId<T extends string>(): Brand<string, T> {
  return globalThis.crypto.randomUUID() as Brand<string, T>;
}

/** Normalizes a GUID as other tools write it ("{ABC-…}", upper case) to our form, or null. */
export function normalizeGuid(raw: string): string | null {
  const s = raw.trim().replace(/^\{/, '').replace(/\}$/, '').toLowerCase();
  return UUID_RE.test(s) ? s : null;
}

export function isUuid(raw: string): boolean {
  return UUID_RE.test(raw);
}

/** Casts a string that is known to be an id of kind T (from storage, a parsed file). */
export function asId<T extends string>(raw: string): Brand<string, T> {
  return raw as Brand<string, T>;
}
