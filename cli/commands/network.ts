// `mazmun network`: the thematic network map's rows (nodes and edges) as JSON, or the map as SVG,
// the same rows and drawing the Analysis view and the HTML report show.
import { computeFrequencyTable, type Convention } from '../../shared/analysis/frequencies';
import {
  findGlobalTheme,
  globalThemes,
  networkJson,
  networkRows,
} from '../../shared/analysis/network';
import { layoutNetwork } from '../../shared/analysis/network-layout';
import { refuse } from '../../shared/errors';
import { ok } from '../../shared/model/snapshot';
import { networkSvg } from '../../shared/report/network-svg';
import { escapeBidiInJson } from '../../shared/text/bidi';
import { looksRightToLeft } from '../../shared/text/persian';
import { defineCommand } from '../command';
import { openScopedProject } from '../open-scoped-project';
import { EXIT, writeOutput } from '../write-output';
import { CODER_HELP, coderNames } from './coder-option';
import { SET_HELP, setName } from './set-option';
import { onePositional } from './positional';

export interface NetworkArgs {
  readonly project: string;
  readonly global: string | null;
  readonly format: 'json' | 'svg';
  readonly convention: Convention;
  readonly out: string | null;
  readonly coders: readonly string[] | null;
  readonly set: string | null;
}

export const networkCommand = defineCommand<NetworkArgs>({
  name: 'network',
  usage: '<project> [--global NAME] [--format json|svg] [--coder NAME[,NAME]] [--set NAME]',
  summary: 'The thematic network map (Attride-Stirling): themes as nodes, edges to their children',
  options: {
    global: null,
    format: ['json', 'svg'],
    convention: ['paper', 'distinct'],
    out: null,
    coder: null,
    set: null,
  },
  flags: [],
  help: `  --global NAME                One global theme's network (default: all). Persian-aware:
                               ي/ك, half-spaces and spaces need not match exactly.
  --format json|svg            json: {"nodes": [{"id", "name", "level", "references",
                               "sources"}], "edges": [{"from", "to", "weight"}]} (default);
                               svg: the map as drawn in the app (Vazirmatn).
  --convention paper|distinct  How references are counted (as in report; default paper).
                               An edge's weight is its child theme's references.
  --out FILE                   Write to FILE instead of standard output.
${CODER_HELP}
${SET_HELP}
`,
  parse: ({ opts, positional }) => {
    const project = onePositional('network', positional, 'project', 'project-dir');
    if (!project.ok) return project;
    const coders = coderNames(opts.coder);
    if (!coders.ok) return coders;
    return ok({
      project: project.data,
      global: opts.global ?? null,
      format: (opts.format ?? 'json') as NetworkArgs['format'],
      convention: (opts.convention ?? 'paper') as Convention,
      out: opts.out ?? null,
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
    const table = computeFrequencyTable({ ...snapshot, convention: args.convention });
    let globalId = null;
    if (args.global !== null) {
      const found = findGlobalTheme(table.rows, args.global);
      if (!found) {
        const names = globalThemes(table.rows).map((r) => `"${r.name}"`);
        const refusal = names.length
          ? refuse('network.noSuchGlobal', { name: args.global, globals: names.join(', ') })
          : refuse('network.noGlobals', { name: args.global });
        io.stderr(`mazmun: ${refusal.reason}\n`);
        return EXIT.failed;
      }
      globalId = found.id;
    }
    const rows = networkRows(table.rows, globalId);
    if (args.format === 'json') {
      const json = JSON.stringify(networkJson(rows), null, 2);
      return writeOutput(io, args.out, `${escapeBidiInJson(json)}\n`);
    }
    const name = snapshot.project.name;
    const svg = networkSvg(layoutNetwork(rows), {
      title: name,
      lang: looksRightToLeft(name) || snapshot.project.language === 'fa' ? 'fa' : 'en',
      font: (() => {
        const woff2 = io.reportFont();
        return woff2 ? { family: 'Vazirmatn', woff2 } : null;
      })(),
    });
    return writeOutput(io, args.out, `${svg}\n`);
  },
});
