// The packaged desktop app carries no node_modules, so none of the sync server's packages
// (docs/sync.md): checked with electron-builder's own file matchers on electron-builder.yml.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// electron-builder's parser and matchers (devDependency electron-builder → app-builder-lib).
const yaml = require('js-yaml') as { load(s: string): unknown };
const { FileMatcher, getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher.js');

const root = join(import.meta.dirname, '..');
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
  files: string[];
  npmRebuild?: boolean;
};
const SERVER_PACKAGES = [
  'express',
  'express-pouchdb',
  'pouchdb-adapter-leveldb',
  'pouchdb-adapter-memory',
  'leveldown',
  'tsx',
];
const expand = (s: string) => s;
const app = join(root, 'release-app');
const fileStat = { isDirectory: () => false } as const;

/** Would electron-builder copy node_modules/<pkg>/package.json into the app, with `files`? */
function copiesModule(files: readonly string[], pkg: string): boolean {
  const matcher = getNodeModuleFileMatcher(
    root,
    app,
    expand,
    {},
    {
      config: { files },
      debugLogger: { isEnabled: false },
    },
  );
  if (matcher.isEmpty()) return true; // no patterns: everything of a production dependency
  const filter = matcher.createFilter();
  const moduleFullFilePath = `node_modules/${pkg}/package.json`;
  return filter(join(root, moduleFullFilePath), { ...fileStat, moduleFullFilePath });
}

function copiesAppFile(files: readonly string[], path: string): boolean {
  const filter = new FileMatcher(root, app, expand, files).createFilter();
  return filter(join(root, path), fileStat);
}

describe('electron-builder.yml', () => {
  it('copies none of the server packages into the app', () => {
    for (const pkg of SERVER_PACKAGES) expect(copiesModule(config.files, pkg), pkg).toBe(false);
  });

  it('would copy them without the node_modules rule (the check can fail)', () => {
    const without = config.files.filter((f) => !f.startsWith('!node_modules'));
    expect(without).toHaveLength(config.files.length - 1);
    for (const pkg of SERVER_PACKAGES) expect(copiesModule(without, pkg), pkg).toBe(true);
  });

  it('still packs the bundles the app runs, and not the server source', () => {
    expect(copiesAppFile(config.files, 'dist-electron/main.cjs')).toBe(true);
    expect(copiesAppFile(config.files, 'dist/renderer/index.html')).toBe(true);
    expect(copiesAppFile(config.files, 'package.json')).toBe(true);
    expect(copiesAppFile(config.files, 'server/sync-server.ts')).toBe(false);
    expect(copiesAppFile(config.files, 'node_modules/express/index.js')).toBe(false);
  });

  it('does not rebuild native modules for Electron (none run in the app)', () => {
    expect(config.npmRebuild).toBe(false);
  });
});
