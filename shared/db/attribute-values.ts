// Typed attribute columns. Values typed by Persian researchers arrive as Persian digits
// ("۱۴۰۳"), so numbers and years accept any digit script and are stored as numbers.
import { refuse } from '../errors';
import { ok, type Result } from '../model/snapshot';
import type { Attribute, AttributeValue } from '../model/types';
import { toLatinDigits } from '../text/persian';

function parseNumber(raw: string | number): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const s = toLatinDigits(raw.trim()).replace(/٫/g, '.').replace(/[,٬]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/**
 * Checks (and normalizes) a value for an attribute: numbers and years become numbers, a category
 * value must be one of the options, empty strings become null (no value).
 */
export function validateAttributeValue(
  attr: Attribute,
  value: AttributeValue,
): Result<AttributeValue> {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return ok(null);
  switch (attr.type) {
    case 'text':
      return ok(String(value));
    case 'number': {
      const n = parseNumber(value);
      return n === null ? refuse('db.notNumber', { value, attribute: attr.name }) : ok(n);
    }
    case 'year': {
      const n = parseNumber(value);
      if (n === null || !Number.isInteger(n) || n < 1 || n > 9999) {
        return refuse('db.notYear', { value, attribute: attr.name });
      }
      return ok(n);
    }
    case 'category': {
      const s = String(value).trim();
      return attr.options.includes(s)
        ? ok(s)
        : refuse('db.notOption', { value: s, attribute: attr.name, options: attr.options });
    }
  }
}
