// Markdown transcripts (from Obsidian, Typora, transcription services) imported as plain
// text: the markup goes, the words and the line structure stay. Raw HTML is left as literal
// text on purpose: a transcript is never rendered as HTML.

/** Strips Markdown syntax; headings, list items and quotes stay one per line. */
export function stripMarkdown(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s{0,3}(```|~~~)/.test(line)) {
      // Fenced code keeps its content (it may be a quoted passage) but loses the fences.
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    // Setext heading underlines and horizontal rules carry no words.
    if (/^\s{0,3}([-*_=])(\s*\1){2,}\s*$/.test(line)) continue;
    let s = line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^(\s*>)+\s?/, '')
      .replace(/^(\s*)[-*+]\s+\[[ xX]\]\s+/, '$1')
      .replace(/^(\s*)[-*+]\s+/, '$1');
    s = stripInline(s);
    out.push(s);
  }
  return out.join('\n');
}

/** U+FFFF is a noncharacter, never in real text: a safe wrapper for escaped characters. */
const HIDE = '\uffff';

function stripInline(line: string): string {
  // Escaped markers ("\*") are set aside first so the emphasis rules cannot consume them.
  const s = line.replace(
    /\\([\\`*_{}[\]()#+\-.!>~|])/g,
    (_, c: string) => `${HIDE}${c.charCodeAt(0)}${HIDE}`,
  );
  return (
    s
      // Images before links: ![alt](src) keeps its alt text.
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
      .replace(/`([^`]+)`/g, '$1')
      // Emphasis only where the markers hug the words, so "5 * 3" and snake_case survive.
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(~~)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1$2')
      .replace(/(^|[^\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, '$1$2')
      .replace(/\uffff(\d+)\uffff/g, (_, code: string) => String.fromCharCode(Number(code)))
  );
}
