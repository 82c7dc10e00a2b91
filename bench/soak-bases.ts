// The real files the soak test mutates: the sample study (fixtures/azerbaijan) exported as a
// .qdpx through shared/exchange, its interviews as a right-to-left .docx, and one as RTF.
import { readDirFiles } from '../cli/node-io';
import { exportQdpx } from '../shared/exchange/qdpx-export';
import { loadProjectDir } from '../shared/fixture/load-project-dir';
import { buildDocx } from '../shared/import/test-builders';
import type { SoakBase } from './soak-mutate';

const FIXTURE = new URL('../fixtures/azerbaijan', import.meta.url).pathname;

function rtfOf(text: string): Uint8Array {
  const body = [...text]
    .map((c) => {
      const cp = c.charCodeAt(0);
      if (c === '\n') return '\\par\n';
      if (c === '\\' || c === '{' || c === '}') return `\\${c}`;
      return cp < 0x80 ? c : `\\u${cp > 0x7fff ? cp - 0x10000 : cp}?`;
    })
    .join('');
  const rtf = `{\\rtf1\\ansi\\ansicpg1256\\deff0{\\fonttbl{\\f0\\fcharset178 Tahoma;}}\\rtlpar\\f0 ${body}\\par}`;
  return Uint8Array.from(rtf, (c) => c.charCodeAt(0));
}

export async function soakBases(): Promise<SoakBase[]> {
  const files = readDirFiles(FIXTURE);
  if (!files.ok) throw new Error(files.reason);
  const loaded = loadProjectDir(files.data);
  if (!loaded.ok) throw new Error(loaded.reason);
  const snapshot = loaded.data;
  const texts = snapshot.documents.map((d) => d.text);
  const paragraphs = texts.flatMap((t) => t.split('\n')).map((text) => ({ text, bidi: true }));
  return [
    { kind: 'qdpx', name: 'azerbaijan.qdpx', bytes: await exportQdpx(snapshot) },
    { kind: 'docx', name: 'interviews.docx', bytes: await buildDocx(paragraphs) },
    { kind: 'rtf', name: 'interview.rtf', bytes: rtfOf(texts.slice(0, 3).join('\n')) },
  ];
}
