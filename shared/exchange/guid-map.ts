// Ids on import: a REFI-QDA GUID becomes the Mazmun id when it is a valid UUID not used yet
// (braces and upper case are normalized); otherwise the item gets a fresh id and references
// to the old GUID follow it.
import { newId, normalizeGuid } from '../model/ids';
import type { ReportBuilder } from './import-report';

export class GuidMap {
  private readonly used = new Set<string>();
  private readonly byKind = new Map<string, Map<string, string>>();

  constructor(private readonly report: ReportBuilder) {}

  /** Assigns the id for a declared item of `kind`; returns null for a duplicate declaration. */
  declare(kind: string, raw: string | undefined): string | null {
    const norm = raw === undefined ? null : normalizeGuid(raw);
    const table = this.table(kind);
    if (norm !== null && table.has(norm)) return null;
    let id = norm;
    if (id === null || this.used.has(id)) {
      id = newId<string>();
      this.report.warn(`A ${kind} without a valid unique GUID was given a new id`);
    }
    this.used.add(id);
    if (norm !== null) table.set(norm, id);
    return id;
  }

  lookup(kind: string, raw: string | undefined): string | undefined {
    const norm = raw === undefined ? null : normalizeGuid(raw);
    return norm === null ? undefined : this.byKind.get(kind)?.get(norm);
  }

  private table(kind: string): Map<string, string> {
    let t = this.byKind.get(kind);
    if (!t) {
      t = new Map();
      this.byKind.set(kind, t);
    }
    return t;
  }
}
