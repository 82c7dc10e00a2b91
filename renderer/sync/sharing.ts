// Publish, join, leave and members, against the server's own HTTP API (CouchDB's, which
// express-pouchdb serves too): the server decides who may do what.
import { refuse } from '../../shared/errors';
import type { ChangeSet } from '../../shared/db/changes';
import { getDocumentText } from '../../shared/db/documents-repo';
import { adoptProject } from '../../shared/db/projects-repo';
import { lockTexts, unlockTexts } from '../../shared/sync/text-lock';
import type { ProjectId } from '../../shared/model/ids';
import { ok, type Result } from '../../shared/model/snapshot';
import type { ProjectStore } from '../../shared/store/project-store';
import { getDb } from '../data/database';
import {
  clearSyncConfig,
  databaseName,
  loadSyncSettings,
  rememberPassword,
  saveSyncConfig,
  type SyncConfig,
} from './sync-config';
import { localDbName, loadPouch } from './sync-engine';
import { otherSyncWindows, startEngine, stopEngine } from './sync-runtime';

export interface Account {
  readonly url: string;
  readonly user: string;
  readonly password: string;
}

function root(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

// Not [::1]: a CSP host-source cannot name an IPv6 literal, so the renderer could not reach it
// anyway (shared/csp.ts); the researcher is told to use 127.0.0.1 instead of a network error.
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/**
 * Basic auth sends the password with every request: over plain http only to this machine, where
 * it never crosses a network. Anything else must be https (the CSP, shared/csp.ts, agrees).
 */
export function checkServerUrl(url: string): Result<string> {
  const r = root(url);
  let u: URL;
  try {
    u = new URL(r);
  } catch {
    return refuse('sync.badUrl', { url });
  }
  if (u.protocol === 'https:') return ok(r);
  if (u.protocol !== 'http:') return refuse('sync.badUrl', { url });
  return LOOPBACK.has(u.hostname) ? ok(r) : refuse('sync.insecureUrl', { url: r });
}

function auth(a: { user: string; password: string }): Record<string, string> {
  const token = btoa(unescape(encodeURIComponent(`${a.user}:${a.password}`)));
  return { authorization: `Basic ${token}`, 'content-type': 'application/json' };
}

async function call(
  a: Account,
  method: string,
  path: string,
  body?: unknown,
): Promise<Result<{ status: number; json: Record<string, unknown> }>> {
  const checked = checkServerUrl(a.url);
  if (!checked.ok) return checked;
  const url = checked.data;
  try {
    const r = await fetch(`${url}/${path}`, {
      method,
      headers: auth(a),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await r.json().catch(() => ({}))) as Record<string, unknown>;
    if (r.status === 401 && /incorrect/i.test(String(json.reason)))
      return refuse('sync.signIn', { user: a.user });
    if (r.status === 401 || r.status === 403) return refuse('sync.notMember', { user: a.user });
    return ok({ status: r.status, json });
  } catch (e) {
    return refuse('sync.unreachable', { url, detail: (e as Error).message ?? String(e) });
  }
}

/** Every row of the project as creations: what a first publish sends. */
async function everything(store: ProjectStore): Promise<ChangeSet> {
  const st = store.getState();
  const created = <T>(rows: Iterable<T>) => [...rows].map((after) => ({ before: null, after }));
  const texts = [];
  for (const d of st.documents) {
    const text = (await getDocumentText(getDb(), d.id)) ?? '';
    texts.push({ before: null, after: { id: d.id, projectId: d.projectId, text } });
  }
  return {
    documents: created(st.documents),
    documentTexts: texts,
    cases: created(st.cases),
    attributes: created(st.attributes),
    codes: created(st.codes),
    coders: created(st.coders),
    memos: created(st.memos),
    sets: created(st.sets),
    codings: created(st.codings.values()),
  };
}

/** Creates the project's database on the server (this account its admin) and sends everything. */
export async function publish(store: ProjectStore, a: Account): Promise<Result<SyncConfig>> {
  const db = databaseName(store.projectId);
  const made = await call(a, 'PUT', db);
  if (!made.ok) return made;
  if (made.data.status !== 201 && made.data.status !== 412)
    return refuse('sync.refused', { detail: String(made.data.json.reason ?? made.data.status) });
  const p = store.getState().project;
  const old = await call(a, 'GET', `${db}/project`);
  if (!old.ok) return old;
  const put = await call(a, 'PUT', `${db}/project`, {
    ...(typeof old.data.json._rev === 'string' ? { _rev: old.data.json._rev } : {}),
    projectId: p.id,
    name: p.name,
    description: p.description,
    language: p.language,
  });
  if (!put.ok) return put;
  if (put.data.status >= 300)
    return refuse('sync.refused', { detail: String(put.data.json.reason ?? put.data.status) });
  const config: SyncConfig = { url: root(a.url), db, user: a.user, password: a.password };
  const saved = await saveSyncConfig(store.projectId, config);
  if (!saved.ok) return saved;
  lockTexts(store.projectId);
  const engine = await startEngine(store);
  if (!engine) return refuse('sync.needPassword', { user: a.user });
  const sent = await engine.replica.write(await everything(store));
  if (!sent.ok) return sent;
  return ok(config);
}

/**
 * Joins a shared project: `address` is the server URL followed by the database name
 * (what the publisher's panel shows). Creates the project here with the same id, so rows match;
 * the caller opens it and the sync engine fills it.
 */
export async function join(
  address: string,
  user: string,
  password: string,
): Promise<Result<ProjectId>> {
  const m = /^(https?:\/\/.+)\/([a-z][a-z0-9_$()+-]*)\/?$/.exec(address.trim());
  if (!m) return refuse('sync.badUrl', { url: address });
  const a: Account = { url: m[1] as string, user, password };
  const r = await call(a, 'GET', `${m[2]}/project`);
  if (!r.ok) return r;
  const j = r.data.json;
  if (r.data.status !== 200 || typeof j.projectId !== 'string') return refuse('sync.notShared');
  const id = j.projectId as ProjectId;
  const now = Date.now();
  await adoptProject(getDb(), {
    id,
    name: String(j.name ?? ''),
    description: String(j.description ?? ''),
    language: String(j.language ?? 'fa'),
    createdAt: now,
    updatedAt: now,
  });
  const saved = await saveSyncConfig(id, { url: root(a.url), db: m[2] as string, user, password });
  if (!saved.ok) return saved;
  lockTexts(id);
  return ok(id);
}

/** The password typed again (web build, after a restart): kept for the session, sync starts. */
export async function unlock(store: ProjectStore, password: string): Promise<Result<null>> {
  const s = await loadSyncSettings(store.projectId);
  if (!s) return refuse('sync.notShared');
  const a: Account = { url: s.url, user: s.user, password };
  // The server checks the password now, so a typo is said here and not as a sync error later;
  // offline, sync resumes with it anyway (working offline is the point) and the status will say.
  const r = await call(a, 'GET', s.db);
  if (!r.ok && r.error?.code !== 'sync.unreachable') return r;
  if (r.ok && r.data.status >= 300)
    return refuse('sync.refused', { detail: String(r.data.json.reason ?? r.data.status) });
  rememberPassword(store.projectId, password);
  await startEngine(store);
  return ok(null);
}

/**
 * Stops sharing here: the project stays on this machine, the server keeps its copy. Refused while
 * another window of this profile has the project open: every window writes into the one local
 * replica that leaving deletes, so theirs would lose its unsent changes and keep writing into a
 * replica that is gone. They are not stopped from here: a researcher working there would find the
 * project silently unshared mid-work; closing them is their own, visible step.
 */
export async function leave(projectId: ProjectId): Promise<Result<null>> {
  const others = await otherSyncWindows(projectId);
  if (others > 0) return refuse('sync.openElsewhere', { count: others });
  await forget(projectId);
  return ok(null);
}

async function forget(projectId: ProjectId): Promise<void> {
  await stopEngine(projectId, true);
  await forgetReplica(projectId);
  await clearSyncConfig(projectId);
  unlockTexts(projectId);
}

/** Deletes the project's local replica (its PouchDB database), running engine or not. */
async function forgetReplica(projectId: ProjectId): Promise<void> {
  const s = await loadSyncSettings(projectId);
  if (!s) return;
  const PouchDB = await loadPouch();
  await new PouchDB(localDbName(s)).destroy();
}

/**
 * After a project is deleted here: its settings (and password) and its local replica go too.
 * The replica is found by the saved settings even when no engine runs (project not open).
 */
export async function forgetSharedProject(projectId: ProjectId): Promise<void> {
  await forget(projectId);
}

/** Adds an account to the project's members (the server refuses unless this account is its admin). */
export async function addMember(c: SyncConfig, name: string): Promise<Result<string[]>> {
  const a: Account = { url: c.url, user: c.user, password: c.password };
  const sec = await call(a, 'GET', `${c.db}/_security`);
  if (!sec.ok) return sec;
  const s = sec.data.json as {
    admins?: { names?: string[] };
    members?: { names?: string[]; roles?: string[] };
  };
  const names = [...new Set([...(s.members?.names ?? []), name.trim()])];
  const put = await call(a, 'PUT', `${c.db}/_security`, {
    ...s,
    members: { names, roles: s.members?.roles ?? [] },
  });
  if (!put.ok) return put;
  if (put.data.status >= 300)
    return refuse('sync.refused', { detail: String(put.data.json.reason ?? put.data.status) });
  return ok(names);
}
