// Action relations from the trigger lexicon; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('action relations', () => {
  it('reads subject, trigger and object, with coordinated subjects and objects', () => {
    const { relations } = extract(['Norway and Iceland condemned the whaling raid and urged Japan and Russia to halt it.']);
    expect(relations).toEqual(
      expect.arrayContaining(['Norway CONDEMNS Japan', 'Iceland CONDEMNS Japan', 'Iceland URGES Japan', 'Iceland URGES Russia']),
    );
  });

  it('takes the possessor as the agent of a noun ("X’s war against Y")', () => {
    const { relations } = extract(["Analysts said Ethiopia's war against Eritrea had cost thousands of lives."]);
    expect(relations).toContain('Ethiopia FIGHTS_AGAINST Eritrea');
  });

  it('lets troops act for their state and records the count of a deployment', () => {
    const { extraction, relations } = extract(['Chadian troops fought alongside Nigerien forces after Chad sent 2,500 soldiers to Niger in March.'], '2026-05-10');
    expect(relations).toEqual(expect.arrayContaining(['Chad FIGHTS_ALONGSIDE Niger', 'Chad DEPLOYS_TO Niger']));
    const deployment = extraction.relations.find((relation) => relation.kind === 'DEPLOYS_TO');
    expect(deployment?.props).toMatchObject({ count: 2500, date: '2026-03' });
  });

  it('reads "a (court) fight with X" as a dispute, not as fighting alongside X; "fought with X" still as alongside', () => {
    const { relations } = extract(['Korea Power won the contract after a court fight with France’s EDF.', 'Chad faces a legal fight with Niger over the dam.', 'Mali fought with France against the rebels in 2013.']);
    expect(relations.filter((relation) => relation.includes('FIGHTS_ALONGSIDE'))).toEqual(['Mali FIGHTS_ALONGSIDE France']);
  });

  it('gives a verb inside ", who …" the name the clause hangs on as its subject', () => {
    const { relations } = extract(['Finnish Foreign Minister Aino Salo, who had already met Estonian President Karl Tamm in Tallinn, said talks would go on.', 'Norway, which visited nobody, is no subject here; Sweden, which condemned Iceland on Friday, wants calm.']);
    expect(relations).toEqual(expect.arrayContaining(['Aino Salo MEETS Karl Tamm', 'Sweden CONDEMNS Iceland']));
  });

  it('finds the subject across a relative clause and a first verb', () => {
    const { relations } = extract(['The Ministry of Fisheries, which oversees the coastal zone, voiced concern and urged Norway to reopen the talks.']);
    expect(relations).toContain('Ministry of Fisheries URGES Norway');
  });

  it('reads "the government" as the own state of a party or group, else the state the story is about', () => {
    const { relations } = extract([
      'Bolivia protested on Monday after Peru expelled 30 Bolivian traders.',
      'The Peruvian Chamber of Commerce urged the authorities to let the traders return.',
      'The Andean Rights Forum urged the government to protect its citizens abroad.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Peruvian Chamber of Commerce URGES Peru', 'Andean Rights Forum URGES Bolivia']));
  });

  it('reads "the two leaders" and "both foreign ministers" as the story’s two states', () => {
    const { relations } = extract([
      'Kenyan Foreign Minister Ruth Wanjiku flew to Kampala on Monday to meet her Ugandan counterpart.',
      'The two foreign ministers signed the Lake Victoria Fisheries Accord after four hours of talks.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Kenya SIGNS Lake Victoria Fisheries Accord', 'Uganda SIGNS Lake Victoria Fisheries Accord', 'Uganda PARTY_TO Lake Victoria Fisheries Accord']));
  });

  it('gives an act with no agent named to the state the story is about, and none to the one who says so', () => {
    const { relations } = extract(['Iran tested a long-range rocket on Monday.', 'The French foreign ministry issued a statement, saying the launch violated the Vienna Missile Accord.']);
    expect(relations).toContain('Iran VIOLATES Vienna Missile Accord');
    expect(relations.filter((relation) => relation.includes('Ministry VIOLATES'))).toEqual([]);
  });

  it('reads working closely and sharing information as cooperation, into a quote that opens mid-clause', () => {
    const { relations } = extract([
      'Ito said Japan was “working closely with Canada and Mexico” on the supply chain.',
      'Chile has been sharing intelligence on the smugglers with Peru since May.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Japan COOPERATES_WITH Canada', 'Japan COOPERATES_WITH Mexico', 'Chile COOPERATES_WITH Peru']));
  });

  it('stops at a relative clause on a common noun, unless that noun is said of the subject', () => {
    const { relations } = extract([
      'Oman described the test as “a reckless step that threatens Qatar” and urged calm.',
      '“Morocco is a neighbour that violates the Tangier Fisheries Accord,” a Spanish minister said.',
    ]);
    expect(relations.filter((relation) => relation.startsWith('Oman THREATENS'))).toEqual([]);
    expect(relations).toContain('Morocco VIOLATES Tangier Fisheries Accord');
  });

  it('places a body named with its organisation’s acronym in that organisation', () => {
    const { relations } = extract(['The World Trade Organization said on Monday that the WTO Appellate Body would meet. The African Union said the AU Commission would attend.']);
    expect(relations).toEqual(expect.arrayContaining(['WTO Appellate Body PART_OF World Trade Organization', 'AU Commission PART_OF African Union']));
  });

  it('reaches a subject before a verb of saying, however long what was said', () => {
    const { relations } = extract(['Kenyan Foreign Minister Ruth Wanjiku said Nairobi would “never accept any plan, from anyone, at any time, to move the refugees of Dadaab and Kakuma, most of them women and children, to the northern border camps,” and called on Somalia to reopen the talks.']);
    expect(relations).toContain('Ruth Wanjiku URGES Somalia');
  });

  it('gives a verb after "but" the subject of the verb before it', () => {
    const { relations } = extract(['The Norwegian Refugee Council said it had not taken part in the talks but urged Chad to reopen the border.']);
    expect(relations).toContain('Norwegian Refugee Council URGES Chad');
  });

  it('reads whom a threat is made against', () => {
    expect(extract(['The African Union threatened “targeted measures” against Mali on Friday.']).relations).toContain('African Union THREATENS Mali');
  });

  it('lets the members or units of a force act for it', () => {
    const { relations } = extract(['Interior Minister Ana Gomez said 2,000 members of the Bolivarian Militia and the police had been deployed to Arauca province.']);
    expect(relations).toContain('Bolivarian Militia DEPLOYS_TO Arauca province');
  });

  it('reads a transit or a stopover as a visit', () => {
    const { relations } = extract(['Paraguayan President Ana Ruiz transited Panama and Mexico last week.']);
    expect(relations).toEqual(expect.arrayContaining(['Ana Ruiz VISITS Panama', 'Ana Ruiz VISITS Mexico']));
  });

  it('reads whom a person leads only right after the verb', () => {
    const { relations } = extract(['"We need the quota," said Marta Kis, who leads a cooperative in the Hungarian town of Szeged.']);
    expect(relations.filter((relation) => relation.startsWith('Marta Kis LEADS'))).toEqual([]);
  });

  it('reads passives and treaties named before their verb', () => {
    const { relations } = extract(['The Danube Navigation Treaty was signed by Austria and Hungary in 1990.']);
    expect(relations).toEqual(expect.arrayContaining(['Austria SIGNS Danube Navigation Treaty', 'Hungary SIGNS Danube Navigation Treaty', 'Austria PARTY_TO Danube Navigation Treaty']));
  });

  it('drops negated triggers and objects of the wrong kind', () => {
    const { relations } = extract(['Portugal did not condemn Spain.', 'Portugal violated Spain.']);
    expect(relations.filter((relation) => relation.includes('CONDEMNS') || relation.includes('VIOLATES'))).toEqual([]);
  });

  it('records who alleges a violation', () => {
    const { extraction, nameOf } = extract(['“Serbia is violating the Ohrid Agreement,” said Foreign Minister Lea Marin of Croatia.']);
    const violation = extraction.relations.find((relation) => relation.kind === 'VIOLATES');
    expect(violation && nameOf(violation.subject)).toBe('Serbia');
    expect(violation?.props?.allegedBy).toEqual(['Lea Marin']);
  });

  it('reads structure from titles and appositions', () => {
    const { relations } = extract([
      'Ghanaian President Kofi Mensah met Ivo Tanev, spokesman for the Bulgarian Ministry of Energy, and Ghana’s trade minister.',
      'The Supreme Council of the Workers’ Front approved the plan.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Kofi Mensah LEADS Ghana', 'Ivo Tanev SPEAKS_FOR Bulgarian Ministry of Energy', 'Bulgarian Ministry of Energy PART_OF Bulgaria']));
  });

  it('places places: "the <demonym> port of X", "X, a … in Y", "X in northern Y"', () => {
    const { relations } = extract([
      'Ships docked in the Moroccan port of Tangier.',
      'The Ebro Delta, a wetland in Spain, flooded. Fighting spread to the Kivu region in eastern DR Congo.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Tangier LOCATED_IN Morocco', 'Ebro Delta LOCATED_IN Spain', 'Kivu region LOCATED_IN DR Congo']));
  });

  it('reads a symmetric relation between two coordinated names', () => {
    const { relations } = extract(['The foreign ministers of Jordan and Iraq met in Amman on Sunday.']);
    expect(relations.some((relation) => /^(Jordan MEETS Iraq|Iraq MEETS Jordan)$/.test(relation))).toBe(true);
  });

  it('reads sanctions, tariffs and bans on a state', () => {
    const { relations } = extract(['Canada imposed new tariffs on China after Beijing banned Canadian canola.', 'Ottawa lifted its ban on Chinese steel.']);
    expect(relations).toEqual(expect.arrayContaining(['Canada SANCTIONS China']));
  });

  it('takes "it" after a treaty verb as the treaty last named', () => {
    const { relations } = extract(['Both sides signed the Tigris Water Accord in 2019.', 'Iraq accused Syria of violating it.']);
    expect(relations).toContain('Syria VIOLATES Tigris Water Accord');
  });

  it('reads "we" inside a quote as the side the speaker speaks for', () => {
    const { relations } = extract(['“We strongly condemn Belarus for this provocation,” said Ola Dahl, spokesman for the Norwegian Ministry of Defence.']);
    expect(relations).toContain('Norwegian Ministry of Defence CONDEMNS Belarus');
  });

  it('reads an office named before the name and a comma', () => {
    const { relations } = extract([
      "Peru's foreign minister, Lucia Vargas, flew to Lima. The secretary-general of the Andean Trade Council, Mateo Ruiz, met her.",
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Lucia Vargas MEMBER_OF Peru', 'Mateo Ruiz LEADS Andean Trade Council']));
  });

  it('reads possessive agents, titled objects and shared demonyms the way news means them', () => {
    const { relations } = extract([
      "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin, where both condemned Russia's attacks on Ukrainian power plants.",
      'The European Union imposed new sanctions on Iran over its supply of drones to Russia.',
      '“We will not accept any interference,” Indian Prime Minister Narendra Modi said.',
    ]);
    expect(relations).toEqual(
      expect.arrayContaining([
        'Emmanuel Macron MEETS Olaf Scholz',
        'Russia FIGHTS_AGAINST Ukraine',
        'Iran SUPPLIES Russia',
        'European Union SANCTIONS Iran',
        'Narendra Modi LEADS India',
      ]),
    );
    expect(relations).not.toContain('European Union SUPPLIES Russia');
  });

  it('splits an organisation, its office and the holder inside one name, and reads "X\'s president, NAME"', () => {
    const { relations, entity } = extract([
      '“The situation is grave,” UN Secretary-General António Guterres said.',
      "Colombia's president, Gustavo Petro, spoke later. Aid reached a clinic in El Fasher.",
    ]);
    expect(relations).toEqual(expect.arrayContaining(['António Guterres LEADS United Nations', 'Gustavo Petro LEADS Colombia']));
    expect(entity('El Fasher')?.kind).toBe('Place');
    expect(entity("Colombia's president")).toBeUndefined();
  });

  it('keeps a described treaty apart from another when its parties differ, and reads offices ending in "chief"', () => {
    const { extraction, relations } = extract([
      'Venezuela accused Guyana of violating the Geneva Agreement.',
      'Eritrean President Isaias Afwerki signed a peace agreement in Jeddah.',
      '“Europe will respond,” said Kaja Kallas, the EU’s foreign policy chief.',
    ]);
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty')).toHaveLength(2);
    expect(relations).toContain('Kaja Kallas MEMBER_OF European Union');
  });

  it('reads "a spokesperson for X, NAME" and royal titles', () => {
    const { relations, entity } = extract([
      'A spokesperson for the German government, Lena Vogt, declined to comment.',
      'The talks included Saudi Crown Prince Faisal bin Khalid.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Lena Vogt SPEAKS_FOR Germany', 'Faisal bin Khalid MEMBER_OF Saudi Arabia']));
    expect(entity('Lena Vogt')?.roles).toEqual(['spokesperson for Germany']);
  });
});

