// Coded failures: `return refuse('csv.empty')` instead of `return fail('CSV is empty: …')`.
import type { Failure } from '../model/snapshot';
import { appError, type AppError, type ParamsArgs } from './app-error';
import type { CatalogueCode } from './catalogue';
import { formatError } from './format';

/**
 * A failure with its code and parameters (checked against the template's placeholders), plus its
 * English sentence as `reason` for the code that still reads `.reason`.
 */
export function refuse<C extends CatalogueCode>(code: C, ...params: ParamsArgs<C>): Failure {
  return refuseWith(appError(code, ...params));
}

/** A failure from an error built earlier (a check that returns an AppError, a nested wrapper). */
export function refuseWith(error: AppError): Failure {
  return { ok: false, reason: formatError(error), error };
}
