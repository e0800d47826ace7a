// Whom "both sides" and "the two countries" stand for (relationSides.ts). The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('"both sides" and a state that mediated', () => {
  const story = [
    'Chad’s government and the rebel Sahel Freedom Front agreed on Thursday to a ceasefire in talks mediated by Qatar.',
    'Qatar’s foreign ministry said both sides had committed to silence the guns.',
    'Qatar’s emir thanked Chad for its trust.',
    'Chad said Qatar had been a fair broker.',
  ];

  it('does not count the mediator among the sides urged, however often it is named', () => {
    const { relations } = extract([...story, 'Libya’s government urged both sides to respect the truce.']);
    expect(relations).toContain('Libya URGES Chad');
    expect(relations).not.toContain('Libya URGES Qatar');
  });

  it('reads "Qatari mediators" and "after Qatari mediation" as a state’s mediation too', () => {
    for (const mediation of ['The truce was announced in Doha, where Qatari mediators have held talks since May.', 'The truce came after Qatari mediation in Doha.']) {
      const { relations } = extract([
        'Chad’s government and the rebel Sahel Freedom Front agreed on Thursday to a ceasefire.',
        mediation,
        'Qatar’s foreign ministry said both sides had committed to silence the guns.',
        'Qatar’s emir thanked Chad for its trust.',
        'Chad said Qatar had been a fair broker.',
        'Libya’s government urged both sides to respect the truce.',
      ]);
      expect(relations).not.toContain('Libya URGES Qatar');
    }
  });

  it('does not make the mediator the other side whose act a side condemns', () => {
    const { relations } = extract([...story, 'Chad condemned the raid on Faya on Friday.']);
    expect(relations).not.toContain('Chad CONDEMNS Qatar');
  });

  it('keeps a state that only hosted the talks, which may be a side', () => {
    const { relations } = extract([
      'Chad and Niger agreed on Thursday to reopen their border after talks in Niamey.',
      'Niger’s foreign ministry said the talks had gone well.',
      'Niger thanked Chad for its patience.',
      'Libya urged both countries to keep the border open.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Libya URGES Chad', 'Libya URGES Niger']));
  });
});
