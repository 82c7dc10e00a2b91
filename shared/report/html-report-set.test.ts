// A report limited to a document set says so under its title (issue 13.4): a printed table of
// two interviews must not pass for the whole study's.
import { describe, expect, it } from 'vitest';
import { buildDocument, buildProject, buildSnapshot } from '../db/test-builders';
import { renderHtml } from '../export/format-registry-render';
import { htmlReport } from './html-report';

const project = buildProject({ language: 'fa' });
const snapshot = buildSnapshot({
  project,
  documents: [buildDocument({ projectId: project.id, text: 'متن' })],
  codes: [],
  codings: [],
  sets: [],
});
const header = (html: string) => html.slice(html.indexOf('<header>'), html.indexOf('</header>'));

describe('the HTML report names its document set', () => {
  it('names the set in the header, isolated and escaped, in the report language', () => {
    const fa = header(htmlReport(snapshot, { setName: 'سال <۱۴۰۳>' }));
    expect(fa).toContain('فقط سندهای مجموعهٔ: <bdi>سال &lt;۱۴۰۳&gt;</bdi>');
    const en = header(htmlReport(snapshot, { setName: 'Year 1403', locale: 'en' }));
    expect(en).toContain('Only the documents of the set: <bdi>Year 1403</bdi>');
  });

  it('says nothing of sets for the whole study', () => {
    expect(header(htmlReport(snapshot, {}))).not.toContain('مجموعه');
  });

  it('is told the set by the export registry (app worker and CLI)', () => {
    const html = renderHtml(snapshot, { appVersion: 't', setName: 'Year 1403', locale: 'en' });
    expect(header(html)).toContain('<bdi>Year 1403</bdi>');
  });
});
