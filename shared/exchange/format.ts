// Format versions of everything Mazmun writes (DEVELOPERS.md rule 9). Bump a version when the
// meaning of the written data changes, and keep reading the old versions.
// 2: Mazmun's own facts moved from Description lines to mazmun.json (both are read).
export const QDPX_FORMAT_VERSION = 2;
export const QDC_FORMAT_VERSION = 1;
export const BACKUP_FORMAT = 'mazmun-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

export function originString(appVersion: string | undefined): string {
  return appVersion ? `Mazmun ${appVersion}` : 'Mazmun';
}
