// The REFI-QDA codebook file (.qdc, urn:QDA-XML:codebook:1.0): the code tree alone.
import { newId, normalizeGuid, type ProjectId } from '../model/ids';
import { refuse } from '../errors';
import { ok, type Result } from '../model/snapshot';
import type { Code } from '../model/types';
import { readCodes, writeCodes } from './code-xml';
import { CODEBOOK_NS, originString, QDC_FORMAT_VERSION } from './format';
import { GuidMap } from './guid-map';
import { guidSpellings, respellGuids } from './guid-spelling';
import { ReportBuilder, type ImportReport } from './import-report';
import { attr, childNode, childNodes, parseXmlSafely } from './xml-read';
import { XML_DECLARATION, xmlElement } from './xml-write';

export interface QdcExportOptions {
  readonly appVersion?: string;
}

/**
 * The Codebook schema needs at least one Code, so an empty codebook is written with this one
 * placeholder (not codable, named for what it says). Mazmun leaves it out on import.
 */
export const EMPTY_CODEBOOK_GUID = '00000000-0000-4000-8000-0000000c0de0';
const EMPTY_CODEBOOK_NAME = '(no codes)';

export function exportQdc(
  snapshot: { readonly codes: readonly Code[] },
  options: QdcExportOptions = {},
): string {
  const origin = `${originString(options.appVersion)} (qdc format ${QDC_FORMAT_VERSION})`;
  const codes =
    snapshot.codes.length > 0
      ? writeCodes(snapshot.codes, null)
      : xmlElement('Codes', {}, [
          xmlElement('Code', {
            guid: EMPTY_CODEBOOK_GUID,
            name: EMPTY_CODEBOOK_NAME,
            isCodable: false,
          }),
        ]);
  const body = xmlElement('CodeBook', { xmlns: CODEBOOK_NS, origin }, [codes]);
  return respellGuids(XML_DECLARATION + body + '\n', guidSpellings(snapshot));
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
  const codesNode = childNode(root, 'Codes');
  const only = childNodes(codesNode, 'Code');
  const placeholder =
    only.length === 1 &&
    normalizeGuid(attr(only[0], 'guid') ?? '') === EMPTY_CODEBOOK_GUID &&
    childNodes(only[0], 'Code').length === 0;
  const { codes } = placeholder
    ? { codes: [] }
    : readCodes(codesNode, projectId, new GuidMap(report), report);
  report.skip('Set', 'Mazmun has no code sets', childNodes(childNode(root, 'Sets'), 'Set').length);
  return ok({ codes, report: report.build() });
}
