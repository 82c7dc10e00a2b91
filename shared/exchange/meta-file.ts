// Mazmun's own facts about a .qdpx (format version, project language, document directions,
// attribute types and category options, a case memo's target) travel in `mazmun.json` beside
// project.qde. REFI-QDA readers ignore entries they do not know, so other tools show their users
// nothing of it. Files written before format 2 carried the same facts as a last line
// "[mazmun] {json}" in Description elements: still read, and stripped from what users see.
import { normalizeGuid } from '../model/ids';
import { splitMeta } from './mazmun-meta';

export const META_ENTRY = 'mazmun.json';

export type MetaRecord = Record<string, unknown>;

export interface MazmunMetaFile {
  readonly format: 'mazmun-qdpx';
  readonly formatVersion: number;
  readonly appVersion?: string;
  readonly language: string;
  /** Keyed by the item's GUID as written in project.qde. */
  readonly documents: Record<string, MetaRecord>;
  readonly attributes: Record<string, MetaRecord>;
  readonly notes: Record<string, MetaRecord>;
}

function isRecord(v: unknown): v is MetaRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The facts of a mazmun.json, or null when it is not one (then the file is ignored). */
export function parseMetaFile(text: string): MetaReader | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.format !== 'mazmun-qdpx') return null;
  return new MetaReader(data);
}

/** Reads facts by item, from mazmun.json when the archive has one, else from Descriptions. */
export class MetaReader {
  constructor(private readonly file: MetaRecord | null) {}

  /** Project-level facts (language, versions). */
  project(description: string): { text: string; meta: MetaRecord | null } {
    const old = splitMeta(description);
    return this.file ? { text: old.text, meta: this.file } : old;
  }

  /** An item's facts and its Description without any old metadata line. */
  item(
    kind: 'documents' | 'attributes' | 'notes',
    guid: string | undefined,
    description: string,
  ): { text: string; meta: MetaRecord | null } {
    const old = splitMeta(description);
    if (!this.file) return old;
    const table = this.file[kind];
    const key = guid === undefined ? null : (normalizeGuid(guid) ?? guid);
    // Own keys only: a GUID attribute reading "__proto__" must not find Object.prototype.
    const meta =
      isRecord(table) && key !== null && Object.hasOwn(table, key) ? table[key] : undefined;
    return { text: old.text, meta: isRecord(meta) ? meta : null };
  }
}
