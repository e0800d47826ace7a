// Rejecting what another side did or decided — a ruling, a decision, a move, a deal — as condemning its author; the
// sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('a rejection of what another side did', () => {
  it('reads no condemnation of the other state in rejecting a ruling, which is a court’s', () => {
    const { relations } = extract([
      'The Andean Tribunal of Justice ruled on Tuesday that Bolivia had broken its trade commitments to Peru.',
      'La Paz rejected the ruling within hours.',
    ]);
    expect(relations).not.toContain('Bolivia CONDEMNS Peru');
  });

  it('reads rejecting a ruling as condemning the court that gave it', () => {
    const { relations } = extract([
      'The Andean Tribunal of Justice ruled on Tuesday that Bolivia had broken its trade commitments to Peru.',
      'La Paz rejected the ruling within hours.',
    ]);
    expect(relations).toContain('Bolivia CONDEMNS Andean Tribunal of Justice');
  });

  it('reads rejecting a decision or a move, in a story between two states, as condemning the other one', () => {
    const { relations } = extract(['Chile closed two border crossings with Argentina on Monday.', 'Buenos Aires rejected the decision.']);
    expect(relations).toContain('Argentina CONDEMNS Chile');
  });

  it('reads condemning the decision just after a court ruled as condemning the court, not the story’s other state', () => {
    const { relations } = extract([
      "Honduras's Supreme Court on Monday upheld the ban on the Liberal Renewal party.",
      'President Ramón Castillo Funes condemned the decision.',
      'Nicaragua also weighed in on Tuesday.',
    ]);
    expect(relations).toContain('Ramón Castillo Funes CONDEMNS Honduran Supreme Court');
    expect(relations).not.toContain('Ramón Castillo Funes CONDEMNS Nicaragua');
  });

  it('reads rejecting a named agreement as condemning it', () => {
    const { relations } = extract(['Ghana and Togo signed the Volta Fisheries Accord on Monday.', 'The opposition Freedom Party rejected the Volta Fisheries Accord.']);
    expect(relations).toContain('Freedom Party CONDEMNS Volta Fisheries Accord');
  });

  it('reads no condemnation in rejecting an accusation, which answers a charge rather than making one', () => {
    const { relations } = extract(['Chile accused Argentina of moving troops to the border on Monday.', 'Argentina rejected the accusation.']);
    expect(relations).not.toContain('Argentina CONDEMNS Chile');
  });
});

