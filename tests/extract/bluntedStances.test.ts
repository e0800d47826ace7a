// A condemnation that says no more than an accusation its own side makes: the state accuses, its spokesperson or
// ministry condemns. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('a condemnation blunted by an accusation from the same side', () => {
  it('keeps only the accusation when the state accuses and its spokesperson condemns', () => {
    const { relations } = extract([
      'Chilean navy ships rammed two Peruvian fishing boats on Monday.',
      'Peru accused Chile of "piracy on the high seas."',
      'Foreign ministry spokeswoman Rosa Paredes condemned the raid.',
    ]);
    expect(relations).toContain('Peru ACCUSES Chile');
    expect(relations).not.toContain('Rosa Paredes CONDEMNS Chile');
  });
});
