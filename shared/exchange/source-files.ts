// Where each document's text goes in a written .qdpx: where another tool had it (the same
// `internal://` file name, or inline) while that is safe and unique, else `sources/<id>.txt`.
import type { ProjectSnapshot } from '../model/snapshot';
import { archiveFileName, INLINE, TEXT_FILE } from './origin';

/**
 * Each document's archive entry for its text, or null to write it inline: the file name or the
 * inline text another tool used while it is safe and unique, else `sources/<id>.txt`.
 */
export function documentFiles(documents: ProjectSnapshot['documents']): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const used = new Set<string>();
  for (const d of documents) {
    if (d.origin?.[INLINE] === 'yes') out.set(d.id, null);
    const kept = archiveFileName(d.origin?.[TEXT_FILE]);
    if (kept === null || out.has(d.id) || used.has(`sources/${kept}`)) continue;
    out.set(d.id, `sources/${kept}`);
    used.add(`sources/${kept}`);
  }
  for (const d of documents) {
    if (out.has(d.id)) continue;
    let path = `sources/${d.id}.txt`;
    for (let n = 2; used.has(path); n++) path = `sources/${d.id}-${n}.txt`;
    out.set(d.id, path);
    used.add(path);
  }
  return out;
}
