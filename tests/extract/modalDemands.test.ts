// Demands said with a modal: "X said Y should …" urges Y. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('demands with a modal', () => {
  it('reads "X said (that) Y should/must/needs to …" as X urging Y', () => {
    expect(extract(['Ghanaian Foreign Minister Kofi Mensah said the European Union should respond with new sanctions.']).relations).toContain('Kofi Mensah URGES European Union');
    expect(extract(['Ghana said on Monday that Togo must free the fishermen at once.']).relations).toContain('Ghana URGES Togo');
    expect(extract(['Ghana insisted Togo needs to reopen the border.']).relations).toContain('Ghana URGES Togo');
  });

  it('reads no demand in "should not", nor when the actor is no subject of the modal', () => {
    expect(extract(['Ghana said Togo should not worry about the border.']).relations.filter((relation) => relation.includes('URGES'))).toEqual([]);
    expect(extract(["Ghana said Togo's fishermen must be freed."]).relations.filter((relation) => relation.includes('URGES'))).toEqual([]);
  });
});
