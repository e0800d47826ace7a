// One who says another side broke a treaty accuses it; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('breaches alleged by a speaker', () => {
  it('reads "A said B had broken the treaty", in any verb of breach, as A accusing B', () => {
    const broken = extract(['Ecuador said on Tuesday that Colombia had broken the 2018 Quito Fisheries Treaty.']);
    expect(broken.relations).toEqual(expect.arrayContaining(['Colombia VIOLATES Quito Fisheries Treaty', 'Ecuador ACCUSES Colombia']));
    const flouted = extract(["Uruguay's foreign minister, Ana Lopez, said Argentina had flouted the River Plate Treaty for years."]);
    expect(flouted.relations).toContain('Ana Lopez ACCUSES Argentina');
  });

  it('reads no accusation of the speaker\'s own side', () => {
    const { relations } = extract(["Ecuador's foreign minister, Luis Vera, said Ecuador had broken the Quito Fisheries Treaty only once."]);
    expect(relations.filter((relation) => relation.includes(' ACCUSES '))).toEqual([]);
  });
});
