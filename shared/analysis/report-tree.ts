// Pure helpers behind the report view: the theme tree the table expands, the printed source ids,
// the case filter a researcher picks. Kept apart from React so they are tested in node.
import type { Attribute, AttributeId, AttributeValue, Case, DocumentId } from '../model';
import type { FrequencyRow } from './frequencies';
import { defaultSourceKey } from './compare-published';
import { joinSourceLabels, type LabelLocale } from './source-labels';

/** A row of the report table with its children (the tree the paper's Table 2 is read as). */
export interface ThemeNode {
  readonly row: FrequencyRow;
  /** The sources' labels joined by the locale's separator ("P01، P02"), in document order. */
  readonly sourceIdsText: string;
  readonly children: ThemeNode[];
}

/**
 * Builds the tree from flat rows in tree order, linking each row to its parent by `parentId`.
 * With `labels` (shared/analysis/source-labels.ts), the source column joins them.
 */
export function buildThemeTree(
  rows: readonly FrequencyRow[],
  labels?: ReadonlyMap<DocumentId, string>,
  locale: LabelLocale = 'en',
): ThemeNode[] {
  const byId = new Map<string, ThemeNode>();
  const roots: ThemeNode[] = [];
  for (const row of rows) {
    const text = labels ? joinSourceLabels(row.sourceIds, labels, locale) : sourceIdsText(row);
    const node: ThemeNode = { row, sourceIdsText: text, children: [] };
    byId.set(row.id, node);
    const parent = row.parentId === null ? undefined : byId.get(row.parentId);
    // A row whose parent is not (yet) known stays visible as a root rather than vanishing.
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/**
 * The source ids as the paper prints them: each document's number, joined by "-" (the fixture
 * study's convention, compared with the paper). The app and exports use source labels instead.
 */
export function sourceIdsText(row: Pick<FrequencyRow, 'sourceLabels'>): string {
  return row.sourceLabels.map(defaultSourceKey).join('-');
}

/** A chosen case filter: keep documents whose case has one of `values` for the attribute. */
export interface CaseFilterChoice {
  readonly attributeId: AttributeId;
  /** Values as strings (a year 1403 is "1403"); empty means no filter. */
  readonly values: readonly string[];
}

const valueKey = (v: AttributeValue | undefined): string | null =>
  v === null || v === undefined || v === '' ? null : String(v);

/** The engine's `caseFilter`, or undefined when the choice filters nothing (or is stale). */
export function caseFilterPredicate(
  choice: CaseFilterChoice | null,
  attributes: readonly Attribute[],
): ((c: Case) => boolean) | undefined {
  if (!choice || choice.values.length === 0) return undefined;
  // A choice made in another project names an attribute this one does not have: ignore it.
  if (!attributes.some((a) => a.id === choice.attributeId)) return undefined;
  const wanted = new Set(choice.values);
  return (c) => {
    const k = valueKey(c.values[choice.attributeId]);
    return k !== null && wanted.has(k);
  };
}

/** The distinct values of an attribute across cases, in natural order (1400 before 1403). */
export function attributeValues(attributeId: AttributeId, cases: readonly Case[]): string[] {
  const set = new Set<string>();
  for (const c of cases) {
    const k = valueKey(c.values[attributeId]);
    if (k !== null) set.add(k);
  }
  return [...set].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}

/** Every row id that has children: what "expand all" opens. */
export function expandableIds(nodes: readonly ThemeNode[]): string[] {
  const out: string[] = [];
  const walk = (list: readonly ThemeNode[]): void => {
    for (const n of list) {
      if (n.children.length > 0) {
        out.push(n.row.id);
        walk(n.children);
      }
    }
  };
  walk(nodes);
  return out;
}
