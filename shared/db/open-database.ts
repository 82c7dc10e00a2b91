import { appError, type AppError, formatError } from '../errors';
import type { MazmunDb } from './database';

// Dexie multiplies the version passed to db.version() by 10 for the native IndexedDB version
// (and may add 1 for a schema patch), so the app version is the native one divided by 10.
function appVersionOf(nativeVersion: number): number {
  return Math.floor(nativeVersion / 10);
}

/** Why the database was not opened: written by a newer Mazmun, or anything else. */
export type OpenFailureKind = 'newer' | 'other';

export interface OpenFailure {
  readonly ok: false;
  readonly kind: OpenFailureKind;
  readonly reason: string;
  readonly error: AppError;
}

/** A Result<MazmunDb> whose failure says what KIND of failure it is (no matching of words). */
export type OpenResult = { readonly ok: true; readonly data: MazmunDb } | OpenFailure;

function refused(kind: OpenFailureKind, error: AppError): OpenFailure {
  return { ok: false, kind, reason: formatError(error), error };
}

/**
 * The native version of `name` read by opening it WITHOUT a version (which never upgrades), or
 * null when there is none. A database this probe would create is aborted in its upgrade, so
 * probing never leaves a database behind. Used where the factory cannot list databases.
 */
function probeNativeVersion(factory: IDBFactory, name: string): Promise<number | null> {
  return new Promise((resolve) => {
    let created = false;
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(name);
    } catch {
      resolve(null);
      return;
    }
    req.onupgradeneeded = () => {
      // Only a database that did not exist gets an upgrade on a version-less open.
      created = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => {
      const version = req.result.version;
      req.result.close();
      resolve(created ? null : version);
    };
    req.onerror = (ev) => {
      ev.preventDefault();
      resolve(null);
    };
    req.onblocked = () => resolve(null);
  });
}

/** The schema version of the stored database `db.name`, or null if none (or unknowable). */
export async function storedSchemaVersion(db: MazmunDb): Promise<number | null> {
  const factory = db.idbFactory;
  if (!factory) return null;
  if (typeof factory.databases === 'function') {
    try {
      const infos = await factory.databases();
      const info = infos.find((i) => i.name === db.name);
      return info?.version ? appVersionOf(info.version) : null;
    } catch {
      // Fall through to the probe.
    }
  }
  const native = await probeNativeVersion(factory, db.name);
  return native ? appVersionOf(native) : null;
}

function newerError(stored: number, supported: number): AppError {
  return appError('db.newerDatabase', { stored, supported });
}

/**
 * Opens (creating or upgrading) the database. Refuses, without touching it, a database written
 * by a newer app. Why the check must come first: on a VersionError Dexie 4 reopens the database
 * at its installed version and, when the tables differ from the ones it declares, UPGRADES it by
 * one to add them (native 9990 → 9991), i.e. it rewrites data it does not understand. MazmunDb is
 * built with autoOpen off, so nothing else can open it before this check has run.
 */
export async function openDatabase(db: MazmunDb): Promise<OpenResult> {
  const before = await storedSchemaVersion(db);
  if (before !== null && before > db.declaredVersion) {
    return refused('newer', newerError(before, db.declaredVersion));
  }
  try {
    await db.open();
  } catch (e) {
    const err = e as { name?: string; message?: string; inner?: { name?: string } };
    if (err?.name === 'VersionError' || err?.inner?.name === 'VersionError') {
      return refused('newer', newerError(before ?? db.declaredVersion + 1, db.declaredVersion));
    }
    return refused('other', appError('db.openFailed', { detail: err?.message ?? String(e) }));
  }
  // Belt and braces: check what was actually opened (another window may have upgraded it
  // between the check and the open).
  const opened = appVersionOf(db.backendDB().version);
  if (opened > db.declaredVersion) {
    db.close();
    return refused('newer', newerError(opened, db.declaredVersion));
  }
  return { ok: true, data: db };
}
