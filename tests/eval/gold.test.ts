import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldFileError, goldArticlePaths, loadGoldSet, parseGoldSet } from '../../src/eval/gold.ts';
import { goldAliasIndex } from '../../src/eval/goldAliases.ts';
import { nameKey } from '../../src/eval/normalise.ts';

const minimal = () => ({
  root: 'articles',
  articles: ['one.txt'],
  entities: [
    { kind: 'Government', name: 'Norland', aliases: ['Vesk'] },
    { kind: 'Place', name: 'Gray Sea', aliases: [] },
  ],
  relations: [{ subject: 'Vesk', kind: 'THREATENS', object: ['Gray Sea'] }],
  statements: [{ key: 'no retreat', speakers: ['Norland'] }],
});

describe('parseGoldSet', () => {
  it('adds the name to the aliases, resolves the root and accepts a single name for alternatives', () => {
    const gold = parseGoldSet(minimal(), '/g/set.json');
    expect(gold.entities[1]!.aliases).toEqual(['Gray Sea']);
    expect(gold.relations[0]!.subject).toEqual(['Vesk']);
    expect(goldArticlePaths(gold)).toEqual([resolve('/g/articles/one.txt')]);
    expect(goldAliasIndex(gold).get(nameKey('vesk'))).toEqual([0]);
  });

  it.each([
    ['an unknown entity kind', (g: any) => (g.entities[0].kind = 'Country'), /entities\[0\]: kind "Country"/],
    ['an unknown relation kind', (g: any) => (g.relations[0].kind = 'MENTIONS'), /relations\[0\]: kind "MENTIONS"/],
    ['a name that is no entity', (g: any) => (g.relations[0].object = ['Blue Sea']), /relations\[0\]\.object: "Blue Sea" names no gold entity/],
    ['a speaker that is no entity', (g: any) => (g.statements[0].speakers = ['Nobody']), /statements\[0\]\.speakers: "Nobody"/],
    ['an alias shared by two entities of one kind', (g: any) => g.entities.push({ kind: 'Government', name: 'Vesk Republic', aliases: ['vesk'] }), /alias "vesk" of "Vesk Republic" also belongs to "Norland"/],
    ['two entities with one name', (g: any) => g.entities.push({ kind: 'Person', name: 'Norland', aliases: [] }), /two entities are named "Norland"/],
    ['a reference to an alias two entities share', (g: any) => { g.entities.push({ kind: 'Place', name: 'Vesk City', aliases: ['Vesk'] }); g.relations[0].subject = 'Vesk'; }, /"Vesk" is an alias of "Norland" and "Vesk City"; name one of them/],
    ['an alias of punctuation only', (g: any) => g.entities[0].aliases.push('--'), /entities\[0\]\.aliases: "--" has no letters/],
    ['a date that is not ISO', (g: any) => (g.statements[0].date = 'Monday'), /statements\[0\]\.date: expected an ISO date/],
    ['an empty key', (g: any) => (g.statements[0].key = ' '), /statements\[0\]: expected/],
    ['articles not a list', (g: any) => (g.articles = 'one.txt'), /"articles" must be an array/],
  ])('rejects %s, naming the file and the item', (_what, spoil, message) => {
    const data = minimal();
    spoil(data);
    expect(() => parseGoldSet(data, '/g/set.json')).toThrow(GoldFileError);
    expect(() => parseGoldSet(data, '/g/set.json')).toThrow(message);
    expect(() => parseGoldSet(data, '/g/set.json')).toThrow(/^\/g\/set\.json: /);
  });
});

describe('loadGoldSet', () => {
  it('reads a file and reports a missing or broken one by name', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'gold-'));
    const good = join(folder, 'good.json');
    await writeFile(good, JSON.stringify(minimal()));
    expect((await loadGoldSet(good)).entities).toHaveLength(2);
    const broken = join(folder, 'broken.json');
    await writeFile(broken, '{ "entities": [');
    await expect(loadGoldSet(broken)).rejects.toThrow(`${broken}: not valid JSON`);
    await expect(loadGoldSet(join(folder, 'none.json'))).rejects.toThrow(/none\.json: cannot read/);
  });
});
