// Offices and the people who hold them, and words that only look like a speaker; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('the state of an office with no state named', () => {
  it('takes the state of a capital the sentence is set in ("MPs in Port Moresby …, after Prime Minister X …")', () => {
    const { relations } = extract([
      "Papua New Guinea's national parliament has again put off a vote.",
      'MPs in Port Moresby voted 71 to 24 on Wednesday night, after Prime Minister Tom Kapi told the house that "a decision cannot be made in a hurry".',
      'The moderator, former New Zealand diplomat Helen Tauroa, said she would travel to Buka.',
    ]);
    expect(relations).toContain('Tom Kapi LEADS Papua New Guinea');
    expect(relations).not.toContain('Tom Kapi LEADS New Zealand');
  });

  it('takes the state a story was filed from over the first state it names', () => {
    const paragraphs = [
      'A French uranium miner won a licence from Mongolia on Monday after months of debate in parliament.',
      'President Tumur Bayar, who played no part in the talks, wrote on Facebook that the deal was fair.',
    ];
    expect(extract(paragraphs, undefined, { dateline: 'Ulaanbaatar' }).relations).toContain('Tumur Bayar LEADS Mongolia');
    expect(extract(paragraphs, undefined, { dateline: 'Darkhan', datelineRegion: 'Mongolia' }).relations).toContain('Tumur Bayar LEADS Mongolia');
  });

  it('takes, of two states named before a bare title, the one the story was filed from, unless one opens the title', () => {
    const { relations } = extract([
      "Panama's foreign minister, Ana Ruiz, and the U.S. ambassador, Tom Hale, signed the text in the presence of President Jorge Mora.",
      'It was signed by Kyrgyz deputy prime minister Azat Bekov and Tajik first deputy prime minister Sherzod Rahimov.',
    ], undefined, { dateline: 'Panama City' });
    expect(relations).toEqual(expect.arrayContaining(['Jorge Mora LEADS Panama', 'Sherzod Rahimov MEMBER_OF Tajikistan']));
    expect(relations).not.toContain('Jorge Mora LEADS United States');
  });

  it('takes the other state for a bare title after the story’s home state acts on it as the sentence’s subject', () => {
    const { relations } = extract([
      'The United States on Monday froze the assets of nine Nicaraguan judges, accusing them of helping President Ruben Ostos annul the vote.',
    ], undefined, { dateline: 'WASHINGTON' });
    expect(relations).not.toContain('Ruben Ostos LEADS United States');
  });

  it('takes the state of a capital the office-holder speaks in ("told parliament in Cape Town"), over the dateline’s', () => {
    const { relations } = extract([
      'Zimbabwe hosted army chiefs from the region on Tuesday.',
      'South Africa will keep its soldiers in the region until June, its government said. Defence Minister Thandi Mokoena told parliament in Cape Town the mission would cost 3 billion rand.',
    ], undefined, { dateline: 'HARARE' });
    expect(relations).toContain('Thandi Mokoena MEMBER_OF South Africa');
    expect(relations).not.toContain('Thandi Mokoena MEMBER_OF Zimbabwe');
  });

  it('takes the two states a headline names as the story’s two sides, however often a third is named', () => {
    const paragraphs = [
      'Chile and Argentina signed a protocol on Wednesday to share the water of the salt flats.',
      'Bolivia, which holds the largest reserves, was not at the table. Bolivia said it would study the text, and officials in Bolivia said the talks had been cordial.',
      'The Andean Water Forum urged both governments to publish the brine limits.',
    ];
    const { relations } = extract(paragraphs, undefined, { title: 'Chile and Argentina sign lithium protocol' });
    expect(relations).toEqual(expect.arrayContaining(['Andean Water Forum URGES Chile', 'Andean Water Forum URGES Argentina']));
    expect(relations).not.toContain('Andean Water Forum URGES Bolivia');
  });

  it('takes the state that opens what the office-holder said, past an aside or "wrote on X that"', () => {
    const { relations } = extract([
      'Thailand and Cambodia met in Kuala Lumpur.',
      'Prime Minister Sok Vanna, speaking in Siem Reap on Friday, said Cambodia would still take the dispute to the court.',
      'Foreign Minister Aylin Demir wrote on X that Ankara "respects the territorial integrity of Iraq".',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Sok Vanna LEADS Cambodia', 'Aylin Demir MEMBER_OF Türkiye']));
    expect(relations).not.toContain('Sok Vanna LEADS Thailand');
  });

  it('gives a head met by a head of the presumed state the other of the story’s two states', () => {
    const options = { dateline: 'Maseru', title: 'Lesotho and South Africa sign a water accord' };
    const met = extract(['Lesotho asked South Africa to lift the duty on Friday.', 'Prime Minister Tomas Vale raised the duty with President Ana Kirsch, his office said.'], undefined, options);
    expect(met.relations).toContain('Tomas Vale LEADS Lesotho');
    expect(met.relations).not.toContain('Ana Kirsch LEADS Lesotho');
    expect(met.relations).toContain('Ana Kirsch LEADS South Africa');
    // (A minister named after a head is of the delegation: "Prime Minister X and Foreign Minister Y".)
    const delegation = extract(['Lesotho and South Africa on Saturday signed a water accord.', 'Prime Minister Tomas Vale and Foreign Minister Lebo Sello attended the signing.'], undefined, options);
    expect(delegation.relations).toContain('Lebo Sello MEMBER_OF Lesotho');
  });

  it('takes the state of the ministry of the minister’s portfolio named just before, over the state the story was filed from', () => {
    const options = { dateline: 'Santiago', title: 'Chile and Peru clash over a fishing boat' };
    const foreign = extract(['Chile detained a Peruvian trawler on Friday.', "Peru's Ministry of Foreign Affairs said the boat had been fishing in Peruvian waters.", 'Foreign Minister Ana Ruiz called the arrest a provocation.'], undefined, options);
    expect(foreign.relations).toContain('Ana Ruiz MEMBER_OF Peru');
    expect(foreign.relations).not.toContain('Ana Ruiz MEMBER_OF Chile');
    const industry = extract(['Chile protested on Friday against a new copper levy.', 'The Peruvian Ministry of Industry and Trade said in a statement that it had held two hearings.', 'Industry Minister Tomas Vale called the protest a gesture for voters.'], undefined, options);
    expect(industry.relations).toContain('Tomas Vale MEMBER_OF Peru');
    // (Not a ministry of another portfolio: the trade minister of a story filed from Santiago stays presumed Chilean.)
    const other = extract(['Chile protested on Friday against a new copper levy.', "Peru's Ministry of Energy said in a statement that it had held two hearings.", 'Trade Minister Tomas Vale called the levy unfair.'], undefined, options);
    expect(other.relations).not.toContain('Tomas Vale MEMBER_OF Peru');
    // (Nor one whose word only opens like the portfolio's: "International" is not "Interior".)
    const like = extract(['Chile protested on Friday against a new copper levy.', "Peru's Ministry of International Trade said in a statement that it had held two hearings.", 'Interior Minister Tomas Vale called the levy unfair.'], undefined, options);
    expect(like.relations).not.toContain('Tomas Vale MEMBER_OF Peru');
    // (Nor past a short form named nearer, which may be the other state's ministry.)
    const nearer = extract(['Chile and Peru held talks on Monday.', "Peru's Ministry of Foreign Affairs said in a readout that the talks had failed.", 'At a briefing on Thursday, foreign ministry spokesperson Ana Ruiz said the government would press on.', 'Deputy Foreign Minister Tomas Vale will head the working group.'], undefined, options);
    expect(nearer.relations).not.toContain('Tomas Vale MEMBER_OF Peru');
  });

  it('takes the state whose answer the sentence before tells, past a quote that opens the office-holder’s sentence', () => {
    const { relations } = extract(['Chile lodged a complaint against Peru on Thursday.', 'Peru rejected the complaint.', '"We have met every obligation under the treaty," Prime Minister Ana Ruiz wrote on X.'], undefined, { dateline: 'Santiago', title: 'Chile files complaint against Peru' });
    expect(relations).toContain('Ana Ruiz LEADS Peru');
    expect(relations).not.toContain('Ana Ruiz LEADS Chile');
  });

  it('takes the state whose answer the sentence before tells past a quote closed before its comma too ("…", Prime Minister X wrote)', () => {
    const { relations } = extract(['Chile lodged a complaint against Peru on Thursday.', 'Peru rejected the complaint.', '"We have met every obligation under the treaty", Prime Minister Ana Ruiz wrote on X.'], undefined, { dateline: 'Santiago', title: 'Chile files complaint against Peru' });
    expect(relations).toContain('Ana Ruiz LEADS Peru');
    expect(relations).not.toContain('Ana Ruiz LEADS Chile');
  });

  it('takes the capital an aside after the name sets the office-holder in, over a state named after it', () => {
    const { relations } = extract(['Prime Minister Kofi Mensah, speaking at a ceremony in Accra, did not mention Togo by name but said Ghana would not be lectured.']);
    expect(relations).toContain('Kofi Mensah LEADS Ghana');
    expect(relations).not.toContain('Kofi Mensah LEADS Togo');
  });

  it('takes the capital of a long aside ("speaking at a news conference in Amman with his … counterpart X,")', () => {
    const paragraphs = ['Syria closed its border with Jordan on Monday.', 'Foreign Minister Sami Nour, speaking at a news conference in Amman with his visiting Iraqi counterpart Ali Hadi, struck a softer note.'];
    const { relations } = extract(paragraphs, undefined, { dateline: 'Damascus' });
    expect(relations).toContain('Sami Nour MEMBER_OF Jordan');
    expect(relations).not.toContain('Sami Nour MEMBER_OF Syria');
  });

  it('takes the state whose short denial the sentence before tells, over the state the story was filed from', () => {
    const paragraphs = ['Djibouti accused Eritrea of killing three soldiers.', 'Eritrea denied any attack. Information Minister Tesfa Gebre wrote on X that the claims were false.'];
    const { relations } = extract(paragraphs, undefined, { dateline: 'Djibouti', datelineRegion: 'Djibouti' });
    expect(relations).toContain('Tesfa Gebre MEMBER_OF Eritrea');
    expect(relations).not.toContain('Tesfa Gebre MEMBER_OF Djibouti');
  });

  it('takes the state whose reaction the sentence before tells, past an apposition, over the state the story was filed from', () => {
    const paragraphs = ['Morocco lost the fishing vote in Brussels on Monday.', 'Spain, which had pressed for the ban for a year, welcomed the vote. Foreign Minister Lucia Marin wrote on X that the sea had been saved.'];
    const { relations } = extract(paragraphs, undefined, { dateline: 'Rabat' });
    expect(relations).toContain('Lucia Marin MEMBER_OF Spain');
    expect(relations).not.toContain('Lucia Marin MEMBER_OF Morocco');
  });

  it('reads "President X, has ruled the country since …" as leading the state named last, over the one the story was filed from', () => {
    const paragraphs = [
      'Gabon sent a patrol boat after Equatorial Guinea licensed an oil block.',
      "Equatorial Guinea's vice-president, Carlos Obama, wrote that no foreign ship would intimidate the country. His father, President Pedro Obama, has ruled the country since 1979.",
    ];
    const { relations } = extract(paragraphs, undefined, { dateline: 'Libreville' });
    expect(relations).toContain('Pedro Obama LEADS Equatorial Guinea');
    expect(relations).not.toContain('Pedro Obama LEADS Gabon');
  });

  it('takes the capital the sentence before is set in ("In Suva, …. Prime Minister X wrote …"), over the state the story was filed from', () => {
    const paragraphs = [
      "Tonga's parliament on Monday ratified the fisheries pact signed with Fiji last year.",
      'Prime Minister Sione Hala told the house the pact was fair to both peoples.',
      'In Suva, Fisheries Minister Ana Radua welcomed the vote as a good day for both nations.',
      'Prime Minister Joni Vatu wrote on X that the pact made the two countries neighbours at sea as well as on the map.',
    ];
    const { relations } = extract(paragraphs, undefined, { dateline: "Nuku'alofa", datelineRegion: 'Tonga' });
    expect(relations).toContain('Joni Vatu LEADS Fiji');
    expect(relations).not.toContain('Joni Vatu LEADS Tonga');
  });

  it('takes the state the sentence before is set in ("In neighbouring Gabon, …. President X has …"), over the state the story was filed from', () => {
    const paragraphs = [
      'Ghana and Togo agreed on Monday to share patrols on their border.',
      'In neighbouring Gabon, the UN mission said on Sunday that its troops had repelled an attack near Oyem.',
      'President Paul Mba has relied on foreign advisers since 2019.',
    ];
    const { relations } = extract(paragraphs, undefined, { dateline: 'Accra', datelineRegion: 'Ghana' });
    expect(relations).toContain('Paul Mba LEADS Gabon');
    expect(relations).not.toContain('Paul Mba LEADS Ghana');
  });

  it('gives an office only the United States has ("Secretary of State X") to it, never to the state the story is about', () => {
    const { relations } = extract(['Venezuela freed two Americans on Monday. Secretary of State Mark Dale thanked Caracas.']);
    expect(relations.filter((relation) => relation.startsWith('Mark Dale MEMBER_OF'))).toEqual([]);
    const named = extract(['Venezuela freed two Americans on Monday, and the United States thanked it.', 'Treasury Secretary Paul Grant said Venezuela had acted.']);
    expect(named.relations).toContain('Paul Grant MEMBER_OF United States');
    expect(named.relations).not.toContain('Paul Grant MEMBER_OF Venezuela');
  });

  it('reads a presidential spokesperson as speaking for the state, not for a body named before', () => {
    const { relations } = extract(['Ghana’s Ministry of Defence said the border was calm.', 'Presidential spokesman Yaw Boadu said President Kofi Adu would visit the area.'], undefined, { dateline: 'Accra' });
    expect(relations).toContain('Yaw Boadu SPEAKS_FOR Ghana');
    expect(relations).not.toContain('Yaw Boadu SPEAKS_FOR Ghanaian Ministry of Defence');
  });

  it('reads a spokesperson of an unnamed ministry ("Foreign ministry spokesman X") as speaking for the state', () => {
    const { relations } = extract(['Iran rejected the statement within hours. Foreign ministry spokesman Esmaeil Bagheri said the islands were Iranian.']);
    expect(relations).toContain('Esmaeil Bagheri SPEAKS_FOR Iran');
  });

  it('gives an office-holder that a speaker names first after "She said" to the speaker’s state', () => {
    const paragraphs = ['Ghana banned maize exports to Togo.', 'Togo’s foreign minister, Ama Dzidzor, said Lome regretted the decision. She said President Felix Mbeki had instructed his government to seek talks.'];
    const { relations } = extract(paragraphs, undefined, { dateline: 'Kumasi', datelineRegion: 'Ghana' });
    expect(relations).toContain('Felix Mbeki LEADS Togo');
    expect(relations).not.toContain('Felix Mbeki LEADS Ghana');
  });

  it('reads both names after "the government of co-presidents" as heads of the state spoken of', () => {
    const { relations } = extract(['The United States imposed sanctions on Nicaragua, accusing the government of co-presidents Daniel Orta and Rosa Muri of using mining revenue against critics.'], undefined, { dateline: 'Managua' });
    expect(relations).toEqual(expect.arrayContaining(['Daniel Orta LEADS Nicaragua', 'Rosa Muri LEADS Nicaragua']));
  });

  it('knows a chief minister as the head of a territory’s government, and a delegate as a member of a state', () => {
    const { relations } = extract([
      "Spain's foreign minister, Ana Gil, and Gibraltar's Chief Minister, Tom Reyes, attended the ceremony.",
      'Saudi delegate Omar Haddad told the committee that the kingdom would not apply the amendment.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Tom Reyes LEADS Gibraltar', 'Omar Haddad MEMBER_OF Saudi Arabia']));
  });

  it('reads "the government of X" as X heading the state the sentence is set in', () => {
    const { relations } = extract(['Spain and Britain signed the treaty.', 'In Madrid, the far-right Vox party accused the government of Luis Ortega of giving up three centuries of claims.']);
    expect(relations).toContain('Luis Ortega LEADS Spain');
  });

  it('reads "The EAC Secretary General, X," as X leading the body named before the title', () => {
    const { relations } = extract(['Kenya and Uganda are members of the East African Community (EAC).', 'The EAC Secretary General, Jane Amani, urged both partner states to settle the matter.']);
    expect(relations).toContain('Jane Amani LEADS East African Community');
  });

  it('reads "Its chair, <state> Prime Minister X," as both offices, but not a title after a preposition', () => {
    const { relations } = extract([
      'The Pacific Islands Forum (PIF) said in a communique this week that the region was following events.',
      'Its chair, Solomon Islands Prime Minister Jeremiah Toga, had earlier offered to host talks.',
      'In a letter to the forum’s president, Fijian Foreign Minister Ana Tora wrote that Fiji would help.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Jeremiah Toga LEADS Solomon Islands', 'Jeremiah Toga LEADS Pacific Islands Forum']));
    expect(relations).not.toContain('Ana Tora LEADS Pacific Islands Forum');
  });

  it('gives a bare title met by a state’s office-holder to the other state of the story, not to the partner’s', () => {
    const visit = extract([
      'Estonia and Latvia signed a border treaty on Monday.',
      'Estonian President Mari Tamm flew to Riga for talks with President Janis Ozols and with Prime Minister Ilze Berga.',
    ]).relations;
    expect(visit).toEqual(expect.arrayContaining(['Janis Ozols LEADS Latvia', 'Ilze Berga LEADS Latvia']));
    expect(visit.filter((relation) => /^(Janis Ozols|Ilze Berga) .* Estonia$/.test(relation))).toEqual([]);
    const summit = extract(['Portugal and Morocco agreed on a gas pipeline.', 'Portuguese Prime Minister Rui Costa and President Omar Idrissi presided over the signing.']).relations;
    expect(summit).toContain('Omar Idrissi LEADS Morocco');
    expect(summit).not.toContain('Omar Idrissi LEADS Portugal');
    // A minister named after a head is, as a rule, of the head's delegation.
    const delegation = extract(['Poland and Ukraine agreed on grain transit.', 'Polish Prime Minister Jan Nowak and Foreign Minister Ewa Lis arrived in Kyiv on Monday.']).relations;
    expect(delegation).toContain('Ewa Lis MEMBER_OF Poland');
  });

  it('takes the state an office-holder speaks for later in the story over the state it was filed from', () => {
    const paragraphs = [
      'Cyprus and Lebanon signed a memorandum on migrant boats.',
      'Rights groups in Lebanon said the boats were pushed back. Interior Minister Andreas Petrou rejected the charge.',
      'Petrou said Cyprus would pay for voluntary returns.',
    ];
    const { relations } = extract(paragraphs, undefined, { dateline: 'Beirut' });
    expect(relations).toContain('Andreas Petrou MEMBER_OF Cyprus');
    expect(relations).not.toContain('Andreas Petrou MEMBER_OF Lebanon');
    // (Not a state the holder only blames: "said Lebanon had failed".)
    const blamed = extract(['Cyprus and Lebanon signed a memorandum on migrant boats.', 'Interior Minister Andreas Petrou rejected the charge. Petrou said Lebanon had failed to stop the boats.'], undefined, { dateline: 'Nicosia' });
    expect(blamed.relations).toContain('Andreas Petrou MEMBER_OF Cyprus');
  });

  it('reads the office written before a military rank ("RDF spokesperson Brigadier General X")', () => {
    const { relations } = extract([
      'The Rwanda Defence Force (RDF) said it would stay.',
      'RDF spokesperson Brigadier General Eric Mugabo said in a statement that the soldiers were there.',
      'Ministry spokesman Colonel Ali Demir told a briefing in Kigali on Tuesday that the talks would go on.',
    ]);
    expect(relations).toContain('Eric Mugabo SPEAKS_FOR Rwanda Defence Force');
  });
});

