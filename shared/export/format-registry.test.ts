import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { azerbaijanFiles } from '../fixture/azerbaijan-files';
import { loadProjectDir } from '../fixture/load-project-dir';
import type { ProjectSnapshot } from '../model/snapshot';
import { parseCsv } from './csv';
import {
  EXPORT_FORMATS,
  cliExportFormats,
  exportFileNameFor,
  exportFormat,
  isExportFormatId,
  saveFilterFor,
} from './format-registry';

function study(): ProjectSnapshot {
  const r = loadProjectDir(azerbaijanFiles());
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

const text = (d: string | Uint8Array): string =>
  typeof d === 'string' ? d : new TextDecoder().decode(d);

describe('the export format registry', () => {
  it('declares each format once, with its own extension', () => {
    const ids = EXPORT_FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(EXPORT_FORMATS.map((f) => f.extension)).size).toBe(ids.length);
    for (const f of EXPORT_FORMATS) {
      expect(f.extension, f.id).toMatch(/^\.[a-z.]+$/);
      expect(f.mime, f.id).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
    }
    expect(isExportFormatId('qdpx')).toBe(true);
    expect(isExportFormatId('docx')).toBe(false);
  });

  it('offers the CLI every format but the one that needs a browser to print', () => {
    expect(cliExportFormats().map((f) => f.id)).toEqual([
      'qdpx',
      'qdc',
      'xlsx',
      'csv',
      'html',
      'backup',
    ]);
  });

  it('names files and the save dialog filter from the format', () => {
    expect(exportFileNameFor('Study', 'csv', { appVersion: '', table: 'matrix' })).toBe(
      'Study-matrix.csv',
    );
    expect(exportFileNameFor('Study', 'pdf', { appVersion: '' })).toBe('Study-report.pdf');
    expect(exportFileNameFor('Study', 'backup', { appVersion: '' })).toBe('Study.mazmun.json');
    expect(saveFilterFor('backup')).toEqual({ name: 'Mazmun backup', extensions: ['json'] });
    expect(saveFilterFor('qdpx')).toEqual({ name: 'REFI-QDA project', extensions: ['qdpx'] });
  });

  it('renders every format from one snapshot with the options it takes', async () => {
    const s = study();
    const now = Date.UTC(2025, 0, 2);
    const base = { appVersion: '1.2.3', now };

    const backup = JSON.parse(text(await exportFormat('backup').render(s, base))) as {
      exportedAt: string;
      appVersion: string;
    };
    expect(backup.exportedAt).toBe('2025-01-02T00:00:00.000Z');

    const qdc = text(await exportFormat('qdc').render(s, base));
    expect(qdc).toMatch(/^<\?xml/);
    // 2 global, 6 organizing and 25 basic themes: 33 codes in the codebook.
    expect(qdc.match(/<Code /g)).toHaveLength(33);

    const qdpx = await exportFormat('qdpx').render(s, base);
    const zip = await JSZip.loadAsync(qdpx);
    expect(Object.keys(zip.files)).toContain('project.qde');

    const codebook = parseCsv(
      text(await exportFormat('csv').render(s, { ...base, table: 'codebook', locale: 'en' })),
    );
    // A header row and one row per code.
    expect(codebook).toHaveLength(1 + 33);

    const xlsx = await exportFormat('xlsx').render(s, base);
    expect(text(xlsx.slice(0, 2))).toBe('PK');

    const report = { ...base, locale: 'en' as const, digits: 'latin' as const };
    const html = text(await exportFormat('html').render(s, { ...report, includePassages: false }));
    // The published convention: the global theme انگیزشی has 166 references.
    expect(html).toContain('<td class="num">166</td>');
    const distinct = text(
      await exportFormat('html').render(s, { ...report, convention: 'distinct' }),
    );
    expect(distinct).not.toContain('<td class="num">166</td>');
    // The PDF is the same report, printed by the platform.
    expect(text(await exportFormat('pdf').render(s, { ...report, includePassages: false }))).toBe(
      html,
    );
  });
});
