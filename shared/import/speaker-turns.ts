// Speaker turns in a transcript: a paragraph that starts with a short label and a colon,
// "Interviewer: …", "مصاحبه‌گر: …", "[00:12:31] پاسخ‌دهنده ۱: …". A colon inside a sentence
// ("I told him: leave") must not count, so the label is checked for what names look like:
// short, no sentence punctuation, Latin words capitalised, no Persian function words.

export interface SpeakerTurn {
  /** The label as written, trimmed, e.g. "پاسخ‌دهنده ۱". */
  readonly speaker: string;
  /** UTF-16 offset where the turn's paragraph starts (the label, or a timestamp before it). */
  readonly start: number;
  /** UTF-16 offset just after the turn: before the next turn's paragraph, or the end of the text. */
  readonly end: number;
  /** UTF-16 offset of the first character of speech after "label:" (may equal `end`). */
  readonly speechStart: number;
  /** "00:12:31" from "[00:12:31]" or "(00:12)", with the brackets removed; null if none. */
  readonly timestamp: string | null;
}

const DIGIT = '[0-9۰-۹٠-٩]';
const TIME = `${DIGIT}{1,2}:${DIGIT}{2}(?::${DIGIT}{2})?(?:[.,]${DIGIT}{1,3})?`;
const BRACKETED_TIME = `[\\[(]\\s*(${TIME})\\s*[\\])]`;
/** ASCII colon, full-width, small and ratio forms (what RTL keyboards and OCR produce). */
const COLONS = ':：﹕∶꞉';

const LABEL = new RegExp(
  `^[ \\t]*` +
    `(?:(?:${BRACKETED_TIME}|(${DIGIT}{1,2}:${DIGIT}{2}:${DIGIT}{2}))[ \\t]*(?:[-–—][ \\t]*)?)?` +
    `([^\\n${COLONS}\\[\\](){}]{1,60}?)` +
    `(?:[ \\t]*${BRACKETED_TIME})?` +
    `[ \\t]*[${COLONS}]` +
    // A colon followed by a digit is a time ("at 12:30"), by '/' a URL ("http://").
    `(?![0-9۰-۹٠-٩/])[ \\t]*`,
  'u',
);

const MAX_NAME_LENGTH = 40;
const MAX_NAME_WORDS = 4;
// ZWNJ/ZWJ sit outside the class: inside it they would read as joining its neighbours.
const NAME_CHAR = /^(?:[\p{L}\p{M}\p{N} '’.-]|\u200c|\u200d)+$/u;
const LATIN_PARTICLES = new Set(['van', 'von', 'de', 'da', 'del', 'der', 'al', 'el', 'bin', 'ibn']);
/** Words that make a label a clause, not a name ("او گفت:", "یعنی اینکه:"). */
const PERSIAN_FUNCTION_WORDS = new Set([
  'که',
  'و',
  'اما',
  'ولی',
  'را',
  'است',
  'بود',
  'این',
  'آن',
  'اینکه',
  'یعنی',
  'چون',
  'گفت',
  'گفتم',
  'گفتند',
  'گفته',
  'پرسید',
  'پرسیدم',
  'می‌گوید',
  'میگوید',
  'می‌گفت',
]);

/** True when `label` (without the colon) can be a speaker's name. */
export function isSpeakerName(label: string): boolean {
  const name = label.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return false;
  if (!NAME_CHAR.test(name) || !/^\p{L}/u.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return false;
  for (const [k, word] of words.entries()) {
    if (PERSIAN_FUNCTION_WORDS.has(word)) return false;
    // A full stop only ends an abbreviation ("Dr. Rahimi"), never the name or a sentence.
    const dot = word.indexOf('.');
    if (dot >= 0 && (dot !== word.length - 1 || dot > 4 || k === words.length - 1)) return false;
    if (/^[A-Za-z]/.test(word) && /^[a-z]/.test(word) && !LATIN_PARTICLES.has(word)) return false;
  }
  return true;
}

function latinDigits(s: string): string {
  return s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** Speaker turns of `text` in order; text before the first turn belongs to none. */
export function findSpeakerTurns(text: string): SpeakerTurn[] {
  const found: { speaker: string; start: number; speechStart: number; timestamp: string | null }[] =
    [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const m = LABEL.exec(text.slice(lineStart, lineEnd));
    if (m && isSpeakerName(m[3] ?? '')) {
      const time = m[1] ?? m[2] ?? m[4] ?? null;
      found.push({
        speaker: (m[3] ?? '').trim(),
        start: lineStart,
        speechStart: lineStart + m[0].length,
        timestamp: time === null ? null : latinDigits(time.trim()),
      });
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return found.map((t, k) => {
    let end = found[k + 1]?.start ?? text.length;
    while (end > t.speechStart && /\s/.test(text.charAt(end - 1))) end--;
    return { ...t, end };
  });
}

/** Distinct speaker names in order of first appearance. */
export function listSpeakers(turns: readonly SpeakerTurn[]): string[] {
  return [...new Set(turns.map((t) => t.speaker))];
}
