// The report's memos section (issue 13.5): the researcher's memos on the project, documents,
// codes, cases and codings, listed by kind, each under the name of what it is about. A memo is
// often where the interpretation is written, so a supervisor reading the report sees it too.
import type { CodeId, DocumentId } from '../model/ids';
import type { AnalysisSectionInput } from './analysis-sections';
import { escapeHtml as e } from './escape';

type Kind = 'project' | 'document' | 'code' | 'case' | 'coding';
const KINDS: readonly Kind[] = ['project', 'document', 'code', 'case', 'coding'];

const WORDS = {
  en: {
    heading: 'Memos',
    kinds: {
      project: 'On the project',
      document: 'On documents',
      code: 'On codes',
      case: 'On cases',
      coding: 'On coded passages',
    },
  },
  fa: {
    heading: 'یادداشت‌ها',
    kinds: {
      project: 'دربارهٔ پروژه',
      document: 'دربارهٔ سندها',
      code: 'دربارهٔ کدها',
      case: 'دربارهٔ موردها',
      coding: 'دربارهٔ بخش‌های کدگذاری‌شده',
    },
  },
} as const;

interface Item {
  readonly target: string;
  readonly title: string;
  readonly text: string;
}

const natural = (a: Item, b: Item): number =>
  a.target.localeCompare(b.target, undefined, { numeric: true }) || a.title.localeCompare(b.title);

/** The memos of the snapshot by kind; coding memos follow the report's coder filter as given. */
export function memoItems(snapshot: AnalysisSectionInput['snapshot']): Map<Kind, Item[]> {
  const docs = new Map<DocumentId, string>(snapshot.documents.map((d) => [d.id, d.title]));
  const codes = new Map<CodeId, string>(snapshot.codes.map((c) => [c.id, c.name]));
  const cases = new Map<string, string>(snapshot.cases.map((c) => [c.id, c.name]));
  const out = new Map<Kind, Item[]>(KINDS.map((k) => [k, []]));
  for (const m of snapshot.memos) {
    if (!m.text.trim() && !m.title.trim()) continue;
    const t = m.target;
    const target =
      t.kind === 'document'
        ? docs.get(t.id)
        : t.kind === 'code'
          ? codes.get(t.id)
          : t.kind === 'case'
            ? cases.get(t.id)
            : '';
    // A memo on something deleted meanwhile has nothing to stand under.
    if (target === undefined) continue;
    out.get(t.kind)?.push({ target, title: m.title, text: m.text });
  }
  for (const c of snapshot.codings) {
    if (!c.memo.trim()) continue;
    const target = `${codes.get(c.codeId) ?? ''} · ${docs.get(c.documentId) ?? ''}`;
    out.get('coding')?.push({ target, title: '', text: c.memo });
  }
  for (const list of out.values()) list.sort(natural);
  return out;
}

const paragraphs = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => `<p dir="auto">${e(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');

export function memosSection({ snapshot, ctx }: AnalysisSectionInput): string {
  const items = memoItems(snapshot);
  if (KINDS.every((k) => (items.get(k) ?? []).length === 0)) return '';
  const words = WORDS[ctx.rtl ? 'fa' : 'en'];
  const groups = KINDS.flatMap((k) => {
    const list = items.get(k) ?? [];
    if (list.length === 0) return [];
    const entries = list.map((m) => {
      const head = [m.target, m.title]
        .filter((s) => s.trim())
        .map((s) => `<bdi>${e(s)}</bdi>`)
        .join(' — ');
      return `<li class="memo">${head ? `<h4>${head}</h4>` : ''}${paragraphs(m.text)}</li>`;
    });
    return [
      `<section class="memo-kind" aria-labelledby="memos-${k}">` +
        `<h3 id="memos-${k}">${e(words.kinds[k])} (${ctx.num(list.length)})</h3>` +
        `<ul class="memos">${entries.join('')}</ul></section>`,
    ];
  });
  return (
    `<section class="memos-section" aria-labelledby="memos"><h2 id="memos">${e(words.heading)}</h2>` +
    `${groups.join('')}</section>`
  );
}
