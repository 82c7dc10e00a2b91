import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../text/persian';
import { SCHEMA_VERSION } from './database';
import { readDocumentCodings, readProjectCodings } from './coding-storage';
import { migrateFrom, openAtVersion } from './migration-harness';
import { getSearchKey } from './search-keys';
import { openDatabase } from './open-database';
import { MazmunDb } from './database';
import { newTestIdb, uniqueDbName } from './test-db';
import { asId } from '../model/ids';
import type { CodingRow } from './rows';

const PID = '00000000-0000-4000-8000-000000000001';

describe('schema v1 -> v2 (addSearchText)', () => {
  it('backfills searchText with the same length as text', async () => {
    const idb = newTestIdb();
    const name = uniqueDbName('mig');
    const texts = [
      { id: 'd1', projectId: PID, text: 'كتاب‌هاي ۱۴۰۲ را خواندم' },
      { id: 'd2', projectId: PID, text: 'Plain ENGLISH text' },
      { id: 'd3', projectId: PID, text: '' },
    ];
    const db = await migrateFrom(name, 1, { documentTexts: texts }, idb);
    expect(db.verno).toBe(2);
    const rows = await db.documentTexts.orderBy('id').toArray();
    expect(rows.map((r) => r.searchText)).toEqual(texts.map((t) => normalizeForSearch(t.text)));
    for (const r of rows) expect(r.searchText?.length).toBe(r.text.length);
    // The Arabic kaf and yeh were normalized, the text itself kept.
    expect(rows[0]?.searchText).toContain('کتاب');
    expect(rows[0]?.text).toBe(texts[0]?.text);
    expect(rows[0]?.searchText).toContain('1402');
    db.close();
  });

  it('keeps rows of the other tables untouched', async () => {
    const idb = newTestIdb();
    const project = {
      id: PID,
      name: 'P',
      description: '',
      language: 'fa',
      createdAt: 1,
      updatedAt: 2,
    };
    const db = await migrateFrom(uniqueDbName('mig'), 1, { projects: [project] }, idb);
    expect(await db.projects.get(PID)).toEqual(project);
    db.close();
  });
});

describe('schema v2 -> v3 (packCodingsByDocument)', () => {
  const P2 = '00000000-0000-4000-8000-000000000002';
  const row = (n: number, o: Partial<CodingRow> = {}): CodingRow => ({
    id: `c${n}`,
    projectId: PID,
    documentId: 'd1',
    codeId: 'k1',
    start: n * 10,
    end: n * 10 + 4,
    coderId: null,
    memo: '',
    createdAt: 1_700_000_000_000 + n,
    ...o,
  });

  it('moves every coding row into its document pack and drops the codings table', async () => {
    const idb = newTestIdb();
    const rows = [
      row(3, { memo: 'یادداشت', coderId: 'u1' }),
      row(1, { codeId: 'k2' }),
      row(2, { documentId: 'd2' }),
      row(4, { projectId: P2, documentId: 'd9', codeId: 'k9', coderId: 'u2' }),
      row(0),
    ];
    const db = await migrateFrom(uniqueDbName('mig'), 2, { codings: rows }, idb);
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name)).not.toContain('codings');
    expect(await db.codingPacks.count()).toBe(3);
    const d1 = await readDocumentCodings(db, 'd1');
    // In text order, every field kept (an older row's missing memo reads as '').
    expect(d1.map((c) => c.id)).toEqual(['c0', 'c1', 'c3']);
    expect(d1[2]).toEqual({ ...row(3, { memo: 'یادداشت', coderId: 'u1' }) });
    const p1 = await readProjectCodings(db, asId<'ProjectId'>(PID));
    expect(p1.map((c) => c.id).sort()).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect(await readProjectCodings(db, asId<'ProjectId'>(P2))).toEqual([
      row(4, { projectId: P2, documentId: 'd9', codeId: 'k9', coderId: 'u2' }),
    ]);
    db.close();
  });

  it('leaves out a row with no document instead of failing the upgrade', async () => {
    const idb = newTestIdb();
    const broken = { ...row(7), documentId: undefined } as unknown as CodingRow;
    const db = await migrateFrom(uniqueDbName('mig'), 2, { codings: [row(1), broken] }, idb);
    expect(db.verno).toBe(3);
    expect((await readProjectCodings(db, asId<'ProjectId'>(PID))).map((c) => c.id)).toEqual(['c1']);
    db.close();
  });

  it('upgrades a database without codings, and keeps the other tables', async () => {
    const idb = newTestIdb();
    const code = {
      id: 'k1',
      projectId: PID,
      parentId: null,
      name: 'Trust',
      description: '',
      whenToUse: '',
      whenNotToUse: '',
      example: '',
      color: '#4363d8',
      order: 0,
    };
    const db = await migrateFrom(uniqueDbName('mig'), 2, { codes: [code] }, idb);
    expect(db.verno).toBe(3);
    expect(await db.codingPacks.count()).toBe(0);
    expect(await db.codes.get('k1')).toEqual(code);
    db.close();
  });
});

