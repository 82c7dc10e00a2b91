// One synthetic interview transcript: speaker turns of sentences drawn from the vocabulary, with
// the sentence ranges recorded so codings can cover whole sentences (as researchers code).
import { toPersianDigits, ZWNJ } from '../shared/text/persian';
import type { Rng } from './prng';
import {
  EN_SPEAKERS,
  EN_WORDS,
  FA_COMMON,
  FA_CONTENT,
  FA_SEARCH_WORD,
  FA_SPEAKERS,
  HIJRI_YEARS,
} from './vocabulary';

export type Language = 'fa' | 'en';

export interface InterviewText {
  readonly text: string;
  /** Words written (speaker labels not counted). */
  readonly words: number;
  /**
   * [start, end) UTF-16 ranges of the interviewee's sentences, in text order (what researchers
   * code); the interviewer's only when the transcript is too short to have an answer.
   */
  readonly sentences: readonly (readonly [number, number])[];
  /** The turn of each sentence (same order): a coded passage never crosses a turn. */
  readonly turns: readonly number[];
  /** How many times FA_SEARCH_WORD was written. */
  readonly searchWordCount: number;
}

/** Rates of the quirks of real Persian transcripts. */
const ARABIC_LETTERS_RATE = 0.03;
const LOST_ZWNJ_RATE = 0.03;
const YEAR_RATE = 0.004;
/** Per sentence: ~1 hit per 12,000 words, so a 5M-word corpus stays under searchDocuments' limit. */
export const SEARCH_WORD_RATE = 1 / 1000;

/** Arabic ي/ك typed for Persian ی/ک, as on an Arabic keyboard layout. */
export function withArabicLetters(word: string): string {
  return word.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
}

function persianWord(rng: Rng): string {
  let w: string = rng.chance(0.45) ? rng.pick(FA_COMMON) : rng.pick(FA_CONTENT);
  if (rng.chance(YEAR_RATE)) w = toPersianDigits(rng.pick(HIJRI_YEARS));
  if (rng.chance(ARABIC_LETTERS_RATE)) w = withArabicLetters(w);
  if (w.includes(ZWNJ) && rng.chance(LOST_ZWNJ_RATE)) w = w.replace(ZWNJ, ' ');
  return w;
}

function englishWord(rng: Rng): string {
  if (rng.chance(YEAR_RATE)) return String(rng.int(2015, 2025));
  return rng.pick(EN_WORDS);
}

const wordsIn = (w: string) => w.split(' ').length;

/**
 * A transcript of about `targetWords` words (it stops at the first sentence end past the target):
 * turns alternate between interviewer (one short question) and interviewee (1–5 sentences).
 */
export function interviewText(rng: Rng, language: Language, targetWords: number): InterviewText {
  const fa = language === 'fa';
  const speakers = fa ? FA_SPEAKERS : EN_SPEAKERS;
  const word = fa ? persianWord : englishWord;
  const comma = fa ? '،' : ',';
  const question = fa ? '؟' : '?';
  const parts: string[] = [];
  const answers: [number, number][] = [];
  const answerTurns: number[] = [];
  const questions: [number, number][] = [];
  const questionTurns: number[] = [];
  let length = 0;
  let words = 0;
  let searchWordCount = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };

  for (let turn = 0; words < targetWords; turn++) {
    if (turn > 0) push('\n');
    const interviewer = turn % 2 === 0;
    push(`${speakers[interviewer ? 0 : 1]}: `);
    const count = interviewer ? 1 : rng.int(1, 5);
    for (let s = 0; s < count && words < targetWords; s++) {
      if (s > 0) push(' ');
      const start = length;
      const n = interviewer ? rng.int(5, 10) : rng.int(6, 18);
      const plant = fa && !interviewer && rng.chance(SEARCH_WORD_RATE) ? rng.int(0, n - 1) : -1;
      for (let k = 0; k < n; k++) {
        if (k > 0) push(k % 7 === 6 && rng.chance(0.5) ? `${comma} ` : ' ');
        let w = word(rng);
        if (k === plant) {
          w = rng.chance(0.5) ? withArabicLetters(FA_SEARCH_WORD) : FA_SEARCH_WORD;
          searchWordCount++;
        }
        if (k === 0 && !fa) w = w.charAt(0).toUpperCase() + w.slice(1);
        push(w);
        words += wordsIn(w);
      }
      push(interviewer ? question : '.');
      (interviewer ? questions : answers).push([start, length]);
      (interviewer ? questionTurns : answerTurns).push(turn);
    }
  }
  const useAnswers = answers.length > 0;
  return {
    text: parts.join(''),
    words,
    sentences: useAnswers ? answers : questions,
    turns: useAnswers ? answerTurns : questionTurns,
    searchWordCount,
  };
}
