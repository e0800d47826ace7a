// Parties read from the clauses that tell a treaty's terms; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('parties under a treaty’s terms', () => {
  it('makes the subjects of the clauses after "Under <treaty>," its parties', () => {
    const { relations } = extract(['Oil prices rose on Monday.', 'Under the Kampala Accord, the Liberation Front is to free 40 soldiers, while Uganda releases 300 prisoners held since May.']);
    expect(relations).toEqual(expect.arrayContaining(['Liberation Front PARTY_TO Kampala Accord', 'Uganda PARTY_TO Kampala Accord']));
  });

  it('does not make people or names inside a clause its parties', () => {
    const { relations } = extract(['Oil prices rose on Monday.', 'Under the Kampala Accord, refugees will be able to return to their homes with help from the Red Cross.']);
    expect(relations.filter((relation) => relation.includes('PARTY_TO'))).toEqual([]);
  });
});

describe('a text added to a treaty', () => {
  it('is a treaty of its own, named with the treaty it amends, and is what is signed', () => {
    const { entity, relations } = extract(['The addendum to the 2011 Frontier Agreement was signed on Monday by Velorian Foreign Minister Tamaro and his Ostrian counterpart, Ilo Varra.']);
    expect(entity('addendum to the 2011 Frontier Agreement')?.kind).toBe('Treaty');
    expect(relations).toContain('Tamaro SIGNS addendum to the 2011 Frontier Agreement');
  });
});

describe('parties that a breach shows', () => {
  it('makes a state said to breach a treaty its party, though no second party is named near it', () => {
    const { relations } = extract(['Energy Minister Orel Tan said the halt would cost Kazakhstan about 700,000 barrels a day and that the government would ask the Caspian Commission to examine whether Russia had breached the Treaty on the Caspian Customs Union, which guarantees members access to pipelines.']);
    expect(relations).toEqual(expect.arrayContaining(['Russia VIOLATES Treaty on the Caspian Customs Union', 'Russia PARTY_TO Treaty on the Caspian Customs Union']));
  });

  it('does not make a state that breaches a United Nations text its party', () => {
    const { relations } = extract(['Lusania said Merrow had violated the UN Charter by sending troops.']);
    expect(relations.filter((relation) => relation.includes('PARTY_TO'))).toEqual([]);
  });

  it('does not make a state its party when only a quote says it breaches the treaty', () => {
    const { relations } = extract(['“Merrow is violating the Lisbon Conventions every single day,” Tomas Vidal said.']);
    expect(relations).not.toContain('Merrow PARTY_TO Lisbon Conventions');
  });
});

describe('a state the narration says acts under a treaty', () => {
  it('is its party, and cites nothing', () => {
    const { relations } = extract(['Prices fell by a third after Ghana cut its duties on Togolese cement under the Volta Trade Memorandum.']);
    expect(relations).toContain('Ghana PARTY_TO Volta Trade Memorandum');
    expect(relations.filter((relation) => relation.includes('INVOKES'))).toEqual([]);
  });

  it('makes the state of its forces or ministry the party when they are said to act under a treaty', () => {
    const { relations } = extract(['Prices fell by a third after the Ghanaian Ministry of Trade cut duties on Togolese cement under the Volta Trade Memorandum.']);
    expect(relations).toContain('Ghana PARTY_TO Volta Trade Memorandum');
    expect(relations.filter((relation) => relation.includes('INVOKES'))).toEqual([]);
  });

  it('makes a party or firm the narration says acts under a treaty its party itself', () => {
    const { relations } = extract(['The Liberal Party, the Green Union and the Farmers\' League will share 16 ministries under a coalition agreement signed on Sunday.']);
    expect(relations).toEqual(expect.arrayContaining(['Liberal Party PARTY_TO Coalition Agreement', 'Green Union PARTY_TO Coalition Agreement', "Farmers' League PARTY_TO Coalition Agreement"]));
    expect(relations.filter((relation) => relation.includes('INVOKES'))).toEqual([]);
  });

  it('keeps a firm that says it acts under a treaty as citing it', () => {
    const { relations } = extract(['The Andean Power Company said it would sell electricity to Chile under the Kessa Supply Accord.']);
    expect(relations).toContain('Andean Power Company INVOKES Kessa Supply Accord');
  });

  it('is no party to a law it acts under', () => {
    const { relations } = extract(['Ghana will open talks on the border under the 2009 Volta Self-Government Act.']);
    expect(relations.filter((relation) => relation.includes('PARTY_TO'))).toEqual([]);
  });

  it('still invokes it when someone says so', () => {
    const { relations } = extract(['Ghanaian Foreign Minister Ama Mensah said Ghana had seized the boat under the Volta Fisheries Convention.']);
    expect(relations.filter((relation) => /^(Ghana|Ama Mensah) INVOKES Volta Fisheries Convention$/.test(relation))).not.toEqual([]);
  });
});

