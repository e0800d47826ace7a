// Capitalised words and acronyms that name no actor of the model: prizes, exercise code names, acronyms of common
// nouns ("intercontinental ballistic missile (ICBM)"), plural titles ("MPs"), a bare "Western". The sentences are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.ts';
import { extract } from '../support/articles.ts';

const NO_DIRECTIONS = new Map<string, string>();

function named(sentence: string): string[] {
  return findMentions(0, sentence, NO_DIRECTIONS).mentions.filter((mention) => mention.form === 'name').map((mention) => `${mention.kind} ${mention.name}`);
}

function entityNames(paragraphs: string[]): string[] {
  return extract(paragraphs).extraction.entities.map((entity) => `${entity.kind} ${entity.name}`);
}

describe('names that are no entities', () => {
  it('reads no body of a state in a lower-case phrase that only ends in a body word after "of"', () => {
    expect(named('Velmari offers of police were rejected by Ghana.')).not.toContain('Government Velmari offers of police');
    expect(named('Australian offers of police were rejected by Ghana.')).toEqual(['Government Australia', 'Government Ghana']);
  });

  it('reads a language something is said or written in as no place', () => {
    expect(named('The statement was issued in Arabic and posted in Pashto.')).toEqual([]);
    expect(named('The talks were held in Dorvan, the mediator said.')).toEqual(['Place Dorvan']);
  });

  it('reads the model of a weapon before "missiles", "drones" or "launchers" as no name', () => {
    expect(named('Ostrava asked for more VKRS and Sky Lance missiles.')).toEqual([]);
    expect(named('Ruvia fired a Tarvo hypersonic missile at the port.')).toEqual([]);
    expect(named('Anna Berg said the missiles had landed.')).toEqual(['Person Anna Berg']);
  });

  it('reads a faith’s adjective before leaders or officials as no organisation', () => {
    expect(entityNames(['Shia and Sunni leaders met in Tarvo on Monday.', 'Druze officials rejected the deal.'])).toEqual(['Place Tarvo']);
  });

  it('reads a region’s adjective before a lower-case noun as no name ("the Central American country")', () => {
    expect(named('The ruling was a blow to democracy in the Central American country.')).toEqual([]);
    expect(named('Latin American leaders met in Lima.')).toEqual(['Place Lima']);
  });

  it('reads a prize or an award as no organisation', () => {
    expect(named('She won the Halvard Peace Prize in 2021 and the Ostrom Freedom Award a year later.')).toEqual([]);
  });

  it('reads an exercise code name as no place', () => {
    expect(named('The drills, code-named Strait Lightning-2031, began near the Korvan Strait.')).toEqual(['Place Korvan Strait']);
  });

  it('reads an acronym defined for lower-case words as no organisation, there and later', () => {
    const found = entityNames(['Norland fired an intercontinental ballistic missile (ICBM) on Thursday.', 'The ICBM flew for an hour, officials said.']);
    expect(found.some((name) => name.includes('ICBM'))).toBe(false);
  });

  it('still reads an acronym defined for a name as that name', () => {
    const found = entityNames(['The Pacific Fisheries Forum (PFF) met on Tuesday.', 'The PFF said catches had fallen.']);
    expect(found).toContain('Organization Pacific Fisheries Forum');
    expect(found.filter((name) => name.includes('PFF'))).toEqual([]);
  });

  it('does not take an outlet in brackets after a dateline city for the city', () => {
    const { entity } = extract(['Lima (AFP) – Protests spread on Friday, witnesses told AFP.']);
    expect(entity('AFP')?.kind).toBe('Organization');
    expect(entity('Lima')?.aliases ?? []).not.toContain('AFP');
  });

  it('reads a plural title after a party as members, not a person', () => {
    const found = named('She told a meeting of KDP MPs that leaving was possible.');
    expect(found).toEqual(['Organization KDP']);
  });

  it('reads a bare "Western" as no place', () => {
    expect(named('Officials called it the last gap in Western export controls.')).not.toContain('Place Western');
  });

  it('reads The Hague as the Dutch state when it acts, and as the city where things happen', () => {
    expect(named('Relations between Beijing and The Hague have cooled.')).toEqual(['Government China', 'Government Netherlands']);
    expect(named('The Hague said it would appeal.')).toEqual(['Government Netherlands']);
    expect(named('The judges sat in The Hague on Monday.')).toEqual(['Place The Hague']);
  });

  it('reads a state whose name takes a capitalised "The" mid-sentence as the state', () => {
    expect(named('Two of The Gambia’s main donors called for calm.')).toEqual(['Government Gambia']);
  });

  it('reads the portfolio of an office as no organisation', () => {
    expect(named('The Nordic Council’s Commissioner for Human Rights, Ana Lind, said the law went too far.')).not.toContain('Organization Human Rights');
  });

  it('reads an adjective of a people or a continent before a noun after "in" as no place', () => {
    const found = named('Exporters could face longer checks in European ports, and no patrol may enter Tarvanian waters.');
    expect(found).not.toContain('Place European');
    expect(found).not.toContain('Place Tarvanian');
    expect(named('The talks in Sochi ended on Monday.')).toContain('Place Sochi');
    expect(named('Shops in Dravican stayed shut on Friday.')).toContain('Place Dravican');
  });

  it('reads a state’s service word before a title as no organisation', () => {
    const found = named('The pact was signed by Tarvania’s Police Commissioner, Lio Marek, on Friday.');
    expect(found).not.toContain('Organization Police Commissioner');
    expect(found).toContain('Person Lio Marek');
  });

  it('reads an adjective before "state" as no place', () => {
    expect(named('The Merovian state premier, Karl Brandt, urged calm.')).not.toContain('Place Merovian state');
    expect(named('It is the latest West African state to fall.')).toEqual([]);
    expect(named('Troops entered the Karsk region on Monday.')).toEqual(['Place Karsk region']);
  });

  it('reads a region\'s adjective before a lower-case noun as no person ("the Central Asian republic")', () => {
    expect(named('The Central Asian republic signed the deal.')).toEqual([]);
    expect(named('Troops moved into Southeast Korvan on Monday.')).toEqual(['Place Southeast Korvan']);
  });

  it('reads a plural of a trade or a collective opening a sentence as no name', () => {
    expect(named('Exporters said the tariff would hurt.')).toEqual([]);
    expect(named('Fishermen say the catch was poor.')).toEqual([]);
    expect(named('“Insurers will pay,” she said.')).toEqual([]);
    expect(named('Ana Ruiz said it would comply.')).toEqual(['Person Ana Ruiz']);
  });

  it('reads acronyms of common nouns as no organisation', () => {
    expect(named('Firms are investing billions in AI and LNG while GDP stalls.')).toEqual([]);
    expect(named('The Velmar Aid Network, a Kessa-based NGO, said several NGOs had left.')).toEqual(['Organization Velmar Aid Network', 'Place Kessa']);
    expect(named('NGO Foro Libre said it would appeal.')).toEqual(['Organization Foro Libre']);
    expect(named('It ordered the state to pay 15 million CFA francs in damages.')).toEqual([]);
    expect(named('Prices in UAE dirhams rose, and the KVX shares fell.')).toContain('Government United Arab Emirates');
    // (A currency's name that is a verb too needs an amount before it: "the VFP won 40 seats" names a party.)
    expect(named('The VFP won 40 seats, and the KLP pound the table.')).toEqual(['Organization VFP', 'Organization KLP']);
  });

  it('reads "Former" or "Acting" before a title as no name', () => {
    expect(named('Former President Amara Diallo was sentenced on Monday.')).toEqual(['Person Amara Diallo']);
  });

  it('reads "Senior" or "Top" opening a sentence before an organisation’s official as no name', () => {
    expect(entityNames(['Senior Velmar Front official Ilan Dass said the talks had stalled.'])).not.toContain('Person Senior Velmar Front');
    expect(entityNames(['Top Velmar Front commander Ilan Dass said the talks had stalled.'])).toContain('Person Ilan Dass');
    expect(entityNames(['Top Velmar Front commander Ilan Dass said the talks had stalled.']).join()).not.toContain('Top');
  });

  it('reads the second half of a portfolio joined by "and" as no organisation', () => {
    const found = named("Egypt's Minister of Electricity and Renewable Energy, Omar Farid, signed the deal.");
    expect(found).not.toContain('Organization Renewable Energy');
    expect(named('The Ministry of Finance and the Central Bank of Kenya disagreed.')).toContain('Government Central Bank of Kenya');
  });

  it('reads a ship\'s name as no entity', () => {
    expect(named('Coast guards escorted both vessels, the Petrel Star and the Marisol, to port.')).toEqual([]);
    expect(named('Coast guards seized the tanker Sea Lark near Malta.')).toEqual(['Government Malta']);
  });

  it('reads a continent as an adviser\'s brief as no place', () => {
    expect(named('Omar Reyes, the senior adviser for Africa, said the talks would resume.')).toEqual(['Person Omar Reyes']);
    expect(named('Aid for Africa fell sharply.')).toContain('Place Africa');
  });
});

