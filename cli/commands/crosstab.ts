// `mazmun crosstab <project> --rows codes|<attribute> [--cols <attribute>] [--count …] [--level …]
// [--format json|csv|table]`: the Analysis view's crosstab on the same rows (docs/crosstab.md).
import type { ThemeLevel } from '../../shared/analysis/code-tree';
import {
  computeCrosstab,
  type CrosstabCount,
  type CrosstabTable,
} from '../../shared/analysis/crosstab';
import { crosstabJson, crosstabTable } from '../../shared/analysis/crosstab-output';
import { findAttribute, nameKey, NONE_LABEL } from '../../shared/analysis/crosstab-values';
import type { Convention } from '../../shared/analysis/frequencies';
import { refuse } from '../../shared/errors';
import { toCsv } from '../../shared/export/csv';
import type { Attribute, ProjectSnapshot } from '../../shared/model';
import { ok, type Result } from '../../shared/model/snapshot';
import { escapeBidiInJson, isolateBidi } from '../../shared/text/bidi';
import { EXIT } from '../write-output';
import { defineCommand, type ParsedArgs } from '../command';
import { openScopedProject } from '../open-scoped-project';
import { CODER_HELP, coderNames } from './coder-option';
import { SET_HELP, setName } from './set-option';
import { onePositional } from './positional';
import { displayWidth } from '../report-format';

interface CrosstabArgs {
  readonly project: string;
  /** 'codes', or an attribute name as typed. */
  readonly rows: string;
  readonly cols: string | null;
  readonly count: CrosstabCount;
  readonly level: ThemeLevel;
  readonly convention: Convention;
  readonly format: 'json' | 'csv' | 'table';
  readonly coders: readonly string[] | null;
  /** `--set`: only the documents of the set with this name; null: all. */
  readonly set: string | null;
}

function parse({ opts, positional }: ParsedArgs): Result<CrosstabArgs> {
  const project = onePositional('crosstab', positional, 'project');
  if (!project.ok) return project;
  const coders = coderNames(opts.coder);
  if (!coders.ok) return coders;
  const rows = opts.rows?.trim() ?? '';
  if (rows === '') return refuse('crosstab.needsRows');
  const cols = opts.cols?.trim() || null;
  if (cols !== null && nameKey(cols) === nameKey(rows)) {
    return refuse('crosstab.sameAttribute', { name: cols });
  }
  return ok({
    project: project.data,
    rows,
    cols,
    count: (opts.count ?? 'cases') as CrosstabCount,
    level: (opts.level ?? 'basic') as ThemeLevel,
    convention: (opts.convention ?? 'paper') as Convention,
    format: (opts.format ?? 'table') as CrosstabArgs['format'],
    coders: coders.data,
    set: setName(opts.set),
  });
}

function attributeNamed(snapshot: ProjectSnapshot, name: string): Result<Attribute> {
  const found = findAttribute(snapshot.attributes, name);
  if (found) return ok(found);
  if (snapshot.attributes.length === 0) return refuse('crosstab.projectHasNoAttributes', { name });
  return refuse('crosstab.noSuchAttribute', {
    name,
    attributes: snapshot.attributes.map((a) => a.name),
  });
}

const HEADERS = { total: 'Total', none: NONE_LABEL };

