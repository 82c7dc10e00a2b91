// Coded failures: `return refuse('csv.empty')` instead of `return fail('CSV is empty: …')`.
import type { Failure } from '../model/snapshot';
import { appError, type ParamsArgs } from './app-error';
import type { CatalogueCode } from './catalogue';
import { formatError } from './format';

/**
 * A failure with its code and parameters (checked against the template's placeholders), plus its
 * English sentence as `reason` for the code that still reads `.reason`.
 */
export function refuse<C extends CatalogueCode>(code: C, ...params: ParamsArgs<C>): Failure {
  const error = appError(code, ...params);
  return { ok: false, reason: formatError(error), error };
}
