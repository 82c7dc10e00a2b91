// Every refusal Mazmun can give, by code: one catalogue per area, English templates with named
// {placeholders}. Persian templates for the same codes live in renderer/i18n/errors-fa/, and
// errors.test.ts / renderer/i18n/errors.test.ts fail when a code lacks either language.
import { APP_ERRORS } from './codes-app';
import { TEXT_ERRORS } from './codes-text';
import { MERGE_ERRORS } from './codes-merge';
import { NETWORK_ERRORS } from './codes-network';
import { WORDS_ERRORS } from './codes-words';
import { CROSSTAB_ERRORS } from './codes-crosstab';
import { AGREEMENT_ERRORS } from './codes-agreement';
import { CASES_ERRORS } from './codes-cases';
import { CLI_ERRORS } from './codes-cli';
import { COMPARE_ERRORS } from './codes-compare';
import { CSV_ERRORS } from './codes-csv';
import { DB_ERRORS } from './codes-db';
import { ELECTRON_ERRORS } from './codes-electron';
import { EXCHANGE_ERRORS } from './codes-exchange';
import { FIXTURE_ERRORS } from './codes-fixture';
import { IMPORT_ERRORS } from './codes-import';
import { IPC_ERRORS } from './codes-ipc';
import { PDF_ERRORS } from './codes-pdf';
import { STORE_ERRORS } from './codes-store';
import { SETS_ERRORS } from './codes-sets';
import { SYNC_ERRORS } from './codes-sync';

/**
 * The transition code: `fail(reason)` call sites not yet given a code. The text is the English
 * sentence; the renderer still translates it with the old pattern table (reasons.ts).
 */
export const LEGACY_ERRORS = { legacy: '{text}' } as const;

/** The catalogues by area; the area is also the first segment of each code ("csv.empty"). */
export const ERROR_CATALOGUES = {
  app: APP_ERRORS,
  text: TEXT_ERRORS,
  merge: MERGE_ERRORS,
  network: NETWORK_ERRORS,
  words: WORDS_ERRORS,
  crosstab: CROSSTAB_ERRORS,
  agreement: AGREEMENT_ERRORS,
  cases: CASES_ERRORS,
  cli: CLI_ERRORS,
  compare: COMPARE_ERRORS,
  csv: CSV_ERRORS,
  db: DB_ERRORS,
  electron: ELECTRON_ERRORS,
  exchange: EXCHANGE_ERRORS,
  fixture: FIXTURE_ERRORS,
  import: IMPORT_ERRORS,
  ipc: IPC_ERRORS,
  pdf: PDF_ERRORS,
  store: STORE_ERRORS,
  sets: SETS_ERRORS,
  sync: SYNC_ERRORS,
} as const;

export const ERROR_TEMPLATES = {
  ...LEGACY_ERRORS,
  ...APP_ERRORS,
  ...TEXT_ERRORS,
  ...MERGE_ERRORS,
  ...NETWORK_ERRORS,
  ...WORDS_ERRORS,
  ...CROSSTAB_ERRORS,
  ...AGREEMENT_ERRORS,
  ...CASES_ERRORS,
  ...CLI_ERRORS,
  ...COMPARE_ERRORS,
  ...CSV_ERRORS,
  ...DB_ERRORS,
  ...ELECTRON_ERRORS,
  ...EXCHANGE_ERRORS,
  ...FIXTURE_ERRORS,
  ...IMPORT_ERRORS,
  ...IPC_ERRORS,
  ...PDF_ERRORS,
  ...STORE_ERRORS,
  ...SETS_ERRORS,
  ...SYNC_ERRORS,
} as const;

export type ErrorTemplates = typeof ERROR_TEMPLATES;
export type ErrorCode = keyof ErrorTemplates;

/** The codes that have a real template (everything but 'legacy'). */
export type CatalogueCode = Exclude<ErrorCode, 'legacy'>;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_TEMPLATES, code);
}
