import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importSnapshot } from '../../shared/db/snapshot-repo';
import {
  buildCoder,
  buildSnapshot,
  buildAttribute,
  buildMemo,
} from '../../shared/db/test-builders';
import { openTestDb } from '../../shared/db/test-db';
import { serializeBackup } from '../../shared/exchange';
import { ok, type ProjectSnapshot } from '../../shared/model/snapshot';
import { HeavyWorkClient } from '../workers/heavy-work-client';
import { inlineTransport } from '../workers/transport';

const utf8 = (s: string) => new TextEncoder().encode(s);

/**
 * The import path of the Exchange view (read in the worker, then commit), inline: a project that
 * shares only a coder, an attribute or a memo id with a stored one comes in as a copy. Before the
 * clash check looked at those tables it was refused with db.importIdsTaken.
 */
describe('importing a project that shares ids with a stored one', () => {
  const cases: [string, (stored: ProjectSnapshot) => Partial<ProjectSnapshot>][] = [
    [
      'a coder (the same REFI-QDA user)',
      (s) => ({
        coders: [buildCoder({ projectId: s.project.id, id: s.coders[0]!.id, name: 'A' })],
      }),
    ],
    [
      'an attribute',
      (s) => ({
        attributes: [buildAttribute({ projectId: s.project.id, id: s.attributes[0]!.id })],
      }),
    ],
    ['a memo', (s) => ({ memos: [buildMemo({ projectId: s.project.id, id: s.memos[0]!.id })] })],
  ];
  for (const [what, shared] of cases) {
    it(`imports as a copy when it shares ${what}`, async () => {
      const db = await openTestDb();
      const stored = buildSnapshot();
      const r0 = await importSnapshot(db, stored);
      expect(r0.ok).toBe(true);
      // Another project (all other ids fresh) that shares just this one row's id.
      const fresh = buildSnapshot();
      const other = { ...fresh, ...shared(stored) };
      const client = new HeavyWorkClient(() => inlineTransport(async () => ok(db)));
      const read = await client.run({
        kind: 'read-exchange',
        file: { name: 'other.json', bytes: utf8(serializeBackup(other)) },
      }).result;
      if (!read.ok || read.data.kind !== 'project') throw new Error('not read');
      expect(read.data.clash).toBe(true);
      const done = await client.run({ kind: 'commit-exchange', handle: read.data.handle }).result;
      expect(done.ok).toBe(true);
      expect(done.ok && done.data.copy).toBe(true);
      expect(await db.projects.count()).toBe(2);
    });
  }
});
