// Full-project backups: versioned JSON that Mazmun of this and every later version can restore.
// Plain text on purpose: a researcher can open it, and a damaged file is diagnosable.
import { fail, type ProjectSnapshot, type Result } from '../model/snapshot';
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

function refuse(reason: string): RestoreResult {
  return { ...fail(reason), warnings: [] };
}

export function restoreBackup(text: string): RestoreResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return refuse(`The backup file is damaged or incomplete: it is not valid JSON (${why}).`);
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    return refuse('This file is not a Mazmun backup (its "format" is not "mazmun-backup").');
  }
  const { formatVersion, snapshot } = raw as { formatVersion?: unknown; snapshot?: unknown };
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return refuse('The backup file is damaged: its "formatVersion" is missing or invalid.');
  }
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    return refuse(
      `This backup was made by a newer Mazmun (backup format ${formatVersion}); this version reads ` +
        `formats up to ${BACKUP_FORMAT_VERSION}. Update Mazmun to restore it.`,
    );
  }
  if (typeof snapshot !== 'object' || snapshot === null) {
    return refuse('The backup file is damaged or incomplete: it holds no project snapshot.');
  }
  const checked = validateSnapshot(snapshot);
  if (!checked.ok) return refuse(`The backup file is damaged: ${checked.reason}`);
  return { ok: true, data: checked.data.snapshot, warnings: checked.data.warnings };
}
