// Notes and the Project element from another tool (issue 13.9): kept as written while Mazmun
// leaves them alone; once a researcher edits them here, the dates are Mazmun's and the other
// tool's modifying user is no longer named (it did not make that change).
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../model/snapshot';
import { projectSchemaErrors } from './project-schema';
import { exportQdpx } from './qdpx-export';
import { importQdpx } from './qdpx-import';
import { xsdErrors } from './test-xsd';
import { readXmlTree, type XmlTreeElement } from './xml-tree';

const U1 = '{8D2E4F61-3A7B-4C95-B0E8-1F6A2D9C4E37}';
const U2 = '{C3A7E1B5-9F4D-4268-8A0C-6E2B5D1F7A93}';
const N1 = '{E6F2A4C8-1B9D-4E57-A3C0-7D5B9F1E2A64}';
const N2 = 'e6f2a4c8-1b9d-4e57-a3c0-7d5b9f1e2a65';
const QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="P" origin="ATLAS.ti 23" creatingUserGUID="${U1}" creationDateTime="2023-05-10T12:34:56.789+02:00" modifyingUserGUID="${U2}" modifiedDateTime="2023-06-01T08:15:00+02:00" basePath="C:\\x" xsi:schemaLocation="urn:QDA-XML:project:1.0 Project.xsd">
<Notes>
<Note guid="${N1}" name="Diary" creatingUser="${U1}" creationDateTime="2023-05-10T13:00:00+02:00" modifyingUser="${U2}" modifiedDateTime="2023-05-31T10:20:30.400+02:00"><PlainTextContent>one</PlainTextContent></Note>
<Note guid="${N2}" plainTextPath="internal://memo-2.txt"/>
</Notes>
<NoteRef targetGUID="${N1}"/><NoteRef targetGUID="${N2}"/>
</Project>`;

async function imported(): Promise<ProjectSnapshot> {
  const zip = new JSZip();
  zip.file('project.qde', QDE);
  zip.file('sources/memo-2.txt', 'two');
  const r = await importQdpx(await zip.generateAsync({ type: 'uint8array' }), { now: 7 });
  if (!r.ok) throw new Error(r.reason);
  return r.data.snapshot;
}

async function written(s: ProjectSnapshot): Promise<{ root: XmlTreeElement; files: string[] }> {
  const zip = await JSZip.loadAsync(await exportQdpx(s));
  const root = readXmlTree(await zip.file('project.qde')!.async('string'));
  if (root === null) throw new Error('unreadable');
  return { root, files: Object.keys(zip.files).sort() };
}

const attrs = (el: XmlTreeElement | undefined) => Object.fromEntries(el?.attributes ?? []);
const child = (el: XmlTreeElement | undefined, name: string) =>
  el?.children.find((c): c is XmlTreeElement => 'name' in c && c.name === name);
const notes = (root: XmlTreeElement) =>
  (child(root, 'Notes')?.children ?? []).filter((c): c is XmlTreeElement => 'name' in c);

describe('notes from another tool', () => {
  it('keep every attribute, the GUID as spelled, and a text file as a file', async () => {
    const { root, files } = await written(await imported());
    const [diary, second] = notes(root);
    expect(attrs(diary)).toEqual({
      guid: N1,
      name: 'Diary',
      creatingUser: U1,
      creationDateTime: '2023-05-10T13:00:00+02:00',
      modifyingUser: U2,
      modifiedDateTime: '2023-05-31T10:20:30.400+02:00',
    });
    // No name, no dates given: none made up.
    expect(attrs(second)).toEqual({ guid: N2, plainTextPath: 'internal://memo-2.txt' });
    expect(files).toContain('sources/memo-2.txt');
    const refs = root.children.filter((c) => 'name' in c && c.name === 'NoteRef');
    expect(refs.map((r) => attrs(r as XmlTreeElement).targetGUID)).toEqual([N1, N2]);
  });

  it('once edited in Mazmun: its own modifiedDateTime, and no modifyingUser', async () => {
    const s = await imported();
    const edited = Date.UTC(2026, 1, 3, 4, 5, 6);
    const memos = s.memos.map((m) => ({ ...m, text: 'changed', updatedAt: edited }));
    const [diary] = notes((await written({ ...s, memos })).root);
    expect(attrs(diary)).toEqual({
      guid: N1,
      name: 'Diary',
      creatingUser: U1,
      creationDateTime: '2023-05-10T13:00:00+02:00',
      modifiedDateTime: '2026-02-03T04:05:06.000Z',
    });
  });
});

describe("the Project element of another tool's file", () => {
  const asWritten = {
    xmlns: 'urn:QDA-XML:project:1.0',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'urn:QDA-XML:project:1.0 Project.xsd',
    name: 'P',
    origin: 'ATLAS.ti 23',
    creatingUserGUID: U1,
    creationDateTime: '2023-05-10T12:34:56.789+02:00',
    modifyingUserGUID: U2,
    modifiedDateTime: '2023-06-01T08:15:00+02:00',
    basePath: 'C:\\x',
  };

  it('keeps its attributes and namespaces, and adds no Users the file did not have', async () => {
    const { root } = await written(await imported());
    expect(attrs(root)).toEqual(asWritten);
    expect(child(root, 'Users')).toBeUndefined();
  });

  it('once changed in Mazmun: a new modifiedDateTime and no modifyingUserGUID', async () => {
    const s = await imported();
    const project = { ...s.project, name: 'Renamed', updatedAt: Date.UTC(2026, 0, 2) };
    const { root } = await written({ ...s, project });
    const { modifyingUserGUID: _gone, ...rest } = asWritten;
    expect(attrs(root)).toEqual({
      ...rest,
      name: 'Renamed',
      modifiedDateTime: '2026-01-02T00:00:00.000Z',
    });
  });
});

describe('kept values from a backup or a sync peer', () => {
  it('never make an export invalid or put markup in it', async () => {
    const s = await imported();
    const setId = 'aaaaaaaa-0000-4000-8000-000000000001';
    const project = {
      ...s.project,
      origin: {
        ...s.project.origin,
        'xmlns:a"b': 'x',
        'xmlns:ok': 'urn:fine"<>',
        'foo:bar': '1',
        'xsi:x y': 'z',
        creatingUserGUID: '{8D2E4F61-3A7B-4C95-B0E8-1F6A2D9C4E37',
        creationDateTime: '2023-05-10',
        [`#guid.${setId}`]: '<b/>',
      },
    };
    const memos = s.memos.map((m) => ({
      ...m,
      origin: { ...m.origin, creatingUser: 'anna', plainTextPath: 'internal://../../evil.txt' },
    }));
    const sets = [
      {
        id: setId as never,
        projectId: s.project.id,
        name: 'S',
        kind: 'manual' as const,
        documentIds: [],
        rule: null,
        description: '',
        createdAt: 0,
      },
    ];
    const zip = await JSZip.loadAsync(await exportQdpx({ ...s, project, memos, sets }));
    const qde = await zip.file('project.qde')!.async('string');
    expect(projectSchemaErrors(qde)).toEqual([]);
    expect(await xsdErrors(qde, 'project')).toEqual([]);
    const root = readXmlTree(qde)!;
    expect(Object.keys(attrs(root))).not.toContain('creatingUserGUID');
    expect(attrs(root)['xmlns:ok']).toBe('urn:fine"<>');
    expect(Object.keys(attrs(root)).filter((k) => /a"b|foo|x y/.test(k))).toEqual([]);
    expect(qde).not.toContain('<b/>');
    expect(Object.keys(zip.files).some((f) => f.includes('..'))).toBe(false);
  });
});

