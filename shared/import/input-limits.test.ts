// eslint-disable-next-line no-restricted-imports -- a test reading the committed README
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, LIMITS_TABLE, MAX_XML_DEPTH } from './input-limits';

describe('input limits', () => {
  it('are all listed in the README, with the values the code enforces', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Limits'), readme.indexOf('## Test'));
    for (const [what, value] of LIMITS_TABLE) expect(section).toContain(`| ${what} | ${value} |`);
    expect(section.match(/^\| (?!Limit |---)/gm)).toHaveLength(LIMITS_TABLE.length);
  });

  it('are written for people', () => {
    expect([formatCount(0), formatCount(999), formatCount(1000), formatCount(50_000_000)]).toEqual([
      '0',
      '999',
      '1,000',
      '50,000,000',
    ]);
    expect([formatBytes(512), formatBytes(1536), formatBytes(256 * 1024 * 1024)]).toEqual([
      '512 bytes',
      '1.5 KB',
      '256 MB',
    ]);
    expect(MAX_XML_DEPTH).toBe(256);
  });
});
