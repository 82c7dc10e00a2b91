// The coded refusals of shared/import and shared/exchange, produced by the real code paths and
// translated by code: Persian, with the file names kept whole and the numbers in Persian digits.
// (They replace the pattern-table cases of reasons.test.ts for these sentences.)
import { describe, expect, it } from 'vitest';
import { importQdc, importQdpx, restoreBackup } from '../../../shared/exchange';
import { importFile, importPastedText } from '../../../shared/import';
import { importMany } from '../../../shared/import/import-many';
import { buildDocx, patchDeclaredSizes } from '../../../shared/import/test-builders';
import type { Failure, Result } from '../../../shared/model/snapshot';
import { writeZip } from '../../../fixtures/bad-input/zip-writer';
import { translateFailure } from '../errors';
import { FSI, PDI } from '../reason-tools';

const u = (s: string): Uint8Array => new TextEncoder().encode(s);

function refused(r: Result<unknown>): Failure {
  if (r.ok) throw new Error('expected a refusal');
  if (r.error === undefined) throw new Error(`not coded: ${r.reason}`);
  return r;
}

interface Case {
  readonly label: string;
  readonly failure: () => Promise<Failure> | Failure;
  readonly code: string;
  readonly verbatim?: readonly string[];
  readonly digits?: readonly string[];
}

const file =
  (name: string, bytes: Uint8Array, options = {}) =>
  async () =>
    refused(await importFile(name, bytes, options));

