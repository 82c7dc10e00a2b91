// The feed's passages come from texts kept in memory after the first read: a researcher coding
// one document again and again must not have its whole text read from IndexedDB for each coding.
import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../shared/db/changes';
import { buildCode, buildCoding, buildProject } from '../../shared/db/test-builders';
import type { DocumentId } from '../../shared/model/ids';
import { ok, type Result } from '../../shared/model/snapshot';
import type { ProjectStore } from '../../shared/store/project-store';
import { describeForStore } from './activity-log';

const p = buildProject();
const doc = 'd1' as DocumentId;
const code = buildCode({ projectId: p.id, name: 'Trust' });

function fakeStore(text: () => string) {
  const reads: string[] = [];
  const store = {
    getState: () => ({
      codes: [code],
      documents: [{ id: doc, title: 'Interview 1' }],
      coders: [],
      cases: [],
    }),
    getDocumentText: async (id: string): Promise<Result<string>> => {
      reads.push(id);
      return ok(text());
    },
  };
  return { store: store as unknown as ProjectStore, reads };
}

const coded = (start: number, end: number): ChangeSet => ({
  codings: [
    {
      before: null,
      after: buildCoding({ projectId: p.id, documentId: doc, codeId: code.id, start, end }),
    },
  ],
});

async function passage(store: ProjectStore, c: ChangeSet): Promise<string | undefined> {
  const [e] = await describeForStore(store, c, { by: 'alice', at: 1, local: true });
  return e && 'passage' in e.what ? e.what.passage : undefined;
}

describe('describeForStore', () => {
  it('reads a document text once for several codings in it', async () => {
    const { store, reads } = fakeStore(() => 'Trade grew. Trust matters.');
    expect(await passage(store, coded(0, 5))).toBe('Trade');
    expect(await passage(store, coded(12, 17))).toBe('Trust');
    expect(reads).toEqual([doc]);
  });

  it('takes a rewritten text from the changes, not the kept one', async () => {
    let now = 'Trade grew.';
    const { store, reads } = fakeStore(() => now);
    expect(await passage(store, coded(0, 5))).toBe('Trade');
    now = 'Cargo grew.';
    await describeForStore(
      store,
      {
        documentTexts: [
          {
            before: { id: doc, projectId: p.id, text: 'Trade grew.' },
            after: { id: doc, projectId: p.id, text: now },
          },
        ],
      },
      { by: 'alice', at: 2, local: true },
    );
    expect(await passage(store, coded(0, 5))).toBe('Cargo');
    expect(reads).toEqual([doc]);
  });
});
