// Words of condemnation that stop short of "condemn": a measure called out of proportion, or an attack on sovereignty.
// The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('words that condemn without the verb', () => {
  it('reads a measure called “disproportionate” as condemning the side that took it', () => {
    const { relations } = extract(['Zambia banned maize exports to Malawi on Thursday.', 'Malawi called the ban "disproportionate and unfriendly."']);
    expect(relations).toContain('Malawi CONDEMNS Zambia');
  });

  it('reads sanctions called “an attack on our sovereignty” as condemning those who imposed them', () => {
    const { relations } = extract(['Zambia banned maize exports to Malawi on Thursday.', 'Malawi said the ban was "an attack on our sovereignty."']);
    expect(relations).toContain('Malawi CONDEMNS Zambia');
  });
});
