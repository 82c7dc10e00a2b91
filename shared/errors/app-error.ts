// Errors as data: a code and its parameters. Code decides the sentence (and its language);
// parameters carry the raw values (names, counts, byte sizes, nested errors), never wording.
import type { CatalogueCode, ErrorCode, ErrorTemplates } from './catalogue';
import type { Placeholders } from './template';

/**
 * A parameter value. Strings are shown verbatim (names, paths, quoted values); numbers get the
 * locale's digits; a parameter whose name ends in `Bytes` is a byte count shown as "2 KB";
 * a list is joined with the locale's comma; an AppError is a nested error, translated in turn
 * (a file's error inside "file X: …", a CSV error inside "cases.csv: …").
 */
export type ErrorParam = string | number | readonly string[] | AppError;
export type ErrorParams = Readonly<Record<string, ErrorParam>>;

export interface AppError {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
}

/** The parameters a code's template names, exactly: a missing or extra one is a type error. */
export type ParamsOf<C extends ErrorCode> = {
  readonly [K in Placeholders<ErrorTemplates[C]>]: ErrorParam;
};

/** `appError('csv.empty')`, `appError('csv.missingColumn', { column, columns })`. */
export type ParamsArgs<C extends ErrorCode> = [Placeholders<ErrorTemplates[C]>] extends [never]
  ? []
  : [params: ParamsOf<C>];

export function appError<C extends CatalogueCode>(code: C, ...params: ParamsArgs<C>): AppError {
  return { code, params: params[0] ?? {} };
}

/** The error object of a legacy `fail(reason)`: its English sentence, kept whole. */
export function legacyError(text: string): AppError {
  return { code: 'legacy', params: { text } };
}

/** Every failure's error: its code when it has one, else the legacy wrapper of its sentence. */
export function errorOf(failure: { readonly reason: string; readonly error?: AppError }): AppError {
  return failure.error ?? legacyError(failure.reason);
}

function isParam(v: unknown): boolean {
  return (
    typeof v === 'string' ||
    typeof v === 'number' ||
    (Array.isArray(v) && v.every((x) => typeof x === 'string')) ||
    isAppError(v)
  );
}

/**
 * For data that crossed a boundary (IPC, a stored report): the shape of an AppError. The code
 * may be unknown to this copy of Mazmun (a newer one sent it); translators show it as is.
 */
export function isAppError(v: unknown): v is AppError {
  if (typeof v !== 'object' || v === null) return false;
  const { code, params } = v as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    typeof params === 'object' &&
    params !== null &&
    !Array.isArray(params) &&
    Object.values(params).every(isParam)
  );
}
