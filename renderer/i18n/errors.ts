// Refusals in the interface's language, by code (docs/errors.md). shared/ gives each refusal as
// `{ code, params }`; English comes from its templates (formatError), Persian from
// errors-fa/. Refusals not yet given a code (code 'legacy') still go through the old pattern
// table in reasons.ts.
import {
  errorOf,
  fillTemplate,
  formatError,
  isAppError,
  isByteParam,
  isLimitParam,
  type AppError,
  type ErrorParam,
} from '../../shared/errors';
import { formatCount } from '../../shared/import/input-limits';
import { formatBytes } from '../../shared/import/types';
import { ERROR_TEMPLATES_FA } from './errors-fa';
import type { Locale } from './locales';
import { isolate, persianNumber, persianSize } from './reason-tools';
import { translateReason } from './reasons';

/**
 * A parameter in Persian: digits in Persian, byte counts in Persian units, names and values
 * bidi-isolated (a Latin file name stays whole), nested errors translated in turn.
 */
function persianParam(
  name: string,
  value: ErrorParam,
  templates: Readonly<Record<string, string>>,
): string {
  if (typeof value === 'number') {
    if (isByteParam(name)) return persianSize(formatBytes(value));
    // A limit keeps its thousands separators, in the Persian form (٬).
    return persianNumber(isLimitParam(name) ? formatCount(value).replace(/,/g, '٬') : value);
  }
  if (typeof value === 'string') return isolate(value);
  if (isAppError(value)) return isolate(translateError(value, 'fa', templates));
  return value.map(isolate).join('، ');
}

/**
 * The error in the interface's language. A code this copy does not know stays English.
 * `templates` is for tests: the Persian catalogue by default.
 */
export function translateError(
  error: AppError,
  locale: Locale,
  templates: Readonly<Record<string, string>> = ERROR_TEMPLATES_FA,
): string {
  if (error.code === 'legacy') {
    const text = error.params.text;
    return translateReason(typeof text === 'string' ? text : formatError(error), locale);
  }
  if (locale === 'en') return formatError(error);
  const template = Object.hasOwn(templates, error.code) ? templates[error.code] : undefined;
  if (template === undefined) return formatError(error);
  return fillTemplate(template, (name) => {
    const value = Object.hasOwn(error.params, name) ? error.params[name] : undefined;
    return value === undefined ? null : persianParam(name, value, templates);
  });
}

/** Whatever a caller holds of a refusal. */
export type Refusal = { readonly reason: string; readonly error?: AppError } | AppError | string;

/**
 * The one entry point for views: a failed Result, its error, or (legacy) its English sentence,
 * in the interface's language.
 */
export function translateFailure(refusal: Refusal, locale: Locale): string {
  if (typeof refusal === 'string') return translateReason(refusal, locale);
  if ('code' in refusal) return translateError(refusal, locale);
  return translateError(errorOf(refusal), locale);
}
