// Everything a researcher typed (names, transcripts, memos) reaches the report through here:
// a transcript that contains "<script>" must show as text, never run.

/** Escapes text for an HTML or SVG text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A colour from user data, used inside a style attribute: only #rgb / #rrggbb passes. */
export function safeColor(color: string, fallback = '#6b7280'): string {
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(color) ? color : fallback;
}
