// The REFI-QDA codebook file (.qdc, urn:QDA-XML:codebook:1.0): the code tree alone.
import { newId, type ProjectId } from '../model/ids';
import { refuse } from '../errors';
import { ok, type Result } from '../model/snapshot';
import type { Code } from '../model/types';
import { readCodes, writeCodes } from './code-xml';
import { CODEBOOK_NS, originString, QDC_FORMAT_VERSION } from './format';
import { GuidMap } from './guid-map';
import { ReportBuilder, type ImportReport } from './import-report';
import { childNode, childNodes, parseXmlSafely } from './xml-read';
import { XML_DECLARATION, xmlElement } from './xml-write';

export interface QdcExportOptions {
  readonly appVersion?: string;
}

export function exportQdc(
  snapshot: { readonly codes: readonly Code[] },
  options: QdcExportOptions = {},
): string {
  // CodesType needs at least one Code, so an empty codebook cannot be schema-valid; it still
  // gets its root element so that the file opens as "a codebook with no codes".
  const origin = `${originString(options.appVersion)} (qdc format ${QDC_FORMAT_VERSION})`;
  const children = snapshot.codes.length > 0 ? [writeCodes(snapshot.codes, null)] : [];
  const body = xmlElement('CodeBook', { xmlns: CODEBOOK_NS, origin }, children);
  return XML_DECLARATION + body + '\n';
}

export interface QdcImportOptions {
  /** The project the codes will belong to; a new id when absent. */
  readonly projectId?: ProjectId;
}

export function importQdc(
  xml: string,
  options: QdcImportOptions = {},
): Result<{ codes: Code[]; report: ImportReport }> {
  const parsed = parseXmlSafely(xml, ['Code', 'Set', 'MemberCode']);
  if (!parsed.ok) return parsed;
  const root = childNode(parsed.data, 'CodeBook');
  if (root === undefined) return refuse('exchange.notCodebook');
  const report = new ReportBuilder();
  const projectId = options.projectId ?? newId<'ProjectId'>();
  const { codes } = readCodes(childNode(root, 'Codes'), projectId, new GuidMap(report), report);
  report.skip('Set', 'Mazmun has no code sets', childNodes(childNode(root, 'Sets'), 'Set').length);
  return ok({ codes, report: report.build() });
}