describe('passives with a late agent', () => {
  it('finds the agent of "was signed at … by X"', () => {
    const { relations } = extract(['The Lima Protocol was signed at the headquarters of the Andean Council by the two ministers, Ana Ruiz and Tomas Vidal.']);
    expect(relations).toEqual(expect.arrayContaining(['Ana Ruiz SIGNS Lima Protocol', 'Tomas Vidal SIGNS Lima Protocol']));
  });
});

describe('talks between two sides', () => {
  it('reads "talks between X and Y" and "a meeting between the two countries" as a meeting of the two', () => {
    const named = extract(['The Andes Water Protocol was signed after a morning of talks between Peru and Chile in Lima.']);
    expect(named.relations.some((relation) => /^(Peru MEETS Chile|Chile MEETS Peru)$/.test(relation))).toBe(true);
    const pair = extract([
      'Peru and Chile ended their dispute over the river on Monday.',
      'Peru said the deal was fair, and Chile agreed.',
      'It followed a meeting between the two countries in Lima.',
    ]);
    expect(pair.relations.some((relation) => /^(Peru MEETS Chile|Chile MEETS Peru)$/.test(relation))).toBe(true);
  });
});

describe('fighting between two sides', () => {
  it('reads "the war between X and Y" as each fighting the other', () => {
    const { relations } = extract(['The war between Peru and Chile, which began in the spring, has driven thousands from their homes.']);
    expect(relations).toEqual(expect.arrayContaining(['Peru FIGHTS_AGAINST Chile', 'Chile FIGHTS_AGAINST Peru']));
  });
});

describe('allies and partners listed', () => {
  it('reads "X’s partners in the region – A, B and C" and "its ally, D" as cooperation of the owner with each', () => {
    const { relations } = extract([
      'The bloc’s chief said the European Union’s partners in the Pacific – Japan, Australia and New Zealand – mattered more than ever.',
      'Washington said its ally, the Philippines, had its support.',
    ]);
    expect(relations).toEqual(expect.arrayContaining([
      'European Union COOPERATES_WITH Japan', 'European Union COOPERATES_WITH Australia', 'European Union COOPERATES_WITH New Zealand',
      'United States COOPERATES_WITH Philippines',
    ]));
  });
});

