// The one file or project a command of `mazmun` takes, refused by code when missing or doubled.
import { refuse } from '../../shared/errors';
import { ok, type Result } from '../../shared/model/snapshot';

export function onePositional(
  command: string,
  positional: readonly string[],
  what: 'file' | 'project',
  placeholder: string = what,
): Result<string> {
  if (positional.length === 1) return ok(positional[0] ?? '');
  if (positional.length === 0) {
    return what === 'file'
      ? refuse('cli.needsFile', { command })
      : refuse('cli.needsProject', { command, placeholder });
  }
  const extra = { command, count: positional.length, given: positional.join(' ') };
  return refuse(what === 'file' ? 'cli.oneFile' : 'cli.oneProject', extra);
}
