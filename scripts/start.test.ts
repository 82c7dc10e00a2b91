import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './lib/build-electron.mjs';

// `npm start` for real, in the browser fallback, with a stand-in browser: a shell script that
// notes its pid and its parent's (the server's), then sleeps like a window left open.
const tmp = mkdtempSync(join(tmpdir(), 'mazmun-start-'));
mkdirSync(join(tmp, 'dist', 'renderer'), { recursive: true });
writeFileSync(join(tmp, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Mazmun</title>');
const browser = join(tmp, 'browser.sh');
writeFileSync(browser, '#!/bin/sh\necho "$$ $PPID" > "$MAZMUN_TEST_PIDS"\nexec sleep 600\n');
chmodSync(browser, 0o755);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const started: { pids: string; child: ChildProcess }[] = [];
afterEach(() => {
  // A failed test must not leave a server or a sleeping "browser" behind.
  for (const { pids, child } of started.splice(0)) {
    for (const pid of readPids(pids)) stopQuietly(pid);
    stopQuietly(child.pid);
  }
});

function readPids(file: string): number[] {
  try {
    return readFileSync(file, 'utf8').trim().split(' ').map(Number);
  } catch {
    return [];
  }
}
function stopQuietly(pid: number | undefined): void {
  try {
    if (pid) process.kill(pid, 'SIGKILL');
  } catch {
    // gone already
  }
}
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited, not yet reaped by whoever adopted it) is not running either.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): kill(0) is the answer
  }
}
function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
/** Polls until `done` holds; false if it still does not after 20 s (a busy machine is slow). */
async function eventually(done: () => boolean | Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    if (await done()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function startApp(via: 'node' | 'npm') {
  const pids = join(tmp, `pids-${started.length}-${Date.now()}`);
  const env = {
    ...process.env,
    MAZMUN_START_ROOT: tmp,
    MAZMUN_PORT: '0',
    MAZMUN_NO_ELECTRON: '1',
    MAZMUN_BROWSER: browser,
    MAZMUN_TEST_PIDS: pids,
  };
  const args = ['--no-build'];
  const child =
    via === 'node'
      ? spawn(process.execPath, ['scripts/start.mjs', ...args], { cwd: ROOT, env })
      : spawn('npm', ['run', '-s', 'start', '--', ...args], { cwd: ROOT, env });
  started.push({ pids, child });
  let out = '';
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Mazmun is running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before running: ${out}`)));
  });
  const port = Number(new URL(url).port);
  expect(await portAnswers(port)).toBe(true);
  expect(await eventually(() => readPids(pids).length === 2)).toBe(true);
  const [browserPid = 0, serverPid = 0] = readPids(pids);
  return { child, port, browserPid, serverPid };
}

describe.skipIf(process.platform === 'win32')('npm start, browser fallback, on a signal', () => {
  it('SIGTERM to the server closes the port and the browser it launched', async () => {
    const app = await startApp('node');
    expect(alive(app.browserPid)).toBe(true);
    app.child.kill('SIGTERM');
    expect(await eventually(() => !alive(app.serverPid))).toBe(true);
    expect(await portAnswers(app.port)).toBe(false);
    expect(await eventually(() => !alive(app.browserPid))).toBe(true);
  });

  // npm hands SIGTERM to its script shell, which dies without passing it on; SIGHUP kills npm
  // alone. Both used to leave the server listening, orphaned.
  it.each(['SIGTERM', 'SIGHUP'] as const)(
    '%s to npm leaves nothing listening and no browser running',
    async (signal) => {
      const app = await startApp('npm');
      app.child.kill(signal);
      expect(await eventually(() => !alive(app.serverPid))).toBe(true);
      expect(await portAnswers(app.port)).toBe(false);
      expect(await eventually(() => !alive(app.browserPid))).toBe(true);
    },
  );
});