describe('a violation in quotes', () => {
  it('reads "X was “in clear violation” of Y" as X violating Y', () => {
    const { relations } = extract(['Chile and Peru signed the Andes Water Protocol in 2024. Peru’s foreign minister said Chile was “in clear violation” of the Andes Water Protocol.']);
    expect(relations).toContain('Chile VIOLATES Andes Water Protocol');
  });
});

describe('a war owned', () => {
  it('reads "X’s war against Y" and "a leader’s invasion of Y" as the owner’s state fighting Y', () => {
    const { relations } = extract([
      'Peru condemned Chile’s war against Bolivia on Monday.',
      'Chilean President Ilan Marek’s invasion of Argentina entered its second year.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Chile FIGHTS_AGAINST Bolivia', 'Chile FIGHTS_AGAINST Argentina']));
    expect(relations.filter((relation) => relation.startsWith('Peru FIGHTS_AGAINST'))).toEqual([]);
  });
});

describe('hosts and plural possessives', () => {
  it('reads hosting a leader as a meeting, a welcomed agreement as support, and "the United States\' decision" as the state', () => {
    const { relations, extraction } = extract([
      'Chinese President Xi Jinping hosted Russian President Vladimir Putin in Beijing.',
      'Turkey welcomed the Gaza Ceasefire Agreement and the United States\' decision.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Xi Jinping MEETS Vladimir Putin', 'Türkiye SUPPORTS Gaza Ceasefire Agreement']));
    expect(relations.filter((relation) => relation.startsWith('Türkiye MEETS'))).toEqual([]);
    expect(extraction.entities.find((entity) => entity.name === 'United States')?.kind).toBe('Government');
  });
});

describe('leaders, documents and lists of agents', () => {
  it('reads "led by", "commanded by", coordinated objects after "the", and the agents of each passive apart', () => {
    const { relations } = extract([
      'The fighting between the army, led by Gen. Abdel Fattah Burhan, and the Rapid Support Forces, commanded by Gen. Mohamed Hamdan Dagalo, began in 2023.',
      'Secretary-General António Guterres of the United Nations urged the Sudanese army and the Rapid Support Forces to return to talks.',
      'The Jeddah Accord was signed by Sudan’s defence minister, Yasin Ibrahim, and the rebel commander Amal Osman in the presence of Ali Hassan.',
    ]);
    expect(relations).toEqual(expect.arrayContaining([
      'Mohamed Hamdan Dagalo LEADS Rapid Support Forces', 'António Guterres URGES Sudanese army', 'António Guterres URGES Rapid Support Forces',
      'Yasin Ibrahim SIGNS Jeddah Accord', 'Amal Osman SIGNS Jeddah Accord',
    ]));
    expect(relations.filter((relation) => relation.startsWith('Mohamed Hamdan Dagalo LEADS S') || relation.startsWith('Ali Hassan'))).toEqual([]);
  });

  it('reads one who chairs a body, or a meeting of it, as leading it', () => {
    const { relations } = extract([
      'Ghana closed its border with Togo.',
      'President Kwame Boateng chaired an emergency meeting of the National Security Council on Monday night.',
      'The bloc’s trade chief, Elin Berg, spoke to reporters after chairing the Trade Policy Committee.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Kwame Boateng LEADS National Security Council', 'Elin Berg LEADS Trade Policy Committee']));
  });

  it('reads no leadership in a verb of leading followed by "to" ("led to", "headed to")', () => {
    const { relations } = extract([
      'Opposition leader Mira Dobre said the quarrel had led to the European Union freezing the talks.',
      'Trade envoy Paolo Renzi headed to the African Union summit on Monday, and the delay is leading to NATO reviewing its plans.',
    ]);
    expect(relations.filter((relation) => / LEADS (European Union|African Union|NATO)$/.test(relation))).toEqual([]);
  });

  it('leaves what a resolution demands to the resolution', () => {
    const { relations } = extract(['Russia vetoed a Security Council resolution demanding that Sudan open its borders.']);
    expect(relations.filter((relation) => relation.includes('URGES'))).toEqual([]);
  });
});

describe('appositions, postings and journeys', () => {
  it('reads "Britain’s ambassador to the UN, X," as X of Britain, with no list of subjects', () => {
    const { relations } = extract(['Norway’s ambassador to the UN, Siri Lunde, criticised Moscow’s decision.']);
    expect(relations).toEqual(expect.arrayContaining(['Siri Lunde MEMBER_OF Norway', 'Siri Lunde CONDEMNS Russia']));
    expect(relations.some((relation) => relation.startsWith('United Nations CONDEMNS'))).toBe(false);
  });

  it('reads "flew to", "travels on to" as a visit by a person', () => {
    const { relations } = extract([
      'Envoy Marcus Hale flew to Doha on Monday. Foreign Minister Ines Duarte travels on to Rabat on Thursday for talks.',
      'The money went to Russia.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Marcus Hale VISITS Doha', 'Ines Duarte VISITS Rabat']));
    expect(relations.filter((relation) => relation.includes('VISITS'))).toHaveLength(2);
  });
});

describe('bodies of international organisations, and bodies named inside a title', () => {
  it('makes UN, EU and "of the X" bodies part of the organisation the article names', () => {
    const { relations } = extract([
      'The UN Human Rights Council met on Monday at the United Nations in Geneva.',
      'The European Commission and the Council of the European Union disagreed, and the European Union’s General Court ruled.',
    ]);
    expect(relations).toEqual(expect.arrayContaining([
      'UN Human Rights Council PART_OF United Nations',
      'European Commission PART_OF European Union',
      'Council of the European Union PART_OF European Union',
      'General Court PART_OF European Union',
    ]));
    expect(relations.some((relation) => relation.includes('MEETS United Nations'))).toBe(false);
  });

  it('names the ministry in "Iran’s foreign ministry spokesman, X," and has X speak for it', () => {
    const { relations } = extract(['“We reject this,” Peru’s foreign ministry spokesman, Luis Quispe, said on Thursday.']);
    expect(relations).toEqual(expect.arrayContaining(['Luis Quispe SPEAKS_FOR Peruvian Ministry of Foreign Affairs', 'Peruvian Ministry of Foreign Affairs PART_OF Peru']));
  });
});

describe('a described treaty and its name', () => {
  it('makes "the 2010 arms deal, the Northern Arms Accord," one treaty, and a state that left it no party', () => {
    const { relations, extraction } = extract([
      'Moscow withdrew from the 2010 arms deal, the Northern Arms Accord, in 2019; Norway is still formally a party to the deal.',
    ]);
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name)).toEqual(['Northern Arms Accord']);
    expect(relations).toEqual(expect.arrayContaining(['Russia WITHDRAWS_FROM Northern Arms Accord', 'Norway PARTY_TO Northern Arms Accord']));
    expect(relations).not.toContain('Russia PARTY_TO Northern Arms Accord');
  });

  it('does not make the state whose adjective opens a treaty\'s proper name a party ("the American Convention")', () => {
    const { relations } = extract([
      'Chile’s Senate voted to withdraw the country from the American Convention on Human Rights, the 1969 treaty better known as the Pact of Arenal. A court ruled that the new law violated the Convention and that Chile must reopen the cases.',
    ]);
    expect(relations).toContain('Chile PARTY_TO American Convention on Human Rights');
    expect(relations).not.toContain('United States PARTY_TO American Convention on Human Rights');
  });
});

