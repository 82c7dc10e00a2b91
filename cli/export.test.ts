import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../shared/export/csv';
import { runCli } from './run-cli';
import type { ReportJson } from './report-format';
import { fixture, memoryIo, root } from './test-io';

async function exportTo(format: string, extra: string[] = []) {
  const io = memoryIo();
  const out = `/out/study.${format}`;
  const code = await runCli(['export', fixture, '--format', format, '--out', out, ...extra], io);
  expect(code, io.err.join('')).toBe(0);
  const data = io.written.get(out);
  if (data === undefined) throw new Error('nothing written');
  return data;
}

const bytesOf = (d: string | Uint8Array): Uint8Array =>
  typeof d === 'string' ? new TextEncoder().encode(d) : d;

async function reportOf(path: string, data: string | Uint8Array): Promise<ReportJson> {
  const io = memoryIo({}, new Map([[path, bytesOf(data)]]));
  expect(await runCli(['report', path, '--format', 'json'], io), io.err.join('')).toBe(0);
  return JSON.parse(io.out.join('')) as ReportJson;
}

describe('mazmun export', () => {
  it('writes a .qdpx that `report` reads back with the same numbers', async () => {
    const qdpx = await exportTo('qdpx');
    expect(typeof qdpx).not.toBe('string');
    const back = await reportOf('/in/study.qdpx', qdpx);
    expect(back.documents).toBe(16);
    expect(back.rows.filter((r) => r.level === 'global').map((r) => r.references)).toEqual([
      166, 141,
    ]);
  });

  it('writes a backup that `report` reads back', async () => {
    const backup = await exportTo('backup');
    expect(String(backup)).toContain('"format": "mazmun-backup"');
    const back = await reportOf('/in/study.mazmun.json', backup);
    expect(back.rows[0]).toMatchObject({ name: 'انگیزشی', sources: 16, references: 166 });
  });

  it('writes the codebook, one csv table and the xlsx', async () => {
    const qdc = String(await exportTo('qdc'));
    expect(qdc).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    expect(qdc.match(/<Code /g)).toHaveLength(33);
    const csv = parseCsv(String(await exportTo('csv', ['--locale', 'en'])));
    expect(csv[0]?.[0]).toBe('Level');
    expect(csv.find((r) => r[2] === 'محیطی')?.slice(3, 5)).toEqual(['16', '141']);
    const matrix = parseCsv(String(await exportTo('csv', ['--table', 'matrix'])));
    expect(matrix[0]).toHaveLength(19);
    const xlsx = bytesOf(await exportTo('xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer,
    );
    expect(book.worksheets).toHaveLength(4);
    expect(book.worksheets[0]?.getRow(2).getCell(5).value).toBe(166);
    expect(book.worksheets[0]?.views[0]?.rightToLeft).toBe(true);
  });

  it('writes the html report with the font embedded, with or without passages', async () => {
    const html = String(await exportTo('html', ['--digits', 'latin']));
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(html).toContain('<td class="num">166</td>');
    expect(html).toContain('base64,d09GMgAB');
    const short = String(await exportTo('html', ['--no-passages', '--locale', 'en']));
    expect(short).not.toContain('<mark>');
    expect(short).toContain('Coding report');
  });
});

describe('mazmun validate', () => {
  it('describes a valid .qdpx and .qdc, and refuses a broken one', async () => {
    const qdpx = bytesOf(await exportTo('qdpx'));
    const qdc = bytesOf(await exportTo('qdc'));
    const files = new Map([
      ['/v/a.qdpx', qdpx],
      ['/v/a.qdc', qdc],
      ['/v/broken.qdpx', qdpx.slice(0, 200)],
    ]);
    let io = memoryIo({}, files);
    expect(await runCli(['validate', '/v/a.qdpx'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/valid REFI-QDA project\ndocuments 16, codes 33, codings \d+/);
    io = memoryIo({}, files);
    expect(await runCli(['validate', '/v/a.qdc'], io)).toBe(0);
    expect(io.out.join('')).toContain('codes 33');
    io = memoryIo({}, files);
    expect(await runCli(['validate', '/v/broken.qdpx'], io)).toBe(1);
    expect(io.err.join('')).toMatch(/^mazmun: \/v\/broken.qdpx: .+\n$/);
  });
});

describe('bin/mazmun.mjs export', () => {
  it('writes a real .qdpx and html file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mazmun-export-'));
    try {
      const qdpx = join(dir, 'study.qdpx');
      let r = spawnSync(
        process.execPath,
        ['bin/mazmun.mjs', 'export', 'fixtures/azerbaijan', '--format', 'qdpx', '--out', qdpx],
        { cwd: root, encoding: 'utf8' },
      );
      expect(r.stderr).toBe(`mazmun: wrote ${qdpx}\n`);
      expect(r.status).toBe(0);
      r = spawnSync(process.execPath, ['bin/mazmun.mjs', 'report', qdpx, '--format', 'json'], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
      expect((JSON.parse(r.stdout) as ReportJson).rows[1]?.references).toBeGreaterThan(0);
      const html = join(dir, 'report.html');
      r = spawnSync(
        process.execPath,
        ['bin/mazmun.mjs', 'export', qdpx, '--format', 'html', '--out', html],
        { cwd: root, encoding: 'utf8' },
      );
      expect(r.status).toBe(0);
      const text = readFileSync(html, 'utf8');
      expect(text).toContain('<td class="num">۱۶۶</td>');
      // The real font is embedded: tens of kilobytes of base64.
      expect(/base64,([A-Za-z0-9+/=]+)\)/.exec(text)?.[1]?.length).toBeGreaterThan(20_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
