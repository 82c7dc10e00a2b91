// The analysis bench page (bench/analysis-page.ts drives it): a generated project imported into
// this Chromium's IndexedDB and opened with the app's store, then each analysis timed in the page
// with performance.now() around the pure call exactly as its hook makes it (the open store's
// state, `state.codings.values()`), beside floors measured in the same run.
import { computeAgreement, prepareDocuments } from '../../shared/analysis/agreement';
import { computeCooccurrence } from '../../shared/analysis/cooccurrence';
import { computeCrosstab } from '../../shared/analysis/crosstab';
import { computeFrequencyTable } from '../../shared/analysis/frequencies';
import { networkRows } from '../../shared/analysis/network';
import { layoutNetwork } from '../../shared/analysis/network-layout';
import { MazmunDb } from '../../shared/db/database';
import { openDatabase } from '../../shared/db/open-database';
import { importSnapshot } from '../../shared/db/snapshot-repo';
import type { ProjectSnapshot } from '../../shared/model/snapshot';
import { networkSvg } from '../../shared/report/network-svg';
import { openProjectStore, type ProjectStore } from '../../shared/store/project-store';
import { generateProject, type GenerateOptions } from '../generate';
import { hundredths, middle, timed, type Sample } from '../run/samples';

const DB_NAME = 'mazmun-analysis-bench';
const now = () => performance.now();

let store: ProjectStore | null = null;
let texts: ProjectSnapshot['documents'] = [];

/** The frequency table as the report recomputes it (a floor, and the network map's rows). */
function frequencyTable(s: ReturnType<typeof state>) {
  return computeFrequencyTable({
    codes: s.codes,
    codings: [...s.codings.values()],
    documents: s.documents,
    cases: s.cases,
    convention: 'paper',
  });
}

function state() {
  if (!store) throw new Error('prepare() first');
  return store.getState();
}

async function prepare(options: GenerateOptions) {
  const t0 = now();
  const { snapshot } = generateProject(options);
  texts = snapshot.documents;
  indexedDB.deleteDatabase(DB_NAME);
  const opened = await openDatabase(new MazmunDb(DB_NAME));
  if (!opened.ok) throw new Error(opened.reason);
  const imported = await importSnapshot(opened.data, snapshot);
  if (!imported.ok) throw new Error(imported.reason);
  const t1 = now();
  store = await openProjectStore(opened.data, snapshot.project.id);
  const s = store.getState();
  return {
    generate_and_import_ms: Math.round(t1 - t0),
    open_ms: Math.round(now() - t1),
    documents: s.documents.length,
    codes: s.codes.length,
    codings: s.codings.size,
    coders: s.coders.map((c) => c.name),
    attributes: s.attributes.map((a) => a.name),
  };
}

/** Every analysis of the Analysis view, as its hook computes it, and the floors. */
function measureAnalyses(runs: number) {
  const s = state();
  // The hooks' first values() call builds the coding objects (the store is lazy); the app pays
  // that once per opened project, not per analysis: done here before any timing.
  let warm = 0;
  for (const c of s.codings.values()) warm += c.end;
  const [a, b] = s.coders;
  if (!a || !b) throw new Error('the generated project has two coders');
  const year = s.attributes.find((x) => x.type === 'year') ?? s.attributes[0] ?? null;
  // The agreement hook prepares the documents once per text load (a memo of its own).
  const prepared = prepareDocuments(texts.map((d) => ({ id: d.id, title: d.title, text: d.text })));
  let sink = warm > 0 ? 1 : 0;
  const crosstab = (count: 'references' | 'cases') => () =>
    computeCrosstab({
      codes: s.codes,
      codings: s.codings.values(),
      documents: s.documents,
      cases: s.cases,
      attributes: s.attributes,
      rows: { kind: 'codes', level: 'basic' },
      columns: year?.id ?? null,
      count,
    }).total;
  const cooccurrence = (mode: 'overlap' | 'document') => () =>
    computeCooccurrence({ codes: s.codes, codings: s.codings.values(), level: 'basic', mode }).max;
  // Each analysis returns a number folded into `sink`, so the engine cannot drop the work.
  const work = {
    floor_loop_over_codings_ms: () => {
      let spans = 0;
      for (const c of s.codings.values()) spans += c.end - c.start;
      return spans;
    },
    floor_frequency_table_ms: () => frequencyTable(s).references,
    crosstab_references_by_year_ms: crosstab('references'),
    crosstab_cases_by_year_ms: crosstab('cases'),
    cooccurrence_overlap_ms: cooccurrence('overlap'),
    cooccurrence_document_ms: cooccurrence('document'),
    agreement_ms: () =>
      computeAgreement({
        codes: s.codes,
        documents: prepared,
        codings: s.codings.values(),
        coderA: a.id,
        coderB: b.id,
      }).passages.length,
  };
  const figures = Object.fromEntries(
    Object.entries(work).map(([name, run]) => [name, timed(runs, () => (sink += run()))]),
  ) as Record<keyof typeof work, Sample>;
  return { ...figures, sink: sink > 0 };
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * The network map's first draw at the project's codes (all global themes, as the tab opens):
 * rows from the frequency table, the force layout, the SVG, and the browser laying it out (the
 * next frame after it is in the document). Floor: the same SVG string put in the page alone.
 */
async function measureNetwork(runs: number) {
  const s = state();
  const host = document.getElementById('map') as HTMLElement;
  const total: number[] = [];
  const floor: number[] = [];
  const parts = { rows: [] as number[], layout: [] as number[], svg: [] as number[] };
  let nodes = 0;
  for (let i = 0; i < runs; i++) {
    host.innerHTML = '';
    await frame();
    const t0 = now();
    const table = frequencyTable(s);
    const rows = networkRows(table.rows, null);
    const t1 = now();
    const layout = layoutNetwork(rows);
    const t2 = now();
    const svg = networkSvg(layout, { title: 'bench', lang: 'fa', idPrefix: 'network-view' });
    const t3 = now();
    host.innerHTML = svg;
    void host.getBoundingClientRect().height;
    await frame();
    total.push(now() - t0);
    parts.rows.push(t1 - t0);
    parts.layout.push(t2 - t1);
    parts.svg.push(t3 - t2);
    nodes = rows.nodes.length;
    host.innerHTML = '';
    await frame();
    const f0 = now();
    host.innerHTML = svg;
    void host.getBoundingClientRect().height;
    await frame();
    floor.push(now() - f0);
  }
  const med = (xs: readonly number[]) => hundredths(middle(xs));
  return {
    nodes,
    network_first_draw_ms: med(total),
    network_first_draw_samples: total.map((x) => Math.round(x)),
    network_rows_ms: med(parts.rows),
    network_layout_ms: med(parts.layout),
    network_svg_ms: med(parts.svg),
    network_floor_dom_only_ms: med(floor),
  };
}

const api = { prepare, measureAnalyses, measureNetwork };
export type AnalysisBenchApi = typeof api;
(window as unknown as { mazmunAnalysisBench: AnalysisBenchApi }).mazmunAnalysisBench = api;
