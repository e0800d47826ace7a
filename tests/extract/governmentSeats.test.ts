// Seats of government and chancelleries known by their own name, which speak for the state or are its bodies
// ("the Casa Rosada said", "Itamaraty said"). The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('seats of government and chancelleries', () => {
  it('reads a Latin American presidential palace that speaks as its state, not as an organisation', () => {
    const { entity } = extract(['The Casa Rosada rejected the claim, and La Moneda said it would not attend.']);
    expect(entity('Casa Rosada')?.name).toBe('Argentina');
    expect(entity('La Moneda')?.name).toBe('Chile');
  });

  it('reads a foreign ministry known by its own name as a body of its state, not as a person', () => {
    const { entity, relations } = extract(["Itamaraty's secretary for Asia, Ana Souza Lima, met the envoy on Monday."]);
    expect(entity('Itamaraty')?.kind).toBe('Government');
    expect(relations).toContain('Itamaraty PART_OF Brazil');
    expect(relations).toContain('Ana Souza Lima MEMBER_OF Itamaraty');
  });

  it('keeps a foreign ministry’s own name among the aliases of the ministry named in full', () => {
    const { entity } = extract(["Brazil's Foreign Ministry, known as Itamaraty, said the talks were useful."]);
    expect(entity('Itamaraty')?.name).toBe('Brazilian Foreign Ministry');
  });
});
