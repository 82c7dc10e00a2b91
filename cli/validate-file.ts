// `mazmun validate`: does a .qdpx or .qdc open, and what would an import keep or leave out?
// Structure checks through the importers themselves (the same defences: zip bombs, XXE, broken
// references); no XSD at run time.
import { importQdc } from '../shared/exchange/qdc';
import { importQdpx } from '../shared/exchange/qdpx-import';
import type { ImportReport } from '../shared/exchange/import-report';
import { formatBytes, MAX_ENTRY_BYTES } from '../shared/import/input-limits';
import { fail, ok, type Result } from '../shared/model/snapshot';
import { extensionOf } from './open-project';
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
    return fail(`${path}: ${kind === 'missing' ? 'no such file' : 'is a directory'}`);
  const ext = extensionOf(path);
  if (ext !== '.qdpx' && ext !== '.qdc')
    return fail(`${path}: validate reads .qdpx and .qdc files`);
  const bytes = io.readFile(path);
  if (!bytes.ok) return fail(`${path}: ${bytes.reason}`);
  if (ext === '.qdpx') {
    const r = await importQdpx(bytes.data);
    return r.ok
      ? ok(`${path}: valid REFI-QDA project\n${describe(r.data.report)}`)
      : fail(`${path}: ${r.reason}`);
  }
  // A .qdc is one XML file: held to the same limit as one archive entry, before decoding it.
  if (bytes.data.length > MAX_ENTRY_BYTES) {
    return fail(
      `${path} is too large (${formatBytes(bytes.data.length)}); the limit is ${formatBytes(MAX_ENTRY_BYTES)}`,
    );
  }
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes.data);
  } catch {
    return fail(`${path}: not valid UTF-8 text`);
  }
  const r = importQdc(xml);
  return r.ok
    ? ok(`${path}: valid REFI-QDA codebook\n${describe(r.data.report)}`)
    : fail(`${path}: ${r.reason}`);
}
