// `mazmun words`: word frequency over all the project's documents, the same rows the Analysis
// view's Words tab and the HTML report show (shared/analysis/word-frequency.ts).
import { scopeSegments, wordFrequency } from '../../shared/analysis/word-frequency';
import {
  ENGLISH_WORD_COLUMNS,
  topWords,
  wordsJson,
  wordsTable,
} from '../../shared/analysis/word-frequency-table';
import { refuse } from '../../shared/errors';
import { toCsv } from '../../shared/export/csv';
import { ok, type Result } from '../../shared/model/snapshot';
import { escapeBidiInJson } from '../../shared/text/bidi';
import { EXIT } from '../write-output';
import { defineCommand } from '../command';
import { openScopedProject } from '../open-scoped-project';
import { CODER_HELP, coderNames } from './coder-option';
import { SET_HELP, setName } from './set-option';

export interface WordsArgs {
  readonly project: string;
  readonly top: number;
  readonly format: 'table' | 'json' | 'csv';
  readonly stopWords: boolean;
  /** `--coder`: the passages of these coders instead of whole documents; null: all texts. */
  readonly coders: readonly string[] | null;
  /** `--set`: only the documents of the set with this name; null: all. */
  readonly set: string | null;
}

const DEFAULT_TOP = 50;

export function parseTop(value: string | undefined): Result<number> {
  if (value === undefined) return ok(DEFAULT_TOP);
  return /^[1-9][0-9]*$/.test(value) ? ok(Number(value)) : refuse('words.badTop', { value });
}

/** The one <project> argument (the generic parser hands every positional over). */
export function projectArgument(command: string, positional: readonly string[]): Result<string> {
  if (positional.length === 1) return ok(positional[0] ?? '');
  if (positional.length === 0)
    return refuse('cli.needsProject', { command, placeholder: 'project' });
  const given = positional.join(' ');
  return refuse('cli.oneProject', { command, count: positional.length, given });
}

export const wordsCommand = defineCommand<WordsArgs>({
  name: 'words',
  usage:
    '<project> [--top N] [--format table|json|csv] [--all-words] [--coder NAME[,NAME]] [--set NAME]',
  summary: 'Word frequency over all documents, words normalized as the search normalizes them',
  options: { top: null, format: ['table', 'json', 'csv'], coder: null, set: null },
  flags: ['all-words'],
  help: `  --top N                      The N most frequent words (default ${DEFAULT_TOP}).
  --format table|json|csv      table (default): count, documents, percent, word;
                               json: {"words": [{"word": "…", "count": N, "documents": N}],
                               "tokens": N}; csv: word,count,documents,percent (UTF-8, BOM).
                               "tokens" is the number of words counted (stop words left out),
                               the base of percent; "documents" is how many documents hold
                               the word. A word is counted in its search form: Arabic ي/ك,
                               half-spaces and short vowels folded («می‌خواهم» = «میخواهم»);
                               "word" is the form written most often.
  --all-words                  Count stop words too (the shipped Persian and English lists;
                               the app's per-project edits to them live in the app only).
${CODER_HELP}
                               words then counts the passages these coders coded (with any
                               code, overlaps once), not whole documents.
${SET_HELP}
`,
  parse: ({ opts, flags, positional }) => {
    const project = projectArgument('words', positional);
    if (!project.ok) return project;
    const top = parseTop(opts.top);
    if (!top.ok) return top;
    const coders = coderNames(opts.coder);
    if (!coders.ok) return coders;
    return ok({
      project: project.data,
      top: top.data,
      format: (opts.format ?? 'table') as WordsArgs['format'],
      stopWords: !flags.has('all-words'),
      coders: coders.data,
      set: setName(opts.set),
    });
  },
  run: async (args, io) => {
    const scoped = await openScopedProject(
      args.project,
      { coders: args.coders, set: args.set },
      io,
    );
    if (!scoped.ok) return scoped.exit;
    const { documents, codes, codings } = scoped.snapshot;
    const texts = documents.map((d) => ({ id: d.id, text: d.text }));
    const result = wordFrequency(
      args.coders === null
        ? scopeSegments({ kind: 'project' }, texts)
        : scopeSegments({ kind: 'coded' }, texts, codes, codings),
      args.stopWords ? await loadStopSet() : new Set(),
    );
    const rows = topWords(result, args.top);
    if (args.format === 'json') {
      io.stdout(`${escapeBidiInJson(JSON.stringify(wordsJson(rows, result), null, 2))}\n`);
    } else if (args.format === 'csv') {
      io.stdout(toCsv(wordsTable(rows, ENGLISH_WORD_COLUMNS)));
    } else {
      const lines = rows.map(
        (r) =>
          `${String(r.count).padStart(8)} ${String(r.documents).padStart(9)} ${r.percent.toFixed(2).padStart(7)}  ${r.word}`,
      );
      io.stdout(
        `${'count'.padStart(8)} ${'documents'.padStart(9)} ${'percent'.padStart(7)}  word\n` +
          `${lines.join('\n')}${lines.length ? '\n' : ''}` +
          `(${result.tokens} words counted in ${result.documents} documents)\n`,
      );
    }
    return EXIT.ok;
  },
});

/** The shipped stop lists (~200 KB of word lists) load only when `words` runs, not on every call. */
async function loadStopSet(): Promise<ReadonlySet<string>> {
  const { stopSet } = await import('../../shared/analysis/stop-words');
  return stopSet();
}
