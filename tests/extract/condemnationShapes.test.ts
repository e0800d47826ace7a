// Condemnations that are none: a stance denied "as" a thing, a treaty denounced; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

const condemns = (relations: string[]) => relations.filter((relation) => relation.includes(' CONDEMNS '));

describe('condemnations that are none', () => {
  it('reads no condemnation in an act the speaker says was done "not as a provocation"', () => {
    const { relations } = extract([
      'Guyana accused Venezuela of moving gunboats up the Cuyuni river on Monday.',
      'Venezuelan Defence Minister Tomas Arreaza said the boats had been sent "as a precaution, not as a provocation."',
    ]);
    expect(relations.filter((relation) => relation.startsWith('Tomas Arreaza CONDEMNS'))).toEqual([]);
  });

  it('still reads a provocation said of the other side', () => {
    const { relations } = extract([
      'Guyana accused Venezuela of moving gunboats up the Cuyuni river on Monday.',
      'Guyanese Foreign Minister Hugh Todd said the move was "a provocation, not a precaution."',
    ]);
    expect(relations).toContain('Hugh Todd CONDEMNS Venezuela');
  });
});