describe('clauses of a text', () => {
  it('reads an article or chapter numbered in roman or arabic figures as no entity', () => {
    const { extraction } = extract(['An attack would bring US duties under Article IV of the 1960 Harbour Defence Treaty into play.', 'Chapter VII of the charter was not invoked.']);
    expect(extraction.entities.map((entity) => `${entity.kind} ${entity.name}`).filter((found) => /Article|Chapter/.test(found))).toEqual([]);
  });
});

describe('a dateline left in the text', () => {
  it('does not read the outlet a dateline credits as an entity of the story', () => {
    const { extraction } = extract(['OSLO/HELSINKI, Nov 3 (Reuters) - Norway and Finland agreed on Monday to share radar data.']);
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('Reuters');
  });

  it('still reads an outlet cited in the text', () => {
    const { extraction } = extract(['Norway will share radar data, a minister told Reuters on Monday.']);
    expect(extraction.entities.map((entity) => entity.name)).toContain('Reuters');
  });
});

describe('staff credits left in the text', () => {
  it('does not read the reporters, editors or the outlet of a credit line as entities', () => {
    const { extraction } = extract(['Reporting by Anna Velde and Piet Korsten. Editing by Joris Maas. © 2026 Tidewater Wire. All rights reserved.']);
    expect(extraction.entities.map((entity) => entity.name)).toEqual([]);
  });

  it('still reads a person after "by" that credits no one', () => {
    const { extraction } = extract(['The plan was drafted by Anna Velde, the deputy minister.']);
    expect(extraction.entities.map((entity) => entity.name)).toContain('Anna Velde');
  });
});

