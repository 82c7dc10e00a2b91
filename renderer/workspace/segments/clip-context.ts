// A segment's context cut to a few words either side, at spaces (never inside a word, so never
// between a surrogate pair), so the coded words stay within the row's three visible lines.

/** The end of `before` holding at most about `max` units, cut at a space; `cut` says if it was. */
export function tailWords(before: string, max: number): { text: string; cut: boolean } {
  if (before.length <= max) return { text: before, cut: false };
  const at = before.indexOf(' ', before.length - max);
  return at < 0 ? { text: '', cut: true } : { text: before.slice(at), cut: true };
}

/** The start of `after` holding at most about `max` units, cut at a space. */
export function headWords(after: string, max: number): { text: string; cut: boolean } {
  if (after.length <= max) return { text: after, cut: false };
  const at = after.lastIndexOf(' ', max);
  return at < 0 ? { text: '', cut: true } : { text: after.slice(0, at), cut: true };
}
