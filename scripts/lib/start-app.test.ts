import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_ELECTRON_MESSAGE, runApp } from './start-app.mjs';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mazmun-start-'));
  mkdirSync(join(root, 'dist', 'renderer'), { recursive: true });
  writeFileSync(
    join(root, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>Mazmun</title>',
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A spawn that records its calls; `ends` makes the child end right after it is started. */
function fakeSpawn(ends?: { exit: number } | { error: string }) {
  const calls: { cmd: string; args: string[]; opts: unknown }[] = [];
  const spawnProcess = vi.fn((cmd: string, args: string[], opts: unknown) => {
    calls.push({ cmd, args, opts });
    const child = Object.assign(new EventEmitter(), {
      unref: () => undefined,
      exitCode: null,
      signalCode: null,
      pid: undefined,
    });
    // process.nextTick: before any timer, however busy the machine.
    if (ends && 'exit' in ends) process.nextTick(() => child.emit('exit', ends.exit, null));
    if (ends && 'error' in ends) {
      const e = Object.assign(new Error(`spawn ${cmd} ${ends.error}`), { code: ends.error });
      process.nextTick(() => child.emit('error', e));
    }
    return child;
  });
  return { calls, spawnProcess: spawnProcess as never };
}

describe('runApp', () => {
  it('without Electron: one sentence, a loopback server, and the browser in app mode', async () => {
    const lines: string[] = [];
    const { calls, spawnProcess } = fakeSpawn();
    const app = await runApp({
      root,
      open: true,
      port: 0,
      electronPath: null,
      browserPath: '/usr/bin/chromium',
      log: (l: string) => lines.push(l),
      spawnProcess,
      settleMs: 10,
    });
    try {
      expect(app.mode).toBe('browser');
      expect(lines[0]).toBe(NO_ELECTRON_MESSAGE);
      expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(app.url as string);
      expect(await page.text()).toContain('<title>Mazmun</title>');
      expect(calls).toHaveLength(1);
      expect(calls[0]?.cmd).toBe('/usr/bin/chromium');
      expect(calls[0]?.args[0]).toBe(`--app=${app.url}`);
    } finally {
      await app.close();
    }
  });
  it('says so when the browser exits at once, instead of "running"', async () => {
    const lines: string[] = [];
    const { spawnProcess } = fakeSpawn({ exit: 1 });
    const app = await runApp({
      root,
      open: true,
      port: 0,
      electronPath: null,
      browserPath: '/usr/bin/chromium',
      log: (l: string) => lines.push(l),
      spawnProcess,
      settleMs: 60_000,
    });
    await app.close();
    expect(lines).toEqual([
      NO_ELECTRON_MESSAGE,
      `The browser (/usr/bin/chromium) exited at once (code 1): no Mazmun window opened; open ${app.url} in your browser (press Ctrl+C to stop).`,
    ]);
  });
  it('says so when the browser cannot be started at all', async () => {
    const lines: string[] = [];
    const { spawnProcess } = fakeSpawn({ error: 'EACCES' });
    const app = await runApp({
      root,
      open: true,
      port: 0,
      electronPath: null,
      browserPath: '/opt/not-a-browser',
      log: (l: string) => lines.push(l),
      spawnProcess,
      settleMs: 60_000,
    });
    await app.close();
    expect(lines[1]).toMatch(
      /^The browser \(\/opt\/not-a-browser\) could not be started \(EACCES\): no Mazmun/,
    );
  });
  it('with --no-open: prints the address and starts no browser', async () => {
    const lines: string[] = [];
    const { calls, spawnProcess } = fakeSpawn();
    const app = await runApp({
      root,
      open: false,
      port: 0,
      electronPath: null,
      log: (l: string) => lines.push(l),
      spawnProcess,
    });
    await app.close();
    expect(calls).toEqual([]);
    expect(lines).toEqual([
      NO_ELECTRON_MESSAGE,
      `Open ${app.url} in your browser (press Ctrl+C to stop).`,
    ]);
  });
  it('with Electron: launches it on the project folder', async () => {
    const { calls, spawnProcess } = fakeSpawn();
    const app = await runApp({
      root,
      open: true,
      electronPath: '/opt/electron',
      log: () => undefined,
      spawnProcess,
    });
    expect(app.mode).toBe('electron');
    expect(calls.map((c) => [c.cmd, c.args])).toEqual([['/opt/electron', [root]]]);
  });
  it('reuses a Mazmun server already on the port', async () => {
    const first = await runApp({
      root,
      open: false,
      port: 0,
      electronPath: null,
      log: () => undefined,
    });
    const port = Number(new URL(first.url as string).port);
    const lines: string[] = [];
    const second = await runApp({
      root,
      open: false,
      port,
      electronPath: null,
      log: (l: string) => lines.push(l),
    });
    expect(second.url).toBe(first.url);
    await second.close();
    await first.close();
  });
  it('refuses to start without a built renderer', async () => {
    rmSync(join(root, 'dist'), { recursive: true });
    await expect(
      runApp({ root, open: false, electronPath: null, log: () => undefined }),
    ).rejects.toThrow('dist/renderer/index.html is missing');
  });
});
