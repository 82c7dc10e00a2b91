// Another tool's project through Mazmun and back (issue 13.9): what it wrote comes back out as it
// was, element by element and attribute by attribute, also after a trip through the database.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportSnapshot, importSnapshot } from '../db/snapshot-repo';
import { openTestDb } from '../db/test-db';
import { restoreBackup, serializeBackup } from './backup';
import { exportQdpx } from './qdpx-export';
import { importQdpx } from './qdpx-import';
import { QDE_ARRAY_TAGS } from './qde-read';
import { xsdErrors } from './test-xsd';
import { attr, childNode, childNodes, parseXmlSafely, textOf, type XmlNode } from './xml-read';

// MAXQDA spells GUIDs in upper case: written back so, though Mazmun keys them in lower case.
const G = (n: number) => `0000${String(n).padStart(4, '0')}-AAAA-4BBB-8CCC-DDDDDDDDDDDD`;
const [ANNA, BORIS, NAMELESS] = [G(1), G(2), G(3)];
const TEXT = 'Anna: we moved in 1399.\nBoris: the school was far.\n';
const when = (s: string) => `2021-03-04T05:06:${s}Z`;

// As MAXQDA and ATLAS.ti write it: users with ids, source and selection attributes, a selection
// holding two codings, codes without colour, typed variables, descriptions of their own.
const QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Fieldwork" origin="MAXQDA 2022" creationDateTime="${when('00')}">
<Users><User guid="${ANNA}" name="Anna" id="AN"/><User guid="${BORIS}" name="Boris"/><User guid="${NAMELESS}" id="X7"/></Users>
<CodeBook><Codes>
<Code guid="${G(10)}" name="Housing" isCodable="true" color="#ABC"><Description>Where people live</Description>
<Code guid="${G(11)}" name="Moving" isCodable="true"/></Code>
<Code guid="${G(12)}" name="School" isCodable="false"/>
</Codes></CodeBook>
<Variables>
<Variable guid="${G(20)}" name="Year" typeOfVariable="Integer"/>
<Variable guid="${G(21)}" name="Children" typeOfVariable="Integer"><Description>At home</Description></Variable>
<Variable guid="${G(22)}" name="Urban" typeOfVariable="Boolean"/>
<Variable guid="${G(23)}" name="Interviewed" typeOfVariable="Date"/>
<Variable guid="${G(24)}" name="Job" typeOfVariable="Text"/>
</Variables>
<Cases><Case guid="${G(30)}" name="Anna's household">
<VariableValue><VariableRef targetGUID="${G(20)}"/><IntegerValue>1403</IntegerValue></VariableValue>
<VariableValue><VariableRef targetGUID="${G(21)}"/><IntegerValue>3</IntegerValue></VariableValue>
<VariableValue><VariableRef targetGUID="${G(22)}"/><BooleanValue>true</BooleanValue></VariableValue>
<VariableValue><VariableRef targetGUID="${G(23)}"/><DateValue>2024-05-01</DateValue></VariableValue>
<VariableValue><VariableRef targetGUID="${G(24)}"/><TextValue>teacher</TextValue></VariableValue>
<SourceRef targetGUID="${G(40)}"/></Case></Cases>
<Sources>
<TextSource guid="${G(40)}" name="Interview 1" plainTextPath="internal://i1.txt" creatingUser="${ANNA}" creationDateTime="${when('07')}" modifyingUser="${BORIS}" modifiedDateTime="${when('09')}">
<Description>Recorded at home</Description>
<PlainTextSelection guid="${G(50)}" name="moved" startPosition="6" endPosition="23" creatingUser="${ANNA}" creationDateTime="${when('10')}" modifyingUser="${BORIS}" modifiedDateTime="${when('11')}">
<Description>The move</Description>
<Coding guid="${G(51)}" creatingUser="${ANNA}" creationDateTime="${when('12')}"><CodeRef targetGUID="${G(10)}"/></Coding>
<Coding guid="${G(52)}" creatingUser="${BORIS}"><CodeRef targetGUID="${G(11)}"/></Coding>
</PlainTextSelection>
<PlainTextSelection guid="${G(53)}" startPosition="31" endPosition="51">
<Coding guid="${G(54)}"><CodeRef targetGUID="${G(12)}"/></Coding>
</PlainTextSelection>
</TextSource>
</Sources>
</Project>
`;

async function foreignQdpx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('project.qde', QDE);
  zip.file('sources/i1.txt', TEXT);
  return zip.generateAsync({ type: 'uint8array' });
}

async function entries(bytes: Uint8Array): Promise<{ qde: string; meta: string | null }> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    qde: await zip.file('project.qde')!.async('string'),
    meta: (await zip.file('mazmun.json')?.async('string')) ?? null,
  };
}

/** Every element with a guid, as tag → guid → its attributes and Description. */
function byGuid(xml: string): Map<string, Record<string, string>> {
  const parsed = parseXmlSafely(xml, QDE_ARRAY_TAGS);
  if (!parsed.ok) throw new Error(parsed.reason);
  const out = new Map<string, Record<string, string>>();
  const visit = (tag: string, node: XmlNode): void => {
    const guid = attr(node, 'guid');
    if (guid !== undefined) {
      const own: Record<string, string> = { tag };
      for (const [k, v] of Object.entries(node))
        if (typeof v === 'string' && k !== '#text') own[k] = v;
      if (node.Description !== undefined) own.Description = textOf(node, 'Description');
      out.set(guid, own);
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'Description' || typeof v !== 'object' || v === null) continue;
      for (const child of Array.isArray(v) ? v : [v]) {
        if (typeof child === 'object' && child !== null) visit(k, child as XmlNode);
      }
    }
  };
  visit('', parsed.data);
  return out;
}

/** Case values as written: variable GUID → [value element, text]. */
function caseValues(xml: string): Record<string, [string, string]> {
  const parsed = parseXmlSafely(xml, QDE_ARRAY_TAGS);
  if (!parsed.ok) throw new Error(parsed.reason);
  const out: Record<string, [string, string]> = {};
  const cases = childNode(childNode(parsed.data, 'Project'), 'Cases');
  for (const vv of childNodes(childNode(cases, 'Case'), 'VariableValue')) {
    const tag = Object.keys(vv).find((k) => k.endsWith('Value')) ?? '';
    out[attr(childNode(vv, 'VariableRef'), 'targetGUID') ?? ''] = [tag, textOf(vv, tag)];
  }
  return out;
}

async function roundTrip(
  bytes: Uint8Array,
  via: 'memory' | 'db' | 'backup' = 'memory',
): Promise<Uint8Array> {
  const r = await importQdpx(bytes, { now: 0 });
  if (!r.ok) throw new Error(r.reason);
  let snapshot = r.data.snapshot;
  if (via === 'backup') {
    const restored = restoreBackup(serializeBackup(snapshot));
    if (!restored.ok) throw new Error(restored.reason);
    snapshot = restored.data;
  }
  if (via === 'db') {
    const db = await openTestDb();
    const stored = await importSnapshot(db, snapshot);
    if (!stored.ok) throw new Error(stored.reason);
    snapshot = await exportSnapshot(db, snapshot.project.id);
  }
  return exportQdpx(snapshot);
}

describe("a foreign project's round trip", () => {
  it('keeps every item and attribute as written, through the database and a backup too', async () => {
    for (const via of ['memory', 'db', 'backup'] as const) {
      const original = byGuid(QDE);
      const { qde, meta } = await entries(await roundTrip(await foreignQdpx(), via));
      expect(await xsdErrors(qde, 'project')).toEqual([]);
      const back = byGuid(qde);
      for (const [guid, before] of original) {
        const after = back.get(guid);
        expect(after, `${before.tag} ${guid}`).toEqual(before);
      }
      expect(caseValues(qde)).toEqual(caseValues(QDE));
      expect(qde).not.toContain('[mazmun]');
      expect(JSON.parse(meta ?? '{}')).toMatchObject({ format: 'mazmun-qdpx', formatVersion: 2 });
    }
  });

  it('shows colourless codes and nameless users with a value of its own, never written back', async () => {
    const r = await importQdpx(await foreignQdpx(), { now: 0 });
    if (!r.ok) throw new Error(r.reason);
    const { codes, coders, attributes, cases } = r.data.snapshot;
    const school = codes.find((c) => c.name === 'School');
    expect(school?.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(codes.find((c) => c.name === 'Housing')?.color).toBe('#aabbcc');
    expect(coders.map((c) => c.name)).toEqual(['Anna', 'Boris', 'X7']);
    // An Integer "Year" of 1403 is a Solar Hijri year (shown without digit grouping); other
    // integers stay numbers, Boolean a true/false category, Date text.
    expect(attributes.map((a) => [a.name, a.type, a.calendar])).toEqual([
      ['Year', 'year', 'solar-hijri'],
      ['Children', 'number', null],
      ['Urban', 'category', null],
      ['Interviewed', 'text', null],
      ['Job', 'text', null],
    ]);
    expect(Object.values(cases[0]!.values)).toEqual([1403, 3, 'true', '2024-05-01', 'teacher']);
  });

  it('writes a colour, an Integer or a Date back as Mazmun holds it once the user changed it', async () => {
    const r = await importQdpx(await foreignQdpx(), { now: 0 });
    if (!r.ok) throw new Error(r.reason);
    const s = r.data.snapshot;
    const [year, children, , interviewed] = s.attributes;
    const edited = {
      ...s,
      codes: s.codes.map((c) => (c.name === 'School' ? { ...c, color: '#123456' } : c)),
      cases: s.cases.map((c) => ({
        ...c,
        values: { ...c.values, [children!.id]: 2.5, [interviewed!.id]: 'spring' },
      })),
    };
    const back = byGuid((await entries(await exportQdpx(edited))).qde);
    expect(back.get(G(12))?.color).toBe('#123456');
    expect(back.get(G(21))?.typeOfVariable).toBe('Float');
    expect(back.get(G(23))?.typeOfVariable).toBe('Text');
    expect(back.get(G(20))?.typeOfVariable).toBe('Integer');
    expect(year?.id).toBe(G(20).toLowerCase());
  });

  it('gives the same file on a second round trip', async () => {
    const once = await roundTrip(await foreignQdpx());
    const twice = await roundTrip(once);
    expect(await entries(twice)).toEqual(await entries(once));
  });
});

describe('kept values that would break the schema', () => {
  it('are not written back: the export stays valid', async () => {
    const bad = QDE.replace(`modifiedDateTime="${when('09')}"`, 'modifiedDateTime="yesterday"')
      .replace(`modifyingUser="${BORIS}" modifiedDateTime="${when('11')}"`, 'modifyingUser="Boris"')
      .replace('isCodable="false"', 'isCodable="no"');
    expect(bad).not.toBe(QDE);
    const zip = new JSZip();
    zip.file('project.qde', bad);
    zip.file('sources/i1.txt', TEXT);
    const bytes = await roundTrip(await zip.generateAsync({ type: 'uint8array' }));
    const { qde } = await entries(bytes);
    expect(await xsdErrors(qde, 'project')).toEqual([]);
    expect(byGuid(qde).get(G(40))).toMatchObject({ modifyingUser: BORIS });
    expect(byGuid(qde).get(G(40))?.modifiedDateTime).toBeUndefined();
    expect(byGuid(qde).get(G(50))?.modifyingUser).toBeUndefined();
  });
});

describe('a .qdpx written before mazmun.json', () => {
  it('still reads the [mazmun] lines, and users never see them', async () => {
    const old = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Old" origin="Mazmun 0.1.0">
<Users><User guid="${ANNA}" name="Anna"/></Users>
<Variables><Variable guid="${G(20)}" name="Born" typeOfVariable="Integer"><Description>[mazmun] {"type":"year","calendar":"gregorian"}</Description></Variable>
<Variable guid="${G(21)}" name="Tone" typeOfVariable="Text"><Description>[mazmun] {"type":"category","options":["calm","tense"]}</Description></Variable></Variables>
<Sources><TextSource guid="${G(40)}" name="D" plainTextPath="internal://d.txt"><Description>[mazmun] {"direction":"ltr"}</Description></TextSource></Sources>
<Description>About the study

[mazmun] {"format":"mazmun-qdpx","formatVersion":1,"language":"fa"}</Description>
</Project>`;
    const zip = new JSZip();
    zip.file('project.qde', old);
    zip.file('sources/d.txt', 'متن فارسی');
    const r = await importQdpx(await zip.generateAsync({ type: 'uint8array' }), { now: 0 });
    if (!r.ok) throw new Error(r.reason);
    const s = r.data.snapshot;
    expect(s.project).toMatchObject({ description: 'About the study', language: 'fa' });
    expect(s.documents[0]?.direction).toBe('ltr');
    expect(s.documents[0]?.origin?.['#description']).toBeUndefined();
    expect(s.attributes.map((a) => [a.type, a.options, a.calendar])).toEqual([
      ['year', [], 'gregorian'],
      ['category', ['calm', 'tense'], null],
    ]);
    const { qde } = await entries(await exportQdpx(s));
    expect(qde).not.toContain('[mazmun]');
    expect(qde).toContain('<Description>About the study</Description>');
  });
});
