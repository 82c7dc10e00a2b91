// `npm run bench [-- options]`: runs bench/run.ts under tsx (the bench imports TypeScript from
// shared/). Everything else — options, output — is described in bench/README.md.
import { spawnSync } from 'node:child_process';

const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'bench/run.ts', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(r.status ?? 1);
