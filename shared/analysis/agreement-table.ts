// The agreement rows as the CLI's JSON and as a table (CSV, XLSX, the HTML report): the same
// rows the agreement panel shows, with headers the caller words (English for the CLI).
import type { Table } from '../export/table';
import type { AgreementFigures, AgreementResult } from './agreement';

export interface AgreementJson {
  readonly coders: readonly [string, string];
  readonly codes: readonly {
    readonly code: string;
    readonly path: string;
    readonly percent_agreement: number | null;
    readonly kappa: number | null;
  }[];
  readonly pooled: { readonly percent_agreement: number | null; readonly kappa: number | null };
}

/** `mazmun agreement --format json`: fractions 0–1, the code's path joined with '/'. */
export function agreementJson(
  result: AgreementResult,
  coders: readonly [string, string],
): AgreementJson {
  return {
    coders,
    codes: result.codes.map((r) => ({
      code: r.name,
      path: r.path.join('/'),
      percent_agreement: r.figures.percentAgreement,
      kappa: r.figures.kappa,
    })),
    pooled: {
      percent_agreement: result.pooled.percentAgreement,
      kappa: result.pooled.kappa,
    },
  };
}

export interface AgreementHeaders {
  readonly code: string;
  readonly path: string;
  readonly percent: string;
  readonly kappa: string;
  readonly characters: string;
  readonly both: string;
  readonly onlyA: string;
  readonly onlyB: string;
  readonly neither: string;
  /** The label of the pooled row. */
  readonly pooled: string;
}

export const AGREEMENT_HEADERS_EN = (coderA: string, coderB: string): AgreementHeaders => ({
  code: 'code',
  path: 'path',
  percent: 'percent_agreement',
  kappa: 'kappa',
  characters: 'characters',
  both: 'both',
  onlyA: `only_${coderA}`,
  onlyB: `only_${coderB}`,
  neither: 'neither',
  pooled: '(pooled)',
});

function figureCells(f: AgreementFigures) {
  return [f.percentAgreement, f.kappa, f.characters, f.both, f.onlyA, f.onlyB, f.neither];
}

/** One row per code, then the pooled row; the 2×2 counts in characters (code points). */
export function agreementTable(result: AgreementResult, h: AgreementHeaders): Table {
  return {
    columns: [
      h.code,
      h.path,
      h.percent,
      h.kappa,
      h.characters,
      h.both,
      h.onlyA,
      h.onlyB,
      h.neither,
    ],
    rows: [
      ...result.codes.map((r) => [r.name, r.path.join('/'), ...figureCells(r.figures)]),
      [h.pooled, '', ...figureCells(result.pooled)],
    ],
  };
}

/** Per-document rows (pooled over the codes), for the panel's breakdown and its export. */
export function agreementDocumentTable(
  result: AgreementResult,
  h: AgreementHeaders & { readonly document: string },
): Table {
  return {
    columns: [h.document, h.percent, h.kappa, h.characters, h.both, h.onlyA, h.onlyB, h.neither],
    rows: result.documents.map((d) => [d.title, ...figureCells(d.figures)]),
  };
}