/** A plain-text table for the terminal: counts, totals and the chi-square line. */
export function crosstabText(table: CrosstabTable, rowsHeading: string): string {
  const flat = crosstabTable(table, { ...HEADERS, rows: rowsHeading });
  const cells = [flat.columns, ...flat.rows].map((r) =>
    r.map((c, k) => (k === 0 ? isolateBidi(String(c ?? '')) : String(c ?? ''))),
  );
  const widths = (cells[0] ?? []).map((_, k) =>
    Math.max(...cells.map((r) => displayWidth(r[k] ?? ''))),
  );
  const line = (r: readonly string[]): string =>
    r
      .map((c, k) => {
        const pad = ' '.repeat(Math.max(0, (widths[k] ?? 0) - displayWidth(c)));
        return k === 0 ? c + pad : pad + c;
      })
      .join('  ')
      .trimEnd();
  const out = [
    `Count: ${table.count}${table.columnAttribute ? `   Columns: ${isolateBidi(table.columnAttribute)}` : ''}`,
    '',
    line(cells[0] ?? []),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.slice(1).map(line),
    '',
  ];
  const chi = table.chiSquare;
  if (chi) {
    out.push(
      `Chi-square: ${chi.statistic.toFixed(3)}, df ${chi.df}, p = ${chi.pValue.toPrecision(3)}`,
    );
    if (chi.warning) {
      out.push(`Warning: ${chi.lowExpectedCells} cell(s) have an expected count under 5.`);
    }
  }
  if (table.overlapping) {
    out.push('Note: some units fall in more than one row; totals are sums of cells.');
  }
  return `${out.join('\n')}\n`;
}

export const crosstabCommand = defineCommand<CrosstabArgs>({
  name: 'crosstab',
  usage:
    '<project> --rows codes|<attribute> [--cols <attribute>] [--count cases|sources|references] [--level basic|organizing|global] [--format json|csv|table] [--coder NAME[,NAME]] [--set NAME]',
  summary: 'Cases, sources or references by code or attribute, against an attribute',
  options: {
    rows: null,
    cols: null,
    count: ['cases', 'sources', 'references'],
    level: ['basic', 'organizing', 'global'],
    convention: ['paper', 'distinct'],
    format: ['json', 'csv', 'table'],
    coder: null,
    set: null,
  },
  flags: [],
  help: [
    '  --rows codes|ATTRIBUTE      Rows: the codes at --level, or the values of a case attribute',
    '                              (names match with ي/ك and half-spaces normalized).',
    '  --cols ATTRIBUTE            Columns: the values of a case attribute; "(none)" collects',
    '                              cases without a value and documents without a case.',
    '  --count cases|sources|references',
    '                              What a cell counts (default: cases). Cases without documents',
    '                              count when rows and columns are attributes.',
    '  --level basic|organizing|global',
    '                              The level of code rows (default: basic).',
    '  --convention paper|distinct references: each coding (default) or each passage once.',
    '  --format json|csv|table     table (default) adds chi-square and its warning; json:',
    '                              {"count", "columns": [..], "rows": [{"label", "cells":',
    '                              {"<column>": N}, "total": N}], "total": N} (without --cols',
    '                              cells is {} and total carries the count); csv: one line',
    '                              per row, then the column totals.',
    CODER_HELP,
    SET_HELP,
  ].join('\n'),
  parse,
  run: async (args, io) => {
    const scoped = await openScopedProject(
      args.project,
      { coders: args.coders, set: args.set },
      io,
    );
    if (!scoped.ok) return scoped.exit;
    const snapshot = scoped.snapshot;
    const byCodes = nameKey(args.rows) === 'codes';
    const rowAttr = byCodes ? null : attributeNamed(snapshot, args.rows);
    const colAttr = args.cols === null ? null : attributeNamed(snapshot, args.cols);
    for (const r of [rowAttr, colAttr]) {
      if (r && !r.ok) {
        io.stderr(`mazmun: ${r.reason}\n`);
        return EXIT.failed;
      }
    }
    const table = computeCrosstab({
      ...snapshot,
      rows:
        rowAttr?.ok === true
          ? { kind: 'attribute', attributeId: rowAttr.data.id }
          : { kind: 'codes', level: args.level },
      columns: colAttr?.ok === true ? colAttr.data.id : null,
      count: args.count,
      convention: args.convention,
    });
    const heading = rowAttr?.ok === true ? rowAttr.data.name : `${args.level} theme`;
    io.stdout(
      args.format === 'json'
        ? `${escapeBidiInJson(JSON.stringify(crosstabJson(table), null, 2))}\n`
        : args.format === 'csv'
          ? toCsv(crosstabTable(table, { ...HEADERS, rows: heading }))
          : crosstabText(table, heading),
    );
    return EXIT.ok;
  },
});
