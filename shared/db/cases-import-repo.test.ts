import { describe, expect, it } from 'vitest';
import { planAttributeImport } from '../cases/csv-import-plan';
import { openProjectStore } from '../store/project-store';
import { createCase } from './cases-repo';
import { importCasesFromPlan } from './cases-import-repo';
import { createProject } from './projects-repo';
import { openTestDb } from './test-db';

/** A cases table of `n` rows: name, a Solar Hijri year, a category, a number. */
function table(n: number): string[][] {
  const rows = [['Case', 'سال', 'نقش', 'Age']];
  for (let i = 1; i <= n; i++) {
    rows.push([`P${i}`, String(1398 + (i % 5)), i % 2 ? 'دانشگاهی' : 'دیپلمات', String(30 + i)]);
  }
  return rows;
}

async function setup() {
  const db = await openTestDb();
  const project = await createProject(db, { name: 'Cases', language: 'fa' });
  return { db, project };
}

describe('importing a cases table', () => {
  it('writes 70 rows, their attributes and values in one transaction', async () => {
    const { db, project } = await setup();
    const existing = await createCase(db, project.id, { name: 'P3' });
    if (!existing.ok) throw new Error(existing.reason);
    const plan = planAttributeImport(table(70), [existing.data.value], []);
    if (!plan.ok) throw new Error(plan.reason);
    const r = await importCasesFromPlan(db, project.id, plan.data);
    if (!r.ok) throw new Error(r.reason);
    expect(r.data.value.casesCreated).toBe(69);
    expect(r.data.value.casesUpdated).toBe(1);
    expect(r.data.value.attributesCreated).toEqual(['سال', 'نقش', 'Age']);
    const cases = await db.cases.where('projectId').equals(project.id).toArray();
    expect(cases).toHaveLength(70);
    const filled = cases.filter((c) => Object.keys(c.values).length === 3);
    expect(filled).toHaveLength(70);
    const p7 = cases.find((c) => c.name === 'P7');
    const year = (await db.attributes.toArray()).find((a) => a.name === 'سال');
    // 1398 + 7 % 5 = 1400, stored as a number (a year), not text.
    expect(year?.type).toBe('year');
    expect(p7?.values[year!.id]).toBe(1400);
    // The changes: 3 attributes created, 69 cases created, 1 updated — what undo inverts.
    expect(r.data.changes.attributes).toHaveLength(3);
    expect(r.data.changes.cases).toHaveLength(70);
  });

  it('tells its progress row by row, inside the one transaction', async () => {
    const { db, project } = await setup();
    const plan = planAttributeImport(table(5), [], []);
    if (!plan.ok) throw new Error(plan.reason);
    const seen: string[] = [];
    const r = await importCasesFromPlan(db, project.id, plan.data, (w, t) =>
      seen.push(`${w}/${t}`),
    );
    expect(r.ok).toBe(true);
    expect(seen).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
  });

  it('leaves nothing when a write fails mid-way', async () => {
    const { db, project } = await setup();
    const plan = planAttributeImport(table(70), [], []);
    if (!plan.ok) throw new Error(plan.reason);
    let added = 0;
    const fail = (): void => {
      if (++added === 35) throw new Error('the disk is full');
    };
    db.cases.hook('creating', fail);
    await expect(importCasesFromPlan(db, project.id, plan.data)).rejects.toThrow(/disk is full/);
    db.cases.hook('creating').unsubscribe(fail);
    expect(await db.cases.count()).toBe(0);
    expect(await db.attributes.count()).toBe(0);
  });

  it('is one undo step in the store', async () => {
    const { db, project } = await setup();
    const store = await openProjectStore(db, project.id);
    const plan = planAttributeImport(table(12), [], []);
    if (!plan.ok) throw new Error(plan.reason);
    const r = await store.importCases(plan.data);
    if (!r.ok) throw new Error(r.reason);
    expect(store.getState().cases).toHaveLength(12);
    expect(store.getState().attributes).toHaveLength(3);
    const undone = await store.undo();
    expect(undone.ok && undone.data.kind).toBe('import-cases');
    expect(store.getState().cases).toHaveLength(0);
    expect(store.getState().attributes).toHaveLength(0);
    expect(await db.cases.count()).toBe(0);
    store.close();
  });
});
