// Unicode bidirectional controls in names. A code, document or project name may carry them
// (pasted from a web page, or on purpose: U+202E RIGHT-TO-LEFT OVERRIDE turns "txt.exe" into what
// reads as "exe.txt"). Left alone they reorder whatever text follows the name: the rest of a CLI
// line, a window title, a file name. Two treatments: file names lose them; display isolates the
// name (FSI … PDI, UAX #9) so its direction stays inside. ZWNJ (U+200C), the Persian half-space,
// is not a bidi control and always stays.

/** Embeddings and overrides: LRE, RLE, PDF, LRO, RLO (U+202A–U+202E). */
const EMBEDDINGS = '\u202a-\u202e';
/** Isolates: LRI, RLI, FSI, PDI (U+2066–U+2069). */
const ISOLATES = '\u2066-\u2069';
/** Marks: ALM, LRM, RLM. Strong characters without width, harmless where they stand. */
const MARKS = '\u061c\u200e\u200f';

const ALL_CONTROLS = new RegExp(`[${EMBEDDINGS}${ISOLATES}${MARKS}]`, 'g');
const SCOPED_CONTROLS = new RegExp(`[${EMBEDDINGS}${ISOLATES}]`, 'g');

export const FSI = '\u2068';
export const PDI = '\u2069';

/** Whether the text holds any bidi control (embedding, override, isolate or mark). */
export function hasBidiControls(text: string): boolean {
  return new RegExp(ALL_CONTROLS.source).test(text);
}

/** Every bidi control removed: for file names, where an invisible override is only a trap. */
export function stripBidiControls(text: string): string {
  return text.replace(ALL_CONTROLS, '');
}

/**
 * Controls that open or close a scope (embeddings, overrides, isolates) removed, marks kept: for
 * a whole line of text (a message, a window title) that is not one name.
 */
export function stripBidiScopes(text: string): string {
  return text.replace(SCOPED_CONTROLS, '');
}

/**
 * One name for display inside other text: its own direction from its first strong letter
 * (FSI), ended by PDI, with no control inside that could close the isolate early or reach past it.
 */
export function isolateBidi(text: string): string {
  return `${FSI}${stripBidiScopes(text)}${PDI}`;
}

/**
 * JSON text with bidi controls written as \uXXXX escapes: the parsed values are exactly the
 * names, but the text printed on a terminal cannot be reordered by them.
 */
export function escapeBidiInJson(json: string): string {
  return json.replace(
    ALL_CONTROLS,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Composed text (a window title that already isolates its name) made safe to show as a whole:
 * no embedding or override, a PDI without its opener dropped, an opener left open closed at
 * the end. What the main process applies to a title the renderer sends.
 */
export function balancedBidi(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (/[\u202a-\u202e]/.test(ch)) continue;
    if (/[\u2066-\u2068]/.test(ch)) depth++;
    else if (ch === PDI) {
      if (depth === 0) continue;
      depth--;
    }
    out += ch;
  }
  return out + PDI.repeat(depth);
}

/** The window title: the project's name isolated, so its direction stays off the app's name. */
export function windowTitle(projectName: string | null, appName: string): string {
  return projectName ? `${isolateBidi(projectName)} — ${appName}` : appName;
}

/** Brackets and guillemets that swap when a run of text is read in the other direction. */
const MIRRORED: Readonly<Record<string, string>> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '«': '»',
  '»': '«',
  '<': '>',
  '>': '<',
};

/**
 * Swaps mirrored brackets: text taken in visual order (a PDF's right-to-left line, Persian
 * copied out of one) has each bracket facing the wrong way once put in logical order.
 */
export function mirrorBrackets(s: string): string {
  return s.replace(/[()[\]{}«»<>]/g, (c) => MIRRORED[c] ?? c);
}
