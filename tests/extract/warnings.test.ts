// Warnings: one aimed at a side with what the speaker will do threatens it; one that cautions a side against a course
// asks it to refrain, as "warned X not to" does. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('a warning against a course', () => {
  it('reads no threat in warning a side against a course', () => {
    const { relations } = extract(['Mali and Niger backed Burkina Faso in its dispute with Ghana.', 'Mali warned Ghana against what it called reckless adventures.']);
    expect(relations.filter((relation) => relation.includes(' THREATENS '))).toEqual([]);
  });

  it('still reads a warning aimed at a side, that it would pay for it, as a threat', () => {
    const { relations } = extract(['Mali and Niger backed Burkina Faso in its dispute with Ghana.', 'Burkina Faso warned Ghana that it would pay dearly.']);
    expect(relations).toContain('Burkina Faso THREATENS Ghana');
  });
});

describe('drills protested', () => {
  it('reads drills that a side protests over as no threat of that side’s', () => {
    const protested = extract([
      'Vietnam lodged a protest with the Philippines over coast guard exercises near the Tavi Islands.',
      'Malaysia condemned the naval drills near Sabah on Monday.',
    ]);
    expect(protested.relations.filter((relation) => /^(Vietnam|Malaysia) THREATENS/.test(relation))).toEqual([]);
    const staged = extract(['China staged naval drills near Taiwan on Monday.']);
    expect(staged.relations).toContain('China THREATENS Taiwan');
  });
});
