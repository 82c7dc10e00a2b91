import { describe, expect, it } from 'vitest';
import { cliRunner } from '../test-cli';
import { fixture } from '../test-io';

interface NetworkJson {
  nodes: { id: string; name: string; level: string; references: number; sources: number }[];
  edges: { from: string; to: string; weight: number }[];
}

const network = cliRunner({}, ['network']);

const levels = (j: NetworkJson): number[] =>
  ['global', 'organizing', 'basic'].map((l) => j.nodes.filter((n) => n.level === l).length);

describe('mazmun network', () => {
  it('gives the sample study’s 2 + 6 + 25 themes and an edge to every non-root theme', async () => {
    const r = await network(fixture);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as NetworkJson;
    expect(Object.keys(j)).toEqual(['nodes', 'edges']);
    expect(levels(j)).toEqual([2, 6, 25]);
    expect(j.edges).toHaveLength(31);
    // Table 2: the two global themes carry 166 and 141 of the 307 references.
    expect(j.nodes.filter((n) => n.level === 'global').map((n) => n.references)).toEqual([
      166, 141,
    ]);
  });

  it('narrows to one global theme typed with Arabic ي and a half-space', async () => {
    const r = await network(fixture, '--global', 'انگيزشي');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as NetworkJson;
    expect(j.nodes[0]?.name).toBe('انگیزشی');
    expect(levels(j)[0]).toBe(1);
    const economic = j.nodes.find((n) => n.name === 'تعامل در امور اقتصادی');
    // Table 2: "Interaction in economic affairs" has 57 references; its edge carries them.
    expect(j.edges.find((e) => e.to === economic?.id)?.weight).toBe(57);
    expect(j.edges.every((e) => j.nodes.some((n) => n.id === e.from))).toBe(true);
  });

  it('refuses an unknown global theme and lists the global themes', async () => {
    const r = await network(fixture, '--global', 'اقتصاد');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'mazmun: the project has no global theme named "اقتصاد" (its global themes: "انگیزشی", "محیطی")\n',
    );
  });

  it('draws the map as SVG with a node per theme', async () => {
    const r = await network(fixture, '--format', 'svg');
    expect(r.code).toBe(0);
    expect(r.out.startsWith('<svg ')).toBe(true);
    expect(r.out.match(/class="network-node"/g)).toHaveLength(33);
    expect(r.out).toContain('base64,d09GMgAB');
  });

  it('counts distinct passages with --convention distinct, never more than paper', async () => {
    const paper = JSON.parse((await network(fixture)).out) as NetworkJson;
    const distinct = JSON.parse(
      (await network(fixture, '--convention', 'distinct')).out,
    ) as NetworkJson;
    distinct.nodes.forEach((n, i) => {
      expect(n.references).toBeLessThanOrEqual(paper.nodes[i]?.references ?? 0);
    });
  });

  it('is a usage error without a project or with a bad format', async () => {
    expect((await network()).code).toBe(2);
    expect((await network(fixture, '--format', 'png')).code).toBe(2);
  });
});
