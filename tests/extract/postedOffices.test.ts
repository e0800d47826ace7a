// Offices held for a state one is sent to ("the UN humanitarian coordinator for Sudan, X"): the state after "for" is
// where the holder works, not whom the holder serves. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('a coordinator, a special representative or a mediator for a state', () => {
  it('does not read "the UN humanitarian coordinator for Sudan, X," as one of Sudan\'s people', () => {
    const { relations } = extract(['The UN humanitarian coordinator for Sudan, Amos Kiptoo, said aid was blocked.']);
    expect(relations).not.toContain('Amos Kiptoo MEMBER_OF Sudan');
  });

  it('does not read "the AU mediator for Sudan, X," so either, but as one of the AU\'s', () => {
    const { relations } = extract(['The AU mediator for Sudan, Amos Kiptoo, said talks would resume.']);
    expect(relations).not.toContain('Amos Kiptoo MEMBER_OF Sudan');
    expect(relations).toContain('Amos Kiptoo MEMBER_OF African Union');
  });
});
