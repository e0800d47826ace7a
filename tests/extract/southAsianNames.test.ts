// Names and offices as South Asian news writes them: run-together initials, "Md.", courtesy titles, a state's chief
// minister. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

describe('South Asian names', () => {
  it('does not end a sentence after "Md."', () => {
    const sentences = splitSentences(['The accord was signed by Md. Rafiqul Alam in Dhaka. Talks resume in May.']);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['The accord was signed by Md. Rafiqul Alam in Dhaka.', 'Talks resume in May.']);
  });

  it('keeps run-together initials as the opening of a name', () => {
    const { relations, entity } = extract(['Officials said P.R. Venkatesan urged Delhi to act. Venkatesan said the fishermen were no criminals.']);
    expect(entity('P.R. Venkatesan')?.kind).toBe('Person');
    expect(relations).toContain('P.R. Venkatesan URGES India');
  });
});
