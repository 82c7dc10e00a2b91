// `npm test`: typecheck, lint, format check, unit tests, e2e — the same sequence CI runs.
// Ends with one line "N passed, N failed" (unit + e2e tests) so any runner can read the outcome.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findBrowser } from './lib/find-browser.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const steps = [
  ['typecheck', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', ['eslint', '.', '--max-warnings', '0']],
  ['format', ['prettier', '--check', '.', '--log-level', 'warn']],
  [
    'unit',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=.vitest-results.json',
    ],
  ],
];

// The same search as `npm start` and the e2e config (e2e/support/browser.ts).
const browser = process.env.MAZMUN_CHROMIUM || findBrowser();

let failedStep = null;
for (const f of ['.vitest-results.json', '.e2e-results.json']) rmSync(f, { force: true });

for (const [name, args] of steps) {
  console.log(`\n▶ ${name}: npx ${args.join(' ')}`);
  const r = spawnSync(npx, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    failedStep ??= name;
    // Type, lint and format errors are worth reporting together with test results, so go on.
  }
}

if (process.env.MAZMUN_SKIP_E2E === '1') {
  console.log('\n▶ e2e: skipped (MAZMUN_SKIP_E2E=1)');
} else if (!browser) {
  console.log(
    '\n✖ e2e: no Chromium found — install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set MAZMUN_CHROMIUM=/path/to/chrome.',
  );
  failedStep ??= 'e2e';
} else {
  console.log(`\n▶ e2e: npx playwright test (browser: ${browser})`);
  const r = spawnSync(npx, ['playwright', 'test'], {
    stdio: 'inherit',
    env: { ...process.env, MAZMUN_CHROMIUM: browser },
  });
  if (r.status !== 0) failedStep ??= 'e2e';
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync('.vitest-results.json')) {
  const v = JSON.parse(readFileSync('.vitest-results.json', 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
}
if (existsSync('.e2e-results.json')) {
  const e = JSON.parse(readFileSync('.e2e-results.json', 'utf8'));
  passed += (e.stats?.expected ?? 0) + (e.stats?.flaky ?? 0);
  failed += e.stats?.unexpected ?? 0;
  skipped += e.stats?.skipped ?? 0;
}
if (failedStep && failed === 0) console.log(`\n✖ step failed: ${failedStep}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedStep ? 1 : 0);
