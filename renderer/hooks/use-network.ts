import { useMemo } from 'react';
import type { Convention, FrequencyRow } from '../../shared/analysis';
import { globalThemes, networkRows, type NetworkRows } from '../../shared/analysis/network';
import { layoutNetwork, type NetworkLayout } from '../../shared/analysis/network-layout';
import type { CodeId } from '../../shared/model';
import type { CoderChoice } from './use-coder-filter';
import { useFrequencyTable } from './use-frequencies';
import { useReportOptions } from './use-report-options';

export interface NetworkOptions {
  readonly convention: Convention;
  /** One global theme's network, or null for all of them. */
  readonly globalId: CodeId | null;
  /** Whose codings count ('' or absent: all coders). */
  readonly coder?: CoderChoice;
}

export interface NetworkView {
  readonly globals: readonly FrequencyRow[];
  readonly rows: NetworkRows;
  readonly layout: NetworkLayout;
}

/**
 * The thematic network of the open project, from the same frequency table as Table 2 (so it
 * follows every coding), laid out again only when the rows change: 200 codes take well under
 * the 500 ms of bench/network.ts.
 */
export function useNetwork(options: NetworkOptions): NetworkView {
  // The report's document set limits the network as it limits Table 2 (issue 13.4).
  const { setId } = useReportOptions();
  const table = useFrequencyTable({
    convention: options.convention,
    coder: options.coder ?? '',
    setId,
  });
  const globals = useMemo(() => globalThemes(table.rows), [table]);
  // A global theme deleted meanwhile falls back to the whole network.
  const globalId =
    options.globalId !== null && globals.some((g) => g.id === options.globalId)
      ? options.globalId
      : null;
  const fresh = useMemo(() => networkRows(table.rows, globalId), [table, globalId]);
  // A coding elsewhere makes a new table with, often, the same network: keep the same layout.
  const key = JSON.stringify(fresh);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by content, not identity
  const rows = useMemo(() => fresh, [key]);
  const layout = useMemo(() => layoutNetwork(rows), [rows]);
  return { globals, rows, layout };
}
