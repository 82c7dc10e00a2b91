export { exportQdpx, type QdpxExportOptions } from './qdpx-export';
export { importQdpx, type QdpxImport, type QdpxImportOptions } from './qdpx-import';
export { exportQdc, importQdc, type QdcExportOptions, type QdcImportOptions } from './qdc';
export type { ImportCounts, ImportReport, SkippedItems } from './import-report';
export {
  restoreBackup,
  serializeBackup,
  type BackupFile,
  type BackupOptions,
  type RestoreResult,
} from './backup';
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  QDC_FORMAT_VERSION,
  QDPX_FORMAT_VERSION,
} from './format';
export { DEFAULT_MAX_UNCOMPRESSED_BYTES, type SafeZipOptions } from './safe-zip';
