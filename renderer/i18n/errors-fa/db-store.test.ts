// The coded refusals of shared/db and shared/store, translated by code: Persian, names kept whole
// and isolated, numbers in Persian digits. (They replace the pattern-table cases of reasons.test.ts
// for these sentences.) Some come from the real code paths; every code is also checked with
// sample parameters, so a code added later without real Persian fails here.
import { describe, expect, it } from 'vitest';
import { validateAttributeValue } from '../../../shared/db/attribute-values';
import { elsewhereError } from '../../../shared/db/changes';
import { buildAttribute } from '../../../shared/db/test-builders';
import {
  appError,
  type AppError,
  type ErrorParam,
  placeholdersOf,
  refuseWith,
} from '../../../shared/errors';
import { DB_ERRORS } from '../../../shared/errors/codes-db';
import { STORE_ERRORS } from '../../../shared/errors/codes-store';
import { asId } from '../../../shared/model/ids';
import type { Failure, Result } from '../../../shared/model/snapshot';
import { translateFailure } from '../errors';
import { FSI, PDI } from '../reason-tools';

const pid = asId<'ProjectId'>('p-1');

function refused(r: Result<unknown>): Failure {
  if (r.ok) throw new Error('expected a refusal');
  if (r.error === undefined) throw new Error(`not coded: ${r.reason}`);
  return r;
}

/** Persian outside the isolated runs; the names inside them kept; digits Persian. */
function expectPersian(failure: Failure, verbatim: readonly string[], digits: readonly string[]) {
  const fa = translateFailure(failure, 'fa');
  expect(fa).not.toBe(failure.reason);
  expect(fa).toMatch(/[\u0600-\u06FF]{2}/); // "کد" is two letters
  const bare = fa.replace(new RegExp(`${FSI}[^${PDI}]*${PDI}`, 'g'), '');
  expect(bare, fa).not.toMatch(/[A-Za-z]{3}/);
  expect(bare, fa).not.toMatch(/[0-9]/);
  for (const v of verbatim) expect(fa).toContain(v);
  for (const d of digits) expect(fa).toContain(d);
  expect(translateFailure(failure, 'en')).toBe(failure.reason);
}

describe('coded refusals of shared/db and shared/store', () => {
  it('an attribute value that does not fit: Persian, names and options kept', () => {
    const role = buildAttribute({
      projectId: pid,
      name: 'Role',
      type: 'category',
      options: ['Diplomat', 'Scholar'],
    });
    const r = refused(validateAttributeValue(role, 'Other'));
    expect(r.error).toEqual({
      code: 'db.notOption',
      params: { value: 'Other', attribute: 'Role', options: ['Diplomat', 'Scholar'] },
    });
    expect(r.reason).toBe('"Other" is not one of the options of "Role": Diplomat, Scholar.');
    expectPersian(r, ['Other', 'Role', 'Diplomat', 'Scholar'], []);
    const age = buildAttribute({ projectId: pid, name: 'Age', type: 'number' });
    expectPersian(refused(validateAttributeValue(age, 'twelve')), ['twelve', 'Age'], []);
  });

  it('what another window did: the subject in Persian, its name kept', () => {
    const named = refuseWith(elsewhereError('code', 'Exchange', 'changed', 'undo'));
    expect(named.reason).toBe(
      'The code "Exchange" was changed in another window; undo was not applied.',
    );
    expectPersian(named, ['Exchange'], []);
    expect(translateFailure(named, 'fa')).toContain(
      'در پنجرهٔ دیگری تغییر کرده است؛ واگرد انجام نشد.',
    );
    const unnamed = refuseWith(elsewhereError('attribute', '', 'deleted', 'redo'));
    expect(unnamed.reason).toBe(
      'An attribute was deleted in another window; redo was not applied.',
    );
    expectPersian(unnamed, [], []);
    const stale = refuseWith(elsewhereError('document', 'Interview 2', 'changed', 'refresh'));
    expect(stale.reason).toBe(
      'The document "Interview 2" was changed in another window; your view has been refreshed.',
    );
    expectPersian(stale, ['Interview 2'], []);
  });

  const SAMPLE: Readonly<Record<string, ErrorParam>> = {
    start: 5,
    end: 120,
    length: 100,
    options: ['Diplomat', 'Scholar'],
    subject: appError('store.theCode', { name: 'Exchange' }),
    problem: appError('db.codeGone'),
  };
  const sample = (name: string): ErrorParam => SAMPLE[name] ?? `Name ${name}`;

  it.each(Object.keys({ ...DB_ERRORS, ...STORE_ERRORS }))(
    '%s: Persian with any parameters',
    (code) => {
      const template: string =
        (DB_ERRORS as Record<string, string>)[code] ??
        (STORE_ERRORS as Record<string, string>)[code] ??
        '';
      const params = Object.fromEntries(placeholdersOf(template).map((p) => [p, sample(p)]));
      const failure = refuseWith({ code, params } as AppError);
      const names = Object.values(params).filter((v): v is string => typeof v === 'string');
      const digits = Object.values(params).some((v) => typeof v === 'number') ? ['۵', '۱۲۰'] : [];
      expectPersian(
        failure,
        names,
        digits.filter((d) => template.includes(d === '۵' ? '{start}' : '{end}')),
      );
    },
  );
});
