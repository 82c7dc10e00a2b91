// The order the app lists documents in: oldest first, then by title in natural order ("2." before
// "10."). The one comparator for the store's state, the documents repository, the report and the
// exports, so that all show the same order. A snapshot read from the database comes in key order,
// which is random ids: an export that keeps it shows "5.", "13.", "11.", "6.".

export interface OrderedDocument {
  readonly title: string;
  /** Absent (a hand-built snapshot): the title alone decides. */
  readonly createdAt?: number;
}

const natural = (a: string, b: string): number => a.localeCompare(b, undefined, { numeric: true });

/** A sorted copy of `documents` (an array, or any iterable: a Map's values) in the app's order. */
export function inDocumentOrder<D extends OrderedDocument>(documents: Iterable<D>): D[] {
  return [...documents].sort(
    (a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0) || natural(a.title, b.title),
  );
}
