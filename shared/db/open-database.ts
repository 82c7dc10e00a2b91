import { fail, ok, type Result } from '../model/snapshot';
import type { MazmunDb } from './database';

// Dexie multiplies the version passed to db.version() by 10 for the native IndexedDB version
// (and may add 1 for a schema patch), so the app version is the native one divided by 10.
function appVersionOf(nativeVersion: number): number {
  return Math.floor(nativeVersion / 10);
}

/** The schema version of the stored database `db.name`, or null if none (or unknowable). */
export async function storedSchemaVersion(db: MazmunDb): Promise<number | null> {
  const factory = db.idbFactory;
  if (!factory || typeof factory.databases !== 'function') return null;
  try {
    const infos = await factory.databases();
    const info = infos.find((i) => i.name === db.name);
    return info?.version ? appVersionOf(info.version) : null;
  } catch {
    return null;
  }
}

function newerMessage(stored: number, supported: number): string {
  return (
    `This data was saved by a newer version of Mazmun (database version ${stored}); ` +
    `this copy understands up to version ${supported}. Update Mazmun to open it. ` +
    `Nothing was changed.`
  );
}

/**
 * Opens (creating or upgrading) the database. Refuses, without touching it, a database written
 * by a newer app: Dexie 4 would otherwise open it at its installed version and run on a schema it
 * does not know.
 */
export async function openDatabase(db: MazmunDb): Promise<Result<MazmunDb>> {
  const before = await storedSchemaVersion(db);
  if (before !== null && before > db.declaredVersion) {
    return fail(newerMessage(before, db.declaredVersion));
  }
  try {
    await db.open();
  } catch (e) {
    const err = e as { name?: string; message?: string };
    if (err?.name === 'VersionError') {
      return fail(newerMessage(before ?? db.declaredVersion + 1, db.declaredVersion));
    }
    return fail(`The database could not be opened: ${err?.message ?? String(e)}`);
  }
  // Fallback for factories without databases(): check what was actually opened.
  const opened = appVersionOf(db.backendDB().version);
  if (opened > db.declaredVersion) {
    db.close();
    return fail(newerMessage(opened, db.declaredVersion));
  }
  return ok(db);
}
