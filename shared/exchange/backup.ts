// Full-project backups: versioned JSON that Mazmun of this and every later version can restore.
// Plain text on purpose: a researcher can open it, and a damaged file is diagnosable.
import { appError, errorOf, refuseWith, type AppError } from '../errors';
import type { ProjectSnapshot, Result } from '../model/snapshot';
import { validateSnapshot } from './backup-validate';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './format';

export interface BackupFile {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  readonly appVersion?: string;
  /** ISO 8601 time of the backup. */
  readonly exportedAt: string;
  readonly snapshot: ProjectSnapshot;
}

export interface BackupOptions {
  readonly appVersion?: string;
  /** Milliseconds since the epoch; now when absent. */
  readonly exportedAt?: number;
}

export function serializeBackup(snapshot: ProjectSnapshot, options: BackupOptions = {}): string {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    ...(options.appVersion ? { appVersion: options.appVersion } : {}),
    exportedAt: new Date(options.exportedAt ?? Date.now()).toISOString(),
    snapshot,
  };
  return JSON.stringify(file, null, 1) + '\n';
}

/** A Result<ProjectSnapshot>, plus what was repaired or dropped on the way in. */
export type RestoreResult = Result<ProjectSnapshot> & { readonly warnings: readonly string[] };

function refused(error: AppError): RestoreResult {
  return { ...refuseWith(error), warnings: [] };
}

export function restoreBackup(text: string): RestoreResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return refused(appError('exchange.backupNotJson', { detail: why }));
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    return refused(appError('exchange.notBackup'));
  }
  const { formatVersion, snapshot } = raw as { formatVersion?: unknown; snapshot?: unknown };
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return refused(appError('exchange.backupBadVersion'));
  }
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    return refused(
      appError('exchange.backupTooNew', {
        version: formatVersion,
        supported: BACKUP_FORMAT_VERSION,
      }),
    );
  }
  if (typeof snapshot !== 'object' || snapshot === null) {
    return refused(appError('exchange.backupNoSnapshot'));
  }
  const checked = validateSnapshot(snapshot);
  if (!checked.ok) return refused(appError('exchange.backupDamaged', { error: errorOf(checked) }));
  return { ok: true, data: checked.data.snapshot, warnings: checked.data.warnings };
}
