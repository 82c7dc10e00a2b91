// One file in, one ImportedDocument (or a reason) out. The extension picks the reader, but
// the bytes have the last word: a .docx that is really a 1997 .doc, a PDF or a zip renamed
// .txt gets a message that says what it is instead of garbage text.

import { appError, refuse, refuseWith } from '../errors';
import { ok, type Result } from '../model/snapshot';
import { looksRightToLeft } from '../text/persian';
import { decodeText } from './decode-text';
import { extractDocx, type ExtractedText } from './docx';
import { stripMarkdown } from './markdown';
import { extractOdt } from './odt';
import { extractPdf, type ExtractedPdf } from './pdf';
import { checkBrokenPersian } from './text-check';
import { MAX_TEXT_UNITS } from './input-limits';
import { extractRtf } from './rtf';
import { findSpeakerTurns, listSpeakers } from './speaker-turns';
import { countParagraphs, fileExtension, tidyText, titleFromFileName } from './text-cleanup';
import {
  DEFAULT_MAX_EXPANDED_BYTES,
  DEFAULT_MAX_FILE_BYTES,
  type ImportedDocument,
  type ImportFormat,
  type ImportOptions,
} from './types';

type Kind = ImportFormat | 'doc' | 'pdf';

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  if (bytes.length < ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** Zip file names are stored uncompressed, so a byte search finds the telltale parts. */
function containsAscii(bytes: Uint8Array, ascii: string): boolean {
  const needle = new TextEncoder().encode(ascii);
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i >= 0; i = bytes.indexOf(first ?? 0, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** What the bytes are, when they say so; null for plain text (or anything else). */
function sniff(bytes: Uint8Array): Kind | null {
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    if (containsAscii(bytes, 'application/vnd.oasis.opendocument.text')) return 'odt';
    if (containsAscii(bytes, 'word/document')) return 'docx';
    return null;
  }
  if (startsWith(bytes, '\u00d0\u00cf\u0011\u00e0')) return 'doc';
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  if (startsWith(bytes, '{\\rtf')) return 'rtf';
  return null;
}

function kindFromExtension(ext: string): Kind {
  if (ext === 'docx' || ext === 'docm' || ext === 'dotx') return 'docx';
  if (ext === 'odt' || ext === 'ott') return 'odt';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'rtf') return 'rtf';
  if (ext === 'doc') return 'doc';
  if (ext === 'pdf') return 'pdf';
  return 'txt';
}

export async function importFile(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<Result<ImportedDocument>> {
  const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxExpanded = options.maxExpandedBytes ?? DEFAULT_MAX_EXPANDED_BYTES;
  if (bytes.length > maxFile) {
    return refuse('import.tooLarge', {
      file: name,
      sizeBytes: bytes.length,
      limitBytes: maxFile,
    });
  }
  if (bytes.length === 0) return refuse('import.empty', { file: name });

  const declared = kindFromExtension(fileExtension(name));
  const sniffed = sniff(bytes);
  // A real zip or RTF wins over the extension; a .docx that is not a zip stays a (bad) .docx.
  const kind: Kind = sniffed ?? declared;

  let extracted: Result<ExtractedText | ExtractedPdf>;
  switch (kind) {
    case 'doc':
      return refuse('import.oldWordDoc', { file: name });
    case 'pdf':
      // Only real PDF bytes: a .pdf that is text inside is read as text below.
      extracted =
        sniffed === 'pdf'
          ? await extractPdf(name, bytes, options.pdf, maxFile)
          : extractPlain(name, bytes, false);
      break;
    case 'docx':
      extracted =
        sniffed === 'docx'
          ? await extractDocx(name, bytes, maxExpanded)
          : refuse('import.notWord', { file: name });
      break;
    case 'odt':
      extracted = await extractOdt(name, bytes, maxExpanded);
      break;
    case 'rtf':
      extracted = extractRtf(name, bytes);
      break;
    default:
      extracted = extractPlain(name, bytes, kind === 'md');
  }
  if (!extracted.ok) return extracted;
  const format: ImportFormat =
    kind === 'md' || kind === 'docx' || kind === 'odt' || kind === 'rtf'
      ? kind
      : kind === 'pdf' && sniffed === 'pdf'
        ? 'pdf'
        : 'txt';
  return finishDocument(titleFromFileName(name), extracted.data, format, name);
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function extractPlain(name: string, bytes: Uint8Array, markdown: boolean): Result<ExtractedText> {
  const decoded = decodeText(bytes, name);
  if (!decoded.ok) return decoded;
  const warnings: string[] = [];
  if (decoded.data.replaced) {
    warnings.push(
      `${decoded.data.replaced} damaged byte sequence(s) could not be read as UTF-8 and show as �; check those places`,
    );
  }
  if (decoded.data.encoding === 'windows-1256') {
    warnings.push(
      looksRightToLeft(decoded.data.text)
        ? 'read as Windows-1256 (an older Persian/Arabic encoding)'
        : 'not UTF-8: read as Windows-1256 (an older Persian/Arabic encoding); check the text, it may use another encoding',
    );
  }
  const text = markdown ? stripMarkdown(decoded.data.text) : decoded.data.text;
  return ok({ text, rtlHint: false, warnings });
}

/**
 * Shared by every importer (and paste): tidy, count, find speakers, decide direction. `name` is
 * the file's name, or null for pasted text (its refusals say "The pasted text").
 */
export function finishDocument(
  title: string,
  extracted: ExtractedText | ExtractedPdf,
  format: ImportFormat,
  name: string | null,
): Result<ImportedDocument> {
  // Checked before tidying, so an over-long text costs no more passes over it.
  if (extracted.text.length > MAX_TEXT_UNITS) {
    return refuseWith(
      name === null
        ? appError('import.pastedTooLong', { limit: MAX_TEXT_UNITS })
        : appError('import.documentTooLong', { file: name, limit: MAX_TEXT_UNITS }),
    );
  }
  const text = tidyText(extracted.text);
  if (text.trim() === '') {
    return name === null ? refuse('import.pastedNoText') : refuse('import.noText', { file: name });
  }
  const sample = text.slice(0, 2000);
  // The file's own RTL flag only decides when the letters cannot (digits, punctuation).
  const direction =
    looksRightToLeft(sample) || (extracted.rtlHint && !/[A-Za-z]/.test(sample)) ? 'rtl' : 'ltr';
  return ok({
    title,
    text,
    direction,
    paragraphs: countParagraphs(text),
    speakers: listSpeakers(findSpeakerTurns(text)),
    warnings: extracted.warnings,
    format,
    ...('pages' in extracted && extracted.pages.length > 0
      ? { pages: extracted.pages, repeatedLines: extracted.repeatedLines }
      : {}),
    // Every route (paste and every format) passes here: the check is never skipped.
    ...optional('brokenPersian', checkBrokenPersian(text)),
  });
}
