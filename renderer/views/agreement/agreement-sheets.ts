// The panel's tables as export sheets: the same rows it shows, headers in the interface language.
import type { AgreementResult } from '../../../shared/analysis/agreement';
import {
  agreementDocumentTable,
  agreementTable,
  type AgreementHeaders,
} from '../../../shared/analysis/agreement-table';
import type { CodeId, DocumentId } from '../../../shared/model';
import type { AgreementSheet } from '../../hooks/use-agreement-export';
import type { I18n } from '../../i18n/I18nProvider';

export function agreementSheets(
  result: AgreementResult,
  names: { readonly a: string; readonly b: string },
  lookups: {
    readonly codeNames: ReadonlyMap<CodeId, string>;
    readonly titles: ReadonlyMap<DocumentId, string>;
  },
  t: I18n['t'],
): AgreementSheet[] {
  const h: AgreementHeaders = {
    code: t('agreement.col.code'),
    path: t('agreement.col.path'),
    percent: t('agreement.col.percent'),
    kappa: t('agreement.col.kappa'),
    characters: t('agreement.col.characters'),
    both: t('agreement.col.both'),
    onlyA: t('agreement.col.only', { name: names.a }),
    onlyB: t('agreement.col.only', { name: names.b }),
    neither: t('agreement.col.neither'),
    pooled: t('agreement.pooled'),
  };
  const passages = {
    columns: [
      t('agreement.col.document'),
      t('agreement.col.code'),
      t('agreement.col.coder'),
      t('agreement.col.start'),
      t('agreement.col.end'),
      t('agreement.col.characters'),
      t('agreement.col.passage'),
    ],
    rows: result.passages.map((p) => [
      lookups.titles.get(p.documentId) ?? '',
      lookups.codeNames.get(p.codeId) ?? '',
      p.coder === 'a' ? names.a : names.b,
      p.start,
      p.end,
      p.characters,
      p.text,
    ]),
  };
  return [
    { name: t('agreement.sheet.codes'), table: agreementTable(result, h) },
    {
      name: t('agreement.sheet.documents'),
      table: agreementDocumentTable(result, { ...h, document: t('agreement.col.document') }),
    },
    { name: t('agreement.sheet.passages'), table: passages },
  ];
}
