// Linking documents to cases by name: "P01.docx", "interview_P01" and "مصاحبه مریم" find the
// cases "P01" and "مریم" — 70 links made by hand before. The match is Persian-aware (the
// search key: ي/ك, Persian digits, half-spaces and case all agree) and made on whole words, so
// the case "P1" does not claim "P10". Pure: the documents list previews it, the store applies it.
import type { CaseId, DocumentId } from '../model/ids';
import { normalizeForSearch } from '../text/persian';

export type MatchStatus = 'matched' | 'ambiguous' | 'unmatched' | 'already';

export interface MatchableDocument {
  readonly id: DocumentId;
  readonly title: string;
  readonly caseId: CaseId | null;
}

export interface MatchableCase {
  readonly id: CaseId;
  readonly name: string;
}

export interface DocumentCaseMatch {
  readonly documentId: DocumentId;
  readonly title: string;
  readonly status: MatchStatus;
  /** The case it would be linked to ('matched', 'already'); null otherwise. */
  readonly caseId: CaseId | null;
  /** Every case whose name fits, best first (for 'ambiguous': the researcher picks). */
  readonly candidates: readonly CaseId[];
  /** The case the document has now. */
  readonly current: CaseId | null;
}

export interface MatchSummary {
  readonly matched: number;
  readonly ambiguous: number;
  readonly unmatched: number;
  readonly already: number;
}

// File extensions a title may still carry from its file name.
const EXTENSION = /\.(docx?|odt|rtf|txt|md|pdf|html?)$/i;

/** The words of a name as the match sees them: search key, no extension, punctuation as space. */
export function nameWords(name: string): string[] {
  const key = normalizeForSearch(name.trim().replace(EXTENSION, ''));
  return key
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/^0+(?=\d)/, ''));
}

/** Whether `needle`'s words occur in `hay` as a run of whole words. */
function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The case each document would go to. A title equal to a case's name (as words) is a match;
 * otherwise the cases whose name occurs in the title as whole words are candidates, the longest
 * names first: one candidate, or one strictly longer than the rest ("Ali Reza" over "Ali"), is
 * a match; several equally long are ambiguous.
 */
export function matchDocumentsToCases(
  documents: readonly MatchableDocument[],
  cases: readonly MatchableCase[],
): DocumentCaseMatch[] {
  const caseWords = cases
    .map((c) => ({ id: c.id, words: nameWords(c.name) }))
    .filter((c) => c.words.length > 0);
  return documents.map((d): DocumentCaseMatch => {
    const words = nameWords(d.title);
    const joined = words.join(' ');
    const exact = caseWords.filter((c) => c.words.join(' ') === joined);
    const fits = (exact.length > 0 ? exact : caseWords.filter((c) => containsRun(words, c.words)))
      .slice()
      .sort((a, b) => b.words.length - a.words.length);
    const candidates = fits.map((c) => c.id);
    const best = fits[0];
    const second = fits[1];
    const base = { documentId: d.id, title: d.title, candidates, current: d.caseId };
    if (!best) return { ...base, status: 'unmatched', caseId: null };
    if (second && second.words.length === best.words.length) {
      return { ...base, status: 'ambiguous', caseId: null };
    }
    return { ...base, status: best.id === d.caseId ? 'already' : 'matched', caseId: best.id };
  });
}

export function summarizeMatches(matches: readonly DocumentCaseMatch[]): MatchSummary {
  const n = (s: MatchStatus) => matches.filter((m) => m.status === s).length;
  return {
    matched: n('matched'),
    ambiguous: n('ambiguous'),
    unmatched: n('unmatched'),
    already: n('already'),
  };
}

export interface DocumentCaseLink {
  readonly documentId: DocumentId;
  readonly caseId: CaseId;
}

/**
 * The links to write: each 'matched' document (unless it has another case and `replace` is
 * off), plus the researcher's picks for ambiguous ones (`picked`: document → chosen case).
 */
export function linksToApply(
  matches: readonly DocumentCaseMatch[],
  picked: ReadonlyMap<DocumentId, CaseId> = new Map(),
  replace = false,
): DocumentCaseLink[] {
  const out: DocumentCaseLink[] = [];
  for (const m of matches) {
    const caseId = picked.get(m.documentId) ?? (m.status === 'matched' ? m.caseId : null);
    if (caseId === null || caseId === m.current) continue;
    if (m.current !== null && !replace && !picked.has(m.documentId)) continue;
    out.push({ documentId: m.documentId, caseId });
  }
  return out;
}
