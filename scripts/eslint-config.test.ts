import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './lib/build-electron.mjs';

// The layer rules of eslint.config.js (DEVELOPERS.md rule 1 and 3), run on small snippets as if
// they were files of each layer.
const eslint = new ESLint({ cwd: ROOT });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => /no-restricted-imports$/.test(m.ruleId ?? ''))
    .map((m) => m.message);
}

describe('eslint.config.js layers', () => {
  it.each([
    "import { createHash as x } from 'crypto';",
    "import x from 'zlib';",
    "import { readFile as x } from 'fs/promises';",
    "import x from 'node:zlib';",
    "import { Worker as x } from 'worker_threads';",
  ])('shared/ imports no Node built-in: %s', async (code) => {
    expect(await restricted('shared/analysis/snippet.ts', code)).toEqual([
      expect.stringContaining('shared/ never imports Node built-ins.'),
    ]);
  });

  it('shared/ may import its own modules', async () => {
    expect(
      await restricted('shared/analysis/snippet.ts', "import { ok as x } from '../model';"),
    ).toEqual([]);
  });

  it.each([
    "import { openProjectStore as x } from '../shared/store/project-store';",
    "import { MazmunDb as x } from '../shared/db';",
    "import { addCoding as x } from '../shared/db/codings-repo';",
  ])('electron/ never reaches the Dexie-backed store or db: %s', async (code) => {
    expect(await restricted('electron/snippet.ts', code)).toEqual([
      expect.stringContaining('electron/ never touches IndexedDB'),
    ]);
  });

  it('electron/ may import the IPC map', async () => {
    expect(
      await restricted('electron/snippet.ts', "import { IPC as x } from '../shared/ipc';"),
    ).toEqual([]);
  });

  it.each([
    [
      'renderer/views/codebook/Snippet.tsx',
      "import { updateCode as x } from '../../../shared/db/codes-repo';",
    ],
    [
      'renderer/views/cases/snippet.ts',
      "import { addAttribute as x } from '../../../shared/db/attributes-repo';",
    ],
    ['renderer/components/Snippet.tsx', "import { getDb as x } from '../data/database';"],
  ])('a view or component never imports a repository write: %s', async (file, code) => {
    expect(await restricted(file, code)).toEqual([
      expect.stringContaining('Components never touch the db'),
    ]);
  });

  it('a view may import a repository’s types', async () => {
    const code = "import type { CodePatch as x } from '../../../shared/db/codes-repo';";
    expect(await restricted('renderer/views/codebook/Snippet.tsx', code)).toEqual([]);
  });
});
