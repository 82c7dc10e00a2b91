import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/model/snapshot';
import { importFile } from '../../shared/import';
import { importQdpx } from '../../shared/exchange';
import { documentTooLongReason } from '../../shared/import/input-limits';
import { formatError } from '../../shared/errors';
import { entryTooLarge } from '../../shared/import/xml-scan';
import { writeZip } from '../../fixtures/bad-input/zip-writer';
import { readPickedFiles } from '../platform/browser-files';
import { FSI, PDI, REASON_PATTERN_COUNT, reasonPatternIndices, translateReason } from './reasons';

const u = (s: string): Uint8Array => new TextEncoder().encode(s);

function reasonOf(r: Result<unknown>): string {
  if (r.ok) throw new Error('expected a refusal');
  return r.reason;
}

async function warningOf(name: string, bytes: Uint8Array): Promise<string> {
  const r = await importFile(name, bytes);
  if (!r.ok) throw new Error(r.reason);
  const [w] = r.data.warnings;
  if (w === undefined) throw new Error('expected a warning');
  return w;
}

const G = (k: number): string => `a0000000-0000-4000-8000-${String(k).padStart(12, '0')}`;

/** A project that leaves out one of everything Mazmun cannot take, to collect the report's words. */
const LOSSY_QDE =
  `<Project name="p"><CodeBook><Codes/></CodeBook><Sources>` +
  `<TextSource guid="${G(1)}" name="a" plainTextPath="internal://missing-file.txt"/>` +
  `<TextSource guid="${G(2)}" name="b" richTextPath="internal://b.docx"/>` +
  `<TextSource guid="${G(3)}" name="c"/>` +
  `<TextSource guid="${G(4)}" name="d" plainTextPath="relative:///d.txt"/>` +
  `<PDFSource guid="${G(5)}" name="e"/></Sources>` +
  `<Links><Link guid="${G(6)}"/></Links><Sets><Set guid="${G(7)}" name="s"><MemberCode targetGUID="${G(9)}"/></Set>` +
  `<Set guid="${G(10)}" name="t"><MemberCode targetGUID="${G(9)}"/>` +
  `<MemberSource targetGUID="${G(12)}"/><MemberNote targetGUID="${G(11)}"/></Set></Sets>` +
  `<Graphs><Graph guid="${G(8)}"/></Graphs></Project>`;

let lossy: Promise<readonly string[]> | undefined;
function lossyReport(): Promise<readonly string[]> {
  lossy ??= importQdpx(writeZip([{ name: 'project.qde', data: u(LOSSY_QDE) }])).then((r) => {
    if (!r.ok) throw new Error(r.reason);
    return [...r.data.report.skipped.map((x) => x.reason), ...r.data.report.warnings];
  });
  return lossy;
}

async function reportLine(startsWith: string): Promise<string> {
  const line = (await lossyReport()).find((l) => l.startsWith(startsWith));
  if (line === undefined) throw new Error(`no report line starting "${startsWith}"`);
  return line;
}

const ZIP_SLIP = (name: string): Uint8Array =>
  writeZip([
    { name: 'project.qde', data: u('<Project/>') },
    { name, data: u('evil') },
  ]);

/** A case: how the reason is produced, and what the Persian must keep verbatim or in digits. */
interface Case {
  readonly label: string;
  readonly reason: string | (() => Promise<string> | string);
  readonly verbatim?: readonly string[];
  readonly digits?: readonly string[];
}

