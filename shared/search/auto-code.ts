// Auto-coding of search hits: one coding per hit, minus the hits that already carry the code at
// exactly that range, so running "Code all hits" twice adds nothing the second time.
import type { CodeId, DocumentId } from '../model/ids';
import type { Coding } from '../model/types';

export interface HitRange {
  readonly documentId: DocumentId;
  readonly start: number;
  readonly end: number;
}

export interface AutoCodingPlan {
  readonly add: readonly { documentId: DocumentId; codeId: CodeId; start: number; end: number }[];
  /** Hits already coded with the code at the same range (or repeated in the list). */
  readonly skipped: number;
}

/** `codingsOf` gives a document's codings (the store's in-memory index: byDocument). */
export function planAutoCoding(
  hits: readonly HitRange[],
  codeId: CodeId,
  codingsOf: (documentId: DocumentId) => readonly Coding[],
): AutoCodingPlan {
  const taken = new Map<DocumentId, Set<string>>();
  const add: AutoCodingPlan['add'][number][] = [];
  let skipped = 0;
  for (const h of hits) {
    let set = taken.get(h.documentId);
    if (!set) {
      set = new Set(
        codingsOf(h.documentId)
          .filter((c) => c.codeId === codeId)
          .map((c) => `${c.start}:${c.end}`),
      );
      taken.set(h.documentId, set);
    }
    const key = `${h.start}:${h.end}`;
    if (set.has(key)) {
      skipped++;
      continue;
    }
    set.add(key);
    add.push({ documentId: h.documentId, codeId, start: h.start, end: h.end });
  }
  return { add, skipped };
}
