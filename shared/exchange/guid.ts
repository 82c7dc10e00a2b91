// REFI-QDA needs GUIDs for things Mazmun has no id for (the selection that carries a coding,
// the default user, the note that carries a coding memo). Deriving them from an existing id
// keeps exports deterministic: the same project gives the same file, which diffs cleanly.

function fnv1a32(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A version-4-shaped UUID derived from `id` and `salt` (not random; not secret). */
export function deriveGuid(id: string, salt: string): string {
  const key = `${salt}:${id}`;
  const hex = [0, 1, 2, 3]
    .map((k) =>
      fnv1a32(key, Math.imul(k + 1, 0x9e3779b1))
        .toString(16)
        .padStart(8, '0'),
    )
    .join('');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
