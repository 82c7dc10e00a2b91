import { describe, expect, it } from 'vitest';
import { asId } from '../model/ids';
import { changeSetMembers, createSet, deleteSet, listSets, updateSet } from './sets-repo';
import { deleteDocument } from './documents-repo';
import { importSnapshot } from './snapshot-repo';
import { buildSnapshot } from './test-builders';
import { openTestDb } from './test-db';

async function setup() {
  const db = await openTestDb();
  const snap = buildSnapshot({ sets: [] });
  const r = await importSnapshot(db, snap);
  if (!r.ok) throw new Error(r.reason);
  const [fa, en] = snap.documents;
  if (!fa || !en) throw new Error('builder changed');
  return { db, pid: snap.project.id, fa: fa.id, en: en.id, attr: snap.attributes[0]?.id };
}

function must<T>(r: { ok: true; data: T } | { ok: false; reason: string }): T {
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

describe('sets-repo', () => {
  it('creates a manual set and returns the created row as the change', async () => {
    const { db, pid, fa, en } = await setup();
    const made = must(
      await createSet(db, pid, { name: '  Women ', kind: 'manual', documentIds: [fa, en, fa] }),
    );
    expect(made.value.name).toBe('Women');
    expect(made.value.documentIds).toEqual([fa, en]);
    expect(made.changes.sets).toEqual([{ before: null, after: made.value }]);
    expect(await listSets(db, pid)).toEqual([made.value]);
  });

  it('refuses an empty name, a taken name and a rule without values', async () => {
    const { db, pid, attr } = await setup();
    must(await createSet(db, pid, { name: 'A', kind: 'manual' }));
    const empty = await createSet(db, pid, { name: ' ', kind: 'manual' });
    const taken = await createSet(db, pid, { name: 'A', kind: 'manual' });
    const rule = await createSet(db, pid, {
      name: 'R',
      kind: 'rule',
      rule: { match: 'all', conditions: [{ attributeId: asId(attr ?? ''), values: [] }] },
    });
    expect([empty, taken, rule].map((r) => (r.ok ? 'ok' : r.error?.code))).toEqual([
      'sets.needsName',
      'sets.nameTaken',
      'sets.ruleEmpty',
    ]);
    expect((await listSets(db, pid)).map((s) => s.name)).toEqual(['A']);
  });

  it('renames, changes members (manual only) and deletes, each returning before and after', async () => {
    const { db, pid, fa, en, attr } = await setup();
    const s = must(
      await createSet(db, pid, { name: 'A', kind: 'manual', documentIds: [fa] }),
    ).value;
    const renamed = must(await updateSet(db, s.id, { name: 'B' }));
    expect(renamed.changes.sets?.[0]?.before?.name).toBe('A');
    expect(renamed.value.name).toBe('B');
    const grown = must(await changeSetMembers(db, s.id, [en], [fa]));
    expect(grown.value.documentIds).toEqual([en]);
    const rule = must(
      await createSet(db, pid, {
        name: 'R',
        kind: 'rule',
        rule: { match: 'all', conditions: [{ attributeId: asId(attr ?? ''), values: [1402] }] },
      }),
    ).value;
    const refused = await changeSetMembers(db, rule.id, [fa]);
    expect(refused.ok ? 'ok' : refused.error?.code).toBe('sets.notManual');
    const gone = must(await deleteSet(db, s.id));
    expect(gone.changes.sets).toEqual([{ before: grown.value, after: null }]);
    expect((await listSets(db, pid)).map((x) => x.name)).toEqual(['R']);
  });

  it('deleting a document takes it out of manual sets in the same change', async () => {
    const { db, pid, fa, en } = await setup();
    const s = must(
      await createSet(db, pid, { name: 'A', kind: 'manual', documentIds: [fa, en] }),
    ).value;
    const del = must(await deleteDocument(db, fa));
    expect(del.changes.sets).toEqual([{ before: s, after: { ...s, documentIds: [en] } }]);
    expect((await listSets(db, pid))[0]?.documentIds).toEqual([en]);
  });
});
