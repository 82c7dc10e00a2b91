// Room on the disk before a large write. Why a multiple: IndexedDB in Chromium writes a project
// into LevelDB's log, then again when it compacts the log into tables, large values go to blob
// files, and the automatic backup writes the project once more. And why it matters: when such a
// write runs out of disk, Chromium deletes the origin's whole IndexedDB, every project with it.
import { appError, refuseWith, type AppError } from '../../shared/errors';
import { ok, type Result } from '../../shared/model/snapshot';
import { getPlatform } from '../platform/bridge';

/** Free space wanted per byte of the file to import or restore. */
export const ROOM_FACTOR = 4;
/** A .qdpx is a zip: its texts take several times the file's size once unpacked. */
export const ZIP_ROOM_FACTOR = 12;
/** Below this, a file is not worth the question (the check costs an IPC round trip). */
export const ROOM_CHECK_MIN_BYTES = 256 * 1024;

const mb = (bytes: number): number => Math.max(0.1, Math.round(bytes / 1e5) / 10);

/** The bytes of free space a file of `fileBytes` called `fileName` needs to come in safely. */
export function roomNeeded(fileName: string, fileBytes: number): number {
  const factor = /\.qdpx$/i.test(fileName) ? ZIP_ROOM_FACTOR : ROOM_FACTOR;
  return fileBytes * factor;
}

/** Why `fileName` cannot come in with `freeBytes` free, or null when it can (or no one knows). */
export function roomProblem(
  fileName: string,
  fileBytes: number,
  freeBytes: number | null,
): AppError | null {
  if (freeBytes === null || fileBytes < ROOM_CHECK_MIN_BYTES) return null;
  const needed = roomNeeded(fileName, fileBytes);
  if (freeBytes >= needed) return null;
  return appError('app.noRoom', { file: fileName, neededMb: mb(needed), freeMb: mb(freeBytes) });
}

/** Asks the platform for free space and refuses up front when a file would not fit safely. */
export async function checkRoomFor(fileName: string, fileBytes: number): Promise<Result<null>> {
  if (fileBytes < ROOM_CHECK_MIN_BYTES) return ok(null);
  const free = await getPlatform()
    .freeSpace()
    .catch(() => null);
  const problem = roomProblem(fileName, fileBytes, free);
  return problem ? refuseWith(problem) : ok(null);
}
