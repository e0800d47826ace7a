// Appeals announced with "will" or "would" that URGES reads; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

const urges = (relations: string[]) => relations.filter((relation) => relation.includes(' URGES '));

describe('announced appeals', () => {
  it('reads an appeal announced with "will" or "would" ("said it would ask X to …") as an appeal', () => {
    expect(extract(['Ghana said it would ask the European Commission to examine whether the closure broke the treaty.']).relations).toContain('Ghana URGES European Commission');
    expect(extract(['The Liberal Party said it will ask the Constitutional Court to review the count in the fifth district.']).relations).toContain('Liberal Party URGES Constitutional Court');
  });

  it('reads no appeal that only might be made', () => {
    expect(urges(extract(['Ghana could ask the European Commission to examine the closure.']).relations)).toEqual([]);
    expect(urges(extract(['Ghana might urge the European Commission to examine the closure.']).relations)).toEqual([]);
  });
});

describe('demands said by one whom an agency quotes', () => {
  it('reads "X, quoted by the news agency Y, said Z should …" as X urging Z, not the agency', () => {
    const { relations } = extract([
      'Ghana sent 300 more soldiers to its border with Togo.',
      'Togolese President Kofi Mensah, quoted by the state news agency TAP, said Ghana should look at its own guards first.',
    ]);
    expect(relations).toContain('Kofi Mensah URGES Ghana');
    expect(relations.filter((relation) => relation.startsWith('TAP '))).toEqual([]);
  });
});

describe('an appeal or a charge in a participle after a verb of saying', () => {
  const story = 'Ghana and Togo agreed on Monday to reopen the Aflao crossing.';
  it('gives ", urging X to …" after "Y said …" to Y', () => {
    expect(extract([story, 'The Nordic Council said in a statement, urging Togo to open the crossing within a week.']).relations).toContain('Nordic Council URGES Togo');
  });

  it('gives it to Y after a quote and its speech tag, in either order ("…," Y said, urging X)', () => {
    expect(extract([story, '“We welcome the deal,” the Nordic Council said, urging Togo to open the crossing at once.']).relations).toContain('Nordic Council URGES Togo');
    expect(extract([story, '“We welcome the deal,” said the Nordic Council, urging Togo to open the crossing at once.']).relations).toContain('Nordic Council URGES Togo');
  });

  it('gives it to the one saying, not to a name inside what is said ("Y said Z had …, accusing X")', () => {
    const { relations } = extract([story, 'Ghana said Benin had closed its own border, accusing Togo of stalling the talks.']);
    expect(relations).toContain('Ghana ACCUSES Togo');
    expect(relations).not.toContain('Benin ACCUSES Togo');
  });
});
