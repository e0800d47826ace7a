// Structure relations read from titles and appositions (LEADS, MEMBER_OF); the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('structure from titles', () => {
  it('reads a secretary general after an organisation’s acronym as its leader', () => {
    const { relations } = extract(['Allied ministers gathered in Oslo on Monday.', 'NATO Secretary General Tomas Arvelo told reporters that the patrols would go on.']);
    expect(relations).toContain('Tomas Arvelo LEADS North Atlantic Treaty Organization');
    expect(relations).not.toContain('Tomas Arvelo MEMBER_OF North Atlantic Treaty Organization');
  });
});
