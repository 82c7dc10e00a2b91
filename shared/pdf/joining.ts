// A half-space (ZWNJ) draws nothing, so a PDF keeps no character for it; its trace is in the
// glyph shapes. A letter that joins on both sides, drawn in its final or isolated form, directly
// followed (no space) by a letter drawn in its isolated or initial form, was cut by a ZWNJ:
// "پژوهش‌های" is drawn ﭘﮋﻭﻫﺶ + ﻫﺎﯼ, the ﺶ final. This reads the forms from the presentation
// form code points that pdf.js reports, before they are folded to letters.

/** [first code point, number of forms] of each letter's run: 4 = isolated, final, initial, medial. */
const RUNS: readonly (readonly [number, number])[] = [
  [0xfe81, 2],
  [0xfe83, 2],
  [0xfe85, 2],
  [0xfe87, 2],
  [0xfe89, 4],
  [0xfe8d, 2],
  [0xfe8f, 4],
  [0xfe93, 2],
  [0xfe95, 4],
  [0xfe99, 4],
  [0xfe9d, 4],
  [0xfea1, 4],
  [0xfea5, 4],
  [0xfea9, 2],
  [0xfeab, 2],
  [0xfead, 2],
  [0xfeaf, 2],
  [0xfeb1, 4],
  [0xfeb5, 4],
  [0xfeb9, 4],
  [0xfebd, 4],
  [0xfec1, 4],
  [0xfec5, 4],
  [0xfec9, 4],
  [0xfecd, 4],
  [0xfed1, 4],
  [0xfed5, 4],
  [0xfed9, 4],
  [0xfedd, 4],
  [0xfee1, 4],
  [0xfee5, 4],
  [0xfee9, 4],
  [0xfeed, 2],
  [0xfeef, 2],
  [0xfef1, 4],
  [0xfef5, 2],
  [0xfef7, 2],
  [0xfef9, 2],
  [0xfefb, 2],
  // Persian letters in Presentation Forms-A: peh, tcheh, jeh, keheh, gaf, farsi yeh.
  [0xfb56, 4],
  [0xfb7a, 4],
  [0xfb8a, 2],
  [0xfb8e, 4],
  [0xfb92, 4],
  [0xfbfc, 4],
];

type Form = { dual: boolean; form: 0 | 1 | 2 | 3 };

const FORMS = new Map<number, Form>();
for (const [start, n] of RUNS) {
  for (let i = 0; i < n; i++) FORMS.set(start + i, { dual: n === 4, form: i as Form['form'] });
}

/** Base letters that join on both sides (some fonts map a final glyph to the base letter). */
const DUAL_BASE = new Set([...'بپتثجچحخسشصضطظعغفقکگلمنهیئيك']);

/** Puts back the half-spaces that glyph shapes show were there (before folding the forms). */
export function inferZwnj(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    out += ch;
    const next = text[i + 1] ?? '';
    const drawn = FORMS.get(ch.codePointAt(0) ?? 0);
    let cut: boolean;
    if (drawn) {
      // A glyph that joins on both sides, drawn not joining the next letter, before a letter.
      cut =
        drawn.dual &&
        drawn.form <= 1 &&
        /[\u0621-\u064a\u067e-\u06d3\ufb50-\ufdff\ufe80-\ufefc]/.test(next);
    } else {
      // A base letter (the font mapped its glyph to the letter): the next glyph's form must tell.
      const b = FORMS.get(next.codePointAt(0) ?? 0);
      cut = DUAL_BASE.has(ch) && b !== undefined && (b.form === 0 || b.form === 2);
    }
    if (cut) out += '\u200c';
  }
  return out;
}