/** Real refusals from the real code paths. */
const REAL: readonly Case[] = [
  {
    label: 'windows-1256',
    reason: () => warningOf('old.txt', new Uint8Array([0xd3, 0xe1, 0xc7, 0xe3, 0x20, 0xe3, 0xe1])),
  },
  {
    label: 'latin-1',
    reason: () => warningOf('latin.txt', Uint8Array.from(Buffer.from('Café, Größe', 'latin1'))),
  },
  {
    label: 'zip slip',
    reason: async () => reasonOf(await importQdpx(ZIP_SLIP('../../evil.txt'))),
    verbatim: ['../../evil.txt'],
  },
  {
    label: 'qdpx bomb',
    reason: async () =>
      reasonOf(
        await importQdpx(writeZip([{ name: 'a.txt', data: u('x'.repeat(500)) }]), {
          maxUncompressedBytes: 100,
        }),
      ),
    digits: ['۵۰۰', '۱۰۰'],
  },
  {
    label: 'qde not UTF-8',
    reason: async () =>
      reasonOf(await importQdpx(writeZip([{ name: 'project.qde', data: new Uint8Array([0xff]) }]))),
    verbatim: ['project.qde'],
  },
  {
    label: 'picker: file too large',
    reason: async () => pickedReason({ size: Number.MAX_SAFE_INTEGER }),
  },
  {
    label: 'picker: unreadable',
    reason: async () => pickedReason({ arrayBuffer: () => Promise.reject(new Error('gone')) }),
  },
  { label: 'report: missing file', reason: () => reportLine('its file '), verbatim: ['sources/'] },
  { label: 'report: rich text', reason: () => reportLine('it has only rich text') },
  { label: 'report: no text', reason: () => reportLine('it has no text') },
  { label: 'report: outside', reason: () => reportLine('its text file lies outside') },
  { label: 'report: text only', reason: () => reportLine('Mazmun imports text sources') },
  { label: 'report: links', reason: () => reportLine('Mazmun has no links') },
  { label: 'report: code sets', reason: () => reportLine('Mazmun sets hold documents;') },
  { label: 'report: set codes', reason: () => reportLine('Mazmun sets hold documents, not c') },
  { label: 'report: set notes', reason: () => reportLine('Mazmun sets hold documents, not n') },
  { label: 'report: set member', reason: () => reportLine('it refers to a source that') },
  { label: 'report: graphs', reason: () => reportLine('Mazmun has no graphs') },
  // The hard input limits (shared/import/input-limits.ts), each named with its value.
  {
    label: 'rtf: \\uc out of range',
    reason: () => warningOf('uc.rtf', u('{\\rtf1\\uc999 \\u1587?x}')),
    digits: ['۱۰'],
  },
  {
    label: 'rtf: \\bin past the end',
    reason: () => warningOf('bin.rtf', u('{\\rtf1 x\\bin99 y}')),
  },
  {
    label: 'document too long',
    reason: () => documentTooLongReason('talk.txt'),
    verbatim: ['talk.txt'],
    digits: ['۵۰٬۰۰۰٬۰۰۰'],
  },
  { label: 'source too long', reason: () => documentTooLongReason('its text') },
  {
    label: 'entry too large',
    reason: () => formatError(entryTooLarge('project.qde', 256 * 1024 * 1024)),
    verbatim: ['project.qde'],
    digits: ['۲۵۶'],
  },
  {
    label: 'qdpx: lying size',
    reason: async () => {
      const qde = u(`<Project name="p">${' '.repeat(5000)}</Project>`);
      return reasonOf(
        await importQdpx(writeZip([{ name: 'project.qde', data: qde, declaredSize: 9 }])),
      );
    },
    verbatim: ['project.qde'],
  },
];

async function pickedReason(
  over: Partial<{ size: number; arrayBuffer: () => Promise<ArrayBuffer> }>,
) {
  const file = { name: 'f.txt', size: 3, arrayBuffer: async () => new ArrayBuffer(3), ...over };
  const picked = await readPickedFiles([file]);
  if (picked.canceled || picked.skipped[0] === undefined) throw new Error('expected a skip');
  return picked.skipped[0].reason;
}

/**
 * Refusals whose code path needs a database, a throwing library or a crafted report; copied
 * verbatim from the source (file named beside each) so that a changed sentence fails here.
 */
