// `mazmun validate`: a REFI-QDA file's structure checked against the standard's schema.
import { ok } from '../../shared/model/snapshot';
import { stripBidiScopes } from '../../shared/text/bidi';
import { defineCommand } from '../command';
import { EXIT } from '../write-output';
import { onePositional } from './positional';

export const validateCommand = defineCommand<{ readonly file: string }>({
  name: 'validate',
  usage: '<file.qdpx|file.qdc>',
  summary: "Check a REFI-QDA file's structure",
  options: {},
  flags: [],
  help: '',
  parse: ({ positional }) => {
    const file = onePositional('validate', positional, 'file');
    return file.ok ? ok({ file: file.data }) : file;
  },
  run: async ({ file }, io) => {
    // The zip and XML libraries load only when asked for (a faster start: bench/cli-start).
    const { validateFile } = await import('../validate-file');
    const r = await validateFile(file, io);
    if (r.ok) io.stdout(stripBidiScopes(r.data));
    else io.stderr(`mazmun: ${r.reason}\n`);
    return r.ok ? EXIT.ok : EXIT.failed;
  },
});
