// `mazmun agreement <project> --coders NAME,NAME [--format json|csv]`: percentage agreement and
// Cohen's kappa between two coders, per code over all documents and pooled (docs/agreement.md).
import {
  agreementJson,
  agreementTable,
  AGREEMENT_HEADERS_EN,
} from '../../shared/analysis/agreement-table';
import { computeAgreement, prepareDocuments } from '../../shared/analysis/agreement';
import { refuse } from '../../shared/errors';
import { toCsv } from '../../shared/export/csv';
import { ok, type Result } from '../../shared/model/snapshot';
import type { Coder, ProjectSnapshot } from '../../shared/model';
import { escapeBidiInJson } from '../../shared/text/bidi';
import { EXIT } from '../write-output';
import { defineCommand } from '../command';
import { openScopedProject } from '../open-scoped-project';
import { SET_HELP, setName } from './set-option';

interface AgreementArgs {
  readonly project: string;
  readonly coders: readonly [string, string];
  readonly format: 'json' | 'csv';
  /** `--set`: only the documents of the set with this name; null: all. */
  readonly set: string | null;
}

function findCoder(snapshot: ProjectSnapshot, name: string): Result<Coder> {
  const coder = snapshot.coders.find((c) => c.name.trim() === name);
  if (coder) return ok(coder);
  if (snapshot.coders.length === 0) return refuse('agreement.projectHasNoCoders', { name });
  return refuse('agreement.noSuchCoder', { name, coders: snapshot.coders.map((c) => c.name) });
}

export const agreementCommand = defineCommand<AgreementArgs>({
  name: 'agreement',
  usage: '<project> --coders NAME,NAME [--format json|csv] [--set NAME]',
  summary: "Percentage agreement and Cohen's kappa of two coders, per code and pooled",
  options: { coders: null, format: ['json', 'csv'], set: null },
  flags: [],
  help: [
    '  --coders NAME,NAME          The two coders compared, by name.',
    '  --format json|csv           json (default): {"coders", "codes": [{"code", "path",',
    '                              "percent_agreement", "kappa"}], "pooled"}; csv adds the',
    '                              2×2 counts. Fractions 0–1, over characters (code points).',
    SET_HELP,
  ].join('\n'),
  parse: ({ opts, positional }) => {
    if (positional.length !== 1) {
      return positional.length === 0
        ? refuse('cli.needsProject', { command: 'agreement', placeholder: 'project' })
        : refuse('cli.oneProject', {
            command: 'agreement',
            count: positional.length,
            given: positional.join(' '),
          });
    }
    const given = opts.coders ?? '';
    const names = given.split(',').map((n) => n.trim());
    if (names.length !== 2 || names.some((n) => n === '')) {
      return refuse('agreement.needsTwoCoders', { given });
    }
    const [a = '', b = ''] = names;
    if (a === b) return refuse('agreement.sameCoder', { name: a });
    return ok({
      project: positional[0] ?? '',
      coders: [a, b] as const,
      format: opts.format === 'csv' ? 'csv' : 'json',
      set: setName(opts.set),
    });
  },
  run: async (args, io) => {
    // Both coders' codings are needed: only the set narrows (`--coders` names the pair).
    const scoped = await openScopedProject(args.project, { coders: null, set: args.set }, io);
    if (!scoped.ok) return scoped.exit;
    const snapshot = scoped.snapshot;
    const a = findCoder(snapshot, args.coders[0]);
    if (!a.ok) {
      io.stderr(`mazmun: ${a.reason}\n`);
      return EXIT.failed;
    }
    const b = findCoder(snapshot, args.coders[1]);
    if (!b.ok) {
      io.stderr(`mazmun: ${b.reason}\n`);
      return EXIT.failed;
    }
    const result = computeAgreement({
      codes: snapshot.codes,
      documents: prepareDocuments(snapshot.documents),
      codings: snapshot.codings,
      coderA: a.data.id,
      coderB: b.data.id,
    });
    const names = [a.data.name, b.data.name] as const;
    io.stdout(
      args.format === 'csv'
        ? toCsv(agreementTable(result, AGREEMENT_HEADERS_EN(...names)))
        : `${escapeBidiInJson(JSON.stringify(agreementJson(result, names), null, 2))}\n`,
    );
    return EXIT.ok;
  },
});
