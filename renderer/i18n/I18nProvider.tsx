import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { translate, type MessageKey } from './catalog';
import { directionOf, formatNumber, isLocale, type Locale } from './locales';

export interface I18n {
  readonly locale: Locale;
  readonly dir: 'rtl' | 'ltr';
  readonly t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
  /** Numbers in the interface's digits (Persian digits in Persian). */
  readonly n: (value: number, fractionDigits?: number) => string;
  readonly setLocale: (locale: Locale) => void;
}

export const I18nContext = createContext<I18n | null>(null);

const STORAGE_KEY = 'mazmun.locale';

// The locale is a per-machine preference read synchronously at start-up, so the first paint
// already has the right direction (no left-to-right flash before a database read).
function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be disabled; fall back to the browser's language.
  }
  return globalThis.navigator?.language?.startsWith('fa') ? 'fa' : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Not fatal: the choice holds for this session.
    }
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dir = directionOf(locale);
  }, [locale]);

  const value = useMemo<I18n>(
    () => ({
      locale,
      dir: directionOf(locale),
      t: (key, params) => translate(locale, key, params),
      n: (v, digits) => formatNumber(locale, v, digits),
      setLocale,
    }),
    [locale, setLocale],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
