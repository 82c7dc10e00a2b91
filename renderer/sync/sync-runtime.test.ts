import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectId } from '../../shared/model/ids';
import type { ProjectStore } from '../../shared/store/project-store';
import type { SyncEngine } from './sync-engine';
import { attachSync, currentEngine, setEngineStarter, startEngine } from './sync-runtime';

// Two shared projects (their settings in this window's storage) and engines that record stops.
function project(id: string): ProjectStore {
  globalThis.localStorage.setItem(
    `mazmun.sync.${id}`,
    JSON.stringify({ url: 'http://127.0.0.1:5984', db: `mazmun-${id}`, user: 'u' }),
  );
  return { projectId: id as ProjectId } as ProjectStore;
}

const store = new Map<string, string>();
globalThis.localStorage ??= {
  getItem: (k: string) => store.get(k) ?? null,
  setItem: (k: string, v: string) => void store.set(k, v),
  removeItem: (k: string) => void store.delete(k),
} as Storage;

describe('one engine at a time', () => {
  // Live engines by project (a list, so two engines of one project both show).
  const running: string[] = [];
  afterEach(() => void running.splice(0));

  it('switching projects while an engine starts leaves only the current one running', async () => {
    const { rememberPassword } = await import('./sync-config');
    const a = project('a');
    const b = project('b');
    rememberPassword(a.projectId, 'pw');
    rememberPassword(b.projectId, 'pw');
    setEngineStarter(async (s) => {
      // Starting takes a while: the next project is opened meanwhile.
      await new Promise((r) => setTimeout(r, 5));
      running.push(s.projectId);
      return {
        store: s,
        lead: () => undefined,
        isStopped: false,
        stop: async () => void running.splice(running.indexOf(s.projectId), 1),
      } as unknown as SyncEngine;
    });
    attachSync(a);
    attachSync(b);
    await startEngine(b);
    expect(running).toEqual(['b']);
    expect(currentEngine()?.store).toBe(b);
  });

  it('closing a project while its engine starts leaves none running', async () => {
    const c = project('c');
    const { rememberPassword } = await import('./sync-config');
    rememberPassword(c.projectId, 'pw');
    const stop = attachSync(c);
    stop();
    await startEngine(project('none')); // not shared this session: waits for the chain only
    expect(running.filter((id) => id === 'c')).toEqual([]);
    expect(currentEngine()?.store).not.toBe(c);
  });
});
