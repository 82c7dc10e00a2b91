// `mazmun export`: one project, one file, in a format of the export registry
// (shared/export/format-registry.ts) — the same renderers the app's Import/Export view runs.
import type { Convention } from '../../shared/analysis/frequencies';
import { refuse } from '../../shared/errors';
import { cliExportFormats, type CliExportFormatId } from '../../shared/export/format-registry';
import type { ProjectTableId } from '../../shared/export/tables-for-project';
import type { CoderId } from '../../shared/model';
import { ok } from '../../shared/model/snapshot';
import { defineCommand } from '../command';
import { openScopedProject } from '../open-scoped-project';
import { writeOutput } from '../write-output';
import type { Digits } from './report';
import { CODER_HELP, coderIdsByName, coderNames } from './coder-option';
import { SET_HELP, setName } from './set-option';
import { onePositional } from './positional';

export interface ExportArgs {
  readonly project: string;
  readonly format: CliExportFormatId;
  readonly out: string;
  readonly table: ProjectTableId;
  readonly convention: Convention;
  readonly locale: 'en' | 'fa' | null;
  readonly digits: Digits | null;
  readonly passages: boolean;
  readonly coders: readonly string[] | null;
  /** `--set`: only the documents of the set with this name; null: all. */
  readonly set: string | null;
  /** The ids of `coders` (run fills them in from the project). */
  readonly coderIds?: readonly CoderId[];
}

const FORMAT_IDS: readonly string[] = cliExportFormats().map((f) => f.id);
/** The width of the help's description column (as the hand-written lines beside it). */
const HELP_WIDTH = 58;
const HELP_INDENT = ' '.repeat(31);

/** Words filled into lines of at most `width` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The `--format` option of the help: every format of the registry the CLI writes, described. */
export function formatHelp(): string {
  const described = `${cliExportFormats()
    .map((f) => `${f.id}: ${f.cli}`)
    .join('; ')}.`;
  const body = wrapWords(described, HELP_WIDTH)
    .map((l) => `${HELP_INDENT}${l}\n`)
    .join('');
  return `  --format ${FORMAT_IDS.join('|')}\n${body}`;
}

export const exportCommand = defineCommand<ExportArgs>({
  name: 'export',
  usage: '<project> --format F --out FILE',
  summary: 'Export the project (see below)',
  options: {
    format: FORMAT_IDS,
    out: null,
    convention: ['paper', 'distinct'],
    digits: ['latin', 'persian'],
    table: ['frequency', 'matrix', 'codebook'],
    locale: ['en', 'fa'],
    coder: null,
    set: null,
  },
  flags: ['no-passages'],
  help: `${formatHelp()}  --out FILE                   Where to write (required).
  --table frequency|matrix|codebook
                               The table of a csv export (default: frequency).
  --convention paper|distinct  As for report (tables and the html report).
  --locale en|fa               Headings of the html report and tables (default: the
                               project's language).
  --digits latin|persian       Digits of the html report.
  --no-passages                The html report without the coded passages.
${CODER_HELP}
                               Every format, qdpx and backup included, then holds only
                               these coders' codings.
${SET_HELP}
`,
  parse: ({ opts, flags, positional }) => {
    const project = onePositional('export', positional, 'project');
    if (!project.ok) return project;
    if (opts.format === undefined)
      return refuse('cli.exportNeedsFormat', { formats: FORMAT_IDS.join('|') });
    if (opts.out === undefined) return refuse('cli.exportNeedsOut');
    const coders = coderNames(opts.coder);
    if (!coders.ok) return coders;
    return ok({
      project: project.data,
      format: opts.format as CliExportFormatId,
      out: opts.out,
      table: (opts.table ?? 'frequency') as ProjectTableId,
      convention: (opts.convention ?? 'paper') as Convention,
      locale: (opts.locale ?? null) as 'en' | 'fa' | null,
      digits: (opts.digits ?? null) as Digits | null,
      passages: !flags.has('no-passages'),
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
    // The zip and spreadsheet libraries load only for an export (a faster start for `report`).
    const { exportProject } = await import('../export-project');
    // The report names the coders in its header: it is given their ids too.
    const ids = coderIdsByName(scoped.whole, args.coders);
    const coderIds = ids.ok && ids.data ? [...ids.data] : undefined;
    const data = await exportProject(
      scoped.snapshot,
      { ...args, coderIds },
      {
        appVersion: io.version,
        reportFont: io.reportFont,
        now: io.now?.() ?? Date.now(),
      },
    );
    return writeOutput(io, args.out, data);
  },
});