describe('parties of a treaty’s "under which" clause', () => {
  it('makes the subject of the clause that "<treaty>, under which" opens its party, and troops their state', () => {
    const { relations } = extract([
      'The area is covered by the Arctic Fisheries Agreement, under which Norway allows boats from Finland to fish near the islands.',
      'Peru considered Chile in breach of the Lima Border Agreement, under which Bolivian troops once patrolled the frontier.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Norway PARTY_TO Arctic Fisheries Agreement', 'Bolivia PARTY_TO Lima Border Agreement']));
  });
});

describe('a treaty ratified by a legislature', () => {
  it('makes the legislature’s state the party, not the legislature', () => {
    const { relations } = extract([
      "Peru's parliament on Monday ratified the Harbour Accord, a defence pact with Chile, by 78 votes to 12.",
      'The Storting ratified the Fjord Fisheries Agreement with Iceland on Monday, Norway’s government said.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Peru PARTY_TO Harbour Accord', 'Chile PARTY_TO Harbour Accord', 'Norway PARTY_TO Fjord Fisheries Agreement']));
    expect(relations.filter((relation) => /^(Peru's parliament|Storting) PARTY_TO/.test(relation))).toEqual([]);
  });
});

describe('a treaty ratified by a chamber named "Senate of …" or "House of …"', () => {
  it('makes the chamber’s state the party, as "Peru’s parliament" does', () => {
    const { relations } = extract(['The Senate of Paraguay ratified the Tarn Water Treaty on Monday.']);
    expect(relations).toContain('Paraguay PARTY_TO Tarn Water Treaty');
    expect(relations).not.toContain('Senate of Paraguay PARTY_TO Tarn Water Treaty');
  });
});

describe('a treaty said to have been signed, with no signer named', () => {
  it('was signed by the parties its sentence names', () => {
    const { relations } = extract(['Oil prices rose on Monday.', 'Under a fisheries memorandum signed in 2019, Chile and Peru agreed to share patrol data.']);
    expect(relations).toEqual(expect.arrayContaining(['Chile SIGNS Fisheries Memorandum', 'Peru SIGNS Fisheries Memorandum']));
  });

  it('was not signed by a state the sentence names that is no party to it', () => {
    const { relations } = extract(['Oil prices rose on Monday.', 'Bolivia said the Harbour Accord, signed in 2004, did not bind it.']);
    expect(relations.filter((relation) => relation.includes(' SIGNS '))).toEqual([]);
  });
});

describe('states that welcome or condemn a treaty', () => {
  it('are no parties by the words that say so', () => {
    const { relations } = extract(['Oil prices rose on Monday.', 'Brazil welcomed the Harbour Accord between Chile and Peru.', 'On Tuesday Cuba condemned the Harbour Accord as a trap.']);
    expect(relations).toEqual(expect.arrayContaining(['Chile PARTY_TO Harbour Accord', 'Peru PARTY_TO Harbour Accord']));
    expect(relations.filter((relation) => /^(Brazil|Cuba) PARTY_TO/.test(relation))).toEqual([]);
  });
});

describe('states named in a clause after a treaty', () => {
  it('are no parties when a participle after a comma opens the clause', () => {
    const { relations } = extract(['Oil prices rose on Monday.', 'Iceland voted on Tuesday to renew its Cod Quota Agreement with Norway, rejecting calls from Britain and Denmark to end it.']);
    expect(relations).toEqual(expect.arrayContaining(['Iceland PARTY_TO Cod Quota Agreement', 'Norway PARTY_TO Cod Quota Agreement']));
    expect(relations.filter((relation) => /^(United Kingdom|Denmark) PARTY_TO/.test(relation))).toEqual([]);
  });
});

describe('a treaty still sought', () => {
  it('has no parties in the words that seek it', () => {
    const sought = (sentence: string) => extract(['Oil prices rose on Monday.', sentence]).relations.filter((relation) => relation.includes('PARTY_TO'));
    expect(sought('The minister said the bloc should press for a trade deal with Guatemala.')).toEqual([]);
    expect(sought('Peru is seeking a fisheries agreement with Chile and Ecuador.')).toEqual([]);
    expect(sought('Chile is negotiating the Arica Water Convention with Peru.')).toEqual([]);
    expect(sought('Chile and Peru are still drafting the Arica Water Convention.')).toEqual([]);
    expect(sought('Chile and Peru hope to finalise the Arica Water Convention by March.')).toEqual([]);
    expect(extract(['Oil prices rose on Monday.', 'Peru signed a fisheries agreement with Chile on Monday.']).relations).toEqual(expect.arrayContaining(['Peru PARTY_TO Fisheries Agreement', 'Chile PARTY_TO Fisheries Agreement']));
  });
});

describe('a state that speaks of a treaty', () => {
  it('is no party by the verb of saying it is the subject of', () => {
    const parties = (sentence: string) => extract(['Oil prices rose on Monday.', sentence]).relations.filter((relation) => relation.includes('PARTY_TO'));
    expect(parties('Bolivia said the Orlen Treaty between Chile and Peru was unfair.').filter((relation) => relation.startsWith('Bolivia'))).toEqual([]);
    expect(parties('Chile holds the island under the Orlen Treaty with Peru, which Bolivia says Chile has breached.').filter((relation) => relation.startsWith('Bolivia'))).toEqual([]);
    expect(parties('Bolivia said the Orlen Treaty between Chile and Peru was unfair.')).toEqual(expect.arrayContaining(['Chile PARTY_TO Orlen Treaty', 'Peru PARTY_TO Orlen Treaty']));
  });
});

describe('a territory handed over by a treaty', () => {
  it('is no party to it', () => {
    const { relations } = extract(['Oil prices rose on Monday.', 'Critics cited the 1815 Treaty of Vell, by which Peru ceded Bolivia to Chile.']);
    expect(relations).toEqual(expect.arrayContaining(['Peru PARTY_TO Treaty of Vell', 'Chile PARTY_TO Treaty of Vell']));
    expect(relations.filter((relation) => relation.startsWith('Bolivia PARTY_TO'))).toEqual([]);
  });
});

describe('a state said to be no party to a treaty', () => {
  it('is no party as a side of the story\u2019s war', () => {
    const { relations } = extract([
      'Ruvania and the Hill Front signed the Kessel Ceasefire Agreement in 2022.',
      'The talks took place amid fears of a new war between Ethiopia and Eritrea.',
      'Fighting between Ethiopia and Eritrea would be costly.',
      'Eritrea, which was not a party to the Kessel Ceasefire Agreement, accused Ethiopia of planning to seize the port.',
    ]);
    expect(relations.filter((relation) => relation.startsWith('Eritrea PARTY_TO'))).toEqual([]);
  });
});

describe('an act under a treaty told by another side', () => {
  it('reads the actor as bound by the text, not citing it, when someone outside its side tells of the act', () => {
    const { relations } = extract(['Peru is exporting gas to Bolivia under the Tello Accord, Chilean officials said.']);
    expect(relations).toContain('Peru PARTY_TO Tello Accord');
    expect(relations).not.toContain('Peru INVOKES Tello Accord');
  });

  it('still reads an act told by the actor’s own side as citing the text', () => {
    expect(extract(['Peru is exporting gas to Bolivia under the Tello Accord, Peruvian officials said.']).relations).toContain('Peru INVOKES Tello Accord');
  });
});

describe('a title read as a body beside the name it stands before', () => {
  it('reads the person named after a title as the signer, not the title', () => {
    const { relations } = extract(["The Tello Police Cooperation Agreement was signed in Lima by Chile's Police Commissioner, Ana Ruiz, and Peru's Minister of Security, Jorge Paz."]);
    expect(relations.filter((relation) => relation.startsWith('Police Commissioner '))).toEqual([]);
    expect(relations).toContain('Ana Ruiz SIGNS Tello Police Cooperation Agreement');
  });
});

describe('a state after a text whose own clause only judges it', () => {
  it('reads no party in the subject of a clause that criticises, welcomes or speaks of the text', () => {
    const parties = (sentence: string) => extract([sentence]).relations.filter((relation) => relation.includes('PARTY_TO'));
    expect(parties('Under the Tello Accord, Chile must notify Peru before building dams, while Brazil has criticised the rule.')).not.toContain('Brazil PARTY_TO Tello Accord');
    expect(parties('The Tello Accord binds Chile and Peru to share the river, and Brazil has openly criticised the plan.')).not.toContain('Brazil PARTY_TO Tello Accord');
    // (Those it binds stay.)
    expect(parties('Under the Tello Accord, Chile must notify Peru before building dams, while Brazil has criticised the rule.')).toContain('Chile PARTY_TO Tello Accord');
  });
});

describe('a state said to be bound by a treaty', () => {
  const parties = (sentence: string) => extract(['Oil prices rose on Monday.', sentence]).relations.filter((relation) => relation.includes('PARTY_TO'));

  it('is its party, now or as it stays so', () => {
    expect(parties('Chile and Peru are both bound by the Arica Water Convention, the court said.')).toEqual(expect.arrayContaining(['Chile PARTY_TO Arica Water Convention', 'Peru PARTY_TO Arica Water Convention']));
    expect(parties('Peru will remain bound by the Arica Water Convention until 2030, the minister said.')).toContain('Peru PARTY_TO Arica Water Convention');
  });

  it('is no party when the sentence denies it or only foresees it', () => {
    expect(parties('Peru is not bound by the Arica Water Convention, the minister said.')).toEqual([]);
    expect(parties('Peru would be bound by the Arica Water Convention only after a vote, the minister said.')).toEqual([]);
  });
});

describe('a state that calls an act a breach of a treaty', () => {
  it('does not breach the treaty by saying so', () => {
    const violations = (sentence: string) => extract(['Chile and Peru traded accusations on Monday.', sentence]).relations.filter((relation) => relation.includes('VIOLATES'));
    expect(violations('Peru called the raid a flagrant violation of the Arica Water Convention.')).toEqual([]);
    expect(violations('Peru described the raid as a breach of the Arica Water Convention.')).toEqual([]);
    expect(violations('Peru condemned the raid as a violation of the Arica Water Convention.')).toEqual([]);
    expect(violations('Chile was in breach of the Arica Water Convention, the court found.')).toContain('Chile VIOLATES Arica Water Convention');
    expect(violations('Peru said it considered Chile in breach of the Arica Water Convention.')).toContain('Chile VIOLATES Arica Water Convention');
  });
});
