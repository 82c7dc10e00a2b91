// The coder-agreement tab limited to a set gives the figures `mazmun agreement --set` gives on the
// same project, and both are the figures worked out by hand for the set's documents alone.
import { describe, expect, it } from 'vitest';
import { cliRunner } from '../../cli/test-cli';
import {
  buildAttribute,
  buildCase,
  buildCode,
  buildDocument,
  buildSet,
  buildTwoCoders,
} from '../../shared/db/test-builders';
import type { DocumentId } from '../../shared/model';
import { CodingIndex } from '../../shared/store/coding-index';
import { agreementInScope, preparedInScope, unitAlphaInScope } from './agreement-scope';
import { analysisScope } from './analysis-scope';

const { projectId, a: ana, b: bita, at, snapshot: twoCoders } = buildTwoCoders();
const year = buildAttribute({ projectId, name: 'year', type: 'year' });
const early = buildCase({ projectId, name: 'early', values: { [year.id]: 1402 } });
const late = buildCase({ projectId, name: 'late', values: { [year.id]: 1403 } });
const doc = (title: string, text: string, caseId = late.id) =>
  buildDocument({ projectId, title, text, caseId, direction: 'ltr' });
// Two documents of 1403 (10 characters each) and one of 1402 outside the set.
const d1 = doc('d1', 'abcdefghij');
const d2 = doc('d2', 'klmnopqrst');
const d3 = doc('d3', 'uvwxyzABCD', early.id);
const theme = buildCode({ projectId, name: 'Theme', order: 0 });
const set = buildSet({
  projectId,
  name: 'سال ۱۴۰۳',
  kind: 'rule',
  rule: { match: 'all', conditions: [{ attributeId: year.id, values: ['۱۴۰۳'] }] },
});
const snapshot = twoCoders({
  documents: [d1, d2, d3],
  codes: [theme],
  cases: [early, late],
  attributes: [year],
  sets: [set],
  codings: [
    at(ana.id, d1, theme, 0, 6),
    at(bita.id, d1, theme, 2, 8),
    at(ana.id, d2, theme, 0, 10),
    at(bita.id, d2, theme, 0, 10),
    // Outside the set: only Bita coded d3, all of it — it would pull agreement down.
    at(bita.id, d3, theme, 0, 10),
  ],
});

// The tab's path: the store's state (documents without texts), the scope, the texts read.
const state = {
  sets: snapshot.sets ?? [],
  documents: snapshot.documents.map(({ text, ...meta }) => ({ ...meta, length: text.length })),
  cases: snapshot.cases,
  codings: new CodingIndex(snapshot.codings),
};
const texts = new Map<DocumentId, string>(snapshot.documents.map((d) => [d.id, d.text]));

function tab(setId: typeof set.id | null) {
  const scope = analysisScope(state, setId);
  const documents = preparedInScope(scope, texts);
  return agreementInScope({
    codes: snapshot.codes,
    scope,
    documents,
    coderA: ana.id,
    coderB: bita.id,
  });
}

const path = '/in/set-agreement.mazmun.json';
const run = cliRunner({ [path]: snapshot });

describe('agreement over a set', () => {
  it('counts the set’s documents only, as worked out by hand', () => {
    const r = tab(set.id);
    expect(r.documents.map((d) => d.title)).toEqual(['d1', 'd2']);
    // d1: both [2,6) = 4, Ana only 2, Bita only 2, neither 2; d2: both 10. N = 20.
    // po = (4 + 2 + 10) / 20 = 0.8; Ana yes 16/20, Bita yes 16/20:
    // pe = 0.8·0.8 + 0.2·0.2 = 0.68; kappa = 0.12 / 0.32 = 0.375.
    expect(r.pooled.percentAgreement).toBeCloseTo(0.8, 12);
    expect(r.pooled.kappa).toBeCloseTo(0.375, 12);
  });

  it('without the set counts every document (else the set changed nothing)', () => {
    const r = tab(null);
    expect(r.documents).toHaveLength(3);
    // d3 adds 10 characters Bita only: N = 30, po = 16/30; Ana yes 16/30, Bita yes 26/30:
    // pe = (16·26 + 14·4) / 900 = 472/900; kappa = (480 − 472) / (900 − 472) = 8/428.
    expect(r.pooled.percentAgreement).toBeCloseTo(16 / 30, 12);
    expect(r.pooled.kappa).toBeCloseTo(8 / 428, 12);
  });

  it('gives the figures of `mazmun agreement --set` on the same project', async () => {
    const cli = await run('agreement', path, '--coders', 'Ana,Bita', '--set', 'سال ۱۴۰۳');
    expect(cli.code, cli.err).toBe(0);
    const json = JSON.parse(cli.out) as {
      codes: { code: string; percent_agreement: number; kappa: number }[];
      pooled: { percent_agreement: number; kappa: number };
    };
    const r = tab(set.id);
    expect(json.pooled.percent_agreement).toBeCloseTo(r.pooled.percentAgreement ?? NaN, 12);
    expect(json.pooled.kappa).toBeCloseTo(r.pooled.kappa ?? NaN, 12);
    expect(json.codes.map((c) => [c.code, c.percent_agreement, c.kappa])).toEqual(
      r.codes.map((c) => [c.name, c.figures.percentAgreement, c.figures.kappa]),
    );
  });

  it('limits Krippendorff’s alpha to the set’s documents too', () => {
    const alpha = (setId: typeof set.id | null) => {
      const scope = analysisScope(state, setId);
      return unitAlphaInScope({
        codes: snapshot.codes,
        scope,
        documents: preparedInScope(scope, texts),
        coders: [ana.id, bita.id],
        unit: 'paragraph',
      });
    };
    // Each document is one paragraph, one code: a unit a document.
    expect(alpha(set.id).units).toBe(2);
    expect(alpha(null).units).toBe(3);
  });
});
