// Persian for the database's sentences that still travel as English strings: opening a newer or
// broken database (open-database.ts's reason, which the storage alert carries as a string), and
// snapshot-check.ts's problems (nested as legacy text in 'db.snapshotProblem'). The rest of
// shared/db and shared/store refuse by code (renderer/i18n/errors-fa/db.ts, store.ts).

import type { ReasonPattern } from './reason-tools';

/** The kinds of rows snapshot-check.ts names, in Persian. */
const THINGS: Readonly<Record<string, string>> = {
  coder: 'کدگذار',
  document: 'سند',
  case: 'مورد',
  memo: 'یادداشت',
  attribute: 'ویژگی',
  code: 'کد',
  coding: 'کدگذاری',
  project: 'پروژه',
};

/** snapshot-check.ts names record kinds in English. */
const KINDS: Readonly<Record<string, string>> = {
  ...THINGS,
  'case value': 'مقدار مورد',
  'attribute value': 'مقدار ویژگی',
};

export const STORE_REASONS: readonly ReasonPattern[] = [
  // snapshot-check.ts: the first inconsistency of a project about to be imported.
  {
    re: /^An? ([a-z ]+) \((.+)\) belongs to another project\.$/,
    fa: (m, t) => `یک ${KINDS[m[1] ?? ''] ?? t.l(m[1])} (${t.q(m[2])}) به پروژهٔ دیگری تعلق دارد.`,
  },
  {
    re: /^The ([a-z ]+) id (.+) appears twice\.$/,
    fa: (m, t) => `شناسهٔ ${KINDS[m[1] ?? ''] ?? t.l(m[1])} ${t.q(m[2])} دو بار آمده است.`,
  },
  {
    re: /^The code "([\s\S]*)" has a parent that is not in the project\.$/,
    fa: (m, t) => `کد ${t.q(m[1])} والدی دارد که در پروژه نیست.`,
  },
  {
    re: /^The document "([\s\S]*)" belongs to a case that is not in the project\.$/,
    fa: (m, t) => `سند ${t.q(m[1])} به موردی تعلق دارد که در پروژه نیست.`,
  },
  {
    re: /^A coding \((.+)\) refers to a missing (document|code)\.$/,
    fa: (m, t) => `کدگذاری ${t.q(m[1])} به ${THINGS[m[2] ?? '']}ی اشاره دارد که نیست.`,
  },
  {
    re: /^A coding \((.+)\) has the range \[(-?\d+), (-?\d+)\) outside its document \(length (\d+)\)\.$/,
    fa: (m, t) =>
      `بازهٔ [${t.d(m[2])}، ${t.d(m[3])}) کدگذاری ${t.q(m[1])} بیرون از سند آن است (طول ${t.d(m[4])}).`,
  },
];