describe('offices written in capitals', () => {
  it('makes no person of an office set off before the name ("France’s Prime Minister, Pierre Lamy,")', () => {
    const { extraction, relations } = extract(["Spain's foreign minister, Ana Gil, and France's Prime Minister, Pierre Lamy, attended the ceremony."]);
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('Prime Minister');
    expect(relations).toContain('Pierre Lamy LEADS France');
  });
});

describe('words that look like a speaker', () => {
  it('makes no person of "Member" in "Member states of X voted", but keeps "Kowalski states that …"', () => {
    const { extraction } = extract(['Member states of the International Maritime Organization voted on Friday to adopt the framework.', 'Kowalski states that the plan is dead.']);
    const people = extraction.entities.filter((entity) => entity.kind === 'Person').map((entity) => entity.name);
    expect(people).toEqual(['Kowalski']);
  });
});

describe('an office after "whose"', () => {
  it('gives an office of a region that "whose" refers to no state, and one of a state to that state', () => {
    const { relations } = extract([
      "SUVA - Fiji's Prime Minister Tevita Ravu hosted the talks.",
      'Tensions rose over Karoa, the autonomous region whose president Simeon Tali has demanded a vote on independence.',
      'The talks moved to Samoa, whose prime minister Lemalu Fono chaired them.',
    ]);
    expect(relations).not.toContain('Simeon Tali LEADS Fiji');
    expect(relations).toContain('Tevita Ravu LEADS Fiji');
  });
});
