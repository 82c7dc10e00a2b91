// The common last step of every importer, so .txt, .docx and pasted text end up shaped alike:
// '\n' line endings, no trailing blanks on a line, at most one empty line in a row, no
// leading or trailing empty lines. Offsets are only ever taken on the cleaned text.

import { normalizeNewlines } from './decode-text';

export function tidyText(text: string): string {
  return normalizeNewlines(text)
    .replace(/^\ufeff/, '')
    .replaceAll('\u0000', '')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '');
}

/** Paragraphs are non-empty lines (docx/odt paragraphs are written one per line). */
export function countParagraphs(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (line.trim() !== '') n++;
  return n;
}

/** "C:\\interviews\\P01 – Tabriz.final.docx" → "P01 – Tabriz.final". */
export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  const title = (dot > 0 ? base.slice(0, dot) : base).trim();
  return title === '' ? 'Untitled' : title;
}

/** The extension in lower case without the dot, or '' (".bashrc" has none). */
export function fileExtension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Pasted text often carries a BOM or bidi marks around it (copied from Word or a browser). */
export function stripInvisibleAtEnds(text: string): string {
  return text.replace(/^[\ufeff\u200e\u200f\s]+/, '').replace(/[\u200e\u200f\s]+$/, '');
}
