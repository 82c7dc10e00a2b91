// The Azerbaijan study through REFI-QDA and back: the counts must not move.
import { describe, expect, it } from 'vitest';
import { computeFrequencyTable } from '../analysis/frequencies';
import { azerbaijanFiles } from '../fixture/azerbaijan-files';
import { loadProjectDir } from '../fixture/load-project-dir';
import type { ProjectSnapshot } from '../model/snapshot';
import { exportQdpx } from './qdpx-export';
import { importQdpx } from './qdpx-import';

const rows = (s: ProjectSnapshot) =>
  computeFrequencyTable({ ...s, convention: 'paper' }).rows.map((r) => ({
    path: r.path,
    level: r.level,
    sources: r.sources,
    cases: r.cases,
    references: r.references,
  }));

describe('qdpx round trip of the study', () => {
  it('gives the same frequency table after export and import', async () => {
    const loaded = loadProjectDir(azerbaijanFiles());
    if (!loaded.ok) throw new Error(loaded.reason);
    const original = loaded.data;
    const back = await importQdpx(await exportQdpx(original));
    if (!back.ok) throw new Error(back.reason);
    const table = rows(back.data.snapshot);
    expect(table).toEqual(rows(original));
    expect(table.filter((r) => r.level === 'global').map((r) => r.references)).toEqual([166, 141]);
    expect(back.data.report.mapped.documents).toBe(16);
    expect(back.data.report.mapped.codings).toBe(original.codings.length);
  });
});
