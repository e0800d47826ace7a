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
