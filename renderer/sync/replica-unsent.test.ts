// The unsent list on a real PouchDB (memory adapter, node): written ids are stored at once and
// survive a reopen; confirmed sends leave the count at once and the stored list in one write.
import type { PouchDb } from 'pouchdb-browser';
import { describe, expect, it, vi } from 'vitest';
import { buildCode, buildProject } from '../../shared/db/test-builders';
import { Replica } from './replica';

// Test-only: the memory adapter (node); the app uses pouchdb-browser.
const load = (m: string): Promise<{ default: unknown }> => import(/* @vite-ignore */ m);
const core = (await load('pouchdb-core')) as { default: PouchPlugin };
const memory = await load('pouchdb-adapter-memory');
const PouchDB = core.default.plugin(memory.default);
interface PouchPlugin {
  plugin(p: unknown): new (name: string, o: object) => PouchDb;
}
let n = 0;
const open = (name: string) => new PouchDB(name, { adapter: 'memory' });

const project = buildProject();
const a = buildCode({ projectId: project.id, name: 'Trade' });
const b = buildCode({ projectId: project.id, name: 'Kin' });
const idOf = (c: { id: string }) => `codes:${c.id}`;

async function written() {
  const name = `unsent-${++n}`;
  const replica = await Replica.open(open(name), 'ana');
  const r = await replica.write({
    codes: [
      { before: null, after: a },
      { before: null, after: b },
    ],
  });
  expect(r.ok).toBe(true);
  return { name, replica };
}

const stored = async (name: string) => [...(await Replica.open(open(name), 'ana')).unsent].sort();

describe('Replica unsent ids', () => {
  it('keeps written ids across a reopen (closed offline, nothing sent)', async () => {
    const { name } = await written();
    expect(await stored(name)).toEqual([idOf(a), idOf(b)].sort());
  });

  it('drops sent ids from the count at once and from the stored list on flush', async () => {
    const { name, replica } = await written();
    const told = vi.fn();
    replica.onUnsent = told;
    replica.sent([idOf(a)]);
    expect([...replica.unsent]).toEqual([idOf(b)]);
    expect(told).toHaveBeenCalled();
    await replica.flushSent();
    expect(await stored(name)).toEqual([idOf(b)]);
  });

  it('writes the stored list once for a burst of pushed batches', async () => {
    const { name, replica } = await written();
    const put = vi.spyOn(replica.db, 'put');
    // 50 pushed batches confirming the same two documents (ids repeat across retries).
    for (let i = 0; i < 50; i++) replica.sent(i % 2 ? [idOf(a)] : [idOf(b)]);
    await replica.flushSent();
    const unsentPuts = put.mock.calls.filter(([d]) => d._id === '_local/mazmun-unsent');
    expect(unsentPuts).toHaveLength(1);
    expect(await stored(name)).toEqual([]);
  });

  it('keeps an id unsent when it is written again after its send was confirmed', async () => {
    const { name, replica } = await written();
    replica.sent([idOf(a), idOf(b)]);
    await replica.write({ codes: [{ before: a, after: { ...a, name: 'Trade routes' } }] });
    await replica.flushSent();
    expect([...replica.unsent]).toEqual([idOf(a)]);
    expect(await stored(name)).toEqual([idOf(a)]);
  });
});
