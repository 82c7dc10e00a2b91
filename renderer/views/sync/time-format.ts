// Intl formatters for the activity feed's times, one per locale: building one costs a fraction of
// a millisecond, and a feed of thousands of entries re-rendering while a project is joined made
// a 20k-coding join three times slower (bench/README.md, sync).
const relative = new Map<string, Intl.RelativeTimeFormat>();
const full = new Map<string, Intl.DateTimeFormat>();

export function relativeFormatter(locale: string): Intl.RelativeTimeFormat {
  let f = relative.get(locale);
  if (!f) relative.set(locale, (f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return f;
}

export function fullFormatter(locale: string): Intl.DateTimeFormat {
  let f = full.get(locale);
  if (!f)
    full.set(
      locale,
      (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })),
    );
  return f;
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
];

/** "2 minutes ago" / «۲ دقیقه پیش»; a day or more ago, the date and time instead. */
export function relativeTime(at: number, now: number, locale: string): string {
  let v = Math.round((at - now) / 1000);
  for (const [unit, next] of UNITS) {
    if (Math.abs(v) < next) return relativeFormatter(locale).format(v, unit);
    v = Math.round(v / next);
  }
  return fullTime(at, locale);
}

export function fullTime(at: number, locale: string): string {
  return fullFormatter(locale).format(at);
}
