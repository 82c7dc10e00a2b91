// What the coding report shows, before any HTML: the theme and case selection applied to the
// same frequency rows the screen and the CLI show (DEVELOPERS.md rule 4).
import { codeTree, type TreeNode } from '../analysis/code-tree';
import {
  computeFrequencyTable,
  documentsInScope,
  type Convention,
  type FrequencyRow,
  type FrequencyTable,
} from '../analysis/frequencies';
import type { CaseId, CodeId, DocumentId } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import { inDocumentOrder } from '../export/document-order';
import type { Case, Code, Coding, Document } from '../model/types';

export interface ReportSelection {
  /** Codes whose subtrees are reported; every code when absent or empty. */
  readonly themeIds?: readonly CodeId[];
  /** Only documents of these cases; every document when absent or empty. */
  readonly caseIds?: readonly CaseId[];
  readonly convention?: Convention;
}

export interface Passage {
  readonly coding: Coding;
  readonly document: Document;
  readonly caseName: string | null;
  readonly before: string;
  readonly text: string;
  readonly after: string;
}

export interface ThemePassages {
  readonly node: TreeNode;
  /** Codings directly on this code, in document order then text order. */
  readonly passages: readonly Passage[];
}

export interface ReportModel {
  readonly table: FrequencyTable;
  /** Frequency rows of the selected themes, in tree order. */
  readonly rows: readonly FrequencyRow[];
  readonly codes: readonly TreeNode[];
  readonly documents: readonly Document[];
  readonly cases: readonly Case[];
  /** Codings counted in the report: selected codes, documents in scope. */
  readonly codingCount: number;
  /** Per selected root theme, its codes that have passages. */
  readonly groups: readonly { readonly root: TreeNode; readonly themes: ThemePassages[] }[];
  readonly selectedCases: readonly Case[] | null;
}

const CONTEXT = 80;

/** Text around a passage, cut at a space so no word is broken. */
export function passageContext(
  text: string,
  start: number,
  end: number,
): { before: string; text: string; after: string } {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < start ? space + 1 : start;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > end ? space : end;
  }
  const before = (from > 0 ? '…' : '') + text.slice(from, start);
  const after = text.slice(end, to) + (to < text.length ? '…' : '');
  return { before, text: text.slice(start, end), after };
}

function selectedCodes(tree: readonly TreeNode[], themeIds: readonly CodeId[] | undefined) {
  if (!themeIds || themeIds.length === 0) return new Set(tree.map((n) => n.code.id));
  const wanted = new Set(themeIds);
  return new Set(tree.filter((n) => n.lineage.some((id) => wanted.has(id))).map((n) => n.code.id));
}

export function buildReportModel(
  snapshot: ProjectSnapshot,
  selection: ReportSelection = {},
): ReportModel {
  const codes: readonly Code[] = snapshot.codes;
  const tree = codeTree(codes);
  const included = selectedCodes(tree, selection.themeIds);
  const caseSet =
    selection.caseIds && selection.caseIds.length > 0 ? new Set(selection.caseIds) : null;
  const filter = caseSet ? { caseFilter: (c: Case) => caseSet.has(c.id) } : undefined;
  const table = computeFrequencyTable({
    codes,
    codings: snapshot.codings,
    documents: snapshot.documents,
    cases: snapshot.cases,
    convention: selection.convention ?? 'paper',
    ...(filter ? { filter } : {}),
  });
  const scope = documentsInScope({ documents: snapshot.documents, cases: snapshot.cases, filter });
  const scopeIds = new Set<DocumentId>(scope.map((d) => d.id));
  // In the order the app lists them (the one comparator of shared/export/document-order.ts).
  const documents = inDocumentOrder(snapshot.documents.filter((d) => scopeIds.has(d.id)));
  const caseById = new Map(snapshot.cases.map((c) => [c.id, c]));
  const docOrder = new Map(documents.map((d, i) => [d.id, i]));
  const docById = new Map(documents.map((d) => [d.id, d]));
  const inReport = snapshot.codings
    .filter((c) => included.has(c.codeId) && docOrder.has(c.documentId))
    .sort(
      (a, b) =>
        (docOrder.get(a.documentId) ?? 0) - (docOrder.get(b.documentId) ?? 0) ||
        a.start - b.start ||
        a.end - b.end,
    );
  const byCode = new Map<CodeId, Passage[]>();
  for (const coding of inReport) {
    const document = docById.get(coding.documentId);
    if (!document) continue;
    const caseName = document.caseId ? (caseById.get(document.caseId)?.name ?? null) : null;
    const list = byCode.get(coding.codeId) ?? [];
    list.push({
      coding,
      document,
      caseName,
      ...passageContext(document.text, coding.start, coding.end),
    });
    byCode.set(coding.codeId, list);
  }
  const nodes = tree.filter((n) => included.has(n.code.id));
  const groups: { root: TreeNode; themes: ThemePassages[] }[] = [];
  for (const node of nodes) {
    const top = groups.at(-1);
    // A node starts a group when its parent is not in the report (a root, or a selected subtree).
    const parentIncluded = node.lineage.length > 1 && included.has(node.lineage.at(-2) as CodeId);
    if (!parentIncluded || !top) groups.push({ root: node, themes: [] });
    const group = groups.at(-1);
    const passages = byCode.get(node.code.id) ?? [];
    if (group && passages.length > 0) group.themes.push({ node, passages });
  }
  const usedCases = new Set(documents.flatMap((d) => (d.caseId ? [d.caseId] : [])));
  return {
    table,
    rows: table.rows.filter((r) => included.has(r.id)),
    codes: nodes,
    documents,
    cases: snapshot.cases.filter((c) => usedCases.has(c.id)),
    codingCount: inReport.length,
    groups,
    selectedCases: caseSet ? snapshot.cases.filter((c) => caseSet.has(c.id)) : null,
  };
}
