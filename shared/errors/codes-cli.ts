// The command-line tool (cli/): its arguments, the files it reads, and wrappers that put the path
// in front of a reader's error. Persian in renderer/i18n/errors-fa/cli.ts (the catalogue is
// complete in both languages, though the CLI prints English). The English is what cli/*.test.ts
// and users' scripts read: keep it word for word.
export const CLI_ERRORS = {
  'cli.unknownOption': 'unknown option --{name} (try: mazmun --help)',
  'cli.optionNeedsValue': '--{name} needs a value',
  'cli.optionNotAllowed': '--{name} must be one of {allowed} (got "{value}")',
  'cli.needsFile': '{command} needs a file: mazmun {command} <file>',
  'cli.needsProject': '{command} needs a project: mazmun {command} <{placeholder}>',
  'cli.oneFile': '{command} takes one file, got {count}: {given}',
  'cli.oneProject': '{command} takes one project, got {count}: {given}',
  'cli.unknownCommand': 'unknown command "{command}" (try: mazmun --help)',
  /** `formats` is the list joined with "|", as the usage line writes it. */
  'cli.exportNeedsFormat': 'export needs --format {formats}',
  'cli.exportNeedsOut': 'export needs --out FILE',
  'cli.tooManyFiles': 'more than {max} files: is this a project?',
  /** The file system's own message (ENOENT, EACCES…), as it is. */
  'cli.ioError': '{detail}',
  /** A reader's error (the project loader, an importer, the file system) under the path given. */
  'cli.inPath': '{path}: {error}',
  'cli.noSuchPath': '{path}: no such file or directory',
  'cli.notProjectFile':
    '{path}: {ext} files are not projects; give a project directory, a .qdpx or a .mazmun.json backup',
  'cli.notProjectFileNoExt':
    '{path}: these files are not projects; give a project directory, a .qdpx or a .mazmun.json backup',
  'cli.noSuchFile': '{path}: no such file',
  'cli.isDirectory': '{path}: is a directory',
  'cli.validateWhat': '{path}: validate reads .qdpx and .qdc files',
  'cli.qdcTooLarge': '{path} is too large ({sizeBytes}); the limit is {limitBytes}',
  'cli.notUtf8': '{path}: not valid UTF-8 text',
  /** `--set NAME` of a project command; `sets` are the project's set names (a few). */
  'cli.noSuchSet': 'There is no set named “{name}” in this project (its sets: {sets}).',
  'cli.noSuchSetMany':
    'There is no set named “{name}” in this project (its sets include {sets} and {more} more).',
  'cli.projectHasNoSets': 'There is no set named “{name}” in this project: it has no sets.',
} as const;
