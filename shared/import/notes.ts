// One convention for footnotes, endnotes and list items in every word-processor format (.docx,
// .odt, .rtf; issue 11, item 4). A note's place in the text gets the marker "[^N]" (N counted
// from 1 in order of appearance, footnotes and endnotes in one sequence), and the notes follow
// the text, one line each: "[^N]: the note's text" — the Markdown footnote convention. The note
// stays attached to its place (the marker is searchable and codable), no words are lost or glued
// to the word before, and the text reads the same whichever format it came from.
// List items start with a marker: "• " for a bulleted item, "N. " for a numbered one.

export const BULLET = '• ';

export function numberMarker(n: number): string {
  return `${n}. `;
}

export function noteMarker(n: number): string {
  return `[^${n}]`;
}

/** The text followed by its notes, one "[^N]: text" line each (note N is notes[N - 1]). */
export function withNotes(text: string, notes: readonly string[]): string {
  if (notes.length === 0) return text;
  const lines = notes.map((t, i) => `${noteMarker(i + 1)}: ${t.replace(/\s+/g, ' ').trim()}`);
  return `${text}\n${lines.join('\n')}`;
}
