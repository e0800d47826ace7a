// A lower-case treaty with the month and year it was made ("the March 2021 ceasefire agreement", "the May 2019 truce")
// is that one treaty, named with its date. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.ts';
import { extract } from '../support/articles.ts';

const NO_DIRECTIONS = new Map<string, string>();

function treaties(sentence: string): string[] {
  return findMentions(0, sentence, NO_DIRECTIONS).mentions.filter((mention) => mention.kind === 'Treaty').map((mention) => mention.text);
}

describe('treaties named with their date', () => {
  it('keeps the month and year before a lower-case treaty in its name', () => {
    expect(treaties('The rebels accused the army of breaking the March 2021 ceasefire agreement.')).toEqual(['March 2021 ceasefire agreement']);
  });

  it('reads a ceasefire or truce dated by month and year as a treaty', () => {
    expect(treaties('Both sides said they still kept to the May 2019 truce that ended the fighting.')).toEqual(['May 2019 truce']);
  });

  it('reads a ceasefire dated by its days as a treaty, but not ceasefire talks', () => {
    expect(treaties('The general proposed a June 3-5 ceasefire for the harvest.')).toEqual(['June 3-5 ceasefire']);
    expect(treaties('On June 3 ceasefire talks began in Geneva.')).toEqual([]);
  });

  it('reads no treaty in an undated ceasefire', () => {
    expect(treaties('Both sides said the ceasefire was holding.')).toEqual([]);
  });
});

describe('a description set off after a named treaty', () => {
  it('reads "X, the peace plan that …" as the named treaty, with no alias of its own', () => {
    const { extraction } = extract(['The junta must carry out the Three-Step Accord, the peace plan that the generals signed in 2021.']);
    const treaties = extraction.entities.filter((entity) => entity.kind === 'Treaty');
    expect(treaties.map((treaty) => treaty.name)).toEqual(['Three-Step Accord']);
    expect(treaties[0].aliases).not.toContain('peace plan');
  });
});

describe('texts named by what they are', () => {
  it('reads "a memorandum of understanding on <subject>" as a treaty, its subject in its name', () => {
    expect(treaties('The ministers signed a memorandum of understanding on fishing rights after long talks.')).toEqual(['memorandum of understanding on fishing rights']);
    expect(treaties('Tirana dropped the memorandum of understanding it signed last year.')).toEqual(['memorandum of understanding']);
    // (An article may open the subject, past which it still runs up to three words.)
    expect(treaties('Their envoys signed a memorandum of understanding on a cross-border power line from Kalo to Vesk.')).toEqual(['memorandum of understanding on a cross-border power line']);
  });

  it('reads a coalition agreement as a treaty', () => {
    expect(treaties('He said the coalition agreement signed in May was dead.')).toEqual(['coalition agreement']);
  });
});

describe('treaties described by what they are about', () => {
  it('reads a text described by one to three words after a determiner as a treaty, without its length', () => {
    expect(findMentions(0, 'Ghana signed a ten-year cocoa export agreement with Togo on Monday.', NO_DIRECTIONS).mentions.filter((mention) => mention.kind === 'Treaty').map((mention) => mention.name)).toEqual(['Cocoa Export Agreement']);
    expect(treaties('The two states said the water-sharing agreement would hold.')).toEqual(['water-sharing agreement']);
    expect(treaties('They signed a security memorandum of understanding in 2024.')).toEqual(['security memorandum of understanding']);
  });

  it('leaves "own" out of the name of "its own <described> agreement"', () => {
    expect(treaties('Ostria has its own fisheries agreement with Merrow, and Velonia its own free trade deal.').map((text) => text.toLowerCase())).toEqual(['fisheries agreement', 'trade deal']);
  });

  it('reads vague words, function words and participles as describing no treaty', () => {
    expect(treaties('They said a new agreement was near.')).toEqual([]);
    expect(treaties('Analysts feared the split of the agreement.')).toEqual([]);
    expect(treaties('The long-delayed agreement talks resumed.')).toEqual([]);
  });

  it('makes the two states of "A signed a <described> agreement with B" its parties, apart from an older border treaty', () => {
    const { relations } = extract([
      'Ghana and Togo signed the Volta Border Treaty in 2020.',
      'Ghana signed a ten-year water-sharing agreement with Togo on Monday.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Ghana PARTY_TO Water-Sharing Agreement', 'Togo PARTY_TO Water-Sharing Agreement']));
  });
});

