// A dated text that a new treaty replaces, amends or builds on is another text; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('an earlier text the new treaty builds on', () => {
  it('stays a treaty of its own, with the story’s two states as its parties', () => {
    const { entity, relations } = extract([
      'Ghana and Togo signed the Volta Border Security Agreement in Accra on Monday.',
      'Under the deal, the two countries will share customs data. It builds on the 1994 frontier treaty between the two states.',
    ]);
    expect(entity('1994 frontier treaty')?.name).not.toBe('Volta Border Security Agreement');
    expect(relations).toEqual(expect.arrayContaining(['Ghana PARTY_TO 1994 frontier treaty', 'Togo PARTY_TO 1994 frontier treaty']));
  });

  it('stays apart when the new text replaces it', () => {
    const { entity } = extract([
      'Ghana and Togo signed the Volta Fisheries Pact in Lomé on Monday.',
      'The pact replaces a 2009 fisheries agreement that let trawlers from both states fish the shelf.',
    ]);
    expect(entity('2009 fisheries agreement')?.name).not.toBe('Volta Fisheries Pact');
  });

  it('is still the named treaty when nothing sets the two apart', () => {
    const { entity } = extract([
      'Ghana and Togo signed the Volta Fisheries Pact in Lomé in 2009.',
      'Fishermen say the 2009 agreement has kept trawlers off the shelf.',
    ]);
    expect(entity('2009 agreement')?.name).toBe('Volta Fisheries Pact');
  });
});
