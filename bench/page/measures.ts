// The measured operations, each paired with its lower bound: the least the same work can cost on
// this IndexedDB/V8 (a raw read, a raw write, a bare loop), measured in the same run.
import { Dexie } from 'dexie';
import { computeFrequencyTable } from '../../shared/analysis';
import { metaToRow } from '../../shared/db/changes';
import { MazmunDb } from '../../shared/db/database';
import {
  attributeToRow,
  caseToRow,
  codeToRow,
  coderToRow,
  codingToRow,
  documentToMeta,
  documentToRows,
  memoToRow,
  projectToRow,
} from '../../shared/db/mappers';
import { packCodings, packDocument } from '../../shared/db/coding-storage-pack';
import { readDocumentCodings } from '../../shared/db/coding-storage';
import { openDatabase } from '../../shared/db/open-database';
import { setSetting } from '../../shared/db/settings-repo';
import { importSnapshot } from '../../shared/db/snapshot-repo';
import { newId, type CodingId, type DocumentId, type ProjectId } from '../../shared/model/ids';
import type { ProjectSnapshot } from '../../shared/model/snapshot';
import type { Coding } from '../../shared/model/types';
import { normalizeForSearch } from '../../shared/text/persian';
import { documentTextLoader } from '../../shared/search/load-texts';
import { SearchIndex } from '../../shared/search/search-index';
import { openProjectStore, type ProjectStore } from '../../shared/store/project-store';
import { generateProject, type GenerateOptions } from '../generate';
import type { BenchApi, GenerateResult } from './api';

/** The bench's own database; the UI figure imports into the app's ('mazmun') instead. */
let dbName = 'mazmun-bench';
const RAW_DB_NAME = 'mazmun-bench-raw';
/** The codings as schema v1/v2 stored them, one row each: the floor opening had before v3. */
const ROWS_DB_NAME = 'mazmun-bench-coding-rows';
const PROJECT_KEY = 'mazmun-bench-project';

let snapshot: ProjectSnapshot | null = null;
let db: MazmunDb | null = null;
let store: ProjectStore | null = null;

const now = () => performance.now();

async function database(): Promise<MazmunDb> {
  if (db) return db;
  const opened = await openDatabase(new MazmunDb(dbName));
  if (!opened.ok) throw new Error(opened.reason);
  db = opened.data;
  return db;
}

function projectId(): ProjectId {
  const id = localStorage.getItem(PROJECT_KEY);
  if (!id) throw new Error('No project imported yet.');
  return id as ProjectId;
}

function openedStore(): ProjectStore {
  if (!store) throw new Error('Open the store first.');
  return store;
}

function generate(options: GenerateOptions): GenerateResult {
  const t0 = now();
  const g = generateProject(options);
  const ms = now() - t0;
  snapshot = g.snapshot;
  localStorage.setItem(PROJECT_KEY, g.snapshot.project.id);
  return {
    ms,
    documents: g.snapshot.documents.length,
    words: g.words,
    characters: g.characters,
    codes: g.snapshot.codes.length,
    codings: g.snapshot.codings.length,
    cases: g.snapshot.cases.length,
    levels: g.levels,
    searchQuery: g.searchQuery,
    searchWordCount: g.searchWordCount,
  };
}

function generated(): ProjectSnapshot {
  if (!snapshot) throw new Error('Generate a project first.');
  return snapshot;
}

/** The rows importSnapshot writes, already mapped: the raw write pays only IndexedDB. */
function rowsOf(s: ProjectSnapshot) {
  const docs = s.documents.map(documentToRows);
  return {
    projects: [projectToRow(s.project)],
    documents: s.documents.map((d) => metaToRow(documentToMeta(d))),
    documentTexts: docs.map((d) => d.text),
    cases: s.cases.map(caseToRow),
    attributes: s.attributes.map(attributeToRow),
    codes: s.codes.map(codeToRow),
    codingPacks: packCodings(s.codings),
    memos: s.memos.map(memoToRow),
    coders: s.coders.map(coderToRow),
  };
}

async function importLowerBound() {
  const s = generated();
  const rows = rowsOf(s);
  await Dexie.delete(RAW_DB_NAME);
  const raw = new MazmunDb(RAW_DB_NAME);
  await raw.open();
  const t0 = now();
  const entries = Object.entries(rows);
  await raw.transaction('rw', raw.tables, async () => {
    await Promise.all(entries.map(([name, list]) => raw.table(name).bulkAdd(list)));
  });
  const ms = now() - t0;
  raw.close();
  await Dexie.delete(RAW_DB_NAME);
  const count = entries.reduce((n, [, list]) => n + list.length, 0);
  return { ms, rows: count, documents: s.documents.length };
}

