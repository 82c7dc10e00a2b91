// English sentences from errors: the CLI's messages, logs, and the `reason` every failure still
// carries during the move to codes (docs/errors.md).
import { formatCount } from '../import/input-limits';
import { formatBytes } from '../import/types';
import type { AppError, ErrorParam } from './app-error';
import { isAppError } from './app-error';
import { ERROR_TEMPLATES } from './catalogue';
import { fillTemplate } from './template';

/** A parameter named `…Bytes` is a byte count: shown as "2 KB" (see ErrorParam). */
export function isByteParam(name: string): boolean {
  return /Bytes$/.test(name);
}

/** A parameter named `limit` is a count limit, read by people: "1,000,000", not "1000000". */
export function isLimitParam(name: string): boolean {
  return name === 'limit';
}

function englishParam(
  name: string,
  value: ErrorParam,
  templates: Readonly<Record<string, string>>,
): string {
  if (typeof value === 'number') {
    if (isByteParam(name)) return formatBytes(value);
    return isLimitParam(name) ? formatCount(value) : String(value);
  }
  if (typeof value === 'string') return value;
  if (isAppError(value)) return formatError(value, templates);
  return value.join(', ');
}

/**
 * The error as an English sentence. An unknown code (from a newer Mazmun) is shown as the code
 * and its parameters rather than dropped.
 */
export function formatError(
  error: AppError,
  templates: Readonly<Record<string, string>> = ERROR_TEMPLATES,
): string {
  const template = Object.hasOwn(templates, error.code) ? templates[error.code] : undefined;
  const param = (name: string): string | null => {
    const value = Object.hasOwn(error.params, name) ? error.params[name] : undefined;
    return value === undefined ? null : englishParam(name, value, templates);
  };
  if (template === undefined) {
    const names = Object.keys(error.params);
    return names.length === 0
      ? error.code
      : `${error.code} (${names.map((n) => `${n}: ${param(n) ?? ''}`).join('; ')})`;
  }
  return fillTemplate(template, param);
}
