// `mazmun cooccurrence <project> [--level …] [--mode overlap|paragraph|document]
// [--format json|csv]`: the Analysis view's co-occurrence matrix on the same rows.
import type { ThemeLevel } from '../../shared/analysis/code-tree';
import { computeCooccurrence, type CooccurrenceMode } from '../../shared/analysis/cooccurrence';
import { cooccurrenceJson, cooccurrenceTable } from '../../shared/analysis/crosstab-output';
import { toCsv } from '../../shared/export/csv';
import { ok } from '../../shared/model/snapshot';
import { escapeBidiInJson } from '../../shared/text/bidi';
// The transcript's own paragraphs, so "same paragraph" means what the coding view shows.
import { splitParagraphs } from '../../shared/text/paragraphs';
import { EXIT } from '../write-output';
import { defineCommand } from '../command';
import { openScopedProject } from '../open-scoped-project';
import { CODER_HELP, coderNames } from './coder-option';
import { SET_HELP, setName } from './set-option';
import { onePositional } from './positional';

interface CooccurrenceArgs {
  readonly project: string;
  readonly level: ThemeLevel;
  readonly mode: CooccurrenceMode;
  readonly format: 'json' | 'csv';
  readonly coders: readonly string[] | null;
  readonly set: string | null;
}

export const cooccurrenceCommand = defineCommand<CooccurrenceArgs>({
  name: 'cooccurrence',
  usage:
    '<project> [--level basic|organizing|global] [--mode overlap|paragraph|document] [--format json|csv] [--coder NAME[,NAME]] [--set NAME]',
  summary: 'How often codes meet in a passage, a paragraph or a document',
  options: {
    level: ['basic', 'organizing', 'global'],
    mode: ['overlap', 'paragraph', 'document'],
    format: ['json', 'csv'],
    coder: null,
    set: null,
  },
  flags: [],
  help: [
    '  --level basic|organizing|global',
    '                              The codes compared (default: basic); codings count for',
    '                              their theme at that level.',
    '  --mode overlap|paragraph|document',
    '                              overlap (default): pairs of codings whose passages share a',
    '                              character; paragraph: paragraphs both codes touch;',
    '                              document: documents where both codes occur.',
    '  --format json|csv           json (default): {"mode", "level", "codes": [{"name",',
    '                              "path": "a/b/c"}], "matrix": [[N, ..], ..] (symmetric, in',
    '                              the order of codes, 0 on the diagonal), "pairs": [{"a",',
    '                              "b", "count"}] (pairs that meet, most first)}; csv: the',
    '                              square matrix with a header row of code names.',
    CODER_HELP,
    SET_HELP,
  ].join('\n'),
  parse: ({ opts, positional }) => {
    const project = onePositional('cooccurrence', positional, 'project');
    if (!project.ok) return project;
    const coders = coderNames(opts.coder);
    if (!coders.ok) return coders;
    return ok({
      project: project.data,
      level: (opts.level ?? 'basic') as ThemeLevel,
      mode: (opts.mode ?? 'overlap') as CooccurrenceMode,
      format: (opts.format ?? 'json') as CooccurrenceArgs['format'],
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
    const snapshot = scoped.snapshot;
    const matrix = computeCooccurrence({
      codes: snapshot.codes,
      codings: snapshot.codings,
      level: args.level,
      mode: args.mode,
      paragraphs:
        args.mode === 'paragraph'
          ? new Map(snapshot.documents.map((d) => [d.id, splitParagraphs(d.text)]))
          : undefined,
    });
    io.stdout(
      args.format === 'csv'
        ? toCsv(cooccurrenceTable(matrix, `${args.level} theme`))
        : `${escapeBidiInJson(JSON.stringify(cooccurrenceJson(matrix), null, 2))}\n`,
    );
    return EXIT.ok;
  },
});
