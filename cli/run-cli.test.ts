import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../shared/analysis/csv';
import { ok } from '../shared/model/snapshot';
import { readDirFiles } from './node-io';
import { runCli } from './run-cli';
import { fixture, memoryIo, root } from './test-io';
import type { ReportJson } from './report-format';

describe('runCli', () => {
  it('prints help and version', async () => {
    const io = memoryIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out.join('')).toContain('mazmun report <project>');
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.out.at(-1)).toBe('mazmun 9.9.9\n');
    expect(io.err).toEqual([]);
  });

  it('reports the study as JSON in the fixed shape, in tree order', async () => {
    const io = memoryIo();
    expect(await runCli(['report', fixture, '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out.join('')) as ReportJson;
    expect(report.documents).toBe(16);
    expect(report.rows).toHaveLength(33);
    expect(Object.keys(report.rows[0] ?? {})).toEqual([
      'level',
      'path',
      'name',
      'sources',
      'references',
    ]);
    expect(report.rows[0]).toEqual({
      level: 'global',
      path: ['انگیزشی'],
      name: 'انگیزشی',
      sources: 16,
      references: 166,
    });
    expect(report.rows.filter((r) => r.level === 'global').map((r) => r.references)).toEqual([
      166, 141,
    ]);
    expect(report.rows[2]).toMatchObject({
      level: 'basic',
      name: 'همکاری در حوزه حمل و نقل',
      sources: 8,
    });
  });

  it('distinct convention lowers the references, not the sources', async () => {
    const paper = memoryIo();
    const distinct = memoryIo();
    await runCli(['report', fixture, '--format=json'], paper);
    await runCli(['report', fixture, '--format=json', '--convention=distinct'], distinct);
    const p = JSON.parse(paper.out.join('')) as ReportJson;
    const d = JSON.parse(distinct.out.join('')) as ReportJson;
    expect(d.rows.map((r) => r.sources)).toEqual(p.rows.map((r) => r.sources));
    expect(d.rows[0]?.references).toBeLessThan(p.rows[0]?.references ?? 0);
  });

  it('writes csv with a BOM, Persian digits and a table to --out', async () => {
    const io = memoryIo();
    expect(
      await runCli(
        ['report', fixture, '--format', 'csv', '--digits', 'persian', '--out', '/tmp/r.csv'],
        io,
      ),
    ).toBe(0);
    const csv = String(io.written.get('/tmp/r.csv') ?? '');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows.ok && rows.data[1]).toEqual(['global', 'انگیزشی', 'انگیزشی', '۰', '۱۶', '۱۶۶']);
    expect(io.out).toEqual([]);
    const table = memoryIo();
    await runCli(['report', fixture], table);
    const lines = table.out.join('').split('\n');
    expect(lines[0]).toBe('Documents: 16   References: 307   Convention: paper');
    // Each name isolated (FSI … PDI): its direction stays inside its column.
    expect(lines.find((l) => l.includes('محیطی'))).toMatch(
      /^global\s+\u2068محیطی\u2069\s+16\s+141$/,
    );
  });

  it('keeps bidi controls in a name from reordering the rest of the output', async () => {
    const files = readDirFiles(fixture);
    if (!files.ok) throw new Error(files.reason);
    const evil = 'محیطی\u202eexe.txt';
    const codebook = String(files.data['codebook.json']).replace('"محیطی"', JSON.stringify(evil));
    const readDir = () => ok({ ...files.data, 'codebook.json': codebook });
    const json = memoryIo({ '/evil': 'directory' });
    expect(await runCli(['report', '/evil', '--format', 'json'], { ...json, readDir })).toBe(0);
    const text = json.out.join('');
    expect(text).not.toContain('\u202e');
    expect(text).toContain('"name": "محیطی\\u202eexe.txt"');
    expect((JSON.parse(text) as ReportJson).rows.map((r) => r.name)).toContain(evil);
    const table = memoryIo({ '/evil': 'directory' });
    expect(await runCli(['report', '/evil'], { ...table, readDir })).toBe(0);
    const line = table.out
      .join('')
      .split('\n')
      .find((l) => l.includes('محیطی'));
    expect(line).toMatch(/^global\s+\u2068محیطیexe\.txt\u2069\s+16\s+141$/);
  });

  it('fails without a stack trace on bad usage, missing and unsupported projects', async () => {
    const cases: [string[], number, string][] = [
      [['frobnicate'], 2, 'mazmun: unknown command "frobnicate" (try: mazmun --help)\n'],
      [['report'], 2, 'mazmun: report needs a project: mazmun report <project-dir>\n'],
      [
        ['report', fixture, '--colour', 'red'],
        2,
        'mazmun: unknown option --colour (try: mazmun --help)\n',
      ],
      [['report', '/nope'], 1, 'mazmun: /nope: no such file or directory\n'],
      [
        ['report', '/x/notes.docx'],
        1,
        'mazmun: /x/notes.docx: .docx files are not projects; give a project directory, a .qdpx or a .mazmun.json backup\n',
      ],
      [['report', '/x/study.qdpx'], 1, 'mazmun: /x/study.qdpx: ENOENT\n'],
      [
        ['export', fixture, '--out', 'a.x'],
        2,
        'mazmun: export needs --format qdpx|qdc|xlsx|csv|html|backup\n',
      ],
      [
        ['export', fixture, '--format', 'pdf', '--out', 'a.x'],
        2,
        'mazmun: --format must be one of qdpx, qdc, xlsx, csv, html, backup (got "pdf")\n',
      ],
      [['export', fixture, '--format', 'html'], 2, 'mazmun: export needs --out FILE\n'],
      [
        ['report', fixture, '--out', '/readonly/r.txt'],
        1,
        'mazmun: cannot write /readonly/r.txt: EACCES\n',
      ],
    ];
    for (const [argv, code, message] of cases) {
      const io = memoryIo({ '/x/study.qdpx': 'file', '/x/notes.docx': 'file' });
      expect(await runCli(argv, io), argv.join(' ')).toBe(code);
      expect(io.err.join('')).toBe(message);
    }
  });

  it('says which file and row of a broken project is wrong', async () => {
    const io = memoryIo({ '/broken': 'directory' });
    const files = readDirFiles(fixture);
    if (!files.ok) throw new Error(files.reason);
    const broken = {
      ...files.data,
      'codings.csv': 'document,code,anchor\n01.txt,اشتراک زبانی,نیست\n',
    };
    expect(await runCli(['report', '/broken'], { ...io, readDir: () => ok(broken) })).toBe(1);
    expect(io.err.join('')).toBe(
      'mazmun: /broken: codings.csv row 2 (document 01.txt): the anchor "نیست" does not occur in the text\n',
    );
  });
});

describe('bin/mazmun.mjs', () => {
  it('runs --help for real', () => {
    const r = spawnSync(process.execPath, ['bin/mazmun.mjs', '--help'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage:');
    expect(r.stderr).toBe('');
  });
  it('exits non-zero with one line on stderr for a missing project', () => {
    const r = spawnSync(process.execPath, ['bin/mazmun.mjs', 'report', 'no/such/dir'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('mazmun: no/such/dir: no such file or directory\n');
  });
});
