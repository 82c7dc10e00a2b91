// The real IO of the CLI: node:fs. Kept apart from run-cli.ts so tests inject their own.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { refuse } from '../shared/errors';
import { ok, type Result } from '../shared/model/snapshot';
import type { CliIo, PathKind } from './run-cli';

const MAX_FILES = 100_000;

function pathKind(path: string): PathKind {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

/** Every file under `root` as UTF-8 text, skipping dot-folders and node_modules. */
export function readDirFiles(root: string): Result<Record<string, string>> {
  const files: Record<string, string> = {};
  const stack = [root];
  let count = 0;
  try {
    while (stack.length > 0) {
      const dir = stack.pop() ?? root;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const full = join(dir, entry.name);
        if (entry.isDirectory()) stack.push(full);
        else if (entry.isFile()) {
          if (++count > MAX_FILES) return refuse('cli.tooManyFiles', { max: MAX_FILES });
          files[relative(root, full).split(sep).join('/')] = readFileSync(full, 'utf8');
        }
      }
    }
  } catch (e) {
    return refuse('cli.ioError', { detail: e instanceof Error ? e.message : String(e) });
  }
  return ok(files);
}

function readBytes(path: string): Result<Uint8Array> {
  try {
    return ok(new Uint8Array(readFileSync(path)));
  } catch (e) {
    return refuse('cli.ioError', { detail: e instanceof Error ? e.message : String(e) });
  }
}

function writeData(path: string, data: string | Uint8Array): Result<true> {
  try {
    if (typeof data === 'string') writeFileSync(path, data, 'utf8');
    else writeFileSync(path, data);
    return ok(true);
  } catch (e) {
    return refuse('cli.ioError', { detail: e instanceof Error ? e.message : String(e) });
  }
}

// The Arabic-script subset of Vazirmatn (about 21 KB): Latin text falls back to the reader's fonts.
const FONT = new URL(
  '../node_modules/@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2',
  import.meta.url,
);

function reportFont(): string | null {
  try {
    return readFileSync(FONT).toString('base64');
  } catch {
    return null; // the report still works with the reader's own fonts
  }
}

export function nodeIo(version: string): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    pathKind,
    readDir: readDirFiles,
    readFile: readBytes,
    writeFile: writeData,
    reportFont,
    version,
  };
}
