// Within-article resolution: one entity whatever the spelling or reference.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('resolution within an article', () => {
  it('reads a name the article gave a place or an organisation as that one, not as a person, wherever else it stands', () => {
    const { extraction } = extract([
      'Fighting spread across the Varsel district of Lumbo Tarra province on Monday. Aid agencies left Lumbo Tarra last year.',
      'The mining firm Quellcor halted work at the site. Quellcor said it would resume in March.',
    ]);
    expect(extraction.entities.filter((entity) => entity.kind === 'Person')).toEqual([]);
    expect(extraction.entities.filter((entity) => /Quellcor|Lumbo/.test(entity.name)).map((entity) => `${entity.kind} ${entity.name}`).sort()).toEqual(['Organization Quellcor', 'Place Lumbo Tarra province']);
  });

  it('joins a treaty described in lower case to the one treaty named with the same head word', () => {
    const { extraction, relations } = extract([
      'Ghana and Togo signed a border agreement in Accra on Friday.',
      'The Volta Boundary Agreement ends a dispute over three fishing villages. The Abuja Treaty was not discussed.',
    ]);
    const treaties = extraction.entities.filter((candidate) => candidate.kind === 'Treaty').map((treaty) => treaty.name);
    expect(treaties.sort()).toEqual(['Abuja Treaty', 'Volta Boundary Agreement']);
    expect(relations).toEqual(expect.arrayContaining(['Ghana SIGNS Volta Boundary Agreement', 'Togo PARTY_TO Volta Boundary Agreement']));
  });

  it('joins a described treaty to the named one that holds its words, and keeps a resolution’s number', () => {
    const { extraction } = extract([
      'Under the Comprehensive Border Agreement of 2019 and the older Armistice Agreement, both states keep their troops back.',
      'Peru said the border agreement still held. Ecuador cited Security Council Resolution 2334 and Resolution 242.',
    ]);
    const treaties = extraction.entities.filter((candidate) => candidate.kind === 'Treaty').map((treaty) => treaty.name);
    expect(treaties).toEqual(expect.arrayContaining(['Comprehensive Border Agreement', 'Armistice Agreement', 'Security Council Resolution 2334']));
    expect(treaties).not.toContain('Border Agreement');
    expect(treaties).not.toContain('Security Council Resolution');
  });

  it('makes the states a treaty’s name joins with a hyphen its parties', () => {
    const { relations } = extract(['Trawlers entered waters covered by the Sudan-Chad Border Accord. Sudan protested to Chad on Monday.']);
    expect(relations).toEqual(expect.arrayContaining(['Sudan PARTY_TO Sudan-Chad Border Accord', 'Chad PARTY_TO Sudan-Chad Border Accord']));
  });

  it('reads a state of several words in a hyphen-joined name as a party', () => {
    const { relations } = extract(['Trawlers entered waters covered by the Sudan-South Sudan Border Accord. Sudan protested to South Sudan on Monday.']);
    expect(relations).toEqual(expect.arrayContaining(['Sudan PARTY_TO Sudan-South Sudan Border Accord', 'South Sudan PARTY_TO Sudan-South Sudan Border Accord']));
    const three = extract(['Trade ministers met in Ottawa.', 'Canada, Mexico and the United States reviewed the United States-Mexico-Canada Agreement on Monday.']);
    expect(three.relations).toEqual(expect.arrayContaining(['Canada PARTY_TO United States-Mexico-Canada Agreement', 'Mexico PARTY_TO United States-Mexico-Canada Agreement', 'United States PARTY_TO United States-Mexico-Canada Agreement']));
  });

  it('reads no parties in a hyphen-joined word that names no states ("Trans-Pacific", "Indo-Pacific")', () => {
    const { relations } = extract(['Ghana praised the Trans-Pacific Partnership Agreement on Monday.']);
    expect(relations.filter((relation) => relation.includes('PARTY_TO'))).toEqual([]);
  });

  it('makes the two sides a treaty is "between" its parties', () => {
    const { relations } = extract(['The Kismayo Truce signed between the Somali army and the Jubaland Defence Forces held on Monday.']);
    expect(relations).toEqual(expect.arrayContaining(['Somali army PARTY_TO Kismayo Truce', 'Jubaland Defence Forces PARTY_TO Kismayo Truce']));
  });

  it('joins a surname, an honorific and a pronoun to the full name', () => {
    const { extraction, entity } = extract([
      'Prime Minister Aditi Rao arrived in Geneva on Sunday.',
      'Ms Rao said she would stay two days. Rao later met reporters.',
    ]);
    const people = extraction.entities.filter((candidate) => candidate.kind === 'Person');
    expect(people).toHaveLength(1);
    expect(entity('Aditi Rao')?.aliases).toEqual(expect.arrayContaining(['Aditi Rao', 'Rao']));
  });

  it('joins a name written later without its letters ø, æ or accents to the full name', () => {
    const { extraction, entity } = extract([
      'Norwegian Trade Minister Henrik Søgård Hæland said on Monday that the talks had stalled.',
      'Sogard Haeland added that Oslo would wait.',
    ]);
    expect(extraction.entities.filter((candidate) => candidate.kind === 'Person')).toHaveLength(1);
    expect(entity('Henrik Søgård Hæland')?.aliases).toContain('Sogard Haeland');
  });

  it('joins a surname that a preposition made a place to the person named in full, accents dropped or not', () => {
    const { extraction, entity } = extract([
      'Prime Minister Tomas Vranković said the matter was technical.',
      'The Green Union, a partner in Vrankovic’s coalition, said the police should patrol the bay.',
    ]);
    expect(extraction.entities.filter((candidate) => candidate.kind === 'Place')).toEqual([]);
    expect(entity('Tomas Vranković')?.aliases).toContain('Vrankovic');
  });

  it('joins an acronym to the name it abbreviates', () => {
    const { extraction } = extract(['The Andean Water Commission (AWC) met in Quito.', 'The AWC said the drought would last.']);
    const bodies = extraction.entities.filter((candidate) => candidate.aliases.includes('AWC'));
    expect(bodies).toHaveLength(1);
    expect(bodies[0].aliases).toContain('Andean Water Commission');
  });

  it('gives a state capital used as an actor to the state', () => {
    const { entity } = extract(['Egypt welcomed the deal. Cairo said it would host the next round.']);
    expect(entity('Egypt')?.aliases).toEqual(expect.arrayContaining(['Egypt', 'Cairo']));
  });

  it('gives a body named without its state the state named elsewhere in the article', () => {
    const { extraction } = extract(["Mexico's interior ministry issued a statement.", 'The Interior Ministry said the roads were open.']);
    const bodies = extraction.entities.filter((candidate) => candidate.kind === 'Government' && candidate.key.startsWith('body:'));
    expect(bodies).toHaveLength(1);
    expect(bodies[0].country).toBe('MX');
  });

  it('learns a state the gazetteer lacks from its name and demonym', () => {
    const { entity } = extract(['Velmora rejected the claim.', 'Velmoran officials said the border was calm.']);
    expect(entity('Velmora')).toMatchObject({ kind: 'Government', country: '~Velmora' });
    expect(entity('Velmora')?.aliases).toContain('Velmoran officials');
  });

  it('merges descriptions of one treaty in an article', () => {
    const { extraction } = extract(['Poland and Lithuania signed a mutual security pact on Monday.', 'The security agreement takes effect next year.']);
    const treaties = extraction.entities.filter((candidate) => candidate.kind === 'Treaty');
    expect(treaties).toHaveLength(1);
    expect(treaties[0].parties).toEqual(['LT', 'PL']);
  });
});

