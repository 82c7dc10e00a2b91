// Attride-Stirling's thematic network as rows: nodes (global, organizing, basic themes) and the
// edges from each theme to its children, read off the frequency table so the map, its node table,
// the CLI and the report all show the numbers of Table 2 under the chosen counting convention.
import type { CodeId } from '../model';
import type { FrequencyRow } from './frequencies';
import { normalizeForSearch } from '../text/persian';

/** The ring a theme sits on: by depth in the tree (root, second level, third level). */
export type NetworkLevel = 'global' | 'organizing' | 'basic';

export interface NetworkNode {
  readonly id: CodeId;
  readonly name: string;
  readonly level: NetworkLevel;
  readonly references: number;
  readonly sources: number;
  readonly parentId: CodeId | null;
  readonly color: string;
}

export interface NetworkEdge {
  readonly from: CodeId;
  readonly to: CodeId;
  /** The child's references: how much of the parent theme this branch carries. */
  readonly weight: number;
}

export interface NetworkRows {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

const LEVEL_BY_DEPTH: readonly NetworkLevel[] = ['global', 'organizing', 'basic'];

/**
 * The network of one global theme (`globalId`) or of all of them (null), in tree order. Codes
 * deeper than the third level are not drawn: their references are already rolled up into their
 * basic theme by the frequency table.
 */
export function networkRows(
  rows: readonly FrequencyRow[],
  globalId: CodeId | null = null,
): NetworkRows {
  const nodes: NetworkNode[] = [];
  const edges: NetworkEdge[] = [];
  let inScope = globalId === null;
  for (const row of rows) {
    if (row.depth === 0 && globalId !== null) inScope = row.id === globalId;
    const level = LEVEL_BY_DEPTH[row.depth];
    if (!inScope || level === undefined) continue;
    nodes.push({
      id: row.id,
      name: row.name,
      level,
      references: row.references,
      sources: row.sources,
      parentId: row.parentId,
      color: row.color,
    });
    if (row.parentId !== null) {
      edges.push({ from: row.parentId, to: row.id, weight: row.references });
    }
  }
  return { nodes, edges };
}

/** The global themes (roots), in tree order. */
export function globalThemes(rows: readonly FrequencyRow[]): readonly FrequencyRow[] {
  return rows.filter((r) => r.depth === 0);
}

/**
 * A name as people type it: Arabic ي/ك as Persian ی/ک, digits in any script, and spaces, half-spaces
 * (ZWNJ) and their absence all alike ("فرصت‌های" = "فرصت های" = "فرصتهای").
 */
export function themeNameKey(name: string): string {
  return normalizeForSearch(name).replace(/\s+/g, '');
}

/** The global theme called `name` (Persian-aware), or undefined. */
export function findGlobalTheme(
  rows: readonly FrequencyRow[],
  name: string,
): FrequencyRow | undefined {
  const key = themeNameKey(name);
  return globalThemes(rows).find((r) => themeNameKey(r.name) === key);
}

/** What the CLI prints: the rows without the drawing details (parent, colour). */
export function networkJson(rows: NetworkRows): {
  readonly nodes: readonly Pick<NetworkNode, 'id' | 'name' | 'level' | 'references' | 'sources'>[];
  readonly edges: readonly NetworkEdge[];
} {
  return {
    nodes: rows.nodes.map(({ id, name, level, references, sources }) => ({
      id,
      name,
      level,
      references,
      sources,
    })),
    edges: rows.edges.map(({ from, to, weight }) => ({ from, to, weight })),
  };
}
