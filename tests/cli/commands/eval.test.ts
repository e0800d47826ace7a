import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeGraphFile } from '../../../graph/store/graphFile.ts';
import { main } from '../../../src/cli/main.ts';
import type { CliContext } from '../../../src/cli/context.ts';
import { GraphBuilder } from '../../eval/syntheticGold.ts';

function capture(): { ctx: CliContext; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const ctx: CliContext = {
    stdout: sink((text) => (out += text)),
    stderr: sink((text) => (err += text)),
    exitCode: 0,
    interactive: false,
  };
  return { ctx, out: () => out, err: () => err };
}

let folder: string;
let goldFile: string;
let graphFile: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'eval-cli-'));
  goldFile = join(folder, 'gold.json');
  graphFile = join(folder, 'graph.json');
  await writeFile(
    goldFile,
    JSON.stringify({
      articles: [],
      entities: [
        { kind: 'Government', name: 'Norland', aliases: ['Vesk'] },
        { kind: 'Person', name: 'Ana Holt', aliases: [] },
      ],
      relations: [{ subject: 'Ana Holt', kind: 'LEADS', object: 'Norland' }],
      statements: [{ key: 'hold the line', speakers: ['Ana Holt'] }],
    }),
  );
  const g = new GraphBuilder();
  const holt = g.node('Person', 'President Ana Holt');
  g.edge('LEADS', holt, g.node('Government', 'Vesk'));
  g.statement('We hold the line.', holt);
  await writeGraphFile(graphFile, g.graph);
});

describe('newsgraph eval', () => {
  it('scores a graph file and prints the table', async () => {
    const { ctx, out } = capture();
    const code = await main(['node', 'newsgraph', 'eval', '--gold', goldFile, '--graph', graphFile], ctx);
    expect(code).toBe(0);
    expect(out()).toMatch(/\| 100\.0% \|/);
    expect(out()).toContain('relations:  1/1 gold found');
  });

  it('prints JSON with --json', async () => {
    const { ctx, out } = capture();
    await main(['node', 'newsgraph', 'eval', '--gold', goldFile, '--graph', graphFile, '--json'], ctx);
    const data = JSON.parse(out());
    expect(data.scores['statements.attributionRecall']).toBe(1);
    expect(data.entities.found).toBe(2);
  });

  it('turns a bad gold file into one line naming it', async () => {
    const broken = join(folder, 'broken.json');
    await writeFile(broken, JSON.stringify({ articles: [], entities: [{ kind: 'Nation', name: 'X' }] }));
    const { ctx, err } = capture();
    const code = await main(['node', 'newsgraph', 'eval', '--gold', broken, '--graph', graphFile], ctx);
    expect(code).toBe(1);
    expect(err()).toBe(`newsgraph: ${broken}: entities[0]: kind "Nation" is not one of Person, Government, Organization, Group, Place, Treaty\n`);
  });

  it('refuses both --graph and inputs, and a missing --gold', async () => {
    const both = capture();
    expect(await main(['node', 'newsgraph', 'eval', '--gold', goldFile, '--graph', graphFile, 'articles/'], both.ctx)).toBe(1);
    expect(both.err()).toContain('give either --graph FILE or inputs');
    const none = capture();
    expect(await main(['node', 'newsgraph', 'eval', '--graph', graphFile], none.ctx)).toBe(1);
    expect(none.err()).toContain("required option '--gold <file>' not specified");
  });
});
