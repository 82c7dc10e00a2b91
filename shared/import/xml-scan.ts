// A single-pass pre-scan of untrusted XML that enforces the hard limits (input-limits.ts)
// before any parser builds a tree. It is a tokenizer only: it counts elements, depth and the
// lengths of names, attribute values and text runs, and stops at the first limit passed. It
// proves nothing about well-formedness (the parser does that), but whatever the bytes are, every
// one of them is counted against some limit, so nothing large gets through unnoticed.
//
// It reads UTF-8 bytes while an archive entry inflates (so a 200 MB entry of `<x/>` stops after
// a few MB), or a string. Markup characters are ASCII, and in UTF-8 no byte of a multi-byte
// character is ASCII, so one state machine serves both; lengths count characters (code points):
// UTF-8 continuation bytes and UTF-16 low surrogates are not counted.
//
// Why not a SAX parser (saxes): we need only counts, not events; this is ~150 lines with no
// dependency, runs on raw inflated chunks without decoding them, and cannot be made to buffer.

import { appError, type AppError } from '../errors';
import { XML_LIMITS, type XmlLimits } from './input-limits';

/** The limits the scanner refuses by, each with a code for a named file and one for "The XML". */
type LimitCode =
  'xmlTooManyElements' | 'xmlTooDeep' | 'xmlAttributeTooLong' | 'xmlNameTooLong' | 'xmlTextTooLong';

export interface XmlScanOptions {
  /** Refuse a DOCTYPE (REFI-QDA), or count it as text (office formats, which strip it). */
  readonly doctype: 'refuse' | 'skip';
  readonly limits?: XmlLimits;
  /** Elements already counted in earlier parts of the same file (one budget for all). */
  readonly elementsBefore?: number;
}

