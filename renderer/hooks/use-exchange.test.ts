import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importSnapshot } from '../../shared/db/snapshot-repo';
import { exportQdc, serializeBackup } from '../../shared/exchange';
import { azerbaijanFiles } from '../../shared/fixture/azerbaijan-files';
import { loadProjectDir } from '../../shared/fixture/load-project-dir';
import type { ProjectSnapshot } from '../../shared/model/snapshot';
import { getDb } from '../data/database';
import { EXPORT_FORMATS } from '../../shared/export/format-registry';
import { isExportRequest } from '../../shared/worker-protocol';
import { catalogFor } from '../i18n/catalog';
import {
  exportFileName,
  exportFormatsIn,
  exportMessages,
  exportRequestFor,
  fileStem,
  renderExport,
} from './use-exchange';
import { readImportFile } from './use-exchange-import';

function study(): ProjectSnapshot {
  const r = loadProjectDir(azerbaijanFiles());
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('export file names', () => {
  it('makes a bare file name from any project name', () => {
    expect(fileStem('a/b:c*?"<>|\u0001d')).toBe('a b c d');
    expect(fileStem('   ')).toBe('mazmun-project');
    expect(exportFileName('دیپلماسی رسمی', { kind: 'backup' })).toBe('دیپلماسی رسمی.mazmun.json');
    expect(exportFileName('Study', { kind: 'csv', table: 'matrix' })).toBe('Study-matrix.csv');
  });
});

describe('the export panel reads the registry', () => {
  const choice = {
    table: 'codebook' as const,
    report: { themeIds: [], caseIds: [], includePassages: true, locale: 'fa' as const },
  };

  it('offers every format of the registry exactly once', () => {
    const offered = [
      ...exportFormatsIn('file'),
      ...exportFormatsIn('table'),
      ...exportFormatsIn('report'),
    ].map((f) => f.id);
    expect([...offered].sort()).toEqual(EXPORT_FORMATS.map((f) => f.id).sort());
    expect(exportFormatsIn('table').map((f) => f.id)).toEqual(['csv']);
    expect(exportFormatsIn('report').map((f) => f.id)).toEqual(['html', 'pdf']);
  });

  it('asks the worker for each format in a request the protocol accepts', () => {
    for (const f of EXPORT_FORMATS) {
      const request = exportRequestFor(f.id, choice);
      expect(isExportRequest(request), f.id).toBe(true);
      expect(request.kind).toBe(f.id);
    }
    expect(exportRequestFor('csv', choice)).toEqual({ kind: 'csv', table: 'codebook' });
    expect(exportFileName('Study', exportRequestFor('html', choice))).toBe('Study-report.html');
  });

  it('has a label (and a hint where declared) for every format in English and Persian', () => {
    for (const locale of ['en', 'fa'] as const) {
      const catalog = catalogFor(locale);
      for (const f of EXPORT_FORMATS) {
        const m = exportMessages(f);
        for (const key of [m.label, m.hint, m.save]) {
          if (key !== null) expect(catalog[key], `${locale} ${f.id} ${key}`).toBeTruthy();
        }
      }
    }
    expect(exportMessages(EXPORT_FORMATS[0]).label).toBe('exchange.qdpx');
    expect(exportMessages(EXPORT_FORMATS[4]).save).toBe('exchange.saveHtml');
  });
});

describe('renderExport', () => {
  it('renders each format from one snapshot', async () => {
    const s = study();
    const html = await renderExport(
      s,
      {
        kind: 'html',
        report: { themeIds: [], caseIds: [], includePassages: false, locale: 'en' },
      },
      '1.0',
    );
    expect(String(html)).toContain('<td class="num">166</td>');
    const csv = String(await renderExport(s, { kind: 'csv', table: 'frequency' }, '1.0'));
    expect(csv).toContain('انگیزشی,16,166');
    const qdpx = await renderExport(s, { kind: 'qdpx' }, '1.0');
    expect(qdpx instanceof Uint8Array && qdpx[0]).toBe(0x50); // "PK"
  });
});

describe('readImportFile', () => {
  it('previews a codebook and refuses what it cannot read, writing nothing', async () => {
    const s = study();
    const qdc = await readImportFile('book.qdc', utf8(exportQdc(s)));
    expect(qdc.ok && qdc.data.kind === 'codebook' && qdc.data.codes.length).toBe(33);
    const bad = await readImportFile('x.qdpx', utf8('not a zip'));
    expect(bad).toMatchObject({ ok: false, error: { code: 'exchange.notZip' } });
    const other = await readImportFile('notes.docx', utf8(''));
    expect(other.ok ? '' : other.reason).toContain('.qdpx');
    expect(other).toMatchObject({ error: { code: 'app.notExchangeFile' } });
    const newer = await readImportFile(
      'b.mazmun.json',
      utf8(JSON.stringify({ format: 'mazmun-backup', formatVersion: 99, snapshot: {} })),
    );
    expect(newer.ok ? '' : newer.reason).toContain('newer Mazmun');
    // The backup's own code reaches the view (it used to be re-wrapped as a bare sentence).
    expect(newer).toMatchObject({
      error: { code: 'exchange.backupTooNew', params: { version: 99 } },
    });
    expect(await getDb().projects.count()).toBe(0);
  });

  it('says when a backup clashes with a project already stored', async () => {
    const s = study();
    const backup = utf8(serializeBackup(s));
    const before = await readImportFile('s.mazmun.json', backup);
    expect(before.ok && before.data.kind === 'project' && before.data.clash).toBe(false);
    expect((await importSnapshot(getDb(), s)).ok).toBe(true);
    const after = await readImportFile('s.mazmun.json', backup);
    expect(after.ok && after.data.kind === 'project' && after.data.clash).toBe(true);
    expect(after.ok && after.data.report.mapped.codings).toBe(s.codings.length);
  });
});
