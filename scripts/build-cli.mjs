// `npm run build:cli` (also part of `npm run build`, and `prepare` at install): dist-cli/, the
// `mazmun` command as plain JavaScript. With --optional (at install) a failed build is a note,
// not a failed install: bin/mazmun.mjs then runs the sources through tsx.
import { buildCli } from './lib/build-cli.mjs';
import { esbuildFailure } from './lib/esbuild-error.mjs';

const optional = process.argv.includes('--optional');
try {
  const out = await buildCli();
  if (!optional) console.log(`Built ${out.entry} from ${out.inputs.length} sources.`);
} catch (error) {
  const reason = esbuildFailure(error);
  if (optional) {
    console.warn(`mazmun: the command was not bundled (${reason}); it will run through tsx.`);
  } else {
    console.error(`Could not build the command line: ${reason}.`);
    process.exitCode = 1;
  }
}
