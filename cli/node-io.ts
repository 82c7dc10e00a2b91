// The real IO of the CLI: node:fs. Kept apart from run-cli.ts so tests inject their own.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fail, ok, type Result } from '../shared/model/snapshot';
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
          if (++count > MAX_FILES) return fail(`more than ${MAX_FILES} files: is this a project?`);
          files[relative(root, full).split(sep).join('/')] = readFileSync(full, 'utf8');
        }
      }
    }
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
  return ok(files);
}

function writeText(path: string, text: string): Result<true> {
  try {
    writeFileSync(path, text, 'utf8');
    return ok(true);
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}

export function nodeIo(version: string): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    pathKind,
    readDir: readDirFiles,
    writeFile: writeText,
    version,
  };
}
