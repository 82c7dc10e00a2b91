// `npm run security`: Electronegativity over electron/, judged against the Electron we ship.
// Every HIGH or MEDIUM finding must be explained in electron/SECURITY.md (by its check name);
// an unexplained one fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const out = join(tmpdir(), `electronegativity-${process.pid}.csv`);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
spawnSync(npx, ['electronegativity', '-i', 'electron', '-e', electronVersion, '-o', out], {
  stdio: 'ignore',
  timeout: 300_000,
});
if (!existsSync(out)) {
  console.log('security: electronegativity produced no report (see electron/SECURITY.md)');
  process.exit(1);
}
const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1);
rmSync(out, { force: true });
const explained = readFileSync('electron/SECURITY.md', 'utf8');
const serious = rows
  .map((line) => line.split(','))
  .filter(([, severity]) => /HIGH|MEDIUM/.test(severity ?? ''))
  .map(([check, severity, , file, location]) => ({
    check,
    severity: severity.replace(/"/g, ''),
    file: file.replace(/"/g, ''),
    location,
  }));
const unexplained = serious.filter((f) => !explained.includes(f.check));
console.log(
  `security: electronegativity (Electron ${electronVersion}): ${rows.length} findings, ${serious.length} high/medium, ${unexplained.length} unexplained`,
);
for (const f of unexplained)
  console.log(`  unexplained: ${f.check} ${f.severity} ${f.file}:${f.location}`);
process.exit(unexplained.length ? 1 : 0);
