// State shared by the readers of one project.qde.
import type { ProjectId } from '../model/ids';
import type { Result } from '../model/snapshot';
import type { GuidMap } from './guid-map';
import type { ReportBuilder } from './import-report';
import type { MetaReader } from './meta-file';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface QdeReadContext {
  readonly projectId: ProjectId;
  readonly now: number;
  readonly guids: GuidMap;
  readonly report: ReportBuilder;
  /** Mazmun's own facts: mazmun.json, or the old "[mazmun]" Description lines. */
  readonly metas: MetaReader;
  /** The Project element's attributes as written (xmlns declarations and prefixes included). */
  readonly rootAttributes?: readonly (readonly [string, string])[];
  /** True for another tool's file: items keep their position in it (origin `#order`). */
  readonly keepOrder?: boolean;
  /** Text of an archive entry, e.g. "sources/x.txt"; fails when absent or not UTF-8. */
  readInternal(path: string): Promise<Result<string>>;
}

export function parseDateTime(raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const t = Date.parse(raw);
  return Number.isFinite(t) ? t : fallback;
}

export function parseInteger(raw: string | undefined): number | null {
  if (raw === undefined || !/^\s*[-+]?\d+\s*$/.test(raw)) return null;
  const n = Number(raw.trim());
  return Number.isSafeInteger(n) ? n : null;
}

/** Resolves `internal://file` (or a path inside the archive) to an entry name, or null. */
export function internalEntry(path: string, folder: string): string | null {
  const m = /^internal:\/\/(.+)$/.exec(path.trim());
  if (!m?.[1]) return null;
  return `${folder}/${m[1]}`;
}
