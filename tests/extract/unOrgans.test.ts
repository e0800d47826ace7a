// The UN's organs named bare ("the Security Council"); the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('an organ of the United Nations named bare', () => {
  it('reads "the Security Council" as part of the UN the article names', () => {
    const { relations } = extract(['The United Nations said the embargo stood.', 'Russia blocked the draft at the Security Council on Friday.']);
    expect(relations).toContain('Security Council PART_OF United Nations');
  });

  it('reads "the General Assembly" so too', () => {
    const { relations } = extract(['The United Nations will vote on the text.', 'The General Assembly adopted it by 120 votes to 9.']);
    expect(relations).toContain('General Assembly PART_OF United Nations');
  });

  it('reads "the National Security Council" as no organ of the UN', () => {
    const { relations } = extract(['The United Nations said the embargo stood.', "Iran's National Security Council met on Friday."]);
    expect(relations).not.toContain('National Security Council PART_OF United Nations');
  });
});

describe('a bare "Security Council" in a speaker\'s words', () => {
  it('is not given to the UN', () => {
    const { relations } = extract(['The United Nations said the embargo stood.', 'The minister warned that anyone who broke it "will answer to the Security Council".']);
    expect(relations).not.toContain('Security Council PART_OF United Nations');
  });
});