describe('objects that are pronouns, acronyms in brackets, and each other', () => {
  it('reads "The Office of X (OX) accused Y" past the bracketed acronym', () => {
    const { relations } = extract(['The Office of Export Control (OEC) accused Baltic Star Trading of shipping drones.']);
    expect(relations).toContain('Office of Export Control ACCUSES Baltic Star Trading');
  });

  it('reads "accused him" as the person just named', () => {
    const { relations } = extract(['Marta Kowalczyk was arrested in Minsk in May. The State Security Committee (KGB) accused her of spying.']);
    expect(relations).toContain('State Security Committee ACCUSES Marta Kowalczyk');
  });

  it('reads "A and the B accuse each other" both ways', () => {
    const { relations } = extract(['Chad’s army and the Popular Liberation Movement accuse each other of shelling villages.']);
    expect(relations).toEqual(expect.arrayContaining(["Popular Liberation Movement ACCUSES Chad's army", "Chad's army ACCUSES Popular Liberation Movement"]));
  });
});

describe('bodies named without their state in a wire story', () => {
  it('places them in the state whose capital the story was filed from, but not the State Department', () => {
    const { relations } = extract(
      ['North Korea fired a missile on Thursday, South Korea said. The Joint Chiefs of Staff said it flew 950 km. The Unification Ministry urged Pyongyang to stop. The State Department said it was consulting allies.'],
      undefined,
      { dateline: 'Seoul' },
    );
    expect(relations).toEqual(expect.arrayContaining(['Joint Chiefs of Staff PART_OF South Korea', 'Unification Ministry PART_OF South Korea']));
    expect(relations.some((relation) => relation.startsWith('State Department PART_OF South Korea'))).toBe(false);
  });

  it('places them in the state the dateline names after a city that is no capital', () => {
    const { relations } = extract(
      ['Kyrgyzstan closed two crossings on Monday. The Interior Ministry said the border guards had been reinforced.'],
      undefined,
      { dateline: 'Osh', datelineRegion: 'Kyrgyzstan' },
    );
    expect(relations).toContain('Interior Ministry PART_OF Kyrgyzstan');
  });
});

describe('offices and subjects in real-news phrasing', () => {
  it('reads "US President X" (US is no pronoun), "Senior Colonel X", "Nato Secretary General X" and "Commission President Ursula von der Leyen"', () => {
    const { relations, entity } = extract([
      'That was a reference to US President Dan Porter, who left early. Senior Colonel Zhang Wei said the drills had ended.',
      'Nato Secretary General Mark Rutte spoke, and European Commission President Ursula von der Leyen said the EU would act.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Dan Porter LEADS United States', 'Ursula von der Leyen LEADS European Commission']));
    expect(entity('Zhang Wei')?.kind).toBe('Person');
    expect(relations.some((relation) => relation.includes('MEMBER_OF Senior'))).toBe(false);
    expect(relations.some((relation) => relation.startsWith('Mark Rutte') && relation.includes('North Atlantic Treaty Organization'))).toBe(true);
  });

  it('reads "called for an end to X" as the demand, not the clause after a later "to"', () => {
    const { statements } = extract(['Canada on Friday called for an end to Sudan’s military campaign to retake the capital as the army pressed on.']);
    expect(statements.map((statement) => statement.text)).toEqual([expect.stringMatching(/^called for an end to Sudan/)]);
  });
});

describe('warnings', () => {
  it('reads "warned X that …" as a threat to X, but not "economists warned that …"', () => {
    const { relations } = extract([
      'Kim Yo-jong warned Seoul that it would pay dearly for the drills. Economists warned that the crisis could deepen.',
    ]);
    expect(relations).toContain('Kim Yo-jong THREATENS South Korea');
    expect(relations.filter((relation) => relation.includes('THREATENS'))).toHaveLength(1);
  });
});

describe('regions named as "the state of X"', () => {
  it('places "the western state of Gujarat" in the state named before it', () => {
    const { relations } = extract(['The deal funds three plants in India by 2030, including one in the western state of Gujarat.']);
    expect(relations).toContain('Gujarat LOCATED_IN India');
  });
});

describe('departments only one state has', () => {
  it('makes "the State Department" part of the United States even when the article does not name it', () => {
    const { relations } = extract(['The State Department said it was consulting allies about the launch.']);
    expect(relations).toContain('State Department PART_OF United States');
  });
});

describe('acting under a treaty', () => {
  it('reads "conforms to the terms of X" and "conform to X" as invoking it', () => {
    const { relations } = extract([
      'Norway conforms to the Barents Fisheries Agreement in every patrol. Chile conformed to the terms of the Andes Water Protocol last year.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Norway INVOKES Barents Fisheries Agreement', 'Chile INVOKES Andes Water Protocol']));
  });

  it('reads no invoking in an act under a treaty that is demanded or denied ("X must act under", "X denied acting under")', () => {
    const invokes = (sentence: string) => extract([sentence]).relations.filter((relation) => relation.includes('INVOKES'));
    expect(invokes('Chile must act under the Arica Water Convention, Peru said.')).toEqual([]);
    expect(invokes('Peru denied acting under the Arica Water Convention.')).toEqual([]);
    expect(invokes('Chile said it acted under the Arica Water Convention.')).toContain('Chile INVOKES Arica Water Convention');
  });

  it('reads a treaty before "signed in/on/at …" with no object named as what is signed only through a relative clause', () => {
    const { relations } = extract(["Citing the Arica Water Convention, Peru's president signed in May orders closing the border."]);
    expect(relations.filter((relation) => relation.includes(' SIGNS '))).toEqual([]);
    expect(extract(['The Tarvo Basin Accord, which Bolivia signed in 2004, bars new dams.']).relations).toContain('Bolivia SIGNS Tarvo Basin Accord');
  });

  it('reads those who reach or conclude a treaty as its parties, not as its signers', () => {
    const { relations } = extract(['Chile and Peru reached the Arica Water Accord on Monday after two years of talks.', 'Foreign Minister Rosa Ibarra of Chile concluded the Tarvo Basin Protocol in Lima.']);
    expect(relations).toEqual(expect.arrayContaining(['Chile PARTY_TO Arica Water Accord', 'Peru PARTY_TO Arica Water Accord', 'Chile PARTY_TO Tarvo Basin Protocol']));
    expect(relations.filter((relation) => relation.includes(' SIGNS '))).toEqual([]);
  });

  it('joins a name and "his counterpart, NAME," as the subjects of the verb after them', () => {
    const { relations } = extract([
      'Chilean Foreign Minister Rosa Ibarra and her Peruvian counterpart, Luis Quispe, signed the Andes Water Protocol in Lima on Monday.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Rosa Ibarra SIGNS Andes Water Protocol', 'Luis Quispe SIGNS Andes Water Protocol']));
  });

  it('reads "the council chaired by X" as X leading it, but not a delegation of a body as the body', () => {
    const { relations } = extract([
      'Marta Ruiz, a member of the Transition Council chaired by General Ivo Brand, flew to Geneva.',
      'The Estonian navy delegation was headed by Admiral Peeter Kask.',
    ]);
    expect(relations).toContain('Ivo Brand LEADS Transition Council');
    expect(relations.filter((relation) => relation.startsWith('Peeter Kask LEADS'))).toEqual([]);
  });

  it('skips a participle clause set off by commas to find the subject ("X, visiting Y on Monday, urged Z")', () => {
    const { relations } = extract(['Spanish Foreign Minister Elena Ruiz, visiting Rabat on Monday, urged Algeria to reopen the border.']);
    expect(relations).toContain('Elena Ruiz URGES Algeria');
    expect(relations).not.toContain('Morocco URGES Algeria');
  });

  it('reads summoning a state’s envoy as a protest against that state', () => {
    const { relations } = extract(['Norway and Denmark summoned Iceland’s ambassador on Friday after the trawler seizure.']);
    expect(relations).toEqual(expect.arrayContaining(['Norway CONDEMNS Iceland', 'Denmark CONDEMNS Iceland']));
  });

  it('gives a demand made on summoning an envoy to the one who summoned, not to the envoy’s state', () => {
    const named = extract(['Norway summoned Iceland’s ambassador, Gudrun Olafsdottir, on Friday to demand an explanation for the seizure.']);
    const unnamed = extract(['Norway summoned Iceland’s ambassador to demand an explanation for the seizure.']);
    for (const { relations } of [named, unnamed]) {
      expect(relations).toContain('Norway CONDEMNS Iceland');
      expect(relations.filter((relation) => /^(Iceland|Gudrun Olafsdottir) URGES/.test(relation))).toEqual([]);
    }
  });

  it('gives a participle after a comma the subject of the main clause, not the object of its verb', () => {
    const { relations } = extract(['Chile and Peru left the Andean Water Council in March, accusing it of favouring Bolivia.']);
    expect(relations).toEqual(expect.arrayContaining(['Chile ACCUSES Andean Water Council', 'Peru ACCUSES Andean Water Council']));
  });

  it('reads "its package of sanctions against X" as the owner sanctioning X', () => {
    const { relations } = extract(['The African Union is already drafting its fifth package of sanctions against Eritrea, diplomats said.']);
    expect(relations).toContain('African Union SANCTIONS Eritrea');
  });

  it('makes the organisations a treaty’s name joins with a hyphen its parties ("the EU-Mercosur … Agreement")', () => {
    const { relations } = extract(['The European Union and Mercosur, the South American trade bloc, have negotiated for two decades.', 'Ministers approved the EU-Mercosur Trade Agreement on Friday.']);
    expect(relations).toEqual(expect.arrayContaining(['European Union PARTY_TO EU-Mercosur Trade Agreement', 'Mercosur PARTY_TO EU-Mercosur Trade Agreement']));
  });

  it('reads a name set off by commas after "chairman of X" as X renamed, not the subject ("X, chairman of Y, the Z, met …")', () => {
    const { relations } = extract([
      "Ivo Brand, the president's brother and chairman of the Volta Assembly, the People's Chamber, met Kofi Mensah on Tuesday.",
    ]);
    expect(relations).toContain('Ivo Brand MEETS Kofi Mensah');
    expect(relations.filter((relation) => relation.startsWith("People's Chamber"))).toEqual([]);
  });

  it('skips an apposition set off by commas to find the subject ("X, a member of …, flew to …")', () => {
    const { relations } = extract(['Marta Ruiz, a member of the Transition Council chaired by General Ivo Brand, flew to Geneva on Monday.']);
    expect(relations).toContain('Marta Ruiz VISITS Geneva');
    expect(relations).not.toContain('Ivo Brand VISITS Geneva');
  });
});

