// `mazmun report`: sources and references per theme, as a table, JSON or CSV.
import { computeFrequencyTable, type Convention } from '../../shared/analysis/frequencies';
import { ok } from '../../shared/model/snapshot';
import { escapeBidiInJson } from '../../shared/text/bidi';
import { defineCommand } from '../command';
import { openScopedProject } from '../open-scoped-project';
import { reportCsv, reportJson, reportTable } from '../report-format';
import { writeOutput } from '../write-output';
import { CODER_HELP, coderNames } from './coder-option';
import { SET_HELP, setName } from './set-option';
import { onePositional } from './positional';

export type ReportFormat = 'table' | 'json' | 'csv';
export type Digits = 'latin' | 'persian';

export interface ReportArgs {
  readonly project: string;
  readonly format: ReportFormat;
  readonly out: string | null;
  readonly convention: Convention;
  readonly digits: Digits;
  /** `--coder`: only these coders' codings count; null: all. */
  readonly coders: readonly string[] | null;
  /** `--set`: only the documents of the set with this name; null: all. */
  readonly set: string | null;
}

export const reportCommand = defineCommand<ReportArgs>({
  name: 'report',
  usage: '<project> [options]',
  summary: 'Sources and references per theme',
  options: {
    format: ['table', 'json', 'csv'],
    out: null,
    convention: ['paper', 'distinct'],
    digits: ['latin', 'persian'],
    coder: null,
    set: null,
  },
  flags: [],
  help: `  --format table|json|csv      Output format (default: table). csv is UTF-8 with a BOM.
  --out FILE                   Write to FILE instead of standard output.
  --convention paper|distinct  paper: a parent's references are the sum of its children's
                               (the published convention, default); distinct: each coded
                               passage counted once per theme.
  --digits latin|persian       Digits of the table and csv (json numbers stay numbers).
${CODER_HELP}
${SET_HELP}
`,
  parse: ({ opts, positional }) => {
    const project = onePositional('report', positional, 'project', 'project-dir');
    if (!project.ok) return project;
    const coders = coderNames(opts.coder);
    if (!coders.ok) return coders;
    return ok({
      project: project.data,
      format: (opts.format ?? 'table') as ReportFormat,
      out: opts.out ?? null,
      convention: (opts.convention ?? 'paper') as Convention,
      digits: (opts.digits ?? 'latin') as Digits,
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
    const table = computeFrequencyTable({ ...scoped.snapshot, convention: args.convention });
    const text =
      args.format === 'json'
        ? `${escapeBidiInJson(JSON.stringify(reportJson(table), null, 2))}\n`
        : args.format === 'csv'
          ? reportCsv(table, args.digits)
          : reportTable(table, args.digits);
    return writeOutput(io, args.out, text);
  },
});
