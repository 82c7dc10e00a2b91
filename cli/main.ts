// Entry of the `mazmun` command (bin/mazmun.mjs registers tsx and imports this).
import { readFileSync } from 'node:fs';
import { nodeIo } from './node-io';
import { runCli } from './run-cli';

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

process.exitCode = await runCli(process.argv.slice(2), nodeIo(packageVersion()));