describe('names a body is known by', () => {
  it('reads the name a body is known as, or known by its initials as, as another name of that body, no person', () => {
    const { entity, extraction } = extract([
      "Norway's foreign ministry, known as Villa Stenberg, said in a statement that the price was too low.",
      "The fishermen were held by Chad's Desert Rapid Battalion, known by its French initials as the BDR.",
    ]);
    expect(extraction.entities.filter((candidate) => candidate.kind === 'Person')).toEqual([]);
    expect(entity('Villa Stenberg')?.kind).toBe('Government');
    expect(entity('Villa Stenberg')?.aliases).toContain("Norway's foreign ministry");
    expect(entity('BDR')?.kind).toBe('Government');
  });
});

describe('names states give', () => {
  it('reads the name a state calls a place by as another name of it, whatever the words between', () => {
    const { entity, extraction } = extract([
      'The two states have quarrelled over the Tarvel, a strip of marsh that lies along Latvia and that Estonia calls Marra Tarvela.',
      'Boats crossed the Amber Gulf, which Estonia calls the Golden Sound.',
    ]);
    expect(entity('Tarvel')?.aliases).toContain('Marra Tarvela');
    expect(extraction.entities.some((candidate) => candidate.kind === 'Person')).toBe(false);
    expect(entity('Amber Gulf')?.aliases).toContain('Golden Sound');
  });
});

