// What an import did: counts of what was mapped, and everything it left out with the reason,
// so the user sees exactly what another tool's project lost on the way into Mazmun.

export interface ImportCounts {
  users: number;
  codes: number;
  variables: number;
  cases: number;
  documents: number;
  codings: number;
  memos: number;
}

export interface SkippedItems {
  /** What was skipped, e.g. "PDFSource", "PictureSelection", "Set". */
  readonly what: string;
  readonly count: number;
  readonly reason: string;
}

export interface ImportReport {
  readonly mapped: ImportCounts;
  readonly skipped: readonly SkippedItems[];
  /** Things mapped with a change the user should know of (new ids, converted types). */
  readonly warnings: readonly string[];
}

export class ReportBuilder {
  readonly mapped: ImportCounts = {
    users: 0,
    codes: 0,
    variables: 0,
    cases: 0,
    documents: 0,
    codings: 0,
    memos: 0,
  };
  private readonly skips = new Map<string, { what: string; reason: string; count: number }>();
  private readonly warns = new Map<string, number>();

  skip(what: string, reason: string, count = 1): void {
    if (count <= 0) return;
    const key = `${what}\u0000${reason}`;
    const cur = this.skips.get(key);
    if (cur) cur.count += count;
    else this.skips.set(key, { what, reason, count });
  }

  /** Repeated warnings are folded into one line with a count. */
  warn(message: string): void {
    this.warns.set(message, (this.warns.get(message) ?? 0) + 1);
  }

  build(): ImportReport {
    return {
      mapped: { ...this.mapped },
      skipped: [...this.skips.values()].map((s) => ({ ...s })),
      warnings: [...this.warns].map(([m, n]) => (n > 1 ? `${m} (×${n})` : m)),
    };
  }
}