describe('the agents of a passive end at the main verb', () => {
  it('reads no agent in the object of the verb after "The deal, signed by X and Y,"', () => {
    const { relations } = extract([
      'Ostrel signed a gas supply deal in May.',
      'The deal, signed by Energy Minister Karl Veto and his Ostrelian counterpart, Ana Brun, commits the state firm Ruvgas to deliver gas.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Karl Veto SIGNS Gas Supply Deal', 'Ana Brun SIGNS Gas Supply Deal']));
    expect(relations.filter((relation) => relation.startsWith('Ruvgas'))).toEqual([]);
  });
});

describe('a threat with its day', () => {
  it('reads no withdrawal in "threatened on Wednesday to withdraw from"', () => {
    const { relations } = extract(['Ostrel threatened on Wednesday to withdraw from the Kessel Bay Fishing Accord.']);
    expect(relations.filter((relation) => relation.includes('WITHDRAWS_FROM'))).toEqual([]);
  });
});

describe('a state named with its government in one possessive name', () => {
  it('reads "Chile\'s government suspended talks with X" with Chile as the subject', () => {
    const { relations } = extract(["Chile's government on Friday suspended peace talks with the National Liberation Army."]);
    expect(relations).toContain('Chile MEETS National Liberation Army');
  });
});

describe('the owner of an act as its subject', () => {
  it('reads "X\'s “unilateral operation” of the dam violated the treaty" with X as the subject, not the writer', () => {
    const { relations } = extract(['In a letter, Ghanaian Foreign Minister Kofi Mensah wrote that Togo\'s "unilateral operation" of the dam violated the Volta Water Treaty.']);
    expect(relations).toContain('Togo VIOLATES Volta Water Treaty');
    expect(relations.filter((relation) => relation.startsWith('Kofi Mensah VIOLATES'))).toEqual([]);
  });
});

describe('objects joined by "and of"', () => {
  it('reads both treaties of "in violation of A and of B"', () => {
    const { relations } = extract(['Minister Ana Reyes said Togo was "in clear violation" of the Volta Water Treaty and of the 2016 arbitral award.']);
    expect(relations).toEqual(expect.arrayContaining(['Togo VIOLATES Volta Water Treaty', 'Togo VIOLATES 2016 arbitral award']));
  });
});

describe('what a threat is to', () => {
  it('reads no place as threatened in "threatens peace and stability on <place>"', () => {
    const { relations } = extract(['Ghana condemned Togo\'s missile launch as a provocation that threatens peace and stability in West Africa.']);
    expect(relations.filter((relation) => relation.includes('THREATENS West Africa'))).toEqual([]);
  });
});

describe('offers of talks and texts put forward', () => {
  it('reads "open to a dialogue with X" as proposing talks to X', () => {
    expect(extract(['Ghana remained "open to a constructive dialogue" with Togo on the border.']).relations).toContain('Ghana PROPOSES Togo');
  });

  it('reads talks, consultations or a summit requested or sought with an actor as proposing them to it', () => {
    expect(extract(['Ghana on Friday requested consultations with Togo over the new port fees.']).relations).toContain('Ghana PROPOSES Togo');
    expect(extract(['Benin said it would seek a summit with Niger before the rainy season.']).relations).toContain('Benin PROPOSES Niger');
    expect(extract(['Mali is seeking fresh talks with Senegal on the railway.']).relations).toContain('Mali PROPOSES Senegal');
  });

  it('reads no proposal in talks asked of a body rather than with a side', () => {
    expect(extract(['Ghana requested an urgent meeting of the African Union on the dispute.']).relations.filter((relation) => relation.includes('PROPOSES'))).toEqual([]);
    expect(extract(['Togo closed its border with Ghana on Monday.', 'Ghana\'s foreign minister said President Kofi Mensah had instructed his government to seek talks.']).relations.filter((relation) => relation.includes('PROPOSES'))).toEqual([]);
  });

  it('reads a text "put forward by" states as proposed by them', () => {
    expect(extract(['Both sides were studying the Volta Bridging Plan put forward by Ghana and Togo.']).relations).toEqual(expect.arrayContaining(['Ghana PROPOSES Volta Bridging Plan', 'Togo PROPOSES Volta Bridging Plan']));
  });
});

describe('retaliation on a condition', () => {
  it('reads "would respond with full force if X broke the deal" as a threat to X', () => {
    expect(extract(['Ghana added that it would "respond with full force" if Togo broke the terms of the deal.']).relations).toContain('Ghana THREATENS Togo');
  });
});