const enum S {
  Text,
  Lt,
  OpenName,
  InTag,
  AttrName,
  AttrValue,
  Slash,
  CloseName,
  Pi,
  Bang,
  Comment,
  Cdata,
  Decl,
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
const BANG = 0x21;
const QMARK = 0x3f;
const DASH = 0x2d;
const RBRACKET = 0x5d;
const LBRACKET = 0x5b;
const EQ = 0x3d;
const NAME = 'name';

/** A declaration REFI-QDA refuses: <!DOCTYPE, <!ENTITY, <!ELEMENT, <!ATTLIST, <!NOTATION. */
function startsDeclaration(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** A continuation unit: not the start of a character (UTF-8 10xxxxxx, or a low surrogate). */
function isContinuation(c: number, bytes: boolean): boolean {
  return bytes ? (c & 0xc0) === 0x80 : c >= 0xdc00 && c <= 0xdfff;
}

export class XmlScanner {
  /** Elements seen so far. */
  elements = 0;
  /** Deepest nesting seen so far. */
  deepest = 0;
  private state = S.Text;
  private depth = 0;
  /** Length of the current name, attribute value or text run, in characters. */
  private run = 0;
  private quote = 0;
  /** The attribute whose value is being read is `name` (an item name: a tighter limit). */
  private isNameAttr = false;
  /** Matches "name" one character at a time while an attribute name is read. */
  private attrMatch = 0;
  /** Characters matched of a terminator ("-->", "]]>", "?>") or of "<!--" / "<![CDATA[". */
  private seen = 0;
  private bracketDepth = 0;
  /** After "<!": 1 while "--" is matched, 2 while "[CDATA[" is. */
  private bangKind = 0;
  private failed: AppError | null = null;
  private readonly limits: XmlLimits;

  constructor(
    /** How the refusals name the file ("project.qde", "content.xml"); null: "The XML". */
    private readonly what: string | null,
    private readonly options: XmlScanOptions,
  ) {
    this.limits = options.limits ?? XML_LIMITS;
    this.elements = options.elementsBefore ?? 0;
  }

  /** Scans UTF-8 bytes; the error once a limit is passed (and on every later call). */
  feedBytes(chunk: Uint8Array): AppError | null {
    for (let i = 0; i < chunk.length && this.failed === null; i++) {
      this.step(chunk[i] as number, true);
    }
    return this.failed;
  }

  /** Scans a string (or part of one); the same answers as feedBytes on its UTF-8. */
  feedString(text: string): AppError | null {
    for (let i = 0; i < text.length && this.failed === null; i++) {
      this.step(text.charCodeAt(i), false);
    }
    return this.failed;
  }

  private refuse(error: AppError): void {
    this.failed = error;
  }

  /** The refusal for passing a limit, naming the file when the scanner has its name. */
  private over(code: LimitCode, limit: number): AppError {
    return this.what === null
      ? appError(`import.${code}Unnamed`, { limit })
      : appError(`import.${code}`, { file: this.what, limit });
  }

  /** Counts one character of a run against `limit`; refuses with `error` past it. */
  private grow(c: number, bytes: boolean, limit: number, error: () => AppError): void {
    if (isContinuation(c, bytes)) return;
    this.run++;
    if (this.run > limit) this.refuse(error());
  }

  private nameTooLong = (): AppError => this.over('xmlNameTooLong', this.limits.maxNameChars);

  private attributeTooLong = (): AppError =>
    this.over('xmlAttributeTooLong', this.limits.maxAttributeChars);

  private textTooLong = (): AppError => this.over('xmlTextTooLong', this.limits.maxTextUnits);

  private openElement(): void {
    this.elements++;
    if (this.elements > this.limits.maxElements) {
      this.refuse(this.over('xmlTooManyElements', this.limits.maxElements));
      return;
    }
    if (this.depth + 1 > this.limits.maxDepth) {
      this.refuse(this.over('xmlTooDeep', this.limits.maxDepth));
      return;
    }
    this.deepest = Math.max(this.deepest, this.depth + 1);
  }

  private step(c: number, bytes: boolean): void {
    const L = this.limits;
    switch (this.state) {
      case S.Text:
        if (c === LT) {
          this.state = S.Lt;
          this.run = 0;
        } else this.grow(c, bytes, L.maxTextUnits, this.textTooLong);
        return;
      case S.Lt:
        this.run = 0;
        if (c === SLASH) this.state = S.CloseName;
        else if (c === QMARK) this.state = S.Pi;
        else if (c === BANG) {
          this.state = S.Bang;
          this.seen = 0;
          this.bangKind = 0;
        } else {
          this.openElement();
          this.state = S.OpenName;
          this.grow(c, bytes, L.maxNameChars, this.nameTooLong);
        }
        return;
      case S.OpenName:
        if (c === GT) this.endStartTag(false);
        else if (c === SLASH) this.state = S.Slash;
        else if (isSpace(c)) this.state = S.InTag;
        else this.grow(c, bytes, L.maxNameChars, this.nameTooLong);
        return;
      case S.InTag:
        if (c === GT) this.endStartTag(false);
        else if (c === SLASH) this.state = S.Slash;
        else if (c === QUOTE || c === APOS) this.startValue(c);
        else if (!isSpace(c) && c !== EQ) {
          // A new attribute begins.
          this.state = S.AttrName;
          this.run = 0;
          this.attrMatch = 0;
          this.attrName(c, bytes);
        }
        return;
      case S.AttrName:
        if (c === EQ || isSpace(c)) this.state = S.InTag;
        else if (c === GT) this.endStartTag(false);
        else if (c === SLASH) this.state = S.Slash;
        else if (c === QUOTE || c === APOS) this.startValue(c);
        else this.attrName(c, bytes);
        return;
      case S.AttrValue:
        if (c === this.quote) this.state = S.InTag;
        else if (this.isNameAttr) this.grow(c, bytes, L.maxNameChars, this.nameTooLong);
        else this.grow(c, bytes, L.maxAttributeChars, this.attributeTooLong);
        return;
      case S.Slash:
        // "/>" closes an empty element; anything else was a stray slash inside the tag.
        if (c === GT) this.endStartTag(true);
        else this.state = S.InTag;
        return;
      case S.CloseName:
        if (c === GT) {
          this.depth = Math.max(0, this.depth - 1);
          this.state = S.Text;
          this.run = 0;
        } else this.grow(c, bytes, L.maxNameChars, this.nameTooLong);
        return;
      case S.Pi:
        this.terminated(c, bytes, c === QMARK ? 1 : this.seen === 1 && c === GT ? 2 : 0, 2);
        return;
      case S.Bang:
        this.bang(c, bytes);
        return;
      case S.Comment:
        this.terminated(
          c,
          bytes,
          c === DASH ? Math.min(this.seen + 1, 2) : this.seen === 2 && c === GT ? 3 : 0,
          3,
        );
        return;
      case S.Cdata:
        this.terminated(
          c,
          bytes,
          c === RBRACKET ? Math.min(this.seen + 1, 2) : this.seen === 2 && c === GT ? 3 : 0,
          3,
        );
        return;
      case S.Decl:
        // A DOCTYPE in a format that tolerates one: skipped like text, internal subset included.
        if (c === LBRACKET) this.bracketDepth++;
        else if (c === RBRACKET) this.bracketDepth = Math.max(0, this.bracketDepth - 1);
        else if (c === GT && this.bracketDepth === 0) {
          this.state = S.Text;
          this.run = 0;
          return;
        }
        this.grow(c, bytes, L.maxTextUnits, this.textTooLong);
        return;
    }
  }

  private attrName(c: number, bytes: boolean): void {
    this.attrMatch =
      this.attrMatch >= 0 && NAME.charCodeAt(this.attrMatch) === c ? this.attrMatch + 1 : -1;
    this.grow(c, bytes, this.limits.maxNameChars, this.nameTooLong);
  }

  private startValue(quote: number): void {
    this.isNameAttr = this.attrMatch === 4;
    this.attrMatch = -1;
    this.state = S.AttrValue;
    this.quote = quote;
    this.run = 0;
  }

  private endStartTag(empty: boolean): void {
    if (!empty) this.depth++;
    this.state = S.Text;
    this.run = 0;
  }

  /** Inside a comment, CDATA or PI: `next` is how much of the terminator is matched now. */
  private terminated(c: number, bytes: boolean, next: number, length: number): void {
    this.seen = next;
    if (next === length) {
      this.state = S.Text;
      this.run = 0;
      return;
    }
    this.grow(c, bytes, this.limits.maxTextUnits, this.textTooLong);
  }

  /** After "<!": "--" opens a comment, "[CDATA[" a CDATA section, anything else a declaration. */
  private bang(c: number, bytes: boolean): void {
    const comment = '--';
    const cdata = '[CDATA[';
    const k = this.seen;
    if (k < comment.length && comment.charCodeAt(k) === c && (k === 0 || this.bangKind === 1)) {
      this.bangKind = 1;
      this.seen++;
      if (this.seen === comment.length) {
        this.state = S.Comment;
        this.seen = 0;
      }
      return;
    }
    if (k < cdata.length && cdata.charCodeAt(k) === c && (k === 0 || this.bangKind === 2)) {
      this.bangKind = 2;
      this.seen++;
      if (this.seen === cdata.length) {
        this.state = S.Cdata;
        this.seen = 0;
      }
      return;
    }
    if (this.options.doctype === 'refuse' && k === 0 && startsDeclaration(c)) {
      const doctype = appError('import.xmlDoctype');
      this.refuse(
        this.what === null
          ? doctype
          : appError('import.inFile', { file: this.what, error: doctype }),
      );
      return;
    }
    this.state = S.Decl;
    this.bracketDepth = 0;
    this.bangKind = 0;
    this.step(c, bytes);
  }
}

/** Scans a whole string; the error for the first limit it passes, or null. */
export function scanXmlText(
  xml: string,
  what: string | null,
  options: XmlScanOptions,
): AppError | null {
  return new XmlScanner(what, options).feedString(xml);
}

/** "project.qde unpacks to more than 256 MB (the limit)". */
export function entryTooLarge(what: string, limit: number): AppError {
  return appError('import.entryTooLarge', { file: what, limitBytes: limit });
}
