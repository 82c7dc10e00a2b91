// Checks a ProjectSnapshot before it is written, so bad input gets a clear message instead of
// half a project (DEVELOPERS.md: bad input loses nothing).
import type { ProjectSnapshot } from '../model/snapshot';

/** The first problem found in the snapshot, or null when it is consistent. */
export function findSnapshotProblem(s: ProjectSnapshot): string | null {
  const pid = s.project.id;
  const groups: [string, readonly { id: string; projectId: string }[]][] = [
    ['document', s.documents],
    ['case', s.cases],
    ['attribute', s.attributes],
    ['code', s.codes],
    ['coding', s.codings],
    ['memo', s.memos],
    ['coder', s.coders],
  ];
  for (const [kind, rows] of groups) {
    const ids = new Set<string>();
    for (const r of rows) {
      if (r.projectId !== pid) return `A ${kind} (${r.id}) belongs to another project.`;
      if (ids.has(r.id)) return `The ${kind} id ${r.id} appears twice.`;
      ids.add(r.id);
    }
  }
  const lengths = new Map(s.documents.map((d) => [d.id as string, d.text.length]));
  const codes = new Set<string>(s.codes.map((c) => c.id));
  const cases = new Set<string>(s.cases.map((c) => c.id));
  for (const c of s.codes) {
    if (c.parentId !== null && !codes.has(c.parentId)) {
      return `The code "${c.name}" has a parent that is not in the project.`;
    }
  }
  for (const d of s.documents) {
    if (d.caseId !== null && !cases.has(d.caseId)) {
      return `The document "${d.title}" belongs to a case that is not in the project.`;
    }
  }
  for (const c of s.codings) {
    const len = lengths.get(c.documentId);
    if (len === undefined) return `A coding (${c.id}) refers to a missing document.`;
    if (!codes.has(c.codeId)) return `A coding (${c.id}) refers to a missing code.`;
    if (!(c.start >= 0 && c.end > c.start && c.end <= len)) {
      return `A coding (${c.id}) has the range [${c.start}, ${c.end}) outside its document (length ${len}).`;
    }
  }
  return null;
}