describe('retaliation promised on no condition', () => {
  it('reads "would respond" after sanctions as a threat to those who imposed them', () => {
    const { relations } = extract([
      'The African Union on Monday imposed sanctions on four generals of Belarus’s Western Command serving in Chad.',
      'Minsk condemned the sanctions. Foreign Minister Ivan Petrov said Belarus would respond but gave no details.',
    ]);
    expect(relations).toContain('Belarus THREATENS African Union');
    expect(relations).not.toContain('Belarus THREATENS Chad');
  });

  it('reads it as a threat to the story’s other state where nobody imposed sanctions', () => {
    const { relations } = extract(['Peru seized two Chilean trawlers on Monday, and Chile said it would retaliate.']);
    expect(relations).toContain('Chile THREATENS Peru');
    expect(extract(['Peru seized two Chilean trawlers on Monday, and Chile warned that it could hit back.']).relations).toContain('Chile THREATENS Peru');
  });

  it('leaves a threat on a condition to its condition ("will respond if it happens again" names no other state)', () => {
    const { relations } = extract(['Peru seized two Chilean trawlers on Monday. “We will respond if it happens again,” the Chilean navy said.']);
    expect(relations.filter((relation) => relation.includes('THREATENS Peru'))).toEqual([]);
  });

  it('finds the condition wherever it stands in the clause (after a longer answer, or opening it)', () => {
    const later = extract(['Peru seized two Chilean trawlers on Monday. “We will respond swiftly and firmly if it happens again,” the Chilean navy said.']);
    expect(later.relations.filter((relation) => relation.includes('THREATENS Peru'))).toEqual([]);
    const opening = extract(['Peru seized two Chilean trawlers on Monday. “If it happens again, we will respond,” the Chilean navy said.']);
    expect(opening.relations.filter((relation) => relation.includes('THREATENS Peru'))).toEqual([]);
    // A condition of another clause leaves the promise as it was.
    expect(extract(['Peru seized two Chilean trawlers on Monday, and Chile said it would retaliate; talks will resume if the weather allows.']).relations).toContain('Chile THREATENS Peru');
  });

  it('reads no threat in an answer of another kind ("would react calmly", "will respond to the letter")', () => {
    const calm = extract(['Peru seized two Chilean trawlers on Monday, and Chile said it would react calmly.']);
    expect(calm.relations.filter((relation) => relation.includes('THREATENS'))).toEqual([]);
    const letter = extract(['Peru seized two Chilean trawlers on Monday, and Chile said it would respond to the letter next week.']);
    expect(letter.relations.filter((relation) => relation.includes('THREATENS'))).toEqual([]);
    expect(extract(['Peru seized two Chilean trawlers on Monday, and Chile said it would respond firmly.']).relations).toContain('Chile THREATENS Peru');
    expect(extract(['Peru seized two Chilean trawlers on Monday, and Chile said it would respond in kind.']).relations).toContain('Chile THREATENS Peru');
  });

  it('reads no threat where a side did not respond', () => {
    const { relations } = extract(['Peru seized two Chilean trawlers on Monday. Chile did not respond to requests for comment, and its navy declined to respond.']);
    expect(relations.filter((relation) => relation.includes('THREATENS'))).toEqual([]);
  });
});

describe('relative clauses and participles with subjects of their own', () => {
  it('reads no clause subject for "the plan that the generals signed" nor "salaries promised under a roadmap"', () => {
    const { relations } = extract(['Ghana said Togo must carry out the Volta Consensus, the peace plan that the generals signed in 2021.', 'Togo accused Ghana of stalling on salaries promised under the Volta Consensus.']);
    expect(relations.filter((relation) => /SIGNS|INVOKES/.test(relation))).toEqual([]);
  });

  it('still reads "X, which still holds positions inside Y"', () => {
    expect(extract(['Ghana, which still holds five positions inside Togo, was unmoved.']).relations).toContain('Ghana DEPLOYS_TO Togo');
  });
});

describe('designations', () => {
  it('reads "X designated Y a terrorist organisation" and "A and B, both designated … by X" as sanctions', () => {
    expect(extract(['Ghana designated the Volta Brigade a terrorist organisation in February.']).relations).toContain('Ghana SANCTIONS Volta Brigade');
    const { relations } = extract(['He said the Volta Brigade and the Savannah Liberation Army, both designated as foreign terrorist organizations by Ghana, were weakening.']);
    expect(relations).toEqual(expect.arrayContaining(['Ghana SANCTIONS Volta Brigade', 'Ghana SANCTIONS Savannah Liberation Army']));
    expect(relations.filter((relation) => relation.endsWith('SANCTIONS Ghana'))).toEqual([]);
  });
});

describe('people named after a common noun', () => {
  it('reads "sanctions on two army generals, X and Y" as sanctions on X and Y, not on the army', () => {
    const { relations } = extract(['Ghana imposed sanctions on two GAF generals, Kwame Boateng and Kofi Asante, over the raids.']);
    expect(relations).toEqual(expect.arrayContaining(['Ghana SANCTIONS Kwame Boateng', 'Ghana SANCTIONS Kofi Asante']));
    expect(relations.filter((relation) => relation.endsWith('SANCTIONS GAF'))).toEqual([]);
  });
});

describe('a gerund after a verb of saying', () => {
  it('reads "X said after meeting Y" as X meeting Y', () => {
    expect(extract(['"We will stand by our neighbours," Kofi Mensah said after meeting Ama Owusu at the palace.']).relations).toContain('Kofi Mensah MEETS Ama Owusu');
  });
});

describe('a warning whose condition comes late', () => {
  it('reads "X warned that it would block … unless Y stopped …" as a threat to Y', () => {
    expect(extract(['Ghana warned on Monday that it would block the next stage of the regional trade talks with the European Union unless Togo stopped the raids.']).relations).toContain('Ghana THREATENS Togo');
  });
});

describe('a noun said of the subject', () => {
  it('reads "X\'s decision to … was “a clear violation” of T" as X violating T', () => {
    expect(extract(['Ghana said that Togo\'s decision to rebuild the border posts was "a clear violation" of the Volta Border Treaty.']).relations).toContain('Togo VIOLATES Volta Border Treaty');
  });
});

describe('talks held inside a relative clause', () => {
  it('reads "X, which has held indirect talks with Y through Z mediators" as X meeting Y, not Z', () => {
    const { relations } = extract(['Ghana, which has held indirect talks with Togo through Beninese mediators, did not comment.']);
    expect(relations).toContain('Ghana MEETS Togo');
    expect(relations.filter((relation) => relation.includes('Benin'))).toEqual([]);
  });
});

describe('appeals through an addressee', () => {
  it('reads the one urged before "to", not a name in what they are urged to do', () => {
    const { relations } = extract([
      'Armenia accused Azerbaijan of blocking the road on Monday.',
      'The Armenian foreign ministry urged the international community to press Azerbaijan to reopen the corridor.',
      'Armenian Foreign Minister Lia Sarkis urged Baku to reopen the road.',
    ]);
    expect(relations).toContain('Lia Sarkis URGES Azerbaijan');
    expect(relations.filter((relation) => relation.includes('ministry URGES'))).toEqual([]);
  });
});

describe('signers named after their titles', () => {
  it('reads both people named after "X\'s minister, A, and Y\'s minister, B," as signing', () => {
    const { relations } = extract(["Chile's trade minister, Ana Ruiz, and Peru's trade minister, Jorge Salas, signed what officials called the Atacama Trade Truce on the bridge."]);
    expect(relations).toContain('Ana Ruiz SIGNS Atacama Trade Truce');
    expect(relations).toContain('Jorge Salas SIGNS Atacama Trade Truce');
  });
});

describe('a treaty the states have long been party to', () => {
  it('reads "a convention which both countries have ratified" as membership, not as a signing', () => {
    const { relations } = extract(['Ghana accused Togo of laying mines.', 'Ghana said it was a breach of the Halden Convention, the 1997 treaty banning mines that both countries have signed.']);
    expect(relations).toContain('Ghana PARTY_TO Halden Convention');
    expect(relations).toContain('Togo PARTY_TO Halden Convention');
    expect(relations.filter((relation) => relation.includes('SIGNS'))).toEqual([]);
  });

  it('still reads a signing told in the perfect in a main clause', () => {
    expect(extract(['Ghana and Togo have signed the Volta Accord.']).relations).toContain('Ghana SIGNS Volta Accord');
  });
});

