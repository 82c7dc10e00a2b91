// Rolling automatic backups: JSON snapshots in <userData>/backups, the newest `keep` per project.
// Names are built and checked by shared/ipc.ts, and every path is re-checked to stay inside the
// folder, so the renderer can never read or write anywhere else.
import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  backupFileName,
  parseBackupFileName,
  type BackupEntry,
  type BackupWriteResponse,
  type IpcRequest,
} from '../shared/ipc';
import { refuse } from '../shared/errors';
import { ok, type Result } from '../shared/model/snapshot';

/** The path of `name` inside `dir`, or null if it is not a backup name or would escape. */
export function backupPath(dir: string, name: string): string | null {
  if (parseBackupFileName(name) === null) return null;
  const full = resolve(dir, name);
  return dirname(full) === resolve(dir) ? full : null;
}

/** The names of `projectId`'s backups beyond the newest `keep` (names sort by time). */
export function backupsToPrune(
  names: readonly string[],
  projectId: string,
  keep: number,
): string[] {
  const mine = names
    .filter((n) => parseBackupFileName(n)?.projectId === projectId)
    .sort()
    .reverse();
  return mine.slice(keep);
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => parseBackupFileName(n) !== null);
  } catch {
    return []; // No folder yet: no backups.
  }
}

export async function writeBackup(
  dir: string,
  req: IpcRequest<'backup:write'>,
  now: Date,
): Promise<BackupWriteResponse> {
  await mkdir(dir, { recursive: true });
  const name = backupFileName(req.projectId, now);
  const full = backupPath(dir, name);
  if (full === null) throw new Error('unsafe backup name');
  const tmp = `${full}.tmp`;
  try {
    await writeFile(tmp, req.json, 'utf8');
    await rename(tmp, full);
  } catch (e) {
    // A full disk: drop the half-written file (it would only eat the space the next backup
    // needs). Older backups are pruned only after a complete write, so the newest good one stays.
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  const pruned = backupsToPrune(await namesIn(dir), req.projectId, req.keep);
  for (const old of pruned) {
    const p = backupPath(dir, old);
    if (p !== null) await unlink(p).catch(() => undefined);
  }
  return { name, bytes: Buffer.byteLength(req.json, 'utf8'), pruned };
}

/** Newest first. */
export async function listBackups(dir: string, projectId: string | null): Promise<BackupEntry[]> {
  const entries: BackupEntry[] = [];
  for (const name of (await namesIn(dir)).sort().reverse()) {
    const parsed = parseBackupFileName(name);
    const full = backupPath(dir, name);
    if (parsed === null || full === null) continue;
    if (projectId !== null && parsed.projectId !== projectId) continue;
    try {
      entries.push({ name, ...parsed, bytes: (await stat(full)).size });
    } catch {
      // Deleted between readdir and stat: simply not listed.
    }
  }
  return entries;
}

export async function readBackup(dir: string, name: string): Promise<Result<{ json: string }>> {
  const full = backupPath(dir, name);
  if (full === null) return refuse('electron.notBackupFileName');
  try {
    return ok({ json: await readFile(full, 'utf8') });
  } catch {
    return refuse('electron.backupNotFound', { name });
  }
}