describe('schema v3 -> v4 (addSearchKeys)', () => {
  it('stores a search key for every document text, differences included', async () => {
    const idb = newTestIdb();
    // v2/v3 rows: one with its stored searchText, one without (an older row), one empty.
    const texts = [
      { id: 'd1', projectId: PID, text: 'كتاب ۱۲', searchText: normalizeForSearch('كتاب ۱۲') },
      { id: 'd2', projectId: PID, text: 'Abc\u200cد' },
      { id: 'd3', projectId: PID, text: '', searchText: '' },
    ];
    const db = await migrateFrom(uniqueDbName('mig'), 3, { documentTexts: texts }, idb);
    expect(db.verno).toBe(4);
    // Small texts of one project: one pack.
    expect(await db.searchKeys.count()).toBe(1);
    const [k1, k2, k3] = await Promise.all(['d1', 'd2', 'd3'].map((id) => getSearchKey(db, id)));
    // By hand: ك (U+0643) -> ک at 0, ۱ ۲ -> 1 2 at 5 and 6; «A» -> «a» at 0, ZWNJ -> space at 3.
    expect(k1).toMatchObject({ id: 'd1', key: 'کتاب 12', diffChars: 'ك۱۲' });
    expect([...(k1?.diffAt ?? [])]).toEqual([0, 5, 6]);
    expect(k2).toMatchObject({ key: 'abc د', diffChars: 'A\u200c' });
    expect([...(k2?.diffAt ?? [])]).toEqual([0, 3]);
    expect(k3).toMatchObject({ key: '', diffChars: '' });
    // The texts themselves are kept.
    expect(await db.documentTexts.get('d2')).toEqual(texts[1]);
    db.close();
  });

  it('pages through many texts, packs them per project by size, and keeps other tables', async () => {
    const idb = newTestIdb();
    const P2 = '00000000-0000-4000-8000-000000000002';
    // 250 texts of 2,000 units: 500,000 units of P1 -> packs of >= KEY_PACK_UNITS (131,072)
    // units each, so ceil(250 / 66) = 4 packs; one text of P2 in a pack of its own.
    const long = 'م'.repeat(1995);
    const texts = Array.from({ length: 250 }, (_, i) => ({
      id: `d${String(i).padStart(3, '0')}`,
      projectId: PID,
      text: `${long}${String(i).padStart(5, '0')}`,
    }));
    texts.push({ id: 'e1', projectId: P2, text: 'دیگر' });
    const meta = { key: 'uiLocale', value: 'fa' };
    const db = await migrateFrom(
      uniqueDbName('mig'),
      3,
      { documentTexts: texts, meta: [meta] },
      idb,
    );
    const packs = await db.searchKeys.toArray();
    const sizes = packs.filter((p) => p.projectId === PID).map((p) => p.ids.length);
    expect(sizes.sort((x, y) => x - y)).toEqual([52, 66, 66, 66]);
    expect(packs.filter((p) => p.projectId === P2).map((p) => p.ids)).toEqual([['e1']]);
    expect((await getSearchKey(db, 'd249'))?.key).toBe(`${long}00249`);
    expect(await db.meta.get('uiLocale')).toEqual(meta);
    db.close();
  });
});

