// Mazmun keys items by their GUID in lower case without braces; another tool may spell the same
// GUID "{1FF58B12-…}" or "1FF58B12-…". The spelling is kept on import (origin `guid`) and put
// back here in one pass over the written XML, so every declaration and every reference to an item
// (guid, targetGUID, creatingUser, …) reads as the other tool wrote it, consistently.
import type { ProjectSnapshot } from '../model/snapshot';
import type { ExchangeOrigin } from '../model/types';
import { SET_GUID } from './origin';

const GUID_ATTRIBUTE =
  /(\s(?:guid|targetGUID|creatingUser|modifyingUser|creatingUserGUID|modifyingUserGUID)=")([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"/g;

type Spelled = { readonly id: string; readonly origin?: ExchangeOrigin };

const SPELLED_GUID =
  /^\{?([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\}?$/;

/**
 * Whether `spelled` is `id` in another tool's spelling (case, braces) and nothing else. A kept
 * spelling comes from a backup or a sync peer as well as from the file, so it is checked before it
 * goes into an XML attribute: anything else there could make the export invalid or inject markup.
 */
export function spellsGuid(spelled: string, id: string): boolean {
  const m = SPELLED_GUID.exec(spelled);
  if (!m || m[1]?.toLowerCase() !== id) return false;
  return spelled.startsWith('{') === spelled.endsWith('}');
}

/** Mazmun id -> the file's spelling, for the items that kept one. */
export function guidSpellings(
  snapshot: Partial<
    Pick<
      ProjectSnapshot,
      'documents' | 'codes' | 'codings' | 'attributes' | 'cases' | 'coders' | 'memos' | 'project'
    >
  >,
): Map<string, string> {
  const out = new Map<string, string>();
  const lists: (readonly Spelled[] | undefined)[] = [
    snapshot.coders,
    snapshot.codes,
    snapshot.attributes,
    snapshot.cases,
    snapshot.documents,
    snapshot.codings,
    snapshot.memos,
  ];
  // Sets have no origin of their own: the project keeps their spellings (`#guid.<id>`).
  for (const [k, v] of Object.entries(snapshot.project?.origin ?? {})) {
    const id = k.startsWith(SET_GUID) ? k.slice(SET_GUID.length) : null;
    if (id !== null && spellsGuid(v, id)) out.set(id, v);
  }
  for (const list of lists) {
    for (const item of list ?? []) {
      const guid = item.origin?.guid;
      if (guid !== undefined && spellsGuid(guid, item.id)) out.set(item.id, guid);
    }
  }
  return out;
}

/** `xml` with every GUID attribute naming a kept item spelled as the file spelled it. */
export function respellGuids(xml: string, spellings: ReadonlyMap<string, string>): string {
  if (spellings.size === 0) return xml;
  return xml.replace(GUID_ATTRIBUTE, (whole, head: string, id: string) => {
    const spelled = spellings.get(id);
    return spelled === undefined ? whole : `${head}${spelled}"`;
  });
}