describe('parties of described treaties', () => {
  it('reads no mediator as a party, and a described truce as the named treaty holding its words', () => {
    const { relations, extraction } = extract([
      'The army and the rebel Free Hills Movement agreed on Monday to a 10-day humanitarian truce, Saudi and US mediators said.',
      'The Volta Humanitarian Arrangement takes effect on Friday.',
    ]);
    expect(relations.filter((relation) => /^(Saudi Arabia|United States) PARTY_TO/.test(relation))).toEqual([]);
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name)).toEqual(['Volta Humanitarian Arrangement']);
  });

  it('reads no witness of a signing as a party ("in the presence of X", "witnessed by X and Y")', () => {
    const parties = (sentence: string) => extract([sentence]).relations.filter((relation) => relation.includes('PARTY_TO'));
    expect(parties("Chile and Peru signed the Arica Water Convention in the presence of Brazil's foreign minister.")).not.toContain('Brazil PARTY_TO Arica Water Convention');
    const witnessed = parties('Chile and Peru signed the Arica Water Convention, witnessed by Brazil and Argentina.');
    expect(witnessed).toEqual(expect.arrayContaining(['Chile PARTY_TO Arica Water Convention', 'Peru PARTY_TO Arica Water Convention']));
    expect(witnessed.filter((relation) => /^(Brazil|Argentina) /.test(relation))).toEqual([]);
  });

  it('reads no party in the state of one who speaks of the text', () => {
    const parties = (sentence: string) => extract([sentence]).relations.filter((relation) => relation.includes('PARTY_TO'));
    expect(parties("Peru's foreign minister said the Tello Accord was unfair to Chile and Bolivia.")).not.toContain('Peru PARTY_TO Tello Accord');
    expect(parties("Ana Ruiz, Peru's president, told reporters the Tello Accord was fair to Chile and Bolivia.")).not.toContain('Peru PARTY_TO Tello Accord');
    // (Those it binds stay its parties.)
    expect(parties("Peru's foreign minister said the Tello Accord was unfair to Chile and Bolivia.")).toEqual(expect.arrayContaining(['Chile PARTY_TO Tello Accord', 'Bolivia PARTY_TO Tello Accord']));
  });

  it('reads the partner named after one text of a list as no party of the others ("the X Treaty with Bolivia and the Y Pact with Ecuador")', () => {
    const parties = extract(['Chile has signed many such deals, including the 1998 Marren Treaty with Bolivia and the 2004 Kessel Pact with Ecuador.']).relations.filter((relation) => relation.includes('PARTY_TO'));
    expect(parties).toContain('Bolivia PARTY_TO Marren Treaty');
    expect(parties).toContain('Ecuador PARTY_TO Kessel Pact');
    expect(parties).not.toContain('Ecuador PARTY_TO Marren Treaty');
    expect(parties).not.toContain('Bolivia PARTY_TO Kessel Pact');
  });

  it('reads no host, no witness named by title, and no accuser as a party', () => {
    const parties = (sentence: string) => extract([sentence]).relations.filter((relation) => relation.includes('PARTY_TO'));
    expect(parties('Chile and Peru signed the Tello Accord in Lima, where Brazil hosted the talks.')).not.toContain('Brazil PARTY_TO Tello Accord');
    expect(parties('Brazil, which brokered the talks, said the Tello Accord between Chile and Peru was a start.')).not.toContain('Brazil PARTY_TO Tello Accord');
    expect(parties('Chile and Peru signed the Tello Accord on Monday in the presence of Brazilian President Ana Souza.')).not.toContain('Brazil PARTY_TO Tello Accord');
    expect(parties('Brazil accused Chile of breaching the Orlen Water Treaty.')).not.toContain('Brazil PARTY_TO Orlen Water Treaty');
    expect(parties('Brazil blamed Chile for breaking the Orlen Water Treaty.')).not.toContain('Brazil PARTY_TO Orlen Water Treaty');
    // (The signers stay.)
    expect(parties('Chile and Peru signed the Tello Accord in Lima, where Brazil hosted the talks.')).toEqual(expect.arrayContaining(['Chile PARTY_TO Tello Accord', 'Peru PARTY_TO Tello Accord']));
  });
});

describe('a state’s own treaty', () => {
  it('reads the state whose described treaty it is as its party', () => {
    const { relations } = extract(['The board said Ghana was failing to meet its obligations under its cocoa export agreement.']);
    expect(relations).toContain('Ghana PARTY_TO Cocoa Export Agreement');
  });
});

