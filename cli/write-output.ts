// Where a command's output goes: standard output, or the file of `--out` (with one line on stderr
// saying so). Shared by the commands of cli/commands/.
import type { CliIo } from './run-cli';

/** Exit codes: 0 done, 1 the work failed (bad project, unwritable file), 2 bad usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export function writeOutput(io: CliIo, out: string | null, data: string | Uint8Array): number {
  if (out === null) {
    io.stdout(typeof data === 'string' ? data : new TextDecoder().decode(data));
    return EXIT.ok;
  }
  const written = io.writeFile(out, data);
  if (!written.ok) {
    io.stderr(`mazmun: cannot write ${out}: ${written.reason}\n`);
    return EXIT.failed;
  }
  io.stderr(`mazmun: wrote ${out}\n`);
  return EXIT.ok;
}
