// Shapes for the charts: the theme × document heatmap, Chart 1 (shares of the global themes) and
// Chart 2 (the organizing themes' frequencies). Derived from the same tallies as the table.
import type { CodeId, DocumentId } from '../model';
import type { ThemeLevel } from './code-tree';
import {
  tallyCodings,
  tallyReferences,
  type FrequencyInput,
  type FrequencyRow,
} from './frequencies';

export interface MatrixInput extends FrequencyInput {
  /** Which codes become rows; basic themes by default. */
  readonly levels?: readonly ThemeLevel[];
}

export interface CodeDocumentMatrix {
  readonly codes: readonly {
    readonly id: CodeId;
    readonly name: string;
    readonly path: readonly string[];
    readonly level: ThemeLevel;
    readonly color: string;
  }[];
  readonly documents: readonly { readonly id: DocumentId; readonly title: string }[];
  /** cells[i][j]: references of codes[i] (and below) in documents[j], under the convention. */
  readonly cells: readonly (readonly number[])[];
  /** The largest cell, for a colour scale. */
  readonly max: number;
}

/** Code × document counts for a heatmap; documents in scope, in input order. */
export function codeDocumentMatrix(input: MatrixInput): CodeDocumentMatrix {
  const levels = new Set(input.levels ?? ['basic']);
  const { tree, scope, subtree } = tallyCodings(input);
  const nodes = tree.filter((n) => levels.has(n.level));
  let max = 0;
  const cells = nodes.map((n) =>
    scope.map((_d, di) => {
      const t = subtree.get(n.code.id);
      const v = t ? tallyReferences(t, input.convention, di) : 0;
      max = Math.max(max, v);
      return v;
    }),
  );
  return {
    codes: nodes.map((n) => ({
      id: n.code.id,
      name: n.code.name,
      path: n.path,
      level: n.level,
      color: n.code.color,
    })),
    documents: scope.map((d) => ({ id: d.id, title: d.title })),
    cells,
    max,
  };
}

export interface Share {
  readonly id: CodeId;
  readonly name: string;
  readonly color: string;
  readonly references: number;
  /** 0..100; the shares of one call sum to 100 (unless all are 0). */
  readonly percent: number;
}

/**
 * Chart 1: each row of `level` as a share of those rows' sum (166/307 and 141/307 in the study).
 * The denominator is the sum, not all references: under 'distinct' a passage coded under both
 * global themes is in both, and a pie must still close at 100%.
 */
export function levelShares(rows: readonly FrequencyRow[], level: ThemeLevel = 'global'): Share[] {
  const picked = rows.filter((r) => r.level === level);
  const sum = picked.reduce((s, r) => s + r.references, 0);
  return picked.map((r) => ({
    id: r.id,
    name: r.name,
    color: r.color,
    references: r.references,
    percent: sum > 0 ? (100 * r.references) / sum : 0,
  }));
}

/** Chart 1 of the study. */
export function globalShares(rows: readonly FrequencyRow[]): Share[] {
  return levelShares(rows, 'global');
}

/** Chart 2 of the study: the organizing themes in tree order (a row filter, named for callers). */
export function organizingFrequencies(rows: readonly FrequencyRow[]): FrequencyRow[] {
  return rows.filter((r) => r.level === 'organizing');
}
