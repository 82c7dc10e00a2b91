// A document's codings as PlainTextSelections. A coding imported from another tool keeps its
// selection's GUID and attributes (origin `selection…`), and codings that shared a selection
// there share it again; Mazmun's own codings get one selection each, its GUID derived from the
// coding's id (deterministic exports).
import { normalizeGuid } from '../model/ids';
import type { Coding, Document, ExchangeOrigin } from '../model/types';
import { utf16ToCodePointMany } from '../text/offsets';
import type { PlacedNote } from './coding-note';
import { deriveGuid } from './guid';
import {
  ASSIGNED,
  DESCRIPTION,
  dateTimeOut,
  guidSpelling,
  keepAttributes,
  SELECTION,
  SELECTION_ATTRIBUTES,
} from './origin';
import { attr, textOf, type XmlNode } from './xml-read';
import { xmlElement, xmlTextElement } from './xml-write';

const SEL = `${SELECTION}.`;

/** The user GUID to write: the file's own spelling while it still names the same user. */
function userOut(kept: string | undefined, coderId: string | null, userIds: ReadonlySet<string>) {
  if (coderId === null || !userIds.has(coderId)) return kept;
  return kept !== undefined && normalizeGuid(kept) === coderId ? kept : coderId;
}

/** What a coding keeps of its selection and Coding element (see origin.ts for the keys). */
export function codingOrigin(
  sel: XmlNode,
  coding: XmlNode,
  codingId: string,
  datesMissing: boolean,
): Record<string, string | undefined> {
  // The selection's GUID as spelled (it is written back as is); valid ones only.
  const guid = attr(sel, 'guid')?.trim();
  const normal = guid === undefined ? null : normalizeGuid(guid);
  const selection = normal === null ? undefined : guid;
  const own: Record<string, string | undefined> = {
    ...keepAttributes(sel, SELECTION_ATTRIBUTES, SEL),
    [SEL + DESCRIPTION]: textOf(sel, 'Description'),
    ...keepAttributes(coding, ['creatingUser', 'creationDateTime']),
    ...guidSpelling(attr(coding, 'guid'), codingId),
    [ASSIGNED + 'creationDateTime']: datesMissing ? 'yes' : undefined,
  };
  // Mazmun's own export (selection GUID derived from the coding's) has nothing to keep.
  const mine =
    normal === deriveGuid(codingId, 'selection') &&
    own[SEL + 'name'] === undefined &&
    own[SEL + 'modifyingUser'] === undefined &&
    own[SEL + 'modifiedDateTime'] === undefined &&
    !own[SEL + DESCRIPTION];
  return mine ? {} : { [SELECTION]: selection, ...own };
}

function codingElement(c: Coding, userIds: ReadonlySet<string>, noteRef: string | null): string {
  const o: ExchangeOrigin | undefined = c.origin;
  const parts = [xmlElement('CodeRef', { targetGUID: c.codeId })];
  if (noteRef !== null) parts.push(xmlElement('NoteRef', { targetGUID: noteRef }));
  if (o?.[SELECTION] === undefined) {
    const user = c.coderId !== null && userIds.has(c.coderId) ? c.coderId : undefined;
    return xmlElement(
      'Coding',
      { guid: c.id, creatingUser: user, creationDateTime: dateTimeOut(undefined, c.createdAt) },
      parts,
    );
  }
  // Another tool's coding: its own attributes, none inherited from the selection or made up.
  const selUser = o[SEL + 'creatingUser'];
  const inherited =
    o.creatingUser === undefined && selUser !== undefined && normalizeGuid(selUser) === c.coderId;
  const user = inherited ? undefined : userOut(o.creatingUser, c.coderId, userIds);
  const selWhen = o[SEL + 'creationDateTime'];
  const whenInherited =
    o[ASSIGNED + 'creationDateTime'] !== undefined ||
    (o.creationDateTime === undefined &&
      selWhen !== undefined &&
      Date.parse(selWhen) === c.createdAt);
  const when = whenInherited ? undefined : dateTimeOut(o.creationDateTime, c.createdAt);
  return xmlElement('Coding', { guid: c.id, creatingUser: user, creationDateTime: when }, parts);
}

export function selectionElements(
  doc: Document,
  codings: readonly Coding[],
  userIds: ReadonlySet<string>,
  placed: ReadonlyMap<string, PlacedNote>,
): string[] {
  const sorted = [...codings].sort((a, b) => a.start - b.start || a.end - b.end);
  const offsets = utf16ToCodePointMany(
    doc.text,
    sorted.flatMap((c) => [c.start, c.end]),
  );
  // Codings of one kept selection with the same range go together; a kept GUID whose codings
  // were moved apart in Mazmun stays with the first range, the others get derived GUIDs.
  const groups = new Map<string, { guid: string; k: number; members: Coding[] }>();
  const used = new Set<string>();
  sorted.forEach((c, k) => {
    const kept = c.origin?.[SELECTION];
    const range = `${c.start}:${c.end}`;
    const key = kept !== undefined ? `${kept}|${range}` : `#${c.id}`;
    const group = groups.get(key);
    if (group) {
      group.members.push(c);
      return;
    }
    const guid = kept !== undefined && !used.has(kept) ? kept : deriveGuid(c.id, 'selection');
    used.add(guid);
    groups.set(key, { guid, k, members: [c] });
  });
  return [...groups.values()].map(({ guid, k, members }) => {
    const first = members[0] as Coding;
    const o = guid === first.origin?.[SELECTION] ? first.origin : undefined;
    const children: string[] = [];
    const description = o?.[SEL + DESCRIPTION];
    if (description) children.push(xmlTextElement('Description', description));
    // Another tool's note on the whole selection goes back on it while it is every member's
    // memo; else a reader would give it to all of them, so it goes on the codings that have it.
    const onSelection = new Set<string>();
    for (const c of members) {
      const note = placed.get(c.id);
      if (note?.at !== 'selection') continue;
      if (members.every((m) => placed.get(m.id)?.guid === note.guid)) onSelection.add(note.guid);
    }
    for (const c of members) {
      const note = placed.get(c.id);
      const ref = note === undefined || onSelection.has(note.guid) ? null : note.guid;
      children.push(codingElement(c, userIds, ref));
    }
    for (const n of onSelection) children.push(xmlElement('NoteRef', { targetGUID: n }));
    const user = first.coderId !== null && userIds.has(first.coderId) ? first.coderId : undefined;
    const attrs: Record<string, string | undefined> =
      o === undefined
        ? { creatingUser: user, creationDateTime: dateTimeOut(undefined, first.createdAt) }
        : {
            name: o[SEL + 'name'],
            creatingUser: o[SEL + 'creatingUser'],
            creationDateTime: o[SEL + 'creationDateTime'],
            modifyingUser: o[SEL + 'modifyingUser'],
            modifiedDateTime: o[SEL + 'modifiedDateTime'],
          };
    return xmlElement(
      'PlainTextSelection',
      {
        guid,
        name: attrs.name,
        startPosition: offsets[2 * k],
        endPosition: offsets[2 * k + 1],
        creatingUser: attrs.creatingUser,
        creationDateTime: attrs.creationDateTime,
        modifyingUser: attrs.modifyingUser,
        modifiedDateTime: attrs.modifiedDateTime,
      },
      children,
    );
  });
}
