// The head of an organisation's unit named in lower case ("the head of the UN mission in Libya") is one of the
// organisation's people, not its head; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('the head of an organisation\'s mission', () => {
  it('reads "X, the head of the UN mission in Libya," as one of the UN\'s people', () => {
    const { relations } = extract(['Amos Kiptoo, the head of the UN mission in Libya, said talks would resume.']);
    expect(relations).toContain('Amos Kiptoo MEMBER_OF United Nations');
    expect(relations).not.toContain('Amos Kiptoo LEADS United Nations');
  });

  it('still reads "X, the head of the Election Monitors Network," as its head', () => {
    const { relations } = extract(['Amos Kiptoo, the head of the Election Monitors Network, said voting had started late.']);
    expect(relations).toContain('Amos Kiptoo LEADS Election Monitors Network');
  });
});