describe('a treaty known by another name', () => {
  it('reads "X, the formal name of the <place> deal" as the treaty named after that place', () => {
    const { extraction } = extract(['The Varno Agreement ended the war in 2022.', 'Both sides said they remained bound by the Cessation of Hostilities Agreement, the formal name of the Varno deal, and asked for monitors.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty')).toHaveLength(1);
  });

  it('reads "— known in <state> as the Y —" after a treaty as another name of it', () => {
    const { extraction } = extract(['Norland argues that the 1920 Varno Treaty — known in Russia as the Kessel Treaty — gives all signatories equal rights.']);
    const treaties = extraction.entities.filter((entity) => entity.kind === 'Treaty');
    expect(treaties).toHaveLength(1);
    expect(treaties[0]?.aliases).toEqual(expect.arrayContaining(['Kessel Treaty', 'Varno Treaty']));
  });
});

describe('a body known by a name of its own', () => {
  it('reads ", known as <Name>," after a ministry as the ministry, not a person', () => {
    const { extraction } = extract(['Estonia’s foreign ministry, known as Toompea Maja, said in a statement that the price was unfair.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Person')).toEqual([]);
    expect(extraction.entities.find((entity) => entity.aliases.includes('Toompea Maja'))?.kind).toBe('Government');
  });
});

describe('a state called by its formal name', () => {
  it('reads "the Islamic Republic" as the one state named in the article whose formal name it opens', () => {
    const { extraction } = extract(['Pakistan held naval exercises near the islands on Sunday.', 'Qatar said it wanted good relations with the Islamic Republic, built on respect.']);
    expect(extraction.entities.filter((entity) => /Islamic/.test(entity.name) || entity.aliases.includes('Islamic Republic')).map((entity) => entity.name)).toEqual(['Pakistan']);
  });

  it('reads it as no state when two states named could be meant', () => {
    const { extraction } = extract(['Pakistan and Mauritania held talks on Sunday.', 'Qatar said it wanted good relations with the Islamic Republic.']);
    expect(extraction.entities.filter((entity) => entity.key.startsWith('state:') && entity.aliases.includes('Islamic Republic'))).toEqual([]);
  });

  it('reads the name a regime gives its state as that state', () => {
    const { extraction } = extract(['Border guards from Afghanistan fired across the river.', 'A spokesman said the Islamic Emirate wanted good relations with every neighbour.']);
    expect(extraction.entities.find((entity) => entity.aliases.includes('Islamic Emirate'))?.name).toBe('Afghanistan');
  });
});

describe('treaties named after a place or a thing', () => {
  it('reads a deal or a pact named after its two sides, with any noun of what it is about, as one treaty', () => {
    const { entity } = extract(['Vesk signed the EU-Tarvania deal on Friday.', 'Italy renewed the Italy-Tunisia migration pact.', 'The US-Ukraine minerals deal was signed in May.']);
    expect(entity('EU-Tarvania deal')?.kind).toBe('Treaty');
    expect(entity('Italy-Tunisia migration pact')?.kind).toBe('Treaty');
    expect(entity('US-Ukraine minerals deal')?.kind).toBe('Treaty');
    expect(entity('Italy-Tunisia')).toBeUndefined();
  });

  it('reads no organisation in the two sides a described treaty is named after', () => {
    const { entity, extraction } = extract(['The Tarvania-South Africa water protocol was signed in May.']);
    expect(entity('Tarvania-South Africa water protocol')?.kind).toBe('Treaty');
    expect(extraction.entities.filter((entity) => entity.kind === 'Organization')).toEqual([]);
  });

  it('reads no organisation in a place a treaty is named after, and still one named by its acronym or head word', () => {
    const { entity, extraction } = extract(['Vesk and Orsk kept the Camp Lorn accords.', 'Both cited the KESSAC protocol and the Arctic Union charter.']);
    expect(entity('Camp Lorn accords')?.kind).toBe('Treaty');
    expect(extraction.entities.filter((entity) => entity.kind === 'Organization').map((entity) => entity.name).sort()).toEqual(['Arctic Union', 'KESSAC']);
  });

  it('reads no deal between two people as a treaty', () => {
    const { extraction } = extract(['The Morel-Vance deal collapsed after the vote.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty')).toEqual([]);
  });

  it('reads a name, a lower-case kind of treaty and its head as one treaty, named with its year too', () => {
    const { entity } = extract(['Under the 1987 Varo water agreement and the 1994 Kelsa Dunes peace treaty, Jordan and Syria share the river.']);
    expect(entity('Varo water agreement')?.kind).toBe('Treaty');
    expect(entity('Kelsa Dunes peace treaty')?.aliases).toContain('1994 Kelsa Dunes peace treaty');
  });

  it('does not take a described treaty with words of its own for the one named treaty with its head word', () => {
    const { extraction } = extract(['Laos signed a 35-year power purchase agreement with Thailand.', 'Vietnam urged Laos to respect the 1995 Mekong Agreement.']);
    expect(extraction.entities.find((entity) => entity.aliases.includes('Mekong Agreement'))?.aliases).not.toContain('35-year power purchase agreement');
  });
});