/** A database holding only the codings table of schema v1/v2 (one row per coding). */
function rowsDb(): Dexie {
  const d = new Dexie(ROWS_DB_NAME);
  d.version(1).stores({ codings: 'id, projectId, codeId, documentId, [documentId+start]' });
  return d;
}

/** Writes the codings as v2 rows, so the old floor (reading them all) is measured in this run. */
async function writeCodingRows() {
  const s = generated();
  await Dexie.delete(ROWS_DB_NAME);
  const d = rowsDb();
  await d.open();
  await d.transaction('rw', d.table('codings'), async () => {
    await d.table('codings').bulkAdd(s.codings.map(codingToRow));
  });
  d.close();
}

/** Raw toArray() of every v2 coding row: what opening cost at least before schema v3. */
async function openRowsFloor() {
  const d = rowsDb();
  await d.open();
  const t0 = now();
  const all = await d.table('codings').where('projectId').equals(projectId()).toArray();
  const ms = now() - t0;
  d.close();
  return { ms, count: all.length };
}

/** The app's search index (shared/search), built by searchCold, as the renderer builds it. */
let searchIndex: SearchIndex | null = null;

/** A fresh index: the first query pays for reading every text (what warming does in the app). */
async function searchCold(query: string) {
  const d = await database();
  // The project's document ids, as the open store has them (read outside the timing).
  const ids = (await d.documents.where('projectId').equals(projectId()).primaryKeys()).map(
    (k) => String(k) as DocumentId,
  );
  searchIndex?.dispose();
  searchIndex = new SearchIndex({
    loadTexts: documentTextLoader(d, projectId()),
    chunkSize: 40,
  });
  searchIndex.setDocuments(ids);
  const t0 = now();
  const r = await searchIndex.search(query);
  const ms = now() - t0;
  if (!r.ok) throw new Error(r.reason);
  return { ms, hits: r.data.total };
}

/**
 * A fresh index and its first query answered as the texts are read (the app's path,
 * searchProgressively): when the first hits were published, and when the search completed.
 */
async function searchColdProgressive(query: string) {
  const d = await database();
  const ids = (await d.documents.where('projectId').equals(projectId()).primaryKeys()).map(
    (k) => String(k) as DocumentId,
  );
  searchIndex?.dispose();
  searchIndex = new SearchIndex({ loadTexts: documentTextLoader(d, projectId()), chunkSize: 40 });
  searchIndex.setDocuments(ids);
  let firstMs = -1;
  let firstHitsMs = -1;
  let firstHits = 0;
  let partials = 0;
  const t0 = now();
  const r = await searchIndex.searchProgressively(query, { maxHits: 2000 }, (p) => {
    partials++;
    if (firstMs < 0) firstMs = now() - t0;
    if (firstHitsMs < 0 && p.result.total > 0) {
      firstHitsMs = now() - t0;
      firstHits = p.result.total;
    }
  });
  const ms = now() - t0;
  if (!r.ok) throw new Error(r.reason);
  if (firstHitsMs < 0) firstHitsMs = ms;
  return {
    ms,
    hits: r.data.total,
    firstMs: firstMs < 0 ? ms : firstMs,
    firstHitsMs,
    firstHits,
    partials,
  };
}

/** A query on the loaded index (hits with context, capped at 1,000 as in the app). */
async function search(query: string) {
  if (!searchIndex) throw new Error('Run searchCold first.');
  const t0 = now();
  const r = await searchIndex.search(query);
  const ms = now() - t0;
  if (!r.ok) throw new Error(r.reason);
  return { ms, hits: r.data.total };
}

async function searchCpu(query: string) {
  const d = await database();
  const texts = await d.documentTexts.toArray();
  const needle = normalizeForSearch(query.trim());
  const t0 = now();
  let hits = 0;
  for (const row of texts) {
    const hay = row.searchText ?? '';
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) hits++;
  }
  return { ms: now() - t0, hits };
}

/** A valid passage in the i-th document: 20 units somewhere inside it. */
function passage(s: ProjectStore, i: number) {
  const docs = s.getState().documents;
  const doc = docs[(i * 7919) % docs.length];
  const codes = s.getState().codes;
  const code = codes[(i * 31) % codes.length];
  if (!doc || !code) throw new Error('The project has no documents or codes.');
  const start = (i * 104729) % Math.max(1, doc.length - 20);
  return { documentId: doc.id, codeId: code.id, start, end: Math.min(doc.length, start + 20) };
}

