// The shapes in which news tells that a side broke a treaty (VIOLATES). The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

const breaches = (relations: string[]) => relations.filter((relation) => relation.includes('VIOLATES'));

describe('an act with no author named, said to break a treaty', () => {
  const signed = 'Peru and Chile signed the Lima Water Accord in 1999.';

  it('reads "<side> said the measure broke the treaty" as the other side of a two-state story violating it', () => {
    const { relations } = extract([signed, 'Chile on Monday closed its border crossings to Peruvian lorries.', 'Peru said the measure broke the Lima Water Accord.']);
    expect(relations).toContain('Chile VIOLATES Lima Water Accord');
    expect(relations).not.toContain('Peru VIOLATES Lima Water Accord');
  });

  it('reads "the detentions were a gross violation of the treaty" the same way', () => {
    const { relations } = extract([signed, 'Chilean police detained four Peruvian fishermen on Sunday.', 'Peru said the detentions were "a gross violation" of the Lima Water Accord.']);
    expect(relations).toContain('Chile VIOLATES Lima Water Accord');
  });

  it('reads no author when the speaker takes no side', () => {
    const { relations } = extract([signed, 'Chile on Monday closed its border crossings to Peruvian lorries.', 'A Swiss lawyer, Anna Graf, said the measure broke the Lima Water Accord.']);
    expect(breaches(relations)).toEqual([]);
  });
});

describe('"the truce" for a ceasefire named before', () => {
  it('reads "violating the truce" as a breach of the ceasefire agreement the story named', () => {
    const { relations } = extract(['The army and the Free Hills Movement signed the Kessa Ceasefire Agreement in Doha in August.', 'The army accused the Free Hills Movement of violating the truce on Thursday.']);
    expect(relations).toContain('Free Hills Movement VIOLATES Kessa Ceasefire Agreement');
  });

  it('reads no truce in a treaty that is none', () => {
    const { relations } = extract(['Peru and Chile signed the Lima Water Accord in 1999.', 'Peru accused Chile of violating the truce on Thursday.']);
    expect(relations).not.toContain('Chile VIOLATES Lima Water Accord');
  });
});
