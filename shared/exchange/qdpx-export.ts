// A .qdpx is a ZIP holding project.qde and the sources it references as internal://<file>.
import JSZip from 'jszip';
import type { ProjectSnapshot } from '../model/snapshot';
import { META_ENTRY } from './meta-file';
import { buildProjectQde, type QdpxExportOptions } from './qde-write';

export type { QdpxExportOptions } from './qde-write';

export async function exportQdpx(
  snapshot: ProjectSnapshot,
  options: QdpxExportOptions = {},
): Promise<Uint8Array> {
  const { xml, sources, meta } = buildProjectQde(snapshot, options);
  const zip = new JSZip();
  // A fixed date keeps the same project's export byte-identical from run to run.
  const updated = new Date(snapshot.project.updatedAt);
  const date = Number.isFinite(updated.getTime()) ? updated : new Date(0);
  zip.file('project.qde', xml, { date });
  zip.file(META_ENTRY, JSON.stringify(meta, null, 1) + '\n', { date });
  for (const s of sources) zip.file(s.path, s.text, { date });
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}