describe('a treaty’s acronym', () => {
  it('reads initials after "or" that connectors help spell as the treaty’s, not an organisation', () => {
    const { extraction } = extract(['It broke the 1994 Convention on the Law of Rivers, or CLOR, she said. CLOR bans dams.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Organization')).toEqual([]);
    expect(extraction.entities.find((entity) => entity.kind === 'Treaty')?.aliases).toContain('CLOR');
  });
});

describe('states named around a treaty that are no parties', () => {
  it('reads states that left a text, or where it applies, as no parties', () => {
    const { relations } = extract([
      'Peru would be the third state to leave the Convention, after Chile in 1998 and Bolivia in 2013.',
      'The Accord for Peace in Somalia was signed by Kenya and Ethiopia.',
    ]);
    expect(relations.filter((relation) => /^(Chile|Bolivia|Somalia) PARTY_TO/.test(relation))).toEqual([]);
  });
});

describe('described texts with nouns in "-ly" and deals', () => {
  it('reads a noun ending in "-ly" as what a text is about, and a described deal as a treaty', () => {
    expect(treaties('Ruvania signed a five-year power supply agreement with Ostrel.')).toEqual(['five-year power supply agreement']);
    expect(treaties('The two capitals signed a grain-for-fuel deal on Friday.')).toEqual(['grain-for-fuel deal']);
  });

  it('reads no deal in "a good deal of", "a great deal" or "a big deal"', () => {
    expect(treaties('There was a good deal of anger in the chamber.')).toEqual([]);
    expect(treaties('He said it was a big deal for farmers.')).toEqual([]);
  });
});

describe('a text that was not signed', () => {
  it('reads no signing and no parties in "failed to sign a <described> deal"', () => {
    const { relations } = extract(['Ruvania and Ostrel have failed to sign a fishing deal since 2011.']);
    expect(relations.filter((relation) => /SIGNS|PARTY_TO/.test(relation))).toEqual([]);
  });

  it('reads no signing in "has yet to sign", "delayed signing" or "postponed the signing of" a treaty', () => {
    for (const sentence of ['Chile has yet to sign the Arica Water Convention.', 'Chile delayed signing the Arica Water Convention.', 'Chile postponed the signing of the Arica Water Convention.']) {
      expect(extract([sentence]).relations.filter((relation) => /SIGNS|PARTY_TO/.test(relation))).toEqual([]);
    }
  });
});

describe('deals that are only spoken of', () => {
  it('reads "a <described> deal" as a text only when it is made', () => {
    expect(treaties('A cheese deal is not a timber deal, she said.')).toEqual([]);
  });
});

