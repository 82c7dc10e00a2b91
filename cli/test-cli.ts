// For tests only: run the CLI in memory over projects built in the test (written as Mazmun
// backups at the paths given) or the real fixture, and get its exit code and output back.
import { serializeBackup } from '../shared/exchange/backup';
import type { ProjectSnapshot } from '../shared/model/snapshot';
import { runCli } from './run-cli';
import { memoryIo } from './test-io';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly written: ReadonlyMap<string, string | Uint8Array>;
}

/** The files of `backups` (path → snapshot), each serialized as a Mazmun backup. */
export function backupFiles(
  backups: Readonly<Record<string, ProjectSnapshot>>,
): Map<string, Uint8Array> {
  const encoder = new TextEncoder();
  return new Map(
    Object.entries(backups).map(([p, s]) => [p, encoder.encode(serializeBackup(s))] as const),
  );
}

/**
 * A runner of `mazmun <command…> <argv…>` that sees `backups` (and the fixture). `command` is
 * put before every call's arguments (e.g. ['network']); empty, each call names its command.
 */
export function cliRunner(
  backups: Readonly<Record<string, ProjectSnapshot>> = {},
  command: readonly string[] = [],
): (...argv: string[]) => Promise<CliRun> {
  const files = backupFiles(backups);
  return async (...argv) => {
    const io = memoryIo({}, files);
    const code = await runCli([...command, ...argv], io);
    return { code, out: io.out.join(''), err: io.err.join(''), written: io.written };
  };
}
