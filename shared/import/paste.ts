// Text pasted into "New document": from a browser, Word or a chat app. It arrives as a
// string already, so there is no decoding; it gets the same tidying and speaker detection as
// a file, and a title from its first line.

import { refuse } from '../errors';
import type { Result } from '../model/snapshot';
import { finishDocument } from './import-file';
import { stripInvisibleAtEnds } from './text-cleanup';
import type { ImportedDocument } from './types';

const MAX_TITLE_LENGTH = 80;

/** The first non-empty line, without Markdown heading marks, cut at a word near 80 chars. */
export function titleFromText(text: string): string {
  const first = text
    .split('\n')
    .map((l) => l.replace(/^\s{0,3}#{1,6}\s+/, '').trim())
    .find((l) => l !== '');
  if (!first) return 'Untitled';
  if (first.length <= MAX_TITLE_LENGTH) return first;
  const cut = first.slice(0, MAX_TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  // Never cut inside a surrogate pair; prefer a word boundary when there is one.
  let end = space > MAX_TITLE_LENGTH / 2 ? space : MAX_TITLE_LENGTH;
  const code = first.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${first.slice(0, end).trimEnd()}…`;
}

export function importPastedText(
  pasted: string,
  options: { readonly title?: string } = {},
): Result<ImportedDocument> {
  const text = stripInvisibleAtEnds(pasted);
  if (text.trim() === '') return refuse('import.pasteEmpty');
  const title = options.title?.trim() || titleFromText(text.replace(/\r\n?/g, '\n'));
  return finishDocument(title, { text, rtlHint: false, warnings: [] }, 'paste', null);
}
