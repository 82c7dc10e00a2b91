// Which code names "Normalize code names…" would change (issue 11, item 3), pure, so the
// codebook's preview and the repository's write (shared/db/normalize-repo.ts) agree.
import type { Code } from '../model/types';
import { normalizePersianName } from './normalize-persian';

/** The code names of a project that normalization would change: [code, new name]. */
export function codeNameChanges(codes: readonly Code[]): [Code, string][] {
  const out: [Code, string][] = [];
  for (const c of codes) {
    const name = normalizePersianName(c.name);
    if (name !== c.name && name !== '') out.push([c, name]);
  }
  return out;
}
