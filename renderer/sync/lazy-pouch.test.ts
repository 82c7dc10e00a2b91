import { describe, expect, it } from 'vitest';

// pouchdb-browser touches `self` when it loads: the sync layer must not load it until a shared
// project starts syncing, or every hook that reaches the store provider breaks outside a browser.
describe('the sync layer at module load', () => {
  it('imports in node without loading PouchDB', async () => {
    const runtime = await import('./sync-runtime');
    const engine = await import('./sync-engine');
    expect(runtime.currentEngine()).toBeNull();
    expect(typeof engine.loadPouch).toBe('function');
  });
});
