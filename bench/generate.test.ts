import { describe, expect, it } from 'vitest';
import { findSnapshotProblem } from '../shared/db/snapshot-check';
import { ZWNJ, normalizeForSearch } from '../shared/text/persian';
import { apportion, generateProject, levelSizes } from './generate';
import { createRng } from './prng';

const SMALL = { seed: 7, documents: 12, words: 6000, codes: 25, codings: 400 };

describe('generateProject', () => {
  it('gives the same project, ids included, for the same seed', () => {
    const a = generateProject(SMALL);
    const b = generateProject(SMALL);
    expect(JSON.stringify(b.snapshot)).toBe(JSON.stringify(a.snapshot));
  });

  it('gives another project for another seed', () => {
    const a = generateProject(SMALL);
    const b = generateProject({ ...SMALL, seed: 8 });
    expect(b.snapshot.project.id).not.toBe(a.snapshot.project.id);
    expect(b.snapshot.documents[0]?.text).not.toBe(a.snapshot.documents[0]?.text);
  });

  it('has the requested sizes and is a valid snapshot', () => {
    const g = generateProject(SMALL);
    const s = g.snapshot;
    expect(findSnapshotProblem(s)).toBeNull();
    expect(s.documents).toHaveLength(12);
    expect(s.cases).toHaveLength(12);
    expect(s.codes).toHaveLength(25);
    expect(s.codings).toHaveLength(400);
    // Documents stop at the first sentence end past their share: at most one sentence over each.
    expect(g.words).toBeGreaterThanOrEqual(6000);
    expect(g.words).toBeLessThan(6000 + 12 * 18);
    expect(g.characters).toBe(s.documents.reduce((n, d) => n + d.text.length, 0));
    for (const d of s.documents) expect(d.caseId).not.toBeNull();
  });

  it('builds a 3-level tree of global, organizing and basic themes', () => {
    const s = generateProject({ ...SMALL, codes: 200 }).snapshot;
    const byId = new Map(s.codes.map((c) => [c.id, c]));
    const depth = (id: string): number => {
      const p = byId.get(id as never)?.parentId;
      return p ? 1 + depth(p) : 0;
    };
    const counts = [0, 0, 0];
    for (const c of s.codes) counts[depth(c.id)]! += 1;
    expect(counts).toEqual([8, 32, 160]);
    expect(new Set(s.codes.map((c) => c.name)).size).toBe(200);
  });

  it('writes Persian with half-spaces, Arabic letter variants and speaker turns', () => {
    const g = generateProject({ ...SMALL, documents: 20, words: 40_000, persianShare: 1 });
    const all = g.snapshot.documents.map((d) => d.text).join('\n');
    expect(all).toContain(ZWNJ);
    expect(all).toMatch(/[يك]/);
    expect(all).toMatch(/^مصاحبه‌گر: /m);
    expect(all).toMatch(/^مصاحبه‌شونده: /m);
    expect(g.snapshot.documents.every((d) => d.direction === 'rtl')).toBe(true);
  });

  it('plants the search word exactly as often as it reports, findable by the typed query', () => {
    const g = generateProject({ ...SMALL, documents: 30, words: 60_000, persianShare: 1 });
    const needle = normalizeForSearch(g.searchQuery);
    let hits = 0;
    for (const d of g.snapshot.documents) {
      const hay = normalizeForSearch(d.text);
      for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) hits++;
    }
    expect(g.searchWordCount).toBeGreaterThan(0);
    expect(hits).toBe(g.searchWordCount);
    expect(g.searchQuery).not.toBe(g.searchWord);
  });

  it('codes whole sentences of the interviewee', () => {
    const s = generateProject(SMALL).snapshot;
    const text = new Map(s.documents.map((d) => [d.id, d.text]));
    for (const c of s.codings) {
      const passage = (text.get(c.documentId) ?? '').slice(c.start, c.end);
      expect(passage).toMatch(/[.؟?]$/);
      expect(passage).not.toContain(':');
    }
  });
});

describe('helpers', () => {
  it('splits codes about 1 : 4 : 20 and never loses one', () => {
    expect(levelSizes(200)).toEqual({ global: 8, organizing: 32, basic: 160 });
    expect(levelSizes(1)).toEqual({ global: 1, organizing: 0, basic: 0 });
    expect(levelSizes(0)).toEqual({ global: 0, organizing: 0, basic: 0 });
  });

  it('apportions a total exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100_000, [0.7, 1.2, 0.9]).reduce((a, b) => a + b, 0)).toBe(100_000);
  });

  it('makes valid v4 UUIDs from the seeded stream', () => {
    const rng = createRng(1);
    const ids = Array.from({ length: 1000 }, () => rng.uuid());
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(1000);
  });
});