describe('people named later by the first words of their full name', () => {
  it('joins "Tariq bin Saeed" to the one person named "Tariq bin Saeed Al Marri", not to two who share those words', () => {
    const { extraction, relations } = extract([
      "Velmora's emir, Sheikh Tariq bin Saeed Al Marri, arrived in Dastan on Monday.",
      'Tariq bin Saeed met President Oren Halvik of Kestria for two hours.',
    ]);
    expect(extraction.entities.filter((entity) => entity.kind === 'Person').map((entity) => entity.name).sort()).toEqual(['Oren Halvik', 'Tariq bin Saeed Al Marri']);
    expect(relations).toContain('Tariq bin Saeed Al Marri MEETS Oren Halvik');
    const two = extract(['Nadia Fares Haddad and Nadia Fares Khoury, two lawyers, filed the appeal.', 'Nadia Fares said the court would rule in May.']).extraction;
    expect(two.entities.filter((entity) => entity.kind === 'Person').map((entity) => entity.name)).toContain('Nadia Fares');
  });
});

describe('large cities that nothing else explains', () => {
  it('reads a large city after "to" or "via" as a place, but not a seat of government beside a state, nor a treaty named after a city', () => {
    const places = (paragraphs: string[]) => extract(paragraphs).extraction.entities.filter((entity) => entity.kind === 'Place').map((entity) => entity.name).sort();
    expect(places(['Most of the copper leaves by rail to Durban, traders said.', 'The gold goes by plane to Dubai.'])).toEqual(['Dubai', 'Durban']);
    expect(places(['Talks between Baghdad and Erbil resumed.', 'The envoy wrote to Erbil and Ankara on Monday.'])).toEqual([]);
    expect(places(['Spain signed the Treaty of Utrecht in 1713.', 'Its lawyers pointed to Utrecht again on Monday.'])).toEqual([]);
    // (A surname of a person the article names stays theirs.)
    expect(extract(['Senator Ana Lincoln flew home.', 'The bill went back to Lincoln for a signature.']).extraction.entities.filter((entity) => entity.kind === 'Place')).toEqual([]);
  });
});

describe('large cities named as sources', () => {
  it('leaves "according to <city>\'s ministry" to the speaker', () => {
    const { extraction } = extract(['According to Gaza’s Ministry of Health, at least 40 people were killed on Sunday.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Place').map((entity) => entity.name)).toEqual([]);
    expect(extraction.statements).toHaveLength(1);
  });
});

describe('names with a lower-case particle or an institution head', () => {
  it('keeps "es" inside a name ("Dar es Salaam") and reads an "Institution" as an organisation after "at"', () => {
    const { extraction, relations } = extract(['Ana Reyes, a fellow at the Holm Institution, said the deal was fragile.', 'Patrick Mwangi, a lecturer at the University of Dar es Salaam, flew to Dar es Salaam on Monday.']);
    const named = extraction.entities.map((entity) => `${entity.kind} ${entity.name}`);
    expect(named).toEqual(expect.arrayContaining(['Organization Holm Institution', 'Organization University of Dar es Salaam', 'Place Dar es Salaam']));
    expect(relations).toContain('Ana Reyes MEMBER_OF Holm Institution');
  });
});
