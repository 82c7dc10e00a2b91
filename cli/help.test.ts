// `mazmun --help` is composed from the registries: the commands (cli/commands/) and the export
// formats (shared/export/format-registry.ts). A format or command added there shows up here.
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../shared/export/format-registry';
import { helpText, parseArgs } from './args';
import { builtCommands } from './commands';
import { wrapWords } from './commands/export';

// The help's first part as it was written by hand before the registry: it must not change.
const PROJECT_HELP = `mazmun — qualitative coding and thematic analysis from the command line

Usage:
  mazmun report <project> [options]              Sources and references per theme
  mazmun export <project> --format F --out FILE  Export the project (see below)
  mazmun validate <file.qdpx|file.qdc>           Check a REFI-QDA file's structure
  mazmun --help                                  This help
  mazmun --version                               The version

<project> is a project directory in Mazmun's readable format (e.g. fixtures/azerbaijan),
a REFI-QDA project (.qdpx) or a Mazmun backup (.mazmun.json / .json).

Options of report:
  --format table|json|csv      Output format (default: table). csv is UTF-8 with a BOM.
  --out FILE                   Write to FILE instead of standard output.
  --convention paper|distinct  paper: a parent's references are the sum of its children's
                               (the published convention, default); distinct: each coded
                               passage counted once per theme.
  --digits latin|persian       Digits of the table and csv (json numbers stay numbers).

Options of export:
  --format qdpx|qdc|xlsx|csv|html|backup
                               qdpx: REFI-QDA project; qdc: REFI-QDA codebook; xlsx: one
                               sheet per table; csv: one table; html: the coding report;
                               backup: a Mazmun backup (.mazmun.json).
  --out FILE                   Where to write (required).
  --table frequency|matrix|codebook
                               The table of a csv export (default: frequency).
  --convention paper|distinct  As for report (tables and the html report).
  --locale en|fa               Headings of the html report and tables (default: the
                               project's language).
  --digits latin|persian       Digits of the html report.
  --no-passages                The html report without the coded passages.
`;

const flat = (s: string): string => s.replace(/\s+/g, ' ');

/** Lines a command's later options add after its hand-written ones: an option or its wrap. */
const addedOptionLines = /^(?: {2}--\S.*| {31}\S.*|)$/;

describe('mazmun --help', () => {
  it('keeps report, export and validate first, in their wording', () => {
    // Options added since (--coder, --set) may only follow a command's hand-written options.
    const help = helpText();
    const blocks = PROJECT_HELP.split(/\n(?=Options of )/).map((b, i) => (i === 0 ? b : `\n${b}`));
    expect(help.startsWith(blocks[0]!)).toBe(true);
    let from = blocks[0]!.length;
    for (const block of blocks.slice(1)) {
      const at = help.indexOf(block, from);
      expect(at, block.split('\n')[1]).toBeGreaterThanOrEqual(from);
      const between = help.slice(from, at).split('\n');
      for (const line of between) expect(line).toMatch(addedOptionLines);
      from = at + block.length;
    }
  });

  it('describes every export format of the registry the CLI writes, and accepts it', () => {
    const help = flat(helpText());
    for (const f of EXPORT_FORMATS) {
      const argv = ['export', 'p', '--format', f.id, '--out', 'x'];
      if (f.cli === null) {
        expect(help, f.id).not.toContain(`${f.id}:`);
        expect(parseArgs(argv), f.id).toMatchObject({ ok: false });
        continue;
      }
      expect(help, f.id).toContain(`${f.id}: ${f.cli}`);
      expect(help, f.id).toMatch(new RegExp(`--format (\\w+\\|)*${f.id}(\\|\\w+)* `));
      expect(parseArgs(argv), f.id).toMatchObject({ ok: true });
    }
  });

  it('lists every built command with its usage and summary', () => {
    const help = helpText();
    for (const c of builtCommands()) {
      expect(help, c.name).toContain(`mazmun ${c.name} ${c.usage}`);
      expect(help, c.name).toContain(c.summary);
    }
  });

  it('fills words into lines no wider than asked', () => {
    expect(wrapWords('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrapWords('aa bbbbbbb cc', 5)).toEqual(['aa', 'bbbbbbb', 'cc']);
    expect(wrapWords('', 5)).toEqual([]);
  });
});