describe('ships named with their prefix', () => {
  it('reads no organisation in a ship’s name', () => {
    const { extraction } = extract(['Supplies reached the BRP Lanao Star on Monday, and the USS Tarrant escorted the convoy.']);
    expect(extraction.entities.map((entity) => entity.name)).toEqual([]);
  });
});

describe('a copyright line', () => {
  it('reads no outlet after a copyright sign', () => {
    const { extraction } = extract(['ⓒ The Harbin Evening Post, All rights reserved.']);
    expect(extraction.entities.map((entity) => entity.name)).toEqual([]);
  });
});

describe('states named only by their adjective', () => {
  it('makes no node of a state the story names only as an adjective, in nothing it does', () => {
    const { extraction } = extract(['The talks ended in the Swiss city without a date, and Polish and Dutch observers left.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Government')).toEqual([]);
  });

  it('keeps a state named by its adjective when it acts or a member of it does', () => {
    const { extraction } = extract(['Norwegian Foreign Minister Ola Berg said the talks would go on.']);
    expect(extraction.entities.map((entity) => entity.name)).toContain('Norway');
  });

  it('keeps a state whose name is also its adjective ("troops from Kenya and Djibouti")', () => {
    const { extraction } = extract(['The force includes troops from Kenya, Burundi and Djibouti, and the bloc will meet in Djibouti.']);
    expect(extraction.entities.map((entity) => entity.name)).toContain('Djibouti');
  });
});

describe('portfolios and acronyms before common nouns', () => {
  it('reads no organisation in a portfolio before a title', () => {
    const { extraction } = extract(["The deal was signed by Chile's Energy Secretary, Ana Ruiz, on Monday."]);
    expect(extraction.entities.map((entity) => entity.name).sort()).toEqual(['Ana Ruiz', 'Chile']);
  });

  it('reads an organisation’s acronym before "territory" as the organisation, not a place', () => {
    const { extraction } = extract(['The Commission regards the whole island as EU territory.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Place')).toEqual([]);
  });
});
