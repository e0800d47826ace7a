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

  it('takes the state that opens what the office-holder said, past an aside or "wrote on X that"', () => {
    const { relations } = extract([
      'Thailand and Cambodia met in Kuala Lumpur.',
      'Prime Minister Sok Vanna, speaking in Siem Reap on Friday, said Cambodia would still take the dispute to the court.',
      'Foreign Minister Aylin Demir wrote on X that Ankara "respects the territorial integrity of Iraq".',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Sok Vanna LEADS Cambodia', 'Aylin Demir MEMBER_OF Türkiye']));
    expect(relations).not.toContain('Sok Vanna LEADS Thailand');
  });
});
