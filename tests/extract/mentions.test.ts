import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.ts';
import { extract } from '../support/articles.ts';

const NO_DIRECTIONS = new Map<string, string>();

function mentions(sentence: string, directional = NO_DIRECTIONS) {
  return findMentions(0, sentence, directional).mentions.filter((mention) => mention.form !== 'pronoun');
}

describe('findMentions', () => {
  it('reads states by name, abbreviation, demonym phrase and capital', () => {
    const found = mentions('The DPRK and the U.S. traded warnings while Brazilian officials said Brasília would mediate.');
    expect(found.map((mention) => [mention.kind, mention.key])).toEqual([
      ['Government', 'state:KP'],
      ['Government', 'state:US'],
      ['Government', 'state:BR'],
      ['Government', 'state:BR'],
    ]);
  });

  it('keeps a short abbreviation inside a person’s name ("Sta.", "Sto.") and does not end the sentence at it', () => {
    const found = mentions('“The sea is ours,” said Lorna Sta. Maria, a lecturer in maritime law, on Monday.');
    expect(found.map((mention) => [mention.kind, mention.name])).toContainEqual(['Person', 'Lorna Sta. Maria']);
  });

  it('keeps a generation’s suffix with its dot at the end of a person’s name ("Jr.")', () => {
    const found = mentions('Defence Secretary Ramon Ocampo Jr. told reporters the patrols would go on.');
    expect(found.map((mention) => [mention.kind, mention.name])).toContainEqual(['Person', 'Ramon Ocampo Jr.']);
  });

  it('keeps a state’s name inside a university’s ("University of the Philippines")', () => {
    const found = mentions('She lectures at the University of the Philippines and at the University of Chile.');
    expect(found.map((mention) => [mention.kind, mention.name])).toEqual([
      ['Organization', 'University of the Philippines'],
      ['Organization', 'University of Chile'],
    ]);
  });

  it('names a state first written as "the South" after the state, not after the direction', () => {
    const { extraction } = extract(['The South said on Monday that the launch was a provocation. South Korea also summoned an envoy.']);
    expect(extraction.entities.map((entity) => entity.name)).toContain('South Korea');
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('South');
  });

  it('takes a capital after "in" as a place, not the state', () => {
    const [capital] = mentions('A memorial was unveiled in Nairobi.');
    expect(capital).toMatchObject({ kind: 'Place', name: 'Nairobi' });
  });

  it('splits a title and its state from the person', () => {
    const found = mentions('Kenyan Foreign Minister Amina Wekesa arrived.');
    const person = found.find((mention) => mention.kind === 'Person');
    expect(person).toMatchObject({ name: 'Amina Wekesa', title: { title: 'foreign minister', relation: 'MEMBER_OF' } });
    expect(person?.title?.of?.key).toBe('state:KE');
  });

  it('classifies bodies of a state, organisations, places and treaties by their head words', () => {
    const found = mentions("Chile's foreign ministry cited the Antarctic Treaty, the World Health Organization and the Atacama region.");
    expect(found.map((mention) => [mention.kind, mention.name])).toEqual([
      ['Government', 'Ministry of Foreign Affairs'],
      ['Treaty', 'Antarctic Treaty'],
      ['Organization', 'World Health Organization'],
      ['Place', 'Atacama region'],
    ]);
    expect(found[0]).toMatchObject({ key: 'body:CL:ministry foreign', text: "Chile's foreign ministry", state: 'CL' });
  });

  it('finds descriptive treaties written in lower case', () => {
    const [treaty] = mentions('They invoked a mutual defence pact signed years ago.');
    expect(treaty).toMatchObject({ kind: 'Treaty', key: 'treaty:mutual defense treaty' });
  });

  it('makes demonym groups of troops, and reads "the North" when the article names such a state', () => {
    const found = mentions('Sudanese troops crossed the border as the North watched.', new Map([['north', 'KP']]));
    expect(found.map((mention) => [mention.kind, mention.key])).toEqual([
      ['Group', 'group:SD:troops'],
      ['Government', 'state:KP'],
    ]);
  });

  it('records acronyms defined in parentheses', () => {
    const result = findMentions(0, 'The Pacific Fisheries Forum (PFF) met on Tuesday.', NO_DIRECTIONS);
    expect(result.acronyms).toEqual([['Pacific Fisheries Forum', 'PFF']]);
  });

  it('keeps name particles inside personal names', () => {
    const [person] = mentions('Envoy Karim bin Saleh and Ursula von Steinau met.').filter((mention) => mention.kind === 'Person');
    expect(person.name).toBe('Karim bin Saleh');
  });

  it('takes capitalised common nouns as an organisation, not a person', () => {
    const found = mentions('Leaders of Civic Renewal joined the protest.').filter((mention) => mention.form === 'name');
    expect(found.map((mention) => [mention.kind, mention.name])).toEqual([['Organization', 'Civic Renewal']]);
  });
});
