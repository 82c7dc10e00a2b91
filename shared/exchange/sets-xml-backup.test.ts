import { describe, expect, it } from 'vitest';
import { buildSet, buildSnapshot } from '../db/test-builders';
import { asId } from '../model/ids';
import { restoreBackup, serializeBackup } from './backup';
import { reassignIds } from './reassign-ids';

describe('document sets in a backup', () => {
  it('a backup carries manual and rule sets and restores them as they were', () => {
    const base = buildSnapshot();
    const projectId = base.project.id;
    const year = base.attributes[0]!;
    const rule = buildSet({
      projectId,
      name: '1402',
      kind: 'rule',
      rule: { match: 'any', conditions: [{ attributeId: year.id, values: [1402, '۱۴۰۳'] }] },
    });
    const snapshot = { ...base, sets: [...(base.sets ?? []), rule] };
    const r = restoreBackup(serializeBackup(snapshot));
    if (!r.ok) throw new Error(r.reason);
    expect(r.data.sets).toEqual(snapshot.sets);
    expect(r.warnings).toEqual([]);
  });

  it('drops what cannot be trusted and says so', () => {
    const base = buildSnapshot({ sets: [] });
    const projectId = base.project.id;
    const doc = base.documents[0]!.id;
    const good = buildSet({ projectId, name: 'A', documentIds: [doc] });
    const raw = JSON.parse(serializeBackup(base));
    raw.snapshot.sets = [
      { ...good, documentIds: [doc, '00000000-0000-4000-8000-00000000dead'] },
      { ...good, name: 'B' }, // repeated id
      buildSet({ projectId, name: 'A' }), // repeated name
      buildSet({
        projectId,
        name: 'R',
        kind: 'rule',
        rule: { match: 'all', conditions: [{ attributeId: asId('nope'), values: [1] }] },
      }),
      'not a set',
    ];
    const r = restoreBackup(JSON.stringify(raw));
    if (!r.ok) throw new Error(r.reason);
    expect(r.data.sets).toEqual([good]);
    expect(r.warnings).toHaveLength(5);
  });

  it('a copy under new ids keeps each set pointing at the copied documents', () => {
    const s = buildSnapshot();
    const copy = reassignIds(s);
    const set = copy.sets![0]!;
    expect(set.id).not.toBe(s.sets![0]!.id);
    expect(set.projectId).toBe(copy.project.id);
    expect(set.documentIds).toEqual([copy.documents[0]!.id]);
  });
});
