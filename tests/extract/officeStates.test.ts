// The state of an office named without one ("Prime Minister X"); the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('the state of an office with no state named', () => {
  it('takes the state of a capital the sentence is set in ("MPs in Port Moresby …, after Prime Minister X …")', () => {
    const { relations } = extract([
      "Papua New Guinea's national parliament has again put off a vote.",
      'MPs in Port Moresby voted 71 to 24 on Wednesday night, after Prime Minister Tom Kapi told the house that "a decision cannot be made in a hurry".',
      'The moderator, former New Zealand diplomat Helen Tauroa, said she would travel to Buka.',
    ]);
    expect(relations).toContain('Tom Kapi LEADS Papua New Guinea');
    expect(relations).not.toContain('Tom Kapi LEADS New Zealand');
  });
});
