// Every hard limit on untrusted input, in one place: the importers, the CLI, the README's
// "Limits" section and the refusal sentences all read these numbers. Each is checked while the
// input is read (inflated, scanned), before any full parse, and each refusal names its limit.
//
// Sizing: a large real study (1,000 interviews, 5M words, 100k codings; bench/generate.ts) is a
// 20 MB .qdpx that unpacks to 98 MB; its project.qde is 44 MB with 0.32M elements. Parsing costs
// ~2.6 µs and ~170 bytes per element (5M flat elements: 13 s and 875 MB), so the element limit
// is 3× that study and no more: the worst XML that passes it parses in ~3 s and ~200 MB, where
// issue 12's file took minutes and gigabytes. Sizes, depth, names and text get more headroom,
// as they cost little per byte once the element count is bounded.

/** A transcript file (.txt, .md, .docx, .odt, .rtf) picked in Documents → Import. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** All entries of one .docx/.odt, inflated. */
export const MAX_DOCUMENT_ARCHIVE_BYTES = 200 * 1024 * 1024;
/** All entries of one .qdpx, inflated. */
export const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;
/** Entries in one archive. */
export const MAX_ARCHIVE_ENTRIES = 100_000;
/** One archive entry (project.qde, a source's text, content.xml, word/document.xml), inflated. */
export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;
/** Elements in one XML document. */
export const MAX_XML_ELEMENTS = 1_000_000;
/**
 * Elements in all the XML parts of one .docx/.odt together. Lower, because mammoth reads Word
 * XML at ~16–65 µs per element (~10 ms per 1,000-paragraph interview): 250,000 elements is a
 * ~1,000-page document, and a flood of junk elements under it still reads in ~4 s.
 */
export const MAX_DOCUMENT_XML_ELEMENTS = 250_000;
/** Nesting depth of one XML document (REFI-QDA needs ~10 plus the depth of the code tree). */
export const MAX_XML_DEPTH = 256;
/** One attribute value, in characters. */
export const MAX_XML_ATTRIBUTE_CHARS = 1_000_000;
/** An element or attribute name, and the `name` attribute of a code, source, case or user. */
export const MAX_NAME_CHARS = 1_000;
/**
 * The text of one document, in UTF-16 code units (so every offset fits); also one run of text,
 * comment or CDATA in an XML file. ~8M words: a long book is under 1M.
 */
export const MAX_TEXT_UNITS = 50_000_000;
/** Nesting of `{` groups in an RTF file (Word writes well under 50). */
export const MAX_RTF_DEPTH = 1_000;
/** The largest `\ucN` an RTF file may use; larger ones are read as 1, with a warning. */
export const MAX_RTF_UC = 10;

/** 1234567 → "1,234,567": limits in refusals are read by people. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "104857600" is no help to a researcher: 100 MB is. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

/** "x.txt is longer than 50,000,000 characters (the limit for one document)". */
export function documentTooLongReason(subject: string, limit = MAX_TEXT_UNITS): string {
  return `${subject} is longer than ${formatCount(limit)} characters (the limit for one document)`;
}

/** The limits an XML reader enforces; tests pass smaller ones. */
export interface XmlLimits {
  readonly maxElements: number;
  readonly maxDepth: number;
  readonly maxAttributeChars: number;
  readonly maxNameChars: number;
  readonly maxTextUnits: number;
}

export const XML_LIMITS: XmlLimits = {
  maxElements: MAX_XML_ELEMENTS,
  maxDepth: MAX_XML_DEPTH,
  maxAttributeChars: MAX_XML_ATTRIBUTE_CHARS,
  maxNameChars: MAX_NAME_CHARS,
  maxTextUnits: MAX_TEXT_UNITS,
};

/** For the README's "Limits" section (input-limits.test.ts keeps the two in step). */
export const LIMITS_TABLE: readonly (readonly [string, string])[] = [
  ['Transcript file (.txt, .md, .docx, .odt, .rtf)', formatBytes(MAX_FILE_BYTES)],
  ['.docx/.odt unpacked, all entries', formatBytes(MAX_DOCUMENT_ARCHIVE_BYTES)],
  ['.qdpx unpacked, all entries', formatBytes(MAX_ARCHIVE_BYTES)],
  ['Entries in one archive', formatCount(MAX_ARCHIVE_ENTRIES)],
  ['One archive entry (project.qde, a source text, content.xml)', formatBytes(MAX_ENTRY_BYTES)],
  ['XML elements in one file', formatCount(MAX_XML_ELEMENTS)],
  ['XML elements in one .docx/.odt, all parts together', formatCount(MAX_DOCUMENT_XML_ELEMENTS)],
  ['XML nesting depth', formatCount(MAX_XML_DEPTH)],
  ['One XML attribute value', `${formatCount(MAX_XML_ATTRIBUTE_CHARS)} characters`],
  [
    'A name (XML element/attribute, or a code/source/case name)',
    `${formatCount(MAX_NAME_CHARS)} characters`,
  ],
  [
    'Text of one document; one XML text run, comment or CDATA',
    `${formatCount(MAX_TEXT_UNITS)} characters`,
  ],
  ['RTF group nesting', formatCount(MAX_RTF_DEPTH)],
  ['RTF `\\ucN`', `N ≤ ${MAX_RTF_UC} (a larger N is read as 1, with a warning)`],
];
