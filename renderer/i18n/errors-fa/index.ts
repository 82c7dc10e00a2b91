// The Persian templates of every coded error, by area (the same split as shared/errors/codes-*).
// Typed per area, so a code missing here is a compile error; errors.test.ts checks it too.
import type { CatalogueCode } from '../../../shared/errors';
import { APP_ERRORS_FA } from './app';
import { TEXT_ERRORS_FA } from './text';
import { MERGE_ERRORS_FA } from './merge';
import { NETWORK_ERRORS_FA } from './network';
import { WORDS_ERRORS_FA } from './words';
import { CROSSTAB_ERRORS_FA } from './crosstab';
import { AGREEMENT_ERRORS_FA } from './agreement';
import { CASES_ERRORS_FA } from './cases';
import { CLI_ERRORS_FA } from './cli';
import { COMPARE_ERRORS_FA } from './compare';
import { CSV_ERRORS_FA } from './csv';
import { DB_ERRORS_FA } from './db';
import { ELECTRON_ERRORS_FA } from './electron';
import { EXCHANGE_ERRORS_FA } from './exchange';
import { FIXTURE_ERRORS_FA } from './fixture';
import { IMPORT_ERRORS_FA } from './import';
import { IPC_ERRORS_FA } from './ipc';
import { PDF_ERRORS_FA } from './pdf';
import { STORE_ERRORS_FA } from './store';
import { SETS_ERRORS_FA } from './sets';
import { SYNC_ERRORS_FA } from './sync';

export const ERROR_TEMPLATES_FA: Readonly<Record<CatalogueCode, string>> = {
  ...APP_ERRORS_FA,
  ...TEXT_ERRORS_FA,
  ...MERGE_ERRORS_FA,
  ...NETWORK_ERRORS_FA,
  ...WORDS_ERRORS_FA,
  ...CROSSTAB_ERRORS_FA,
  ...AGREEMENT_ERRORS_FA,
  ...CASES_ERRORS_FA,
  ...CLI_ERRORS_FA,
  ...COMPARE_ERRORS_FA,
  ...CSV_ERRORS_FA,
  ...DB_ERRORS_FA,
  ...ELECTRON_ERRORS_FA,
  ...EXCHANGE_ERRORS_FA,
  ...FIXTURE_ERRORS_FA,
  ...IMPORT_ERRORS_FA,
  ...IPC_ERRORS_FA,
  ...PDF_ERRORS_FA,
  ...STORE_ERRORS_FA,
  ...SETS_ERRORS_FA,
  ...SYNC_ERRORS_FA,
};
