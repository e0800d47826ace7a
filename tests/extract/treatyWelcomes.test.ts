// Support read from welcoming "the deal" that a story named before; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('welcoming a treaty named before', () => {
  it('reads "welcomed the deal" as support of the one treaty the story names', () => {
    const { relations } = extract([
      'Peru and Ecuador signed the Tumbes River Water Accord in Lima on Friday.',
      'The river feeds farms on both sides of the border.',
      'The World Bank welcomed the deal and promised funds for new dams.',
    ]);
    expect(relations).toContain('World Bank SUPPORTS Tumbes River Water Accord');
  });

  it('takes the treaty named most when the story names several, and none when no one stands out nor has parties', () => {
    const several = [
      'Peru and Ecuador signed the Tumbes River Water Accord in Lima on Friday.',
      'The Tumbes River Water Accord shares the river between farms on both sides.',
      'It builds on the Itamaraty Declaration of 1998.',
      'The pact was two years in the making.',
      'The World Bank welcomed the agreement.',
    ];
    expect(extract(several).relations).toContain('World Bank SUPPORTS Tumbes River Water Accord');
    const even = extract(['Engineers studied the Tumbes River Water Accord on Friday.', several[2], 'Officials met again on Monday.', 'Crews began work on Tuesday.', 'The World Bank welcomed the agreement.']);
    expect(even.relations.filter((relation) => relation.includes('World Bank SUPPORTS'))).toEqual([]);
  });

  it('reads no support of a treaty from welcoming something else', () => {
    const { relations } = extract([
      'Peru and Ecuador signed the Tumbes River Water Accord in Lima on Friday.',
      'The World Bank welcomed the decision to build new dams.',
    ]);
    expect(relations.filter((relation) => relation.includes('World Bank SUPPORTS'))).toEqual([]);
  });

  it('takes the treaty whose parties the story names over an older one it recalls', () => {
    const { relations } = extract([
      'Peru and Ecuador signed the Peru-Ecuador River Compact in Lima on Friday.',
      'The two neighbours fought a border war in 1995.',
      'Both still cite the Itamaraty Declaration of 1998.',
      'Farmers on both banks have waited for years.',
      'Crews will start work in March.',
      'The World Bank welcomed the agreement.',
    ]);
    expect(relations).toContain('World Bank SUPPORTS Peru-Ecuador River Compact');
  });

  it('reads criticising "the deal" as condemning it, with the subject named before an apposition', () => {
    const { relations } = extract([
      'Peru and Ecuador signed the Tumbes River Water Accord in Lima on Friday.',
      'The river feeds farms on both sides of the border.',
      'Andes Water Watch, a Peruvian farmers’ group, criticised the deal for leaving villages dry.',
    ]);
    expect(relations).toContain('Andes Water Watch CONDEMNS Tumbes River Water Accord');
    expect(relations).not.toContain('Peru CONDEMNS Tumbes River Water Accord');
  });
});

describe('the subject of criticising a deal, before a relative clause', () => {
  it('reads the one the relative clause hangs on as the critic, not a name inside the clause', () => {
    const { relations } = extract([
      'Peru and the IMF reached the Lima Staff-Level Agreement on Monday.',
      'Vice President Ana Ruiz, who has broken publicly with President Jorge Salas, criticised the deal as a betrayal.',
    ]);
    expect(relations).toContain('Ana Ruiz CONDEMNS Lima Staff-Level Agreement');
    expect(relations).not.toContain('Jorge Salas CONDEMNS Lima Staff-Level Agreement');
  });
});

describe('the deal a story reports', () => {
  it('reads "welcomed the deal" as the deal of the opening, not an older treaty named just before', () => {
    const { relations } = extract([
      'Ghana and Togo signed the Volta Water Agreement on Monday, their first water deal in 15 years.',
      'The agreement lets Ghana refill the dam from the river.',
      'Benin, which under the 1994 Lome Peace Treaty buys power from Togo, did not comment.',
      'The European Union, which funds the monitoring network, welcomed the deal.',
    ]);
    expect(relations).toContain('European Union SUPPORTS Volta Water Agreement');
    expect(relations).not.toContain('European Union SUPPORTS Lome Peace Treaty');
  });
});

describe('a vote in favour with nothing named', () => {
  it('reads a vote in favour as support of the story\'s deal', () => {
    const { relations } = extract(['Member states adopted the Lome Framework on Friday.', 'Among the largest states, Ghana voted in favour and Togo abstained.']);
    expect(relations).toContain('Ghana SUPPORTS Lome Framework');
  });

  it('reads none for the unnamed voters of a relative clause, nor a vote in favour of something else', () => {
    const { relations } = extract(['Member states adopted the Lome Framework on Friday.', 'Ghana said it would punish countries that voted in favour.', 'Togo voted in favour of a delay.']);
    expect(relations.filter((relation) => relation.includes('SUPPORTS'))).toEqual([]);
  });
});
