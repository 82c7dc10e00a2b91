// README's "Command line" section names every built command of the registry and every export
// format the CLI writes: the registries grow, the documentation has to follow (a stub, summary '',
// is not built and needs no line yet).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliExportFormats } from '../shared/export/format-registry';
import { builtCommands } from './commands';
import { root } from './test-io';

/** The text from `## Command line` to the next `## ` heading. */
function commandLineSection(readme: string): string {
  const start = readme.indexOf('\n## Command line\n');
  if (start < 0) return '';
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

const section = commandLineSection(readFileSync(`${root}README.md`, 'utf8'));

describe("README's command line section", () => {
  it('exists', () => {
    expect(section).toContain('mazmun');
  });

  it('has a line for every built command', () => {
    for (const c of builtCommands()) {
      expect(section, `README lacks \`mazmun ${c.name}\``).toMatch(
        new RegExp(`^- \`mazmun ${c.name}[ \`]`, 'm'),
      );
    }
  });

  it('names every format `mazmun export` writes', () => {
    for (const f of cliExportFormats()) expect(section, f.id).toContain(`\`${f.id}\``);
  });

  it('reads only its own section', () => {
    const readme = '# x\n\n## Command line\n- `mazmun a`\n\n## Limits\n- `mazmun b`\n';
    expect(commandLineSection(readme)).toContain('mazmun a');
    expect(commandLineSection(readme)).not.toContain('mazmun b');
    expect(commandLineSection('# x\n')).toBe('');
  });
});
