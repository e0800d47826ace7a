import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

/** The entities that bear one of the names given. */
function holders(paragraphs: string[], ...names: string[]) {
  const { extraction } = extract(paragraphs);
  return extraction.entities.filter((entity) => names.some((name) => entity.name === name || entity.aliases.includes(name)));
}

describe('acronyms of names the article gives in full', () => {
  it('reads initials of a state’s body named with its state in full as that body', () => {
    const found = holders(['The Republic of Estonia Defence Forces, whose commanders met on Monday, said it respected the result.', 'In a statement, the REDF said its role was to protect the constitution.'], 'REDF', 'Republic of Estonia Defence Forces');
    expect(found).toHaveLength(1);
  });

  it('reads a state’s initials as the state, not as its parliament', () => {
    const found = holders(['Papua New Guinea’s parliament on Monday ratified the pact.', 'The minister said it did not stop PNG from working with other partners.'], 'PNG');
    expect(found.map((entity) => `${entity.kind} ${entity.name}`)).toEqual(['Government Papua New Guinea']);
  });

  it('reads ", known as ACR" after a company’s name as its acronym', () => {
    const found = holders(['Shareholders include Estonia’s state gas company Varnagaz.', 'Varnagaz, known as VNG, said it had cut output by a third.', 'VNG said the cut would last a week.'], 'VNG', 'Varnagaz');
    expect(found).toHaveLength(1);
    expect(found[0]?.aliases).toContain('VNG');
  });

  it('reads "known by its Spanish initials as ACR" as the organisation named just before', () => {
    const found = holders(['The Caribbean Bank for Trade and Investment said it was studying the designations.', 'Known by its Spanish initials as BCIC, the bank has faced pressure from lenders.', 'BCIC said it would comply.'], 'BCIC', 'Caribbean Bank for Trade and Investment');
    expect(found).toHaveLength(1);
  });

  it('reads "known by its French initials as the ACR" after a unit as that unit, not a person', () => {
    const found = holders(['The men were taken by a unit of Chad’s Mobile Response Brigade, known by its French initials as the BMR.', 'The BMR did not comment.'], 'BMR', 'Mobile Response Brigade');
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).not.toBe('Person');
  });

  it('reads "ACR, as the party is known by its initials," as the party named just before', () => {
    const found = holders(['The coalition joins the Civic Alliance and the Union of Farmers and Foresters.', 'The ZLS, as the farmers’ party is known by its local initials, will name the speaker.', 'The ZLS has long opposed the reform.'], 'ZLS', 'Union of Farmers and Foresters');
    expect(found).toHaveLength(1);
  });

  it('reads "Name, the ACR." as the body’s acronym when the acronym starts with the name’s initial', () => {
    const found = holders(['The crew was questioned by Estonia’s Federal Intelligence Office, the FIB.', 'The FIB said the boat had been seized.'], 'FIB', 'Federal Intelligence Office');
    expect(found).toHaveLength(1);
  });

  it('reads no acronym in a list of organisations after a comma', () => {
    const found = holders(['Talks with the European Union, the UN and the African Union went on.'], 'European Union');
    expect(found[0]?.aliases).not.toContain('UN');
  });

  it('makes every mention of a name given initials an organisation, also those after the one with the initials', () => {
    const { extraction } = extract([
      'Talar Besso Miran fighters crossed the river on Monday.',
      'Talar Besso Miran, known by its French initials as the TBM, denied it.',
      'Talar Besso Miran said it would keep fighting.',
    ]);
    const named = extraction.entities.filter((entity) => entity.aliases.includes('Talar Besso Miran'));
    expect(named.map((entity) => entity.kind)).toEqual(['Organization']);
  });
});

describe('a person known by initials', () => {
  it('reads initials that spell every word of a person\'s name ("X bin Y, known as XBY,") as that person', () => {
    const { extraction } = extract(["Qatar's Emir Tamim bin Hamad, known as TBH, will host the envoys.", 'TBH has ruled since 2013.']);
    const people = extraction.entities.filter((entity) => entity.kind === 'Person');
    expect(people.map((entity) => [entity.name, [...entity.aliases].sort()])).toEqual([['Tamim bin Hamad', ['TBH', 'Tamim bin Hamad']]]);
    expect(extraction.entities.filter((entity) => entity.kind === 'Organization')).toEqual([]);
  });
});
