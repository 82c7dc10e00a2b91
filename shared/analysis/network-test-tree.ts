// For tests and bench/: a codebook of `globals` global themes, each with `perGlobal` organizing
// themes of `perOrganizing` basic themes, named in Persian with half-spaces, and codings giving
// every basic theme a different number of references.
import { buildCode, buildCoding, buildDocument, buildProject } from '../db/test-builders';
import type { Code, Coding, Document } from '../model';

const WORDS = [
  'همکاری',
  'اقتصادی',
  'فرهنگی',
  'امنیت',
  'مرزهای',
  'مشترک',
  'سرمایه‌گذاری',
  'دیپلماسی',
  'انرژی',
  'گردشگری',
  'حمل و نقل',
  'منطقه‌ای',
];

/** A theme name of 2 to 4 Persian words, different for every index. */
export function persianThemeName(i: number): string {
  const n = 2 + (i % 3);
  const words = Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 5) % WORDS.length]);
  return `${words.join(' ')} ${i + 1}`;
}

export function networkTree(
  globals: number,
  perGlobal: number,
  perOrganizing: number,
): { codes: Code[]; codings: Coding[]; documents: Document[] } {
  const project = buildProject();
  const projectId = project.id;
  const documents = [buildDocument({ projectId })];
  const codes: Code[] = [];
  const codings: Coding[] = [];
  let k = 0;
  for (let g = 0; g < globals; g++) {
    const global = buildCode({ projectId, name: persianThemeName(k++), order: g });
    codes.push(global);
    for (let o = 0; o < perGlobal; o++) {
      const org = buildCode({
        projectId,
        parentId: global.id,
        name: persianThemeName(k++),
        order: o,
      });
      codes.push(org);
      for (let b = 0; b < perOrganizing; b++) {
        const basic = buildCode({
          projectId,
          parentId: org.id,
          name: persianThemeName(k++),
          order: b,
        });
        codes.push(basic);
        const refs = 1 + ((k * 13) % 17);
        for (let r = 0; r < refs; r++) {
          codings.push(
            buildCoding({
              projectId,
              documentId: (documents[0] as Document).id,
              codeId: basic.id,
              start: r,
              end: r + 1,
            }),
          );
        }
      }
    }
  }
  return { codes, codings, documents };
}
