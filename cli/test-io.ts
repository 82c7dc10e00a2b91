// For tests only: the CLI's IO in memory (files handed in, writes kept), over the real fixture.
import { fileURLToPath } from 'node:url';
import { refuse } from '../shared/errors';
import { ok } from '../shared/model/snapshot';
import { readDirFiles } from './node-io';
import type { CliIo, PathKind } from './run-cli';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const fixture = `${root}fixtures/azerbaijan`;

export function memoryIo(
  kinds: Record<string, PathKind> = {},
  files: Map<string, Uint8Array> = new Map(),
): CliIo & {
  out: string[];
  err: string[];
  written: Map<string, string | Uint8Array>;
} {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  return {
    out,
    err,
    written,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    pathKind: (p) => kinds[p] ?? (p === fixture ? 'directory' : files.has(p) ? 'file' : 'missing'),
    readDir: (p) =>
      p === fixture ? readDirFiles(p) : refuse('cli.ioError', { detail: 'unreadable' }),
    readFile: (p) => {
      const bytes = files.get(p);
      return bytes ? ok(bytes) : refuse('cli.ioError', { detail: 'ENOENT' });
    },
    reportFont: () => 'd09GMgAB',
    now: () => Date.UTC(2025, 0, 2),
    writeFile: (p, t) =>
      p.startsWith('/readonly/')
        ? refuse('cli.ioError', { detail: 'EACCES' })
        : (written.set(p, t), ok(true)),
    version: '9.9.9',
  };
}