async function applyCoding(i: number) {
  const s = openedStore();
  const id = newId<'CodingId'>();
  let seenAt = 0;
  const unsubscribe = s.subscribe(() => {
    if (!seenAt && s.getState().codings.has(id)) seenAt = now();
  });
  const t0 = now();
  const r = await s.addCoding({ ...passage(s, i), id });
  unsubscribe();
  if (!r.ok) throw new Error(r.reason);
  if (!seenAt) throw new Error('The state never showed the new coding.');
  return { ms: seenAt - t0 };
}

/** The raw write under a coding: one put of its document's pack, grown by one coding. */
async function applyCodingLowerBound(i: number) {
  const d = await database();
  const s = openedStore();
  const coding: Coding = {
    ...passage(s, i),
    id: newId<'CodingId'>() as CodingId,
    projectId: s.projectId,
    coderId: null,
    memo: '',
    createdAt: Date.now(),
  };
  const before = await d.codingPacks.get(coding.documentId);
  const grown = packDocument([...(await readDocumentCodings(d, coding.documentId)), coding]);
  const t0 = now();
  await d.codingPacks.put(grown);
  const ms = now() - t0;
  if (before) await d.codingPacks.put(before);
  else await d.codingPacks.delete(coding.documentId);
  return { ms };
}

export const benchApi: BenchApi = {
  generate,
  useDatabase(name) {
    db?.close();
    db = null;
    dbName = name;
  },
  async openInApp() {
    // The app reopens its last project at launch (renderer/app/WorkspaceProvider.tsx).
    await setSetting(await database(), 'lastProjectId', projectId());
    const doc = generated().documents.find((d) => d.direction === 'rtl');
    if (!doc) throw new Error('The project has no Persian document.');
    const code = generated().codes.find((c) => c.parentId !== null) ?? generated().codes[0];
    if (!code) throw new Error('The project has no codes.');
    return { documentTitle: doc.title, codeName: code.name };
  },
  async reset() {
    store?.close();
    store = null;
    db?.close();
    db = null;
    await Dexie.delete(dbName);
    await Dexie.delete(RAW_DB_NAME);
    await Dexie.delete(ROWS_DB_NAME);
  },
  async importProject() {
    const s = generated();
    const d = await database();
    const t0 = now();
    const r = await importSnapshot(d, s);
    const ms = now() - t0;
    if (!r.ok) throw new Error(r.reason);
    return { ms, rows: r.data.rows, documents: s.documents.length };
  },
  importLowerBound,
  writeCodingRows,
  openRowsFloor,
  forget() {
    snapshot = null;
  },
  async openStore() {
    const d = await database();
    store?.close();
    store = null;
    const t0 = now();
    const s = await openProjectStore(d, projectId());
    const ms = now() - t0;
    store = s;
    const st = s.getState();
    return { ms, codings: st.codings.size, documents: st.documents.length };
  },
  async openLowerBound() {
    const d = await database();
    const t0 = now();
    const packs = await d.codingPacks.where('projectId').equals(projectId()).toArray();
    const ms = now() - t0;
    return { ms, count: packs.reduce((n, p) => n + p.ids.length, 0) };
  },
  async recompute() {
    const st = openedStore().getState();
    const t0 = now();
    const table = computeFrequencyTable({
      codes: st.codes,
      codings: Array.from(st.codings.values()),
      documents: st.documents,
      cases: st.cases,
      convention: 'paper',
    });
    return { ms: now() - t0, rows: table.rows.length, references: table.references };
  },
  async recomputeLowerBound() {
    const codings = Array.from(openedStore().getState().codings.values());
    const t0 = now();
    const counts = new Map<string, number>();
    for (const c of codings) counts.set(c.codeId, (counts.get(c.codeId) ?? 0) + 1);
    const ms = now() - t0;
    let count = 0;
    for (const v of counts.values()) count += v;
    return { ms, count };
  },
  applyCoding,
  applyCodingLowerBound,
  search,
  searchCold,
  searchColdProgressive,
  async searchLowerBound() {
    const d = await database();
    const t0 = now();
    const texts = await d.documentTexts.toArray();
    return { ms: now() - t0, count: texts.length };
  },
  async searchKeysLowerBound() {
    const d = await database();
    const t0 = now();
    const keys = await d.searchKeys.toArray();
    return { ms: now() - t0, count: keys.length };
  },
  searchCpu,
  closeStore() {
    store?.close();
    store = null;
    searchIndex?.dispose();
    searchIndex = null;
  },
};
