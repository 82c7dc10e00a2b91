// The argument parser refuses by code; the English it prints (run-cli.test.ts) is the template's.
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs refusals', () => {
  it('names the missing project, the usage placeholder and the extra arguments', () => {
    expect(parseArgs(['report'])).toEqual({
      ok: false,
      reason: 'report needs a project: mazmun report <project-dir>',
      error: {
        code: 'cli.needsProject',
        params: { command: 'report', placeholder: 'project-dir' },
      },
    });
    expect(parseArgs(['validate', 'a.qdc', 'b.qdc'])).toMatchObject({
      reason: 'validate takes one file, got 2: a.qdc b.qdc',
      error: { code: 'cli.oneFile', params: { count: 2, given: 'a.qdc b.qdc' } },
    });
  });

  it('lists the allowed values of an option as a list', () => {
    expect(parseArgs(['export', 'p', '--format', 'pdf', '--out', 'x'])).toMatchObject({
      error: { code: 'cli.optionNotAllowed', params: { name: 'format', value: 'pdf' } },
    });
    expect(parseArgs(['nope'])).toMatchObject({
      reason: 'unknown command "nope" (try: mazmun --help)',
      error: { code: 'cli.unknownCommand' },
    });
  });
});
