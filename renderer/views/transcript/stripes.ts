// Coding stripes in the margin: one lane per code that occurs in the document, in codebook
// order, so a code's bar is always in the same column and bars of one code line up.

export interface StripeCoding {
  readonly codeId: string;
}

/** Lane of each code: codes present in the document, ordered as in `codeOrder`. */
export function assignLanes(
  codeOrder: readonly string[],
  codings: readonly StripeCoding[],
): Map<string, number> {
  const present = new Set(codings.map((c) => c.codeId));
  const lanes = new Map<string, number>();
  for (const id of codeOrder) if (present.has(id)) lanes.set(id, lanes.size);
  // A coding whose code is missing from the list still gets a lane (never silently dropped).
  for (const c of codings) if (!lanes.has(c.codeId)) lanes.set(c.codeId, lanes.size);
  return lanes;
}

/** Codes with a bar in one paragraph, by lane; each lane at most once. */
export function barsForParagraph(
  paragraphCodings: readonly StripeCoding[],
  lanes: ReadonlyMap<string, number>,
): { codeId: string; lane: number }[] {
  const seen = new Set<string>();
  const out: { codeId: string; lane: number }[] = [];
  for (const c of paragraphCodings) {
    const lane = lanes.get(c.codeId);
    if (lane === undefined || seen.has(c.codeId)) continue;
    seen.add(c.codeId);
    out.push({ codeId: c.codeId, lane });
  }
  return out.sort((a, b) => a.lane - b.lane);
}
