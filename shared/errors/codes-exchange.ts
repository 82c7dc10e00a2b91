// REFI-QDA projects and codebooks (.qdpx, .qdc), Mazmun backups, and the safe zip and XML readers
// under them (shared/exchange). Persian in renderer/i18n/errors-fa/exchange.ts. The English is
// what the CLI prints and e2e/bad-input.spec.ts reads: keep it word for word.
export const EXCHANGE_ERRORS = {
  'exchange.notZip': 'The file is not a ZIP archive, or it is truncated (no end record).',
  'exchange.zip64': 'ZIP64 archives are not supported (the archive is too large for an import).',
  'exchange.zipDirectoryOutside':
    'The ZIP archive is damaged or truncated (its directory lies outside the file).',
  'exchange.zipBadEntry': 'The ZIP archive is damaged or truncated (bad directory entry).',
  'exchange.zipNameCut': 'The ZIP archive is damaged (entry name cut off).',
  'exchange.zipDamaged': 'The ZIP archive is damaged: {detail}',
  'exchange.zipTooManyEntries': 'The archive has {count} entries; Mazmun accepts at most {max}.',
  'exchange.zipUnsafePath':
    'The archive contains an entry with an unsafe path ("{path}"): absolute paths and ".." are refused.',
  /** The same, found in a local header rather than the central directory. */
  'exchange.zipUnsafeLocalPath': 'The archive contains an entry with an unsafe path ("{path}").',
  'exchange.zipOverTotal':
    'The archive would unpack to {unpacked} bytes, more than the limit of {max} bytes (zip bomb?).',
  'exchange.zipLyingSize':
    'The archive entry "{entry}" inflates beyond its declared size (zip bomb?).',
  'exchange.zipEntryDamaged': 'The archive entry "{entry}" is damaged: {detail}',
  'exchange.zipNoEntry': 'The archive has no entry "{entry}".',
  'exchange.xmlMalformed': 'The XML is malformed (line {line}): {detail}',
  'exchange.xmlUnreadable': 'The XML could not be read: {detail}',
  'exchange.notCodebook': 'This is not a REFI-QDA codebook: it has no <CodeBook> root.',
  'exchange.codebookSchema': 'The codebook does not follow the REFI-QDA Codebook schema: {detail}',
  'exchange.projectSchema': 'project.qde does not follow the REFI-QDA Project schema: {detail}',
  'exchange.notUtf8': '{file} is not valid UTF-8 text.',
  'exchange.noProjectQde': 'This archive is not a REFI-QDA project: it has no project.qde.',
  /** Wraps the XML reader's error for project.qde. */
  'exchange.inProjectQde': 'project.qde: {error}',
  'exchange.noProjectRoot':
    'project.qde is not a REFI-QDA project: it has no <Project> root element.',
  'exchange.sourceFileMissing': 'its file {path} is missing from the archive',
  'exchange.importCrashed': 'The project could not be imported: {detail}',
  'exchange.backupNotJson':
    'The backup file is damaged or incomplete: it is not valid JSON ({detail}).',
  'exchange.notBackup': 'This file is not a Mazmun backup (its "format" is not "mazmun-backup").',
  'exchange.backupBadVersion':
    'The backup file is damaged: its "formatVersion" is missing or invalid.',
  'exchange.backupTooNew':
    'This backup was made by a newer Mazmun (backup format {version}); this version reads formats up to {supported}. Update Mazmun to restore it.',
  'exchange.backupNoSnapshot':
    'The backup file is damaged or incomplete: it holds no project snapshot.',
  /** Wraps the snapshot check's error. */
  'exchange.backupDamaged': 'The backup file is damaged: {error}',
  'exchange.backupNoProject': 'The backup holds no project.',
  'exchange.backupProjectNoId': "The backup's project has no valid id.",
} as const;