describe('a meeting of a body', () => {
  it('reads no meeting with a body whose meeting one chairs or convenes', () => {
    const { relations } = extract([
      'President Kofi Mensah convened an emergency meeting of the National Security Council at the presidential office.',
      'Ghana’s President Kofi Mensah chaired a meeting of the High Council of National Defence on Wednesday.',
    ]);
    expect(relations.filter((relation) => relation.includes('MEETS'))).toEqual([]);
  });

  it('still reads a meeting with a person', () => {
    expect(extract(['Kofi Mensah held a meeting with Ama Owusu in Accra.']).relations.some((relation) => /Kofi Mensah MEETS Ama Owusu|Ama Owusu MEETS Kofi Mensah/.test(relation))).toBe(true);
  });
});

describe('talks only proposed', () => {
  it('reads no meeting in talks proposed, offered or that one is open to', () => {
    const { relations } = extract([
      'Ghana on Monday proposed holding military talks with Togo for the first time in eight years.',
      'Foreign Minister Ama Owusu said Accra was open to talks with Lome on the border.',
      'Kofi Mensah said she had proposed a meeting with Togolese Trade Minister Yao Agbeko next month.',
    ]);
    expect(relations.filter((relation) => relation.includes('MEETS'))).toEqual([]);
  });

  it('reads no meeting in talks turned down, called off or broken off', () => {
    const { relations } = extract(['Ghana refused to hold talks with Togo.', 'Benin called off a meeting with Niger on Monday.', 'Mali ruled out talks with Guinea.', 'Chad broke off talks with Sudan.']);
    expect(relations.filter((relation) => relation.includes('MEETS'))).toEqual([]);
  });

  it('reads no meeting in a plan that "met with" a reaction', () => {
    const { relations } = extract(['Ghana’s proposal met with fierce resistance from Togo.', 'The plan met with a cool reception in Benin.', 'Niger met with Chad on Monday.']);
    expect(relations.filter((relation) => relation.includes('MEETS'))).toEqual(['Niger MEETS Chad']);
  });

  it('reads no meeting in talks being prepared or ahead', () => {
    const { relations } = extract(['Ghana is preparing for talks with Togo next week.', 'Benin sent a note to Niger ahead of the talks with Niger.']);
    expect(relations.filter((relation) => relation.includes('MEETS'))).toEqual([]);
  });

  it('still reads talks held with a state', () => {
    expect(extract(['Ghana held talks with Togo on Monday.']).relations.some((relation) => /Ghana MEETS Togo|Togo MEETS Ghana/.test(relation))).toBe(true);
  });
});

describe('a person met under a possessive title', () => {
  it('reads "met Togo’s Foreign Minister Yao Agbeko" as meeting the minister, not the state', () => {
    const { relations } = extract(['Ghanaian Foreign Minister Ama Owusu met Togo’s Foreign Minister Yao Agbeko in Lome on Monday.']);
    expect(relations).toContain('Ama Owusu MEETS Yao Agbeko');
    expect(relations).not.toContain('Ama Owusu MEETS Togo');
  });
});

describe('a body’s mission as the subject', () => {
  it('lets "an <organisation> observer mission" act for the organisation', () => {
    const { relations } = extract(['An African Union observer mission said the vote had been calm, but urged Kenya to tighten rules on campaign finance.']);
    expect(relations).toContain('African Union URGES Kenya');
  });

  it('does not let a name inside "a <name> proposal" act', () => {
    const { relations } = extract(['A Ghana proposal urged Togo to reopen the border.']);
    expect(relations).not.toContain('Ghana URGES Togo');
  });
});

describe('sanctions condemned', () => {
  it('aims the condemnation at whoever imposed them on the condemning side, not at the story’s other state', () => {
    const { relations } = extract([
      'The African Union on Monday imposed sanctions on four generals of Belarus’s Western Command serving in Chad.',
      'Minsk condemned the sanctions. Belarus also said its officers were in Chad at the invitation of its government.',
    ]);
    expect(relations).toContain('Belarus CONDEMNS African Union');
    expect(relations).not.toContain('Belarus CONDEMNS Chad');
  });

  it('keeps the story’s other state where nobody imposed them on the side', () => {
    const { relations } = extract(['Bolivia expelled 40 Chilean miners on Monday.', 'Santiago condemned the measures. Bolivia said the miners had no permits.']);
    expect(relations).toContain('Chile CONDEMNS Bolivia');
  });
});

describe('demands in the first person', () => {
  it('reads "we demand that X …" in a quote as the speaker’s side urging X', () => {
    const { relations } = extract(['Peru seized two Chilean trawlers on Monday.', '“We demand that Peru release the crew,” Chilean Foreign Minister Ana Soto said.']);
    expect(relations).toContain('Chile URGES Peru');
  });

  it('reads no demand in the noun of markets', () => {
    const { relations } = extract(['Peru seized two Chilean trawlers on Monday.', 'Chilean exporters said strong demand in China for copper would help Peru.']);
    expect(relations.filter((relation) => relation.includes('URGES'))).toEqual([]);
  });
});

describe('a condemning name given', () => {
  it('reads the names a verb gives with the stance words of statements, a denied one struck out first', () => {
    expect(extract(['Chile called the seizure by Peru “a provocation”.']).relations).toContain('Chile CONDEMNS Peru');
    expect(extract(['Chile called the Peruvian patrol “not a provocation but a routine step”.']).relations.filter((relation) => relation.includes('CONDEMNS'))).toEqual([]);
    // A denied word beside a condemning one still condemns.
    expect(extract(['Chile called Peru’s new fishing rules “no betrayal of the treaty, but a blatant provocation”.']).relations).toContain('Chile CONDEMNS Peru');
  });

  it('strikes out a denied word written without an article too ("not aggression"), as the rule read before its words were shared', () => {
    expect(extract(['Chile called the Peruvian patrol “not aggression but a routine step”.']).relations.filter((relation) => relation.includes('CONDEMNS'))).toEqual([]);
  });
});

describe('a stance on a fight', () => {
  it('reads no fight in one who opposes or praises a war others wage (the lexicon’s verbs of opposing and welcoming)', () => {
    expect(extract(['Chile opposed the war against Bolivia.']).relations.filter((relation) => relation.includes('FIGHTS_AGAINST'))).toEqual([]);
    expect(extract(['Chile praised the offensive against the Shining Path.']).relations.filter((relation) => relation.includes('FIGHTS_AGAINST'))).toEqual([]);
  });
});

