// `mazmun validate`: does a .qdpx or .qdc open, and what would an import keep or leave out?
// Structure checks through the importers themselves (the same defences: zip bombs, XXE, broken
// references); a .qdpx's project.qde is held to the Project schema first (qdpx-validate.ts), a
// .qdc to the Codebook schema after (qdc-schema.ts): the XSDs as code, no XSD engine at run time.
import { importQdc } from '../shared/exchange/qdc';
import { codebookSchemaErrors } from '../shared/exchange/qdc-schema';
import { importQdpx } from '../shared/exchange/qdpx-import';
import { checkQdpxSchema } from '../shared/exchange/qdpx-validate';
import type { ImportReport } from '../shared/exchange/import-report';
import { MAX_ENTRY_BYTES } from '../shared/import/input-limits';
import { refuse } from '../shared/errors';
import { ok, type Result } from '../shared/model/snapshot';
import { extensionOf, inPath } from './open-project';
import type { CliIo } from './run-cli';

function describe(report: ImportReport): string {
  const m = report.mapped;
  const lines = [
    `documents ${m.documents}, codes ${m.codes}, codings ${m.codings}, cases ${m.cases}, ` +
      `variables ${m.variables}, memos ${m.memos}, users ${m.users}`,
    ...report.skipped.map((s) => `skipped: ${s.count} ${s.what} (${s.reason})`),
    ...report.warnings.map((w) => `warning: ${w}`),
  ];
  return lines.join('\n') + '\n';
}

/** The text to print for a valid file, or why it is not valid. */
export async function validateFile(path: string, io: CliIo): Promise<Result<string>> {
  const kind = io.pathKind(path);
  if (kind !== 'file')
    return refuse(kind === 'missing' ? 'cli.noSuchFile' : 'cli.isDirectory', { path });
  const ext = extensionOf(path);
  if (ext !== '.qdpx' && ext !== '.qdc') return refuse('cli.validateWhat', { path });
  const bytes = io.readFile(path);
  if (!bytes.ok) return inPath(path, bytes);
  if (ext === '.qdpx') {
    const schema = await checkQdpxSchema(bytes.data);
    if (!schema.ok) return inPath(path, schema);
    const r = await importQdpx(bytes.data);
    return r.ok
      ? ok(`${path}: valid REFI-QDA project\n${describe(r.data.report)}`)
      : inPath(path, r);
  }
  // A .qdc is one XML file: held to the same limit as one archive entry, before decoding it.
  if (bytes.data.length > MAX_ENTRY_BYTES) {
    return refuse('cli.qdcTooLarge', {
      path,
      sizeBytes: bytes.data.length,
      limitBytes: MAX_ENTRY_BYTES,
    });
  }
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes.data);
  } catch {
    return refuse('cli.notUtf8', { path });
  }
  const r = importQdc(xml);
  if (!r.ok) return inPath(path, r);
  const errors = codebookSchemaErrors(xml);
  if (errors.length > 0) {
    const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
    const detail = errors.slice(0, 3).join('; ') + more;
    return inPath(path, refuse('exchange.codebookSchema', { detail }));
  }
  return ok(`${path}: valid REFI-QDA codebook\n${describe(r.data.report)}`);
}