describe('schema v4 -> v5 (addDocumentSets)', () => {
  it('adds an empty sets table and keeps the rows of v4 intact', async () => {
    const idb = newTestIdb();
    const project = {
      id: PID,
      name: 'P',
      description: '',
      language: 'fa',
      createdAt: 1,
      updatedAt: 2,
    };
    const doc = {
      id: 'd1',
      projectId: PID,
      title: 'T',
      caseId: null,
      direction: 'rtl',
      createdAt: 1,
      length: 3,
    };
    const text = { id: 'd1', projectId: PID, text: 'abc', searchText: 'abc' };
    const memo = {
      id: 'm1',
      projectId: PID,
      targetKind: 'project',
      targetId: null,
      title: 'M',
      text: '',
      createdAt: 1,
      updatedAt: 1,
    };
    const db = await migrateFrom(
      uniqueDbName('mig'),
      4,
      { projects: [project], documents: [doc], documentTexts: [text], memos: [memo] },
      idb,
    );
    expect(db.verno).toBe(5);
    expect(db.tables.map((t) => t.name)).toContain('sets');
    expect(await db.sets.count()).toBe(0);
    expect(await db.projects.get(PID)).toEqual(project);
    expect(await db.documents.get('d1')).toEqual(doc);
    expect(await db.documentTexts.get('d1')).toEqual(text);
    expect(await db.memos.get('m1')).toEqual(memo);
    // The new table takes rows, found by project and by name.
    await db.sets.add({
      id: 's1',
      projectId: PID,
      name: 'S',
      kind: 'manual',
      documentIds: ['d1'],
      rule: null,
      description: '',
      createdAt: 1,
    });
    expect((await db.sets.where('name').equals('S').toArray()).map((r) => r.id)).toEqual(['s1']);
    db.close();
  });
});

describe('openDatabase', () => {
  it('opens a fresh database at SCHEMA_VERSION', async () => {
    const db = new MazmunDb(uniqueDbName(), newTestIdb());
    const r = await openDatabase(db);
    expect(r.ok).toBe(true);
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database written by a newer app, with a plain message, and leaves it as is', async () => {
    const idb = newTestIdb();
    const name = uniqueDbName();
    const newer = await openAtVersion(name, SCHEMA_VERSION, idb);
    await newer.meta.put({ key: 'uiLocale', value: 'fa' });
    newer.close();
    const old = new MazmunDb(name, { ...idb, upToVersion: SCHEMA_VERSION - 1 });
    const r = await openDatabase(old);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toContain(`database version ${SCHEMA_VERSION}`);
      expect(r.reason).toContain(`up to version ${SCHEMA_VERSION - 1}`);
    }
    const again = await openAtVersion(name, SCHEMA_VERSION, idb);
    expect(await again.meta.get('uiLocale')).toEqual({ key: 'uiLocale', value: 'fa' });
    again.close();
  });

  it('refuses a newer database even when the factory cannot list databases', async () => {
    const idb = newTestIdb();
    const name = uniqueDbName();
    (await openAtVersion(name, SCHEMA_VERSION, idb)).close();
    const blind = Object.create(idb.indexedDB) as IDBFactory;
    Object.defineProperty(blind, 'databases', { value: undefined });
    const old = new MazmunDb(name, {
      indexedDB: blind,
      IDBKeyRange: idb.IDBKeyRange,
      upToVersion: SCHEMA_VERSION - 1,
    });
    const r = await openDatabase(old);
    expect(r.ok ? 'opened' : r.reason).toContain('saved by a newer version of Mazmun');
  });
});
