// Pronouns, "both governments" and definite descriptions, read token by token. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { bothStatesMention, descriptionMention, pronounMention } from '../../src/extract/descriptionMentions.ts';
import { tokenize } from '../../src/extract/tokens.ts';

const at = (sentence: string, word: string) => {
  const tokens = tokenize(sentence);
  return { tokens, index: tokens.findIndex((token) => token.text === word) };
};

describe('pronounMention', () => {
  it('reads "her office" as owning and "accused her of" as not', () => {
    const owns = at('Her office denied it.', 'Her');
    expect(pronounMention(0, owns.tokens, owns.index)).toMatchObject({ pronoun: 'person', possessive: true });
    const object = at('They accused her of lying.', 'her');
    expect(pronounMention(0, object.tokens, object.index)).toMatchObject({ pronoun: 'person', possessive: false });
    const thing = at('Its navy sailed.', 'Its');
    expect(pronounMention(0, thing.tokens, thing.index)).toMatchObject({ pronoun: 'thing', possessive: true });
  });
});

describe('bothStatesMention', () => {
  it('reads "both governments" and "the two foreign ministers" as the story’s two states, not "the two rivers"', () => {
    const both = at('Both governments agreed.', 'Both');
    expect(bothStatesMention(0, both.tokens, both.index)).toMatchObject({ key: 'both-states', end: 2 });
    const ministers = at('The two foreign ministers met.', 'The');
    expect(bothStatesMention(0, ministers.tokens, ministers.index)).toMatchObject({ key: 'both-states', end: 4 });
    const rivers = at('The two rivers meet.', 'The');
    expect(bothStatesMention(0, rivers.tokens, rivers.index)).toBeUndefined();
  });
});

describe('descriptionMention', () => {
  it('points "the ministry", "the 16-member bloc" and "the foreign minister said" back at what was named', () => {
    const ministry = at('The ministry said so.', 'The');
    expect(descriptionMention(0, ministry.tokens, ministry.index, new Map())).toMatchObject({ key: 'description:ministry', end: 2 });
    const bloc = at('Leaders of the 16-member bloc met.', 'the');
    expect(descriptionMention(0, bloc.tokens, bloc.index, new Map())).toMatchObject({ key: 'description:bloc', end: bloc.index + 3 });
    const minister = at('The foreign minister said no.', 'The');
    expect(descriptionMention(0, minister.tokens, minister.index, new Map())).toMatchObject({ key: 'office:foreign minister' });
  });

  it('reads "the South" as the state the article calls so, and "the coalition agreement" as no body', () => {
    const south = at('The South protested.', 'The');
    expect(descriptionMention(0, south.tokens, south.index, new Map([['south', 'KR']]))).toMatchObject({ key: 'state:KR', kind: 'Government' });
    const treaty = at('The coalition agreement holds.', 'The');
    expect(descriptionMention(0, treaty.tokens, treaty.index, new Map())).toBeUndefined();
  });
});
