import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSpeakerTurns, isSpeakerName, listSpeakers } from './speaker-turns';

const TRANSCRIPT = [
  'Interview with P01, Tabriz, 1403.',
  'مصاحبه‌گر: لطفاً خودتان را معرفی کنید.',
  'پاسخ‌دهنده ۱: من کارشناس روابط بین‌الملل هستم.',
  'ادامهٔ پاسخ در پاراگراف دوم.',
  '[00:12:31] مصاحبه‌گر： درباره‌ی جمهوری آذربایجان بگویید.',
  'Interviewer (00:12): And in English?',
].join('\n');

describe('findSpeakerTurns', () => {
  const turns = findSpeakerTurns(TRANSCRIPT);

  it('finds Latin and Persian labels, full-width colons and timestamps', () => {
    expect(turns.map((t) => [t.speaker, t.timestamp])).toEqual([
      ['مصاحبه‌گر', null],
      ['پاسخ‌دهنده ۱', null],
      ['مصاحبه‌گر', '00:12:31'],
      ['Interviewer', '00:12'],
    ]);
    expect(listSpeakers(turns)).toEqual(['مصاحبه‌گر', 'پاسخ‌دهنده ۱', 'Interviewer']);
  });

  it('gives UTF-16 offsets: a turn runs to the next turn, speech starts after the colon', () => {
    const [first, second, third] = turns;
    expect(TRANSCRIPT.slice(first!.start, first!.speechStart)).toBe('مصاحبه‌گر: ');
    expect(TRANSCRIPT.slice(first!.speechStart, first!.end)).toBe('لطفاً خودتان را معرفی کنید.');
    // A turn continues over paragraphs without a label.
    expect(TRANSCRIPT.slice(second!.speechStart, second!.end)).toBe(
      'من کارشناس روابط بین‌الملل هستم.\nادامهٔ پاسخ در پاراگراف دوم.',
    );
    expect(TRANSCRIPT.slice(third!.start, third!.speechStart)).toBe('[00:12:31] مصاحبه‌گر： ');
    expect(turns.at(-1)!.end).toBe(TRANSCRIPT.length);
  });

  it('reads Persian-digit timestamps as Latin digits', () => {
    expect(findSpeakerTurns('(۰۰:۰۵:۱۰) مصاحبه‌گر: سلام')[0]?.timestamp).toBe('00:05:10');
  });

  it('does not take a colon inside a sentence for a turn', () => {
    const text = [
      'I told him: leave now.',
      'او گفت: برو.',
      'The meeting is at 12:30 today.',
      'See https://example.org for details.',
      'This is a long sentence with many words before the colon: yes.',
      'Well, then: no.',
      'Is it true? Maybe: no.',
    ].join('\n');
    expect(findSpeakerTurns(text)).toEqual([]);
  });

  it('accepts names with abbreviations, digits and particles', () => {
    expect(isSpeakerName('Dr. Rahimi')).toBe(true);
    expect(isSpeakerName('Respondent 2')).toBe(true);
    expect(isSpeakerName('Jan van Dijk')).toBe(true);
    expect(isSpeakerName('مصاحبه شونده ۳')).toBe(true);
    expect(isSpeakerName('Rahimi.')).toBe(false);
    expect(isSpeakerName('one two three four five')).toBe(false);
    expect(isSpeakerName('x'.repeat(41))).toBe(false);
  });

  it('keeps offsets inside the text and ordered (property)', () => {
    const label = fc.constantFrom(
      'Interviewer: ',
      'مصاحبه‌گر: ',
      '[00:01] P1: ',
      'پاسخ‌دهنده ۱： ',
      '',
    );
    const line = fc
      .tuple(label, fc.string({ unit: 'grapheme', maxLength: 40 }))
      .map(([l, s]) => l + s);
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.constantFrom('\n', '\n\n'),
        (lines, sep) => {
          const text = lines.join(sep);
          let previousEnd = 0;
          for (const t of findSpeakerTurns(text)) {
            expect(t.start).toBeGreaterThanOrEqual(previousEnd);
            expect(t.start).toBeLessThanOrEqual(t.speechStart);
            expect(t.speechStart).toBeLessThanOrEqual(t.end);
            expect(t.end).toBeLessThanOrEqual(text.length);
            expect(t.start === 0 || text[t.start - 1] === '\n').toBe(true);
            previousEnd = t.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
