import { describe, expect, it } from 'vitest';
import {
  buildCase,
  buildCode,
  buildCoding,
  buildDocument,
  buildMemo,
  buildProject,
  buildSnapshot,
} from '../db/test-builders';
import { REPORT_LABELS } from './labels';
import type { SectionContext } from './report-sections';
import { memosSection } from './section-memos';

const project = buildProject({ language: 'en' });
const pid = project.id;
const doc = buildDocument({ projectId: pid, title: 'Interview 2' });
const code = buildCode({ projectId: pid, name: 'Trade' });
const kase = buildCase({ projectId: pid, name: 'P02' });
const ctx = (locale: 'en' | 'fa'): SectionContext => ({
  labels: REPORT_LABELS[locale],
  num: (v) => String(v),
  rtl: locale === 'fa',
  fontFamily: null,
});

describe('memosSection', () => {
  const snapshot = buildSnapshot({
    project,
    documents: [doc],
    codes: [code],
    cases: [kase],
    codings: [
      buildCoding({ projectId: pid, documentId: doc.id, codeId: code.id, memo: 'why <here>' }),
    ],
    memos: [
      buildMemo({
        projectId: pid,
        title: '',
        target: { kind: 'code', id: code.id },
        text: 'A\n\nB',
      }),
      buildMemo({ projectId: pid, target: { kind: 'project' }, title: 'Plan', text: 'x' }),
      buildMemo({
        projectId: pid,
        title: '',
        target: { kind: 'case', id: kase.id },
        text: 'met twice',
      }),
      buildMemo({
        projectId: pid,
        title: '',
        target: { kind: 'document', id: doc.id },
        text: '  ',
      }),
    ],
  });
  const html = memosSection({ snapshot, ctx: ctx('en'), convention: 'paper' });

  it('lists memos by kind in a fixed order, empty kinds left out', () => {
    const headings = [...html.matchAll(/<h3 id="memos-(\w+)">([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(headings).toEqual(['project', 'code', 'case', 'coding']);
    expect(html).toContain('<h3 id="memos-code">On codes (1)</h3>');
  });

  it('names the target, splits paragraphs and escapes the text', () => {
    expect(html).toContain('<h4><bdi>Trade</bdi></h4><p dir="auto">A</p><p dir="auto">B</p>');
    expect(html).toContain(
      '<h4><bdi>Trade · Interview 2</bdi></h4><p dir="auto">why &lt;here&gt;</p>',
    );
    expect(html).toContain('<h4><bdi>Plan</bdi></h4>');
  });

  it('speaks Persian in a Persian report, and says nothing without memos', () => {
    expect(memosSection({ snapshot, ctx: ctx('fa'), convention: 'paper' })).toContain(
      '<h2 id="memos">یادداشت‌ها</h2>',
    );
    const none = buildSnapshot({ project, documents: [doc], codings: [], memos: [] });
    expect(memosSection({ snapshot: none, ctx: ctx('en'), convention: 'paper' })).toBe('');
  });
});