describe('texts dated by their year', () => {
  it('keeps a second head in the name ("the 2008 ceasefire agreement")', () => {
    expect(treaties('They called it a violation of the 2008 ceasefire agreement.')).toEqual(['2008 ceasefire agreement']);
  });

  it('reads "the <year> <words> agreement", "the <year> accord" and "the <year> ceasefire" as treaties named with their year', () => {
    expect(treaties('The islet passed to Ostrel under the 1974 maritime boundary agreement.')).toEqual(['1974 maritime boundary agreement']);
    expect(treaties('He said the 1976 accord had settled the matter and the 1991 ceasefire still held.')).toEqual(['1976 accord', '1991 ceasefire']);
    expect(treaties('Turnout in the 2019 election was low.')).toEqual([]);
  });

  it('makes "the <year> accord" the one named treaty given that year', () => {
    const { extraction } = extract(['The Kessel Bay Fishing Accord was signed in 2019 by Ruvania and Ostrel.', 'Ostrel threatened to leave the 2019 accord on Monday.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name)).toEqual(['Kessel Bay Fishing Accord']);
  });

  it('keeps "the <year> treaty" apart from the one named treaty when that one is named with another year', () => {
    const { extraction } = extract(['Ruvania and Ostrel signed the 2008 Kessel Special Agreement to send their dispute to the court.', 'The court found that the 1859 boundary treaty between Ruvania and Ostrel still holds.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name).sort()).toEqual(['1859 boundary treaty', 'Kessel Special Agreement']);
  });
});

describe('a treaty made "with" a state', () => {
  it('reads the state after "<treaty> with" as a party, and a described apposition as the named treaty', () => {
    const { relations, extraction } = extract(["Ghana's parliament on Monday ratified the Volta Accord, a security and trade pact with Togo that had stalled for a year."]);
    expect(relations).toContain('Togo PARTY_TO Volta Accord');
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name)).toEqual(['Volta Accord']);
  });

  it('reads a party from "under a bilateral agreement with" a state', () => {
    expect(extract(['Ghana has kept troops in the north since 2021 under a bilateral agreement with Togo.']).relations).toContain('Togo PARTY_TO Bilateral Agreement');
  });
});

describe('arbitral awards', () => {
  it('reads "the 1899 arbitral award" as its own text, cited by who says a dispute was settled by it, with no parties', () => {
    const { relations, extraction } = extract(['Ghana says the border was settled by the 1899 arbitral award; Togo says both sides must negotiate under the Lome Border Treaty.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name)).toContain('1899 arbitral award');
    expect(relations).toContain('Ghana INVOKES 1899 arbitral award');
    expect(relations.filter((relation) => relation.includes('PARTY_TO 1899'))).toEqual([]);
  });
});

describe('bodies that sign, and roadmaps', () => {
  it('reads a named roadmap as a treaty, and a body that signs it as its party', () => {
    const { relations } = extract(['The Accra roadmap, signed on Saturday by the Government of National Concord and the Volta Council, sets a date for elections.']);
    expect(relations).toEqual(expect.arrayContaining(['Government of National Concord SIGNS Accra roadmap', 'Government of National Concord PARTY_TO Accra roadmap']));
  });

  it('reads organisations that sign an agreement as its parties', () => {
    const { relations } = extract(['The 35-year power purchase agreement was signed in Accra on Saturday by the Volta River Authority and the Electricity Company of Ghana.']);
    expect(relations).toEqual(expect.arrayContaining(['Volta River Authority PARTY_TO Power Purchase Agreement', 'Electricity Company of Ghana PARTY_TO Power Purchase Agreement']));
  });
});

describe('appeals with "wants"', () => {
  it('reads "wants X to …" as an appeal to X', () => {
    expect(extract(['Ghana wants Togo to reopen the border crossing.']).relations).toContain('Ghana URGES Togo');
  });
});

describe('a text signed as "a protocol" and named later', () => {
  it('reads the parties who "signed a protocol" as parties of the text the story names so', () => {
    const { relations, extraction } = extract([
      'Peru and Chile signed a protocol on Monday that revives their old fishing accord.',
      'Foreign Minister Ana Quiroga of Peru and Chilean Foreign Minister Luis Tapia signed the document at the Atacama Palace.',
      'Officials called the document the Atacama Protocol.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Peru PARTY_TO Atacama Protocol', 'Chile PARTY_TO Atacama Protocol']));
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name)).not.toContain('protocol');
  });

  it('reads the bare text into the one named text whose name holds its noun, whatever parties that one has', () => {
    const { relations } = extract([
      'Peru and Chile signed a memorandum on Sunday under which Chilean boats will patrol the coast.',
      'The Lima-Santiago Memorandum on Coastal Patrols has not been published.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Peru PARTY_TO Lima-Santiago Memorandum on Coastal Patrols', 'Chile PARTY_TO Lima-Santiago Memorandum on Coastal Patrols']));
  });

  it('reads "signed an agreement" as the text named in the sentences after it, not an older one named before', () => {
    const { relations } = extract([
      'Peru and Chile are both members of the Pacific Trade Agreement.',
      'Peru and Chile signed an agreement on Tuesday to track smuggled cattle.',
      'Under the Lima Memorandum on Cattle, vets on both sides will share data.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Peru SIGNS Lima Memorandum on Cattle', 'Chile SIGNS Lima Memorandum on Cattle']));
    expect(relations.filter((relation) => /SIGNS Pacific Trade Agreement/.test(relation))).toEqual([]);
  });

  it('does not give "an agreement" two states signed to a text named after it with another state as its party', () => {
    const { relations } = extract([
      'Peru and Chile signed an agreement on Tuesday to track smuggled cattle.',
      'Bolivia and Peru have kept the Titicaca Accord since the war.',
    ]);
    expect(relations.filter((relation) => /SIGNS Titicaca Accord/.test(relation))).toEqual([]);
  });

  it('keeps no text for a bare "an agreement" that no named text takes, nor gives it to a text dated by its year', () => {
    const { extraction } = extract(['Peru and Chile signed an agreement on Monday.', 'It builds on the 1990 Border Treaty between the two states.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name)).toEqual(['Border Treaty']);
    expect(extract(['Peru and Chile signed an agreement on Monday.', 'It builds on the 1990 Border Treaty between the two states.']).relations.filter((relation) => relation.includes('SIGNS'))).toEqual([]);
  });
});

describe('parties named after "between"', () => {
  it('makes the two states after "<treaty> between" its parties, and no other state of the sentence', () => {
    const { relations } = extract(['The court ruled on Thursday that the 1902 boundary treaty between Britain and Chile remains valid and that the islands belong to Argentina.']);
    expect(relations).toEqual(expect.arrayContaining(['United Kingdom PARTY_TO 1902 boundary treaty', 'Chile PARTY_TO 1902 boundary treaty']));
    expect(relations).not.toContain('Argentina PARTY_TO 1902 boundary treaty');
  });
});

describe('states that have not joined a text', () => {
  it('reads no party in "<treaty>, which X and Y have refused to sign" or "which X never ratified"', () => {
    const { relations } = extract([
      'Brazil and Argentina signed the Orlen Water Treaty in 1990.',
      'Officials pointed to the Orlen Water Treaty, which Chile and Peru have refused to sign, and to the Tarvo Basin Convention, which Bolivia never ratified.',
    ]);
    expect(relations.filter((relation) => /^(Chile|Peru|Bolivia) PARTY_TO/.test(relation))).toEqual([]);
  });

  it('reads no party in any state of a list written with a comma before "and" ("which X, Y, and Z have refused to sign")', () => {
    const { relations } = extract([
      'Brazil and Argentina signed the Orlen Water Treaty in 1990.',
      'Officials pointed to the Orlen Water Treaty, which Chile, Peru, and Bolivia have refused to sign.',
    ]);
    expect(relations.filter((relation) => /^(Chile|Peru|Bolivia) PARTY_TO/.test(relation))).toEqual([]);
  });
});

describe('states that cite a text', () => {
  it('reads no party in the state that cites or invokes a treaty in the words before it', () => {
    const { relations } = extract(['Brazil and Argentina signed the Orlen Water Treaty in 1990.', 'On Monday Bolivia cited the Orlen Water Treaty in its complaint, and Chile invoked it too.']);
    expect(relations).toContain('Bolivia INVOKES Orlen Water Treaty');
    expect(relations).not.toContain('Bolivia PARTY_TO Orlen Water Treaty');
  });
});

describe('states that urge others to keep a text', () => {
  it('reads no party in the state that urges respect for a treaty in the words before it', () => {
    const { relations } = extract(['Brazil urged respect for the Orlen Water Treaty, which binds Chile and Peru.']);
    expect(relations).toEqual(expect.arrayContaining(['Chile PARTY_TO Orlen Water Treaty', 'Peru PARTY_TO Orlen Water Treaty']));
    expect(relations).not.toContain('Brazil PARTY_TO Orlen Water Treaty');
  });
});

describe('texts dated by their year after "a"', () => {
  it('reads "a 2009 arbitration agreement" as a treaty named with its year', () => {
    expect(treaties('The tribunal had been set up under a 2009 arbitration agreement signed in Geneva.')).toEqual(['2009 arbitration agreement']);
  });

  it('keeps the parties read for a dated text when it joins the treaty it names', () => {
    const { relations, extraction } = extract(['Ghana and Togo also point to a 1961 agreement between the two countries, the Kessel Waters Agreement, which gave them the river.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name)).toEqual(['Kessel Waters Agreement']);
    expect(relations).toEqual(expect.arrayContaining(['Ghana PARTY_TO Kessel Waters Agreement', 'Togo PARTY_TO Kessel Waters Agreement']));
  });
});

describe('a described apposition with a proper word', () => {
  it('reads "the Volta Basin treaty" set off after a named treaty as that treaty', () => {
    const { extraction } = extract(['Ghana would keep acting under the Accra Framework Agreement, the Volta Basin treaty that came into force in 2024.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name)).toEqual(['Accra Framework Agreement']);
  });

  it('keeps apart treaties listed with commas', () => {
    const { extraction } = extract(['Ghana cited the Accra Framework Agreement, the Volta Basin treaty and the Lome Protocol.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name).sort()).toEqual(['Accra Framework Agreement', 'Lome Protocol', 'Volta Basin treaty']);
  });
});

describe('two treaties whose names open with one word', () => {
  it('keeps "the Tarsk Basin treaty" apart from "the Tarsk Waters Agreement", and "the Tarsk accord" one with it', () => {
    const two = extract(['Egypt invoked the Tarsk Waters Agreement on Monday.', 'Ethiopia said the Tarsk Basin treaty of 2010 had replaced it.']);
    expect(two.extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name).sort()).toEqual(['Tarsk Basin treaty', 'Tarsk Waters Agreement']);
    const one = extract(['Egypt invoked the Tarsk Waters Agreement on Monday.', 'Ethiopia said the Tarsk accord was out of date.']);
    expect(one.extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name)).toEqual(['Tarsk Waters Agreement']);
  });
});
