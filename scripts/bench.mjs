// `npm run bench [-- options]`: runs bench/run.ts under tsx (the bench imports TypeScript from
// shared/), then bench/cli-start.mjs (the command line's start), and prints their figures as ONE
// JSON object. `--cli` runs only the command-line figure (no Chromium needed); `--no-cli` leaves
// it out. Everything else — options, output — is described in bench/README.md.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { measureCliStart } from '../bench/cli-start.mjs';

const argv = process.argv.slice(2);
const log = (m) => process.stderr.write(`[bench] ${m}\n`);
const valueOf = (flag) => {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
};
const runs = Number(valueOf('--runs'));
const cliRuns = Number.isInteger(runs) && runs > 0 ? runs : 5;

if (argv.includes('--cli')) {
  const figures = await measureCliStart({ runs: cliRuns, log });
  const text = `${JSON.stringify(figures, null, 2)}\n`;
  const out = valueOf('--out');
  if (out) writeFileSync(out, text);
  process.stdout.write(text);
  process.exit(0);
}

const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'bench/run.ts', ...argv.filter((a) => a !== '--no-cli')],
  { stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
/** @type {Record<string, unknown> | null} */
let figures = null;
try {
  figures = JSON.parse(r.stdout);
} catch {
  // Not the one JSON object (a usage message, a crash): passed on as it came.
}
if (!figures || typeof figures !== 'object' || argv.includes('--no-cli')) {
  process.stdout.write(r.stdout ?? '');
  process.exit(r.status ?? 1);
}
Object.assign(figures, await measureCliStart({ runs: cliRuns, log }));
const text = `${JSON.stringify(figures, null, 2)}\n`;
const out = valueOf('--out');
if (out) writeFileSync(out, text); // bench/run.ts wrote it without the command-line figures
process.stdout.write(text);
process.exit(r.status ?? 1);
