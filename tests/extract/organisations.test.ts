// Names that the words around make organisations: parties named in another language, companies by their trade
// ("chipmaker X", "X and other equipment makers", "X shares fell"), and the short names of organisations named in
// full. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.ts';
import { extract } from '../support/articles.ts';

const NO_DIRECTIONS = new Map<string, string>();

function named(sentence: string): string[] {
  return findMentions(0, sentence, NO_DIRECTIONS).mentions.filter((mention) => mention.form === 'name').map((mention) => `${mention.kind} ${mention.name}`);
}

describe('organisations by context', () => {
  it('keeps a connector of another language inside a party’s name', () => {
    expect(named('Voters in the east backed Bündnis für Freiheit on Sunday.')).toEqual(['Organization Bündnis für Freiheit']);
  });
});
