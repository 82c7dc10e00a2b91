// Which ids of a file's project are already stored: any of them makes the import a copy under
// new ids (shared/exchange/reassign-ids.ts). Every table counts — coders (REFI-QDA users),
// attributes and memos too: a second .qdpx from the same user of another tool shares its user id.
import type { ProjectSnapshot } from '../model/snapshot';
import { storedCodingIds } from './coding-storage';
import type { MazmunDb } from './database';

export async function snapshotIdsTaken(db: MazmunDb, s: ProjectSnapshot): Promise<boolean> {
  if (await db.projects.get(s.project.id)) return true;
  const ids = <T extends { readonly id: string }>(rows: readonly T[]) => rows.map((r) => r.id);
  const [rows, codings] = await Promise.all([
    Promise.all([
      db.documents.bulkGet(ids(s.documents)),
      db.codes.bulkGet(ids(s.codes)),
      db.cases.bulkGet(ids(s.cases)),
      db.coders.bulkGet(ids(s.coders)),
      db.attributes.bulkGet(ids(s.attributes)),
      db.memos.bulkGet(ids(s.memos)),
    ]),
    storedCodingIds(db, ids(s.codings)),
  ]);
  return codings.size > 0 || rows.some((list) => list.some((r) => r !== undefined));
}