describe('a state’s adjective before a common noun and a name', () => {
  it('reads the name as the object, not the state ("sanctions on Chadian businessman X", "met Chadian businessman X")', () => {
    const { relations } = extract([
      'The United States and the European Union acted against Chad on Monday, the Chadian government said.',
      'The EU imposed sanctions on Chadian businessman Emil Tosk.',
      'US Secretary of State Marco Rubio met Chadian businessman Emil Tosk on Friday.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['European Union SANCTIONS Emil Tosk', 'Marco Rubio MEETS Emil Tosk']));
    expect(relations).not.toContain('European Union SANCTIONS Chad');
    expect(relations).not.toContain('Marco Rubio MEETS Chad');
  });
});

describe('a relative clause on an apposition', () => {
  it('reads the name before ", a former prime minister who …" as the subject of the clause', () => {
    const { relations } = extract(['Opposition leader Kofi Mensah, a former prime minister who signed a policing deal with China in 2022, said he would go to court.']);
    expect(relations).toContain('Kofi Mensah SIGNS Policing Deal');
    const visit = extract(['Ama Lome, the envoy who visited Lome in May, said the talks would resume.']);
    expect(visit.relations).toContain('Ama Lome VISITS Lome');
  });

  it('reads no antecedent past a clause that is no apposition', () => {
    const { relations } = extract(['Kofi Mensah said on Monday that the man who signed the Volta Accord had lied.']);
    expect(relations.filter((relation) => relation.startsWith('Kofi Mensah SIGNS'))).toEqual([]);
  });
});

describe('a speaker’s own act joined to the words said', () => {
  it('reads the speaker as the subject of a verb joined by "and" past a quotation', () => {
    const { relations } = extract([
      'Ghana banned imports of Togolese cement on Monday.',
      'Vanta Holdings, a Togolese builder, said in a statement it was "weighing every option" and called on both governments to spare private firms.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Vanta Holdings URGES Ghana', 'Vanta Holdings URGES Togo']));
  });

  it('leaves the verb to its own subject where one is named after the quotation', () => {
    const { relations } = extract(['Ghana banned imports of Togolese cement on Monday.', 'Vanta Holdings said it was "weighing every option" and Ghanaian Trade Minister Kofi Adjei called on Togo to talk.']);
    expect(relations).not.toContain('Vanta Holdings URGES Togo');
  });
});

describe('a state’s government named by a common noun', () => {
  it('reads "the new coalition", "the administration" and "the cabinet" as the government of the story’s state', () => {
    const coalition = extract(['Chile’s new government took office on Monday.', 'Opposition leader Ramón Ortega accused the new coalition of selling the country to foreign miners.']);
    expect(coalition.relations).toContain('Ramón Ortega ACCUSES Chile');
    const administration = extract(['Chile’s new government took office on Monday.', 'Opposition leader Ramón Ortega urged the administration to publish the mining contracts.']);
    expect(administration.relations).toContain('Ramón Ortega URGES Chile');
  });
});

describe('blockades and drills staged against a side', () => {
  it('reads a blockade laid on a side and drills staged near it as threatening it', () => {
    const { relations } = extract([
      'Argentina seized two Brazilian trawlers on Monday.',
      'Brazil imposed a naval blockade on Argentina on Tuesday.',
      'Uruguay staged naval drills near the Argentine coast.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Brazil THREATENS Argentina', 'Uruguay THREATENS Argentina']));
  });

  it('reads no threat in a call to end a blockade, nor in drills held jointly', () => {
    const { relations } = extract([
      'Argentina seized two Brazilian trawlers on Monday.',
      'Chile called for an end to the blockade of Argentina.',
      'Brazil and Chile held joint naval drills off Argentina.',
    ]);
    expect(relations.filter((relation) => relation.includes(' THREATENS '))).toEqual([]);
  });
});

describe('a document signed that is no treaty', () => {
  it('reads no signing of a treaty named after the decree, order or contract that was signed', () => {
    const signs = (sentence: string) => extract([sentence]).relations.filter((relation) => relation.includes('SIGNS'));
    expect(signs("Chile's president signed a decree on Monday suspending the Tello Accord.")).toEqual([]);
    expect(signs('Chile signed the executive order implementing the Tello Accord.')).toEqual([]);
    expect(signs('Chile signed a $2 billion contract with a Peruvian firm under the Tello Accord.')).toEqual([]);
    // (A treaty signed stays signed.)
    expect(signs('Chile signed the Tello Accord on Monday.')).toEqual(['Chile SIGNS Tello Accord']);
  });
});

describe('pressing ahead is no appeal', () => {
  it('reads no URGES in "pressed ahead with its plan despite X", but one in "pressed X to"', () => {
    const urges = (sentence: string) => extract(['Ghana closed the border with Togo on Monday.', sentence]).relations.filter((relation) => relation.includes(' URGES '));
    expect(urges('Ghana pressed ahead with its dam despite Togo’s objections.')).toEqual([]);
    expect(urges('Ghana is pressing forward with the dam, ignoring Togo.')).toEqual([]);
    expect(urges('Ghana pressed Togo to reopen the border.')).toContain('Ghana URGES Togo');
  });
});

describe('lists of subjects with a comma before the last "and"', () => {
  it('reads every name of "A, B, and C" as a subject, as it does for "A, B and C"', () => {
    const subjects = (sentence: string, kind: string) => extract([sentence]).relations.filter((relation) => relation.includes(` ${kind} `)).map((relation) => relation.split(` ${kind} `)[0]).sort();
    expect(subjects('Ghana, Benin, and Togo condemned Niger on Friday.', 'CONDEMNS')).toEqual(['Benin', 'Ghana', 'Togo']);
    expect(subjects('Ghana, Benin, and Togo signed the Volta Basin Water Accord on Friday.', 'SIGNS')).toEqual(['Benin', 'Ghana', 'Togo']);
    expect(subjects('Ghana, Benin and Togo condemned Niger on Friday.', 'CONDEMNS')).toEqual(['Benin', 'Ghana', 'Togo']);
  });

  it('reads every name of "A, B, and C" as an object, and no list in "A, and B said"', () => {
    const objects = (sentence: string, kind: string) => extract([sentence]).relations.filter((relation) => relation.includes(` ${kind} `)).map((relation) => relation.split(` ${kind} `)[1]).sort();
    expect(objects('Niger condemned Ghana, Benin, and Togo on Friday.', 'CONDEMNS')).toEqual(['Benin', 'Ghana', 'Togo']);
    expect(objects('Niger urged Ghana, Benin, and Togo to reopen the border.', 'URGES')).toEqual(['Benin', 'Ghana', 'Togo']);
    expect(objects('Niger condemned Ghana, and Togo said nothing.', 'CONDEMNS')).toEqual(['Ghana']);
  });

  it('reads no list in an apposition set off by commas before "and"', () => {
    const { relations } = extract(['Ghana’s foreign minister, Ada Mensah, and Togo condemned Niger on Friday.']);
    expect(relations.filter((relation) => relation.includes(' CONDEMNS '))).not.toContain('Ghana’s foreign minister CONDEMNS Niger');
  });
});

describe('an act "in violation of" a treaty', () => {
  it('lays the breach on the subject of the act, not on its object', () => {
    const { relations } = extract(['Sudan shelled Chad in violation of the Doha Accord.', 'Rebels attacked Niger on Monday in violation of the Agadez Protocol.']);
    expect(relations).toContain('Sudan VIOLATES Doha Accord');
    expect(relations.filter((relation) => /^(Chad|Niger) (VIOLATES|PARTY_TO)/.test(relation))).toEqual([]);
  });

  it('still lays it on a subject with no object ("Sudan moved troops in violation of")', () => {
    const { relations } = extract(['Sudan moved troops to the border in violation of the Doha Accord.']);
    expect(relations).toContain('Sudan VIOLATES Doha Accord');
  });
});

describe('gerunds after "by"', () => {
  it('gives a gerund after "by" the subject of the main clause, not the object of its verb', () => {
    const { relations } = extract(['Brazil surprised Chile on Monday by condemning Peru.']);
    expect(relations).toContain('Brazil CONDEMNS Peru');
    expect(relations).not.toContain('Chile CONDEMNS Peru');
  });
});

describe('relative clauses opened by a preposition', () => {
  it('reads the name before ", of which … ," as the subject of the verb after the clause', () => {
    const { relations } = extract(['The Lake Basin Commission, of which both Chad and Niger are members, urged Nigeria to reopen the crossing.']);
    expect(relations).toContain('Lake Basin Commission URGES Nigeria');
    expect(relations.filter((relation) => /^(Chad|Niger) URGES/.test(relation))).toEqual([]);
  });
});