const CASES: readonly Case[] = [
  {
    label: 'too large',
    failure: file('big.txt', u('abcdef'), { maxFileBytes: 2 }),
    code: 'import.tooLarge',
    verbatim: ['big.txt'],
    digits: ['۶ بایت', '۲ بایت'],
  },
  {
    label: 'zip bomb',
    failure: async () =>
      refused(
        await importFile('zip-bomb.docx', await buildDocx([{ text: 'hi' }]), {
          maxExpandedBytes: 100,
        }),
      ),
    code: 'import.zipBomb',
    verbatim: ['zip-bomb.docx'],
    digits: ['۱۰۰ بایت'],
  },
  {
    label: 'lying size',
    failure: async () =>
      refused(
        await importFile(
          'liar.docx',
          patchDeclaredSizes(await buildDocx([{ text: 'a'.repeat(5000) }]), 'word/document.xml', 9),
        ),
      ),
    code: 'import.zipLyingSize',
    verbatim: ['liar.docx'],
  },
  {
    label: 'XML limit inside a .docx (nested)',
    failure: async () =>
      refused(
        await importFile(
          'deep.docx',
          await buildDocx([], {
            'word/document.xml': `<w:document>${'<a>'.repeat(300)}${'</a>'.repeat(300)}</w:document>`,
          }),
        ),
      ),
    code: 'import.inFile',
    verbatim: ['deep.docx', 'word/document.xml'],
    digits: ['۲۵۶'],
  },
  {
    label: '.doc',
    failure: file('old.doc', new Uint8Array([1, 2, 3])),
    code: 'import.oldWordDoc',
    verbatim: ['old.doc'],
  },
  { label: 'pdf', failure: file('paper.pdf', u('%PDF-1.7 junk')), code: 'import.pdf' },
  { label: 'not Word', failure: file('x.docx', new Uint8Array([1, 2, 3])), code: 'import.notWord' },
  {
    label: 'not ODT',
    failure: file('notes.odt', new Uint8Array([1, 2, 3])),
    code: 'import.notOdt',
  },
  { label: 'not RTF', failure: file('memo.rtf', u('hello')), code: 'import.notRtf' },
  {
    label: 'rtf too deep',
    failure: file('deep.rtf', u(`{\\rtf1 ${'{'.repeat(1001)}`)),
    code: 'import.rtfTooDeep',
    verbatim: ['deep.rtf'],
    digits: ['۱٬۰۰۰'],
  },
  { label: 'empty', failure: file('empty.txt', new Uint8Array()), code: 'import.empty' },
  { label: 'no text', failure: file('blank.txt', u('  \n  ')), code: 'import.noText' },
  {
    label: 'binary',
    failure: file('binary.txt', new Uint8Array([1, 2, 3, 0, 0, 0, 4, 5, 6, 0, 7])),
    code: 'import.binary',
  },
  {
    label: 'bad UTF-8 with BOM',
    failure: file('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0xd8, 0x41])),
    code: 'import.badUtf8',
  },
  {
    label: 'bad UTF-16',
    failure: file('u16.txt', new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])),
    code: 'import.badEncoding',
    verbatim: ['u16.txt', 'UTF-16LE'],
  },
  {
    label: 'empty paste',
    failure: () => refused(importPastedText('  ')),
    code: 'import.pasteEmpty',
  },
  {
    label: 'import-many: a library threw',
    failure: async () => {
      const bytes = new Proxy(new Uint8Array(1), {
        get: () => {
          throw new TypeError('boom');
        },
      });
      const [f] = (await importMany([{ name: 'talk.docx', bytes }])).failed;
      if (f === undefined) throw new Error('expected a failed file');
      return { ok: false, reason: f.reason, error: f.error };
    },
    code: 'import.unreadable',
    verbatim: ['talk.docx'],
  },
  {
    label: 'not a zip',
    failure: async () => refused(await importQdpx(u('hello'))),
    code: 'exchange.notZip',
  },
  {
    label: 'no project.qde',
    failure: async () => refused(await importQdpx(writeZip([{ name: 'a.txt', data: u('x') }]))),
    code: 'exchange.noProjectQde',
  },
  {
    label: 'XXE in project.qde (nested)',
    failure: async () =>
      refused(
        await importQdpx(
          writeZip([{ name: 'project.qde', data: u('<!DOCTYPE x [<!ENTITY a "b">]><Project/>') }]),
        ),
      ),
    code: 'import.inFile',
    verbatim: ['project.qde', 'DOCTYPE'],
  },
  {
    label: 'malformed project.qde (nested)',
    failure: async () =>
      refused(await importQdpx(writeZip([{ name: 'project.qde', data: u('<Project>') }]))),
    code: 'exchange.inProjectQde',
    verbatim: ['project.qde'],
  },
  {
    label: 'not a codebook',
    failure: () => refused(importQdc('<Other/>')),
    code: 'exchange.notCodebook',
  },
  {
    label: 'newer backup',
    failure: () => refused(restoreBackup('{"format":"mazmun-backup","formatVersion":999}')),
    code: 'exchange.backupTooNew',
    digits: ['۹۹۹'],
  },
  {
    label: 'backup without an id (nested)',
    failure: () =>
      refused(
        restoreBackup('{"format":"mazmun-backup","formatVersion":1,"snapshot":{"project":{}}}'),
      ),
    code: 'exchange.backupDamaged',
  },
];

describe('coded refusals of shared/import and shared/exchange', () => {
  it.each(CASES)('$label: in Persian by code', async (c) => {
    const failure = await c.failure();
    expect(failure.error?.code).toBe(c.code);
    const fa = translateFailure(failure, 'fa');
    expect(fa).not.toBe(failure.reason);
    expect(fa).toMatch(/[\u0600-\u06FF]{3}/);
    // Only isolated runs (names, terms, nested details) may stay Latin.
    const bare = fa.replace(new RegExp(`${FSI}[^${PDI}]*${PDI}`, 'g'), '');
    expect(bare, fa).not.toMatch(/[A-Za-z]{3}/);
    for (const v of c.verbatim ?? []) expect(fa).toContain(v);
    for (const d of c.digits ?? []) expect(fa).toContain(d);
    expect(translateFailure(failure, 'en')).toBe(failure.reason);
  });
});