const LITERAL: readonly Case[] = [
  // shared/worker-protocol.ts, renderer/workers (the heavy-work worker)
  // shared/import
  {
    label: 'docx: images',
    reason: '3 image(s) were left out: only text is imported',
    digits: ['۳'],
  },
  {
    label: 'import-file: damaged bytes',
    reason:
      '2 damaged byte sequence(s) could not be read as UTF-8 and show as �; check those places',
    digits: ['۲'],
  },
  // renderer/platform
  // shared/exchange/safe-zip.ts
  {
    label: 'entry damaged',
    reason: 'The archive entry "project.qde" is damaged: invalid distance too far back',
    verbatim: ['project.qde'],
  },
  {
    label: 'no entry',
    reason: 'The archive has no entry "sources/x.txt".',
    verbatim: ['sources/x.txt'],
  },
  // shared/exchange: XML, import guard, backup-validate, report lines
  { label: 'code sets', reason: 'Mazmun has no code sets' },
  { label: 'GUID twice', reason: 'the same GUID was declared twice' },
  { label: 'whole source', reason: 'codes applied to a whole source are not imported' },
  {
    label: 'source variables',
    reason: 'variables of sources are not imported (Mazmun keeps attributes on cases)',
  },
  { label: 'positions', reason: 'its positions are missing, empty or outside the text' },
  { label: 'unknown code', reason: 'it refers to a code that is not in the codebook' },
  { label: 'unknown variable', reason: 'it refers to a variable that is not declared' },
  { label: 'case codes', reason: 'codes attached to cases are not imported' },
  { label: 'case selections', reason: 'selections attached to cases are not imported' },
  {
    label: 'boolean',
    reason: 'A Boolean variable became a category with the options true/false',
  },
  {
    label: 'several cases',
    reason: 'A source belongs to several cases; Mazmun kept the first (×2)',
    digits: ['۲'],
  },
  { label: 'orphan note', reason: 'A note attached to nothing Mazmun knows became a project memo' },
  {
    label: 'new GUID',
    reason: 'A Code without a valid unique GUID was given a new id (×3)',
    digits: ['۳'],
  },
  { label: 'variable type', reason: 'A Date variable became a text attribute' },
  { label: 'unknown type', reason: 'an attribute of unknown type became a text attribute' },
  {
    label: 'case value',
    reason: 'a case value for a missing attribute, or not a valid value, was dropped',
  },
  { label: 'no text doc', reason: 'a document without text was dropped' },
  { label: 'detached', reason: 'a document pointing at a missing case was detached from it' },
  { label: 'orphan code', reason: 'a code whose parent is missing was moved to the top level' },
  { label: 'colour reset', reason: 'a code colour that is not #rrggbb was reset' },
  { label: 'cycle', reason: 'a code in a parent cycle was moved to the top level' },
  {
    label: 'dangling coding',
    reason: 'a coding pointing at a missing document or code was dropped',
  },
  { label: 'offsets', reason: 'a coding with offsets outside its text was dropped' },
  { label: 'no coder', reason: 'a coding by a missing coder was kept without a coder' },
  { label: 'memo target', reason: 'a memo whose target is missing was kept as a project memo' },
  {
    label: 'not text',
    reason: 'document: "title" was not text and was reset',
    verbatim: ['title'],
  },
  {
    label: 'not number',
    reason: 'coding: "start" was not a number and was reset',
    verbatim: ['start'],
  },
  { label: 'not list', reason: '"codes" was not a list and was ignored', verbatim: ['codes'] },
  {
    label: 'bad id',
    reason: 'an item of "memos" with a missing, invalid or repeated id was dropped',
    verbatim: ['memos'],
  },
  // shared/db: the refusals still worded as sentences (the rest: errors-fa/db-store.test.ts)
  {
    label: 'snapshot: another project',
    reason: 'A attribute (at-1) belongs to another project.',
    verbatim: ['at-1'],
  },
  {
    label: 'snapshot: twice',
    reason: 'The code id c-1 appears twice.',
    verbatim: ['c-1'],
  },
  {
    label: 'snapshot: parent',
    reason: 'The code "Trust" has a parent that is not in the project.',
    verbatim: ['Trust'],
  },
  {
    label: 'snapshot: case',
    reason: 'The document "Interview 1" belongs to a case that is not in the project.',
    verbatim: ['Interview 1'],
  },
  {
    label: 'snapshot: missing',
    reason: 'A coding (k-1) refers to a missing code.',
    verbatim: ['k-1'],
  },
  {
    label: 'snapshot: range',
    reason: 'A coding (k-2) has the range [3, 90) outside its document (length 40).',
    verbatim: ['k-2'],
    digits: ['۳', '۹۰', '۴۰'],
  },
];

async function textOf(c: Case): Promise<string> {
  return typeof c.reason === 'string' ? c.reason : c.reason();
}

/** Everything outside the bidi isolates (names, paths, Latin terms) must be Persian. */
function outsideIsolates(text: string): string {
  return text.replace(new RegExp(`${FSI}[^${PDI}]*${PDI}`, 'g'), '');
}

describe('translateReason', () => {
  const all = [...REAL, ...LITERAL];

  it.each(all)('$label: Persian, names kept, digits Persian', async (c) => {
    const reason = await textOf(c);
    expect(reasonPatternIndices(reason), reason).not.toEqual([]);
    const fa = translateReason(reason, 'fa');
    expect(fa).not.toBe(reason);
    expect(outsideIsolates(fa)).not.toMatch(/[A-Za-z]{4,}/);
    expect(outsideIsolates(fa)).not.toMatch(/[0-9]/);
    for (const v of c.verbatim ?? []) expect(fa).toContain(v);
    for (const d of c.digits ?? []) expect(fa).toContain(d);
    expect(translateReason(reason, 'en')).toBe(reason);
  });

  it('exercises every pattern of the table', async () => {
    const used = new Set<number>();
    for (const c of all) for (const i of reasonPatternIndices(await textOf(c))) used.add(i);
    const unused = Array.from({ length: REASON_PATTERN_COUNT }, (_, i) => i).filter(
      (i) => !used.has(i),
    );
    expect(unused).toEqual([]);
  });

  it('wraps a file name in «» and a bidi isolate', () => {
    const reason = documentTooLongReason('x.docx', 1000);
    expect(translateReason(reason, 'fa')).toBe(
      `فایل «${FSI}x.docx${PDI}» بلندتر از ۱٬۰۰۰ نویسه است (بیشترین طول مجاز یک سند)`,
    );
  });

  it('gives an unknown reason back unchanged, in either language', () => {
    const reason = 'Something nobody has translated (code 42).';
    expect(translateReason(reason, 'fa')).toBe(reason);
    expect(translateReason(reason, 'en')).toBe(reason);
  });
});
