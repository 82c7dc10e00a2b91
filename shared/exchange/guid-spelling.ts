// Mazmun keys items by their GUID in lower case without braces; another tool may spell the same
// GUID "{1FF58B12-…}" or "1FF58B12-…". The spelling is kept on import (origin `guid`) and put
// back here in one pass over the written XML, so every declaration and every reference to an item
// (guid, targetGUID, creatingUser, …) reads as the other tool wrote it, consistently.
import type { ProjectSnapshot } from '../model/snapshot';
import type { ExchangeOrigin } from '../model/types';

const GUID_ATTRIBUTE =
  /(\s(?:guid|targetGUID|creatingUser|modifyingUser|creatingUserGUID|modifyingUserGUID)=")([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"/g;

type Spelled = { readonly id: string; readonly origin?: ExchangeOrigin };

/** Mazmun id -> the file's spelling, for the items that kept one. */
export function guidSpellings(
  snapshot: Partial<
    Pick<ProjectSnapshot, 'documents' | 'codes' | 'codings' | 'attributes' | 'cases' | 'coders'>
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
  ];
  for (const list of lists) {
    for (const item of list ?? []) {
      const guid = item.origin?.guid;
      if (guid !== undefined) out.set(item.id, guid);
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
