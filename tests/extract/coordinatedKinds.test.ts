// Names joined by "and" or "or" share a kind. The sentences and names are invented for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('names joined to a place', () => {
  it('reads a name joined to a place by "and", owned by a state as the place is, as a place', () => {
    const { entity } = extract(["The closure hurt traders in Norway's Velda county and Sweden's Orsa Bryn."]);
    expect(entity('Orsa Bryn')?.kind).toBe('Place');
  });

  it('keeps a person named with a title after a place a person', () => {
    const { entity } = extract(["Officials in Norway's Velda county and Sweden's Governor Orsa Bryn met."]);
    expect(entity('Orsa Bryn')?.kind).toBe('Person');
  });
});

describe('names listed with an organisation', () => {
  it('reads a one-word name owned by a state, listed beside a company, as a company', () => {
    const { entity } = extract(["The pipeline's owners include Norway's Veltra, Sweden's state power company Nordkraft and others."]);
    expect(entity('Veltra')?.kind).toBe('Organization');
  });

  it('keeps a state-owned one-word name listed beside people unnamed', () => {
    const { entity } = extract(["Norway's Veltra and Sweden's Dahl met in Oslo."]);
    expect(entity('Veltra')?.kind).not.toBe('Organization');
  });
});
