// `npm run dist [-- electron-builder options]`: `npm run build`, then the installers of
// electron-builder.yml (see scripts/lib/dist.mjs for why not electron-builder's command line).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib/build-electron.mjs';
import { runDist } from './lib/dist.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const code = await runDist({
  build: async () => spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'inherit' }).status ?? 1,
  packageApp: async () => {
    // The command line's own option parser, so `npm run dist -- --linux deb` still works.
    const { build, configureBuildCommand, createYargs } =
      await import('electron-builder/out/builder.js');
    const options = configureBuildCommand(createYargs()).parse(process.argv.slice(2));
    return build({ projectDir: ROOT, config: join(ROOT, 'electron-builder.yml'), ...options });
  },
  log: (line) => console.error(line),
});
// An explicit exit: after a failed packaging something in electron-builder resets
// process.exitCode to 0 (its own command line works around the same, electron-builder#2940).
process.exit(code);
