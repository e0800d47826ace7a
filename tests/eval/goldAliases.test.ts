import { describe, expect, it } from 'vitest';
import { parseGoldSet } from '../../src/eval/gold.ts';
import { GoldFileError } from '../../src/eval/goldFileError.ts';
import { goldAliasIndex, goldEntityNamed } from '../../src/eval/goldAliases.ts';

const gold = parseGoldSet(
  {
    articles: [],
    entities: [
      { kind: 'Government', name: 'Norland', aliases: ['Vesk', 'the North'] },
      { kind: 'Place', name: 'Vesk', aliases: [] },
      { kind: 'Person', name: 'Ana Holt', aliases: ['President Holt'] },
    ],
  },
  '/g/aliases.json',
);

describe('gold aliases', () => {
  it('indexes every alias by its normalised key; a capital names both a state and a place', () => {
    const index = goldAliasIndex(gold);
    expect(index.get('vesk')).toEqual([0, 1]);
    expect(index.get('north')).toEqual([0]);
    expect(index.get('holt')).toEqual([2]);
  });

  it('resolves a name by canonical name first, then by its only owner, whatever the spelling', () => {
    expect(goldEntityNamed(gold, 'Vesk')).toBe(1);
    expect(goldEntityNamed(gold, 'the north')).toBe(0);
    expect(goldEntityNamed(gold, 'Mr. Holt')).toBe(2);
  });

  it('names the file when a name matches nothing', () => {
    expect(() => goldEntityNamed(gold, 'Southmark')).toThrow(GoldFileError);
    expect(() => goldEntityNamed(gold, 'Southmark')).toThrow('/g/aliases.json: "Southmark" names no gold entity');
  });
});
