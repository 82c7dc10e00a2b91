// bench/sync-join.ts's instruments: an init script counting B's IndexedDB work and sync requests,
// and a CPU profile summary (self time per function, inclusive time of the sync path's functions).

/** Init script for B's context: counts per database/mode, per store/call, and server requests. */
export function countProbe(serverUrl: string): string {
  return `(() => {
  const S = ${JSON.stringify(serverUrl)};
  let C;
  const reset = () => { C = { tx: {}, calls: {}, bytesPut: {}, fetch: {}, lastDexie: 0, t0: performance.now() }; };
  reset();
  const inc = (o, k, n = 1) => { o[k] = (o[k] || 0) + n; };
  const tx = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, ...r) {
    inc(C.tx, this.name + '|' + (mode || 'readonly'));
    return tx.call(this, stores, mode, ...r);
  };
  for (const m of ['put', 'add', 'delete', 'get', 'getAll', 'count', 'openCursor', 'clear']) {
    const o = IDBObjectStore.prototype[m];
    IDBObjectStore.prototype[m] = function (...a) {
      const db = this.transaction.db.name;
      inc(C.calls, db + '|' + this.name + '|' + m);
      if ((m === 'put' || m === 'add') && this.name === 'local-store' && a[0] && a[0]._id)
        inc(C.bytesPut, a[0]._id, JSON.stringify(a[0]).length);
      if ((m === 'put' || m === 'add' || m === 'delete') && !db.startsWith('_pouch_')) C.lastDexie = performance.now();
      return o.apply(this, a);
    };
  }
  const f = window.fetch;
  window.fetch = function (input, init) {
    const url = typeof input === 'string' ? input : input.url;
    if (url.startsWith(S)) {
      const u = new URL(url);
      const what = u.pathname.split('/').filter(Boolean).slice(1).join('/').replace(/^_local\\/.*/, '_local') || '(db)';
      const key = ((init && init.method) || 'GET') + ' ' + (what.startsWith('_') ? what : 'doc') + (u.searchParams.get('feed') ? '?feed=' + u.searchParams.get('feed') : '') + (u.searchParams.get('limit') ? '&limit=' + u.searchParams.get('limit') : '');
      inc(C.fetch, key);
    }
    return f.apply(this, arguments);
  };
  window.__mzReset = reset;
  window.__mzLastDexie = () => C.lastDexie;
  window.__mzCounts = () => ({ ...C, ms: performance.now() - C.t0 });
})();`;
}

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const short = (url: string) =>
  url.replace(/^.*\/(assets|node_modules)\//, '$1/').replace(/^http:\/\/[^/]+\//, '');

/** Top self time per function, idle/GC/program, and inclusive time of named functions. */
export function summarizeProfile(p: CpuProfile, top = 40) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    total += dt;
    const n = byId.get(id);
    if (!n) return;
    const cf = n.callFrame;
    const key = `${cf.functionName || '(anon)'} ${short(cf.url)}:${cf.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const f = byId.get(x)?.callFrame;
      if (!f) continue;
      const k = `${f.functionName || '(anon)'} ${short(f.url)}:${f.lineNumber + 1}`;
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + dt);
    }
  });
  const sorted = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`);
  return {
    wall_ms: Math.round((p.endTime - p.startTime) / 1000),
    sampled_ms: Math.round(total),
    top_self: sorted(self, top),
    top_inclusive: sorted(incl, top * 2),
  };
}