describe('a note on a segment', () => {
  const NOTE = '5F0A2D84-6E1B-4C37-9A8F-D2C4E6B1A053';
  const SEL = `<PlainTextSelection guid="7C0E4B29-8D61-4F3A-B5C7-2E9A1D6F0B83" startPosition="0" endPosition="4">
<Coding guid="2B8F0D63-4A1E-4C97-8E3B-9D5F7A2C1E04"><CodeRef targetGUID="${U1.slice(1, -1)}"/></Coding>
<Coding guid="8E4A2C91-0B7D-4F53-A9E6-1C3B5D7F9A20"><CodeRef targetGUID="${U2.slice(1, -1)}"/></Coding>
<NoteRef targetGUID="${NOTE}"/></PlainTextSelection>`;
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="S" origin="MAXQDA 24">
<CodeBook><Codes><Code guid="${U1.slice(1, -1)}" name="A" isCodable="true"/><Code guid="${U2.slice(1, -1)}" name="B" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="1A6E3F92-5C7B-4D04-9E28-B3F1D6A0C845" plainTextPath="internal://t.txt">${SEL}</TextSource></Sources>
<Notes><Note guid="${NOTE}" name="Both" creatingUser="${U1}" creationDateTime="2024-10-21T14:41:09Z" modifyingUser="${U2}" modifiedDateTime="2024-10-22T00:00:00Z"><PlainTextContent>why</PlainTextContent></Note></Notes>
</Project>`;

  async function segment(): Promise<ProjectSnapshot> {
    const zip = new JSZip();
    zip.file('project.qde', qde);
    zip.file('sources/t.txt', 'Text here');
    const r = await importQdpx(await zip.generateAsync({ type: 'uint8array' }), { now: 0 });
    if (!r.ok) throw new Error(r.reason);
    return r.data.snapshot;
  }

  it("is both codings' memo, and is written back once, referenced from the selection", async () => {
    const s = await segment();
    expect(s.codings.map((c) => c.memo)).toEqual(['why', 'why']);
    const { root } = await written(s);
    expect(notes(root).map(attrs)).toEqual([
      {
        guid: NOTE,
        name: 'Both',
        creatingUser: U1,
        creationDateTime: '2024-10-21T14:41:09Z',
        modifyingUser: U2,
        modifiedDateTime: '2024-10-22T00:00:00Z',
      },
    ]);
    const sel = child(child(child(root, 'Sources'), 'TextSource'), 'PlainTextSelection');
    const refs = sel?.children.filter((c) => 'name' in c && c.name === 'NoteRef') ?? [];
    expect(refs.map((r) => attrs(r as XmlTreeElement))).toEqual([{ targetGUID: NOTE }]);
  });

  it('once its text is edited in Mazmun: the new text, no modification date or user', async () => {
    const s = await segment();
    const codings = s.codings.map((c) => ({ ...c, memo: 'why not' }));
    const [note] = notes((await written({ ...s, codings })).root);
    expect(attrs(note)).toEqual({
      guid: NOTE,
      name: 'Both',
      creatingUser: U1,
      creationDateTime: '2024-10-21T14:41:09Z',
    });
    expect(child(note, 'PlainTextContent')?.children).toEqual([{ text: 'why not' }]);
  });
});

describe('a note on a segment, edited for one of its codings only', () => {
  const NOTE = '5F0A2D84-6E1B-4C37-9A8F-D2C4E6B1A053';
  const C1 = '2B8F0D63-4A1E-4C97-8E3B-9D5F7A2C1E04';
  const C2 = '8E4A2C91-0B7D-4F53-A9E6-1C3B5D7F9A20';
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="S" origin="MAXQDA 24">
<CodeBook><Codes><Code guid="${U1.slice(1, -1)}" name="A" isCodable="true"/><Code guid="${U2.slice(1, -1)}" name="B" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="1A6E3F92-5C7B-4D04-9E28-B3F1D6A0C845" plainTextPath="internal://t.txt"><PlainTextSelection guid="7C0E4B29-8D61-4F3A-B5C7-2E9A1D6F0B83" startPosition="0" endPosition="4">
<Coding guid="${C1}"><CodeRef targetGUID="${U1.slice(1, -1)}"/></Coding>
<Coding guid="${C2}"><CodeRef targetGUID="${U2.slice(1, -1)}"/></Coding>
<NoteRef targetGUID="${NOTE}"/></PlainTextSelection></TextSource></Sources>
<Notes><Note guid="${NOTE}" name="Both" modifyingUser="${U2}" modifiedDateTime="2024-10-22T00:00:00Z"><PlainTextContent>why</PlainTextContent></Note></Notes>
</Project>`;

  async function read(bytes: Uint8Array): Promise<ProjectSnapshot> {
    const r = await importQdpx(bytes, { now: 0 });
    if (!r.ok) throw new Error(r.reason);
    return r.data.snapshot;
  }
  async function segment(): Promise<ProjectSnapshot> {
    const zip = new JSZip();
    zip.file('project.qde', qde);
    zip.file('sources/t.txt', 'Text here');
    return read(await zip.generateAsync({ type: 'uint8array' }));
  }
  const elements = (el: XmlTreeElement | undefined, name: string) =>
    (el?.children ?? []).filter((c): c is XmlTreeElement => 'name' in c && c.name === name);
  const refs = (el: XmlTreeElement) => elements(el, 'NoteRef').map((r) => attrs(r).targetGUID);

  /** Coding GUID -> the texts of every note that reaches it (from its selection or itself). */
  function memosByCoding(root: XmlTreeElement): Record<string, string[]> {
    const text = new Map(
      notes(root).map((n) => [attrs(n).guid, child(n, 'PlainTextContent')?.children ?? []]),
    );
    const textOf = (guid: string | undefined) =>
      (text.get(guid) ?? []).map((t) => ('text' in t ? t.text : '')).join('');
    const out: Record<string, string[]> = {};
    for (const sel of elements(child(child(root, 'Sources'), 'TextSource'), 'PlainTextSelection')) {
      for (const c of elements(sel, 'Coding')) {
        out[attrs(c).guid!.toUpperCase()] = [...refs(sel), ...refs(c)].map(textOf);
      }
    }
    return out;
  }

  async function exported(s: ProjectSnapshot) {
    const bytes = await exportQdpx(s);
    const zip = await JSZip.loadAsync(bytes);
    const root = readXmlTree(await zip.file('project.qde')!.async('string'))!;
    return { bytes, root };
  }

  it.each([
    [1, ['why', 'edited second']],
    [0, ['edited first', 'why']],
  ])(
    'coding %i edited: each coding gets its own text back, the note stays as it was',
    async (k, memos) => {
      const s = await segment();
      const edited = memos[k]!;
      const codings = s.codings.map((c, i) => (i === k ? { ...c, memo: edited } : c));
      const { bytes, root } = await exported({ ...s, codings });
      expect(memosByCoding(root)).toEqual({ [C1]: [memos[0]], [C2]: [memos[1]] });
      // The other tool's note, still "why" for the coding that kept it: unchanged, dates and all.
      const original = notes(root).find((n) => attrs(n).guid === NOTE);
      expect(attrs(original)).toEqual({
        guid: NOTE,
        name: 'Both',
        modifyingUser: U2,
        modifiedDateTime: '2024-10-22T00:00:00Z',
      });
      expect(notes(root)).toHaveLength(2);
      // Read back: no memo doubled, and exporting again writes the same notes.
      const again = await read(bytes);
      expect(again.codings.map((c) => c.memo)).toEqual(memos);
      expect(again.memos).toEqual([]);
      const second = await exported(again);
      expect(memosByCoding(second.root)).toEqual({ [C1]: [memos[0]], [C2]: [memos[1]] });
      expect(notes(second.root).map(attrs)).toEqual(notes(root).map(attrs));
    },
  );

  it('one coding memo emptied: the note no longer reaches that coding', async () => {
    const s = await segment();
    const codings = s.codings.map((c, i) => (i === 1 ? { ...c, memo: '' } : c));
    const { bytes, root } = await exported({ ...s, codings });
    expect(memosByCoding(root)).toEqual({ [C1]: ['why'], [C2]: [] });
    expect((await read(bytes)).codings.map((c) => c.memo)).toEqual(['why', '']);
  });
});
