// Sentence shapes of the action relations that the trigger lexicon alone missed; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('fighting', () => {
  it('reads taking or besieging a place as fighting against it, but not a place where something is taken', () => {
    const { relations } = extract([
      'The Kivu Liberation Front captured the lakeside town of Walikale after a long push.',
      'Mali said its forces had recaptured Kidal from the separatists.',
      "The Azawad Liberation Front's siege of Menaka entered a third month.",
      "Niger's army captured two smugglers in Agadez.",
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Kivu Liberation Front FIGHTS_AGAINST Walikale', 'Mali FIGHTS_AGAINST Kidal', 'Azawad Liberation Front FIGHTS_AGAINST Menaka']));
    expect(relations.filter((relation) => relation.endsWith('FIGHTS_AGAINST Agadez'))).toEqual([]);
  });
});

describe('strikes', () => {
  it('reads a strike or raid on a place as fighting against it, but not a place far after the noun', () => {
    const { relations } = extract([
      'In Moscow, the Russian Defence Ministry said its forces had carried out a strike on military targets in western Ukraine.',
      'Kenya urged Ethiopia to stop its air strikes on villages and farms near the border and called on Eritrea to talk.',
    ]);
    expect(relations.filter((relation) => /^(Russia|Russian Defence Ministry) FIGHTS_AGAINST (western )?Ukraine$/.test(relation))).not.toEqual([]);
    expect(relations.filter((relation) => relation.startsWith('Ethiopia FIGHTS_AGAINST'))).toEqual([]);
  });
});

describe('appeals', () => {
  it('reaches a second verb joined by "and" back to a name with its title in lower case before it ("Chile\u2019s foreign minister X")', () => {
    const { relations } = extract(['Chile’s foreign minister Ana Rojas criticised the shelling and urged Peru to pull back its guns.', 'The country’s interior minister Luis Vega said the border was calm and called on Bolivia to reopen it.']);
    expect(relations).toEqual(expect.arrayContaining(['Ana Rojas URGES Peru', 'Luis Vega URGES Bolivia']));
  });

  it('still reads a name after a verb as its object, not the subject of a verb joined after it', () => {
    const { relations } = extract(['Chile praised Ana Rojas and urged Peru to pull back its guns.']);
    expect(relations).toContain('Chile URGES Peru');
    expect(relations).not.toContain('Ana Rojas URGES Peru');
  });

  it('reads asking, pressing or expecting an actor to act as urging it, in the active voice only', () => {
    const { relations } = extract([
      'Bolivia asked Chile to reopen the port of Arica.',
      'Peru had asked Ecuador for consular access to the detained fishermen.',
      'Argentina said it expected Uruguay to refrain from any unilateral step.',
      'Paraguay was asked by Brazil about the dam on Friday.',
      'Reporters asked Colombia’s president about the vote.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Bolivia URGES Chile', 'Peru URGES Ecuador', 'Argentina URGES Uruguay']));
    expect(relations.filter((relation) => /Brazil URGES|URGES Paraguay|URGES Colombia/.test(relation))).toEqual([]);
  });

  it('reads warning an actor to do something as urging it, and warning it that … as a threat', () => {
    const { relations } = extract(['Vietnam warned Laos not to build the dam.', 'Cambodia warned Thailand that it would close the border.']);
    expect(relations).toEqual(expect.arrayContaining(['Vietnam URGES Laos', 'Cambodia THREATENS Thailand']));
    expect(relations).not.toContain('Vietnam THREATENS Laos');
  });

  it('finds the subject before a relative clause that an auxiliary follows', () => {
    const { relations } = extract(['Beijing, which regards Taiwan as its own, had warned Washington not to allow the stopover.']);
    expect(relations).toContain('China URGES United States');
    expect(relations.filter((relation) => relation.startsWith('Taiwan'))).toEqual([]);
  });

  it('sends a demand for the release or return of what is held to the other of the story’s two states', () => {
    const { relations } = extract(
      ['Togo detained a Kenyan trawler and its crew near the disputed islands on Saturday.', 'Kenya’s foreign ministry said the detention was illegal and demanded the immediate release of the vessel and its crew.'],
      undefined,
      { title: 'Kenya protests as Togo holds trawler' },
    );
    expect(relations).toContain('Kenyan Ministry of Foreign Affairs URGES Togo');
  });

  it('reads "called for X to …" as urging X, but not "called for X to be …" nor "rejected calls for X to …"', () => {
    const urges = (sentence: string) => extract(['Ghana accused Togo of shelling border villages on Monday.', sentence]).relations.filter((relation) => relation.includes('URGES'));
    expect(urges('Kenya called for Togo to pull back its artillery.')).toContain('Kenya URGES Togo');
    expect(urges('Kenya called for Togo to be expelled from the bloc.')).toEqual([]);
    expect(urges('Kenya rejected calls for Togo to leave the bloc.')).toEqual([]);
  });

  it('sends "pressed for the return of …" in a story between two states to the other one', () => {
    const { relations } = extract(['Togo seized three Kenyan fishing boats near the islands on Saturday.', 'Kenya pressed for the return of the boats.'], undefined, { title: 'Kenya protests as Togo seizes boats' });
    expect(relations).toContain('Kenya URGES Togo');
  });

  it('sends no demand of a release to a state when the story is about no two states', () => {
    const { relations } = extract(['Kenyan police detained ten protesters on Saturday.', 'Amnesty said the arrests were illegal and demanded the immediate release of the protesters.']);
    expect(relations.filter((relation) => relation.includes('URGES'))).toEqual([]);
  });

  it('sends an appeal for restraint with nobody named to the state the story is about, from outside it', () => {
    const { relations } = extract(['Thousands of protesters marched in Chile on Sunday.', 'Peru, Chile’s northern neighbour, urged restraint.', 'Chile’s interior ministry urged calm.']);
    expect(relations).toContain('Peru URGES Chile');
    expect(relations.filter((relation) => relation.includes('ministry URGES Chile'))).toEqual([]);
  });

  it('does not read what an actor is asked to do as done', () => {
    const { relations } = extract(['Ecuador asked the African Union to condemn Eritrea and urged Kenya to sanction Somalia.']);
    expect(relations).toEqual(expect.arrayContaining(['Ecuador URGES African Union', 'Ecuador URGES Kenya']));
    expect(relations.filter((relation) => /CONDEMNS Eritrea|SANCTIONS Somalia/.test(relation))).toEqual([]);
  });

  it('does not read sanctions one is asked to impose as imposed ("urged the council to impose new sanctions on X")', () => {
    const { relations } = extract(['Ecuador urged the council to impose new sanctions on Eritrea.', 'Peru imposed sanctions on Somalia.']);
    expect(relations).not.toContain('Ecuador SANCTIONS Eritrea');
    expect(relations).toContain('Peru SANCTIONS Somalia');
  });
});

describe('meetings', () => {
  it('reads a minister and the counterpart named with them as meeting', () => {
    const { relations } = extract(['Peruvian Foreign Minister Rosa Diaz and her Bolivian counterpart, Luis Arce, agreed on Monday to reopen the border.']);
    expect(relations).toContain('Rosa Diaz MEETS Luis Arce');
  });

  it('reads speaking by phone as meeting, and "by phone" as no passive agent', () => {
    const { relations } = extract([
      "Brazil's president, Paulo Ramos, spoke to Nicolas Maduro by phone on Monday.",
      'Ramos had spoken by telephone with Uruguayan President Marta Gil a day earlier.',
      'Ramos spoke to Reuters on Tuesday.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Paulo Ramos MEETS Nicolas Maduro', 'Paulo Ramos MEETS Marta Gil']));
    expect(relations.filter((relation) => relation.includes('MEETS Reuters'))).toEqual([]);
  });

  it('reads two named with "and" before "met" as meeting, past the state of the second one’s title', () => {
    const { relations } = extract(['The commissions, led by Armenian Deputy Prime Minister Levon Hakobyan and Azerbaijani Deputy Prime Minister Elchin Aliyev, met for three days in Almaty.']);
    expect(relations).toContain('Levon Hakobyan MEETS Elchin Aliyev');
  });

  it('reads two leaders shaking hands, past a caption’s "right", as meeting', () => {
    const { relations } = extract(['President Ana Lopes, right, and Chilean President Jorge Vidal shake hands before their talks in Lima.']);
    expect(relations).toContain('Ana Lopes MEETS Jorge Vidal');
  });

  it('reads two who held talks or a summit, or one who held them with the other, as meeting', () => {
    const meeting = (relations: string[], a: string, b: string) => relations.includes(`${a} MEETS ${b}`) || relations.includes(`${b} MEETS ${a}`);
    expect(meeting(extract(['Peru and Bolivia held talks in La Paz on Monday.']).relations, 'Peru', 'Bolivia')).toBe(true);
    expect(meeting(extract(['Chile held a two-day summit with Argentina in Mendoza.']).relations, 'Chile', 'Argentina')).toBe(true);
  });

  it('reads hosting, receiving or welcoming a person named right after the verb as meeting, not one inside what is welcomed', () => {
    const { relations } = extract([
      'Peru welcomed the election of Bolivian President Jorge Salas.',
      'Peruvian President Ana Ruiz received a letter from Chilean President Marta Gil on Monday.',
      'Ecuador welcomed Colombian President Luis Vega’s decision to reopen the border.',
      'Ruiz hosted Argentine President Tomas Berk for talks in Lima on Tuesday.',
    ]);
    expect(relations.filter((relation) => / MEETS (Jorge Salas|Marta Gil|Luis Vega)$/.test(relation))).toEqual([]);
    expect(relations).toContain('Ana Ruiz MEETS Tomas Berk');
  });

  it('reads no meeting in talks only proposed or planned', () => {
    const { relations } = extract(['Peru proposed holding talks with Bolivia next month.', 'Chile and Argentina will hold a summit in June.']);
    expect(relations.filter((relation) => relation.includes('MEETS'))).toEqual([]);
  });
});

describe('deployments', () => {
  it('reads no deployment in an office holder sent somewhere', () => {
    const { relations } = extract(['Peru sent its foreign minister to Bolivia on Monday.', 'Chile sent Defence Minister Ana Ruiz to Argentina.', 'Ecuador sent 500 soldiers to Colombia.']);
    expect(relations.filter((relation) => relation.includes('DEPLOYS_TO'))).toEqual(['Ecuador DEPLOYS_TO Colombia']);
  });

  it('reads no deployment in people sent back home or sent to look into something', () => {
    const { relations } = extract(['Peru sent 300 migrants back to Bolivia on Monday.', 'Chile sent two investigators to Argentina.', 'Ecuador sent 500 soldiers to Colombia.']);
    expect(relations.filter((relation) => /^(Peru|Chile) DEPLOYS_TO/.test(relation))).toEqual([]);
    expect(relations).toContain('Ecuador DEPLOYS_TO Colombia');
  });

  it('reads troops that stay, are stationed or hold positions somewhere as deployed there', () => {
    const { relations } = extract([
      'The deal allows some 3,000 Kenyan troops to stay in Somalia.',
      'Turkey, which still holds four positions inside Syria, was unmoved.',
      'The World Bank is based in Washington.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Kenya DEPLOYS_TO Somalia', 'Türkiye DEPLOYS_TO Syria']));
    expect(relations.filter((relation) => relation.startsWith('World Bank DEPLOYS_TO'))).toEqual([]);
  });

  it('reads sending a delegation somewhere as visiting it, not as deploying there', () => {
    const { relations } = extract(['Kenya, which sent a delegation to Addis Ababa on Monday, said talks went well.']);
    expect(relations).toContain('Kenya VISITS Ethiopia');
    expect(relations.filter((relation) => relation.includes('DEPLOYS_TO'))).toEqual([]);
  });

  it('lets a state’s delegation act for the state', () => {
    const { relations } = extract(['Kenya’s delegation, led by its foreign minister, arrived in Addis Ababa on Sunday.']);
    expect(relations).toContain('Kenya VISITS Addis Ababa');
  });

  it('reads troops pulled out of a place as deployed there, unless they are only asked to leave', () => {
    const { relations } = extract([
      'The accord commits Uganda to pull its soldiers out of Burundi within 90 days.',
      'Tanzania called on Rwanda to immediately withdraw its forces from Malawi.',
    ]);
    expect(relations).toContain('Uganda DEPLOYS_TO Burundi');
    expect(relations.filter((relation) => relation.endsWith('DEPLOYS_TO Malawi'))).toEqual([]);
  });
});

describe('support', () => {
  it('reads standing with or behind an actor, or its ally named after a comma, as supporting it', () => {
    const { relations } = extract([
      'Canada stood firmly behind Denmark on Monday.',
      'The State Department said the United States “stands with its ally, the Republic of Korea” and would keep patrolling.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Canada SUPPORTS Denmark', 'United States SUPPORTS South Korea']));
  });

  it('finds the object inside a quotation that opens on a name right after the verb, not in one that opens on "a …"', () => {
    const { relations } = extract([
      'A spokesman said Beijing supported “Laos’s efforts to keep order” along the border.',
      'Hanoi called the meeting “a gathering of Japan’s friends”.',
    ]);
    expect(relations).toContain('China SUPPORTS Laos');
    expect(relations.filter((relation) => relation.includes('MEETS'))).toEqual([]);
  });
});

describe('support given', () => {
  it('reads "with the support of X" as X supporting the one who acts', () => {
    const { relations } = extract(['The plan was put forward by Kenya and Ethiopia, with the support of the African Union.']);
    expect(relations).toEqual(expect.arrayContaining(['African Union SUPPORTS Kenya', 'African Union SUPPORTS Ethiopia']));
    expect(relations.filter((relation) => relation.endsWith('SUPPORTS African Union'))).toEqual([]);
  });

  it('reads a participle right before "by" as passive ("… and backed by X")', () => {
    const { relations } = extract(['The motion, drafted by Ghana and backed by Nigeria, passed easily.']);
    expect(relations).toContain('Nigeria SUPPORTS Ghana');
    expect(relations).not.toContain('Ghana SUPPORTS Nigeria');
  });
});

describe('subjects', () => {
  it('does not take the one told as the subject of what is told', () => {
    const { relations } = extract(['A minister told Reuters that tankers were sailing in breach of the Lima Accord.']);
    expect(relations.filter((relation) => relation.startsWith('Reuters'))).toEqual([]);
  });
});

describe('proposals', () => {
  it('reads proposing talks with or between actors as proposing them to those actors', () => {
    const { relations } = extract([
      'South Korea on Monday proposed holding military talks with North Korea.',
      'The African Union proposed direct talks between Ethiopia and Eritrea.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['South Korea PROPOSES North Korea', 'African Union PROPOSES Ethiopia', 'African Union PROPOSES Eritrea']));
  });
});

describe('sanctions', () => {
  it('reads provisional or anti-dumping duties "of up to" a rate on a state’s goods as sanctioning it', () => {
    const { relations } = extract([
      'Chile on Friday announced duties of up to 25 percent on Peruvian cars and fruit.',
      'The European Commission imposed provisional anti-dumping duties of up to 41 percent on steel made in India.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Chile SANCTIONS Peru', 'European Commission SANCTIONS India']));
  });

  it('reads banning or halting a state’s goods as sanctioning it ("banned Peruvian fruit imports", "halted imports of wine from Chile")', () => {
    const cases: [string, string][] = [
      ['Bolivia banned Peruvian fruit imports in 2023 after the spill.', 'Bolivia SANCTIONS Peru'],
      ['Ecuador halted imports of wine from Chile on Monday.', 'Ecuador SANCTIONS Chile'],
      ['Colombia has suspended all shipments of shrimp from Ecuador since March.', 'Colombia SANCTIONS Ecuador'],
      ['Uruguay barred Argentine beef exports for two months.', 'Uruguay SANCTIONS Argentina'],
    ];
    for (const [sentence, relation] of cases) expect(extract([sentence]).relations, sentence).toContain(relation);
    // (Imports resumed, or goods banned with no state's name on them, sanction no one.)
    const { relations } = extract(['Bolivia resumed imports of fruit from Peru, and Chile banned plastic bags in shops.']);
    expect(relations.filter((relation) => relation.includes('SANCTIONS'))).toEqual([]);
  });
});

describe('withdrawals', () => {
  it('reads "its withdrawal from <treaty>" as the owner leaving it', () => {
    const { relations } = extract(['Iran said on Monday that its withdrawal from the Treaty on Open Skies was final.']);
    expect(relations).toContain('Iran WITHDRAWS_FROM Treaty on Open Skies');
  });
});

describe('parts acting for the whole', () => {
  it('lets the leaders or ministers of a body act for it', () => {
    const { relations } = extract(['Leaders of the African Union have warned Eritrea to stop arming the rebels.']);
    expect(relations).toContain('African Union URGES Eritrea');
  });
});

describe('relative clauses on treaties', () => {
  it('does not make the one named before "<treaty>, under which …" act under the treaty', () => {
    const { relations } = extract(['Officials told AFP that the rebels were in breach of the 2019 Lima Accord, under which the rebels had promised to leave.']);
    expect(relations.filter((relation) => relation.includes('INVOKES'))).toEqual([]);
  });
});

describe('threats to leave', () => {
  it('reads "threatened to quit X" as a party to X that has not left it', () => {
    const { relations } = extract(['Peru and Chile signed the Lima Water Convention in 2019.', 'Peru threatened to quit the Lima Water Convention on Monday.']);
    expect(relations).toContain('Peru PARTY_TO Lima Water Convention');
    expect(relations).not.toContain('Peru WITHDRAWS_FROM Lima Water Convention');
  });
});

describe('treaties referred back to', () => {
  it('reads "the framework", "the accord" after or before any treaty verb as the treaty the story named', () => {
    const { relations } = extract([
      'Chile and Peru signed the Atacama Water Framework on Monday.',
      'The framework was welcomed by Ecuador, which had mediated the talks.',
      'Colombia said Peru had violated the framework.',
      'Argentina, whose mines lie nearby, backed the framework "as a fair compromise," its envoy said.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Ecuador SUPPORTS Atacama Water Framework', 'Peru VIOLATES Atacama Water Framework', 'Argentina SUPPORTS Atacama Water Framework']));
  });

  it('does not read a treaty noun that is qualified by what follows it, or one that names no treaty named before', () => {
    const { relations } = extract([
      'Chile and Peru signed the Atacama Water Framework on Monday.',
      'Ecuador backed the framework of talks that Brazil proposed in 2019.',
      'Uruguay welcomed the agreement on crossings.',
      'The memorandum was signed by Bolivia, which had mediated the Pilcomayo Memorandum in 2019.',
    ]);
    expect(relations.filter((relation) => /^(Ecuador|Uruguay) SUPPORTS|^Bolivia SIGNS/.test(relation))).toEqual([]);
  });

  it('keeps a description about another matter apart from the one treaty with parties ("a free trade agreement" beside "its security treaty")', () => {
    const { entity } = extract([
      'The United States is bound by its 1960 security treaty with Japan to defend the islands.',
      'Seoul hopes the summit will revive a long-stalled three-way free trade agreement.',
    ]);
    expect(entity('1960 security treaty')?.aliases.filter((alias) => /trade/i.test(alias))).toEqual([]);
    const { entity: same } = extract([
      'Chile is bound by its 1998 defence treaty with Peru.',
      'Lima said the security pact had kept the peace for decades.',
    ]);
    expect(same('1998 defence treaty')?.aliases).toContain('security pact');
  });
});

describe('signing', () => {
  it('finds the treaty before a relative clause when a place, not a treaty, follows the verb', () => {
    const { relations } = extract([
      'The new deal builds on the Treaty of Potosi, which the two presidents, Ana Quiroga and Luis Tapia, signed in Lima in 2020.',
      'Officials recalled the Chaco Water Declaration that the leaders of Paraguay, Bolivia and Argentina signed in Asunción.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Ana Quiroga SIGNS Treaty of Potosi', 'Luis Tapia SIGNS Treaty of Potosi', 'Paraguay SIGNS Chaco Water Declaration', 'Bolivia SIGNS Chaco Water Declaration', 'Argentina SIGNS Chaco Water Declaration']));
  });
});

describe('co-signers', () => {
  it('reads the one a treaty is signed with as signing it too', () => {
    const { relations } = extract([
      'Peru signed the Pacific Gas Accord with Chile on Monday.',
      'The Italian prime minister, Giorgia Rossi, signed the agreement, called the Rome-Carthage Partnership, with the Tunisian president, Karim Saidi, on Thursday.',
      'It builds on the Andes Water Charter that Bolivia signed with Argentina in 2019.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Chile SIGNS Pacific Gas Accord', 'Karim Saidi SIGNS Rome-Carthage Partnership', 'Argentina SIGNS Andes Water Charter', 'Bolivia SIGNS Andes Water Charter']));
  });

  it('does not read support or a possessor after "with" as a co-signer', () => {
    const { relations } = extract([
      "Peru signed the Pacific Gas Accord with the support of Brazil and with Chile's blessing.",
    ]);
    expect(relations.filter((relation) => /^(Brazil|Chile) SIGNS/.test(relation))).toEqual([]);
  });
});

describe('agents and subjects past a clause', () => {
  it('reads a second agent joined by "and by", past a relative clause that names someone else', () => {
    const { relations } = extract([
      'The Lima Fisheries Accord was welcomed by Ecuador, which had mediated the talks with Chile, and by Bolivia.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Ecuador SUPPORTS Lima Fisheries Accord', 'Bolivia SUPPORTS Lima Fisheries Accord']));
    expect(relations.filter((relation) => relation.startsWith('Chile SUPPORTS'))).toEqual([]);
  });

  it('finds the subject before an apposition that opens with "the"', () => {
    const { relations } = extract([
      "Marta Ruiz, the Aymara member of the country's three-person council, called on Peru and Chile to reopen the border.",
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Marta Ruiz URGES Peru', 'Marta Ruiz URGES Chile']));
    expect(relations.filter((relation) => relation.startsWith('Aymara URGES'))).toEqual([]);
  });
});

describe('summons', () => {
  it('reads summoning a named envoy as meeting them', () => {
    const { relations } = extract([
      "Peru's foreign minister, Ana Torres, summoned Chilean Ambassador Jorge Medina to the ministry on Monday.",
    ]);
    expect(relations.filter((relation) => /MEETS/.test(relation) && /Ana Torres|Peru/.test(relation) && /Jorge Medina/.test(relation))).not.toEqual([]);
  });
});

describe('gerunds', () => {
  it('takes the actor named right before a gerund, not a possessive pronoun further back', () => {
    const { relations } = extract([
      'Bolivia, for its part, accused Paraguay of violating the Pilcomayo Water Accord almost daily.',
    ]);
    expect(relations).toContain('Paraguay VIOLATES Pilcomayo Water Accord');
    expect(relations).not.toContain('Bolivia VIOLATES Pilcomayo Water Accord');
  });
});

describe('cooperation', () => {
  it('reads two actors that agree to cooperate, with no "with", as cooperating, not with what they act against', () => {
    const { relations } = extract([
      'Under a border protocol signed in 2023, Lima and Santiago agreed to cooperate against smuggling gangs and the Shining Path.',
    ]);
    expect(relations.filter((relation) => /^(Peru COOPERATES_WITH Chile|Chile COOPERATES_WITH Peru)$/.test(relation))).not.toEqual([]);
    expect(relations.filter((relation) => /COOPERATES_WITH Shining Path/.test(relation))).toEqual([]);
  });
});

describe('subjects named after their owner', () => {
  it('reads "X\'s opposition Y said … and urged the government" as Y urging its own government', () => {
    const { relations } = extract([
      "Chile's opposition Humanist Party said the mine would poison the salt flats and urged the government to publish its water study.",
    ]);
    expect(relations).toContain('Humanist Party URGES Chile');
  });
});

describe('both states in other words', () => {
  it('reads "both partner states" and "the two neighbours" as the story\'s two states', () => {
    const { relations } = extract([
      'Peru and Chile have traded accusations over the border for a month, and Peru closed two crossings with Chile on Friday.',
      'The Andean Community urged both partner states to settle the matter quietly.',
      'A second round of talks between the two neighbours ended on Monday.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Andean Community URGES Peru', 'Andean Community URGES Chile']));
    expect(relations.filter((relation) => /^(Peru MEETS Chile|Chile MEETS Peru)$/.test(relation))).not.toEqual([]);
  });
});

describe('appeals, more shapes', () => {
  it('reads whom an appeal is made to after "that", and past a time adjunct before "to"', () => {
    const { relations } = extract([
      '"Ecuador firmly opposes and demands that Colombia immediately stop these raids," the ministry spokeswoman said.',
      'Bolivia asked the Andean Community on Wednesday to take up its dispute with Chile.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Ecuador URGES Colombia', 'Bolivia URGES Andean Community']));
  });
});

describe('deployments, where forces are put', () => {
  it('reads forces deployed in, across or along a place as deployed to it', () => {
    const { relations } = extract([
      'The Peruvian National Police said it had deployed more than 9,000 officers across Puno for the vote.',
    ]);
    expect(relations).toContain('Peruvian National Police DEPLOYS_TO Puno');
  });
});

describe('coordinated subjects', () => {
  it('reads a subject list past an acronym in brackets', () => {
    const { relations } = extract([
      'The Andean Development Bank (ADB) and the Inter-American Development Bank have suspended Venezuela from their boards.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Andean Development Bank SANCTIONS Venezuela', 'Inter-American Development Bank SANCTIONS Venezuela']));
  });
});

describe('objects before the verb', () => {
  it('takes only a treaty before an active verb as its object, not an actor named before it', () => {
    const { relations } = extract([
      'Peru and Chile signed the Atacama Water Accord on Monday.',
      'A spokesman for the Aymara Council of Puno accused both governments of "dividing up our water behind our backs."',
    ]);
    expect(relations.filter((relation) => relation.includes('SUPPORTS'))).toEqual([]);
  });
});

describe('the two states named just before', () => {
  it('reads "the two neighbours" as the subject, and as the pair the sentence names when the story has no main pair', () => {
    const { relations } = extract([
      "Brazil hosted the talks in Brasilia, Brazil's foreign ministry said, and Brazil will host the next round.",
      'Peru and Chile agreed on Saturday to begin joint demining along a contested stretch of their border and to pull heavy artillery back from the frontier by the end of January, the first step since the two neighbours signed the Arica Peace Accord last year.',
      'Mexico and Norway, which act as guarantors, urged both sides to keep talking.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Peru SIGNS Arica Peace Accord', 'Chile SIGNS Arica Peace Accord']));
    expect(relations.filter((relation) => /^(Mexico URGES Norway|Norway URGES Mexico)$/.test(relation))).toEqual([]);
  });
});

describe('speech tags inside the clause', () => {
  it('reads the subject past ", he said," and not the one who says it', () => {
    const { relations } = extract([
      'Colombian Defence Minister Iván Ruiz spoke to reporters in Bogotá.',
      'Colombia, he said, was acting under Article 51 of the Charter of the Organization of American States, which recognises self-defence.',
    ]);
    expect(relations.filter((relation) => /^Colombia INVOKES/.test(relation))).not.toEqual([]);
    expect(relations.filter((relation) => /^Iván Ruiz INVOKES/.test(relation))).toEqual([]);
  });
});

describe('subjects each after their title', () => {
  it('reads "The X of Y, A, and the Z of W, B, met C" as both meeting C', () => {
    const { relations } = extract([
      'The Aymara member of the council, Ana Quispe, and the chairwoman of the Senate budget committee, Rosa Mamani, met Chilean envoy Jorge Medina on Friday.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Ana Quispe MEETS Jorge Medina', 'Rosa Mamani MEETS Jorge Medina']));
  });
});

describe('quotes that close after the verb', () => {
  it('reads the object after a quotation that ends with the verb', () => {
    const { relations } = extract([
      'Uruguay said it "fully supports" Paraguay in the dispute.',
      'Ecuador said it “firmly backs” Peru.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Uruguay SUPPORTS Paraguay', 'Ecuador SUPPORTS Peru']));
  });
});

describe('objects named after their titles', () => {
  it('reads a person named after "the <titles>," as the object', () => {
    const { relations } = extract([
      "Peru's envoy Jorge Salas met the Chilean interior minister and foreign minister, Dr Ana Ruiz, later on Monday.",
    ]);
    expect(relations).toContain('Jorge Salas MEETS Ana Ruiz');
  });
});

describe('meetings from afar', () => {
  it('reads speaking by video link or over the phone with someone as meeting them', () => {
    const { relations } = extract([
      'Trade Minister Lucas Pereira had spoken by video link with Ana Ruiz on Monday evening.',
      'Foreign Minister Marta Gil spoke over the phone with Jorge Salas.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Lucas Pereira MEETS Ana Ruiz', 'Marta Gil MEETS Jorge Salas']));
  });
});

describe('long coordinated clauses', () => {
  it('reads the subject of a verb joined by "and" to a long first verb phrase', () => {
    const { relations } = extract([
      'Ecuador and Colombia have quarrelled over the border for months, and Colombia closed its crossings last week.',
      "Peru's President Ana Quispe, who has kept a channel open to Bogotá, spoke to Colombian officials by phone on Monday, according to a statement from the Palacio de Gobierno, and urged Colombia to reopen the crossings.",
    ]);
    expect(relations).toContain('Ana Quispe URGES Colombia');
  });
});

describe('both leaders', () => {
  it('reads "both leaders" as the two people last joined by "and", where the story has no main pair of states', () => {
    const { relations } = extract([
      'President Ana Quispe and Chilean President Jorge Medina agreed on Saturday to open two more border crossings.',
      'Brazil, Argentina and Uruguay sent observers, and Brazil offered to host the next round.',
      'Both leaders condemned Venezuela\'s expulsion of their diplomats last month.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Ana Quispe CONDEMNS Venezuela', 'Jorge Medina CONDEMNS Venezuela']));
  });
});

describe('conditional warnings', () => {
  it('reads a warning whose condition names an actor as a threat to it', () => {
    const { relations } = extract([
      'Hugo Salas, the trade minister, warned that Peru could suspend the free trade agreement altogether if Chile went ahead.',
    ]);
    expect(relations).toContain('Hugo Salas THREATENS Chile');
  });
});

describe('verbs joined to a verb of saying', () => {
  it('reaches back to the subject of "said" past the words of what was said', () => {
    const { relations } = extract([
      'Bolivia\'s defence ministry said its radars had tracked "several unidentified objects" that had strayed because of jamming, and accused Peru of "hysteria."',
    ]);
    expect(relations.filter((relation) => /^(Bolivia|Bolivian Ministry of Defen[cs]e|Bolivia's defence ministry) ACCUSES Peru$/.test(relation))).not.toEqual([]);
  });
});

describe('owned objects', () => {
  it('takes the body named right after a possessor as the object, not the possessor', () => {
    const { relations } = extract([
      "Peru's foreign minister Ana Ruiz accused Bolivia's Movement for Socialism of meddling in the vote.",
    ]);
    expect(relations).toContain('Ana Ruiz ACCUSES Movement for Socialism');
    expect(relations).not.toContain('Ana Ruiz ACCUSES Bolivia');
  });
});

describe('support from', () => {
  it('reads "backing from X" as X supporting the one backed', () => {
    const { relations } = extract([
      'Analysts said Venezuela could ignore the sanctions while it enjoyed political and economic backing from Russia.',
    ]);
    expect(relations).toContain('Russia SUPPORTS Venezuela');
    expect(relations).not.toContain('Venezuela SUPPORTS Russia');
  });
});

describe('congratulations', () => {
  it('reads congratulating an actor as honouring it', () => {
    const { relations } = extract(['Ivan Marek became prime minister of Drovnia on Monday.', 'Lusanian President Ana Ruiz congratulated Marek in a post on X.']);
    expect(relations).toContain('Ana Ruiz THANKS Ivan Marek');
  });
});

describe('accusing a government', () => {
  it('reads "accused his government of …" and "the federal army" as the state’s government', () => {
    const { relations } = extract([
      'Chile said on Monday that it would seek arbitration with Peru over the water price.',
      "Chile's opposition Green Alliance said Prime Minister Ivan Marek had waited too long and accused his government of using the issue to win votes.",
    ]);
    expect(relations).toContain('Green Alliance ACCUSES Chile');
  });

  it('does not take a name inside what one is accused of doing as the one accused', () => {
    const { relations } = extract(['Chile signed a defence pact with Peru last year.', "Opposition lawmaker Tomas Berk accused the government of handing Peru a say over Chile's security."]);
    expect(relations).toContain('Tomas Berk ACCUSES Chile');
    expect(relations).not.toContain('Tomas Berk ACCUSES Peru');
  });
});

describe('support renewed', () => {
  it('reads renewing or reiterating backing for an actor as supporting it', () => {
    const { relations } = extract(['The foreign ministers of the Arab League on Sunday renewed their backing for Qatar in its dispute with Iran over the islands.']);
    expect(relations).toContain('Arab League SUPPORTS Qatar');
  });
});

describe('acts welcomed', () => {
  it('reads welcoming an actor’s decision as supporting that actor, not a decision an adjective qualifies', () => {
    const { relations } = extract([
      'Chile imposed sanctions on a Peruvian firm on Tuesday.',
      "The United States, which sanctioned the firm's founder in 2024, welcomed Santiago's decision.",
      'Brazil welcomed the Argentine decision.',
    ]);
    expect(relations).toContain('United States SUPPORTS Chile');
    expect(relations).not.toContain('Brazil SUPPORTS Argentina');
  });
});

describe('appeals that name nobody', () => {
  it('sends "called for calm" or "for an immediate halt to hostilities" to the state the story is about', () => {
    const { relations } = extract([
      'Chile accused Peru on Thursday of killing three of its soldiers near the border.',
      'The chairperson of the African Union Commission, Ana Soto, called for an immediate halt to hostilities.',
      'France called for calm.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Ana Soto URGES Chile', 'France URGES Chile']));
  });
});

describe('negation before a joined verb', () => {
  it('does not carry "not" across "and" to the next verb', () => {
    const { relations } = extract([
      'Chile accused Peru on Thursday of killing three of its soldiers near the border.',
      'France, which keeps a military base in Chile, said its forces were not involved and called for calm.',
      'Brazil did not condemn Peru.',
    ]);
    expect(relations).toContain('France URGES Chile');
    expect(relations).not.toContain('Brazil CONDEMNS Peru');
  });

  it('reads a contracted negation ("didn\'t condemn") as a negation too', () => {
    const { relations } = extract(["Brazil didn't condemn Peru.", 'Chile condemned Peru.']);
    expect(relations).toContain('Chile CONDEMNS Peru');
    expect(relations).not.toContain('Brazil CONDEMNS Peru');
  });
});

describe('a noun before the subject', () => {
  it('does not take the noun that opens an apposition ("…, businessman X, said") as a verb whose object X is', () => {
    const { relations } = extract([
      'One of the excluded candidates, businessman Lamin Sowe, said his lists had been "lost in a drawer" and called on Chile to send observers early.',
    ]);
    expect(relations).toContain('Lamin Sowe URGES Chile');
  });
});

describe('a body’s spokesperson', () => {
  it('lets "a <body> spokesperson said … and urged X" be the body urging, not a name inside "a … commander" killed', () => {
    const { relations } = extract([
      'A State Department spokesperson said the United States saw autonomy as "the only feasible solution" and urged the Polisario Front to engage "seriously".',
    ]);
    expect(relations).toContain('State Department URGES Polisario Front');
  });
});

describe('standing with, in quotation marks', () => {
  it('reads standing “shoulder to shoulder” with an actor as supporting it', () => {
    const { relations } = extract(['Chile said it stood "shoulder to shoulder" with Peru.']);
    expect(relations).toContain('Chile SUPPORTS Peru');
  });
});

describe('a speaker’s own side named by a noun', () => {
  it('reads "said the kingdom stood with X" as the speaker’s state supporting X', () => {
    const { relations } = extract(['Saudi Foreign Minister Tomas Berk said the kingdom stood firmly with Qatar in the dispute.']);
    expect(relations).toContain('Saudi Arabia SUPPORTS Qatar');
  });
});

describe('an appeal past an apposition', () => {
  it('reads "asked X, the … bloc, to …" as urging X', () => {
    const { relations } = extract(['Tomas Berk asked the Collective Security Council, the Moscow-led bloc known as the CSC, to hold urgent consultations.']);
    expect(relations).toContain('Tomas Berk URGES Collective Security Council');
  });
});

describe('what the accused did', () => {
  it('gives a gerund after "accused X of" (or joined to it by "and") X as its subject', () => {
    const { relations } = extract([
      'Chile and Peru signed the Andean Trade Treaty in 2019.',
      'Chile on Friday imposed a 35 percent tariff on steel from Peru, accusing Peru of flooding the market with cheap metal and violating the Andean Trade Treaty.',
    ]);
    expect(relations).toContain('Peru VIOLATES Andean Trade Treaty');
    expect(relations).not.toContain('Chile VIOLATES Andean Trade Treaty');
  });
});

describe('breaking a treaty', () => {
  it('reads breaking, breaching or going against a treaty as violating it, and breaking anything else as nothing', () => {
    const { relations } = extract([
      'Chile and Peru signed the Andean Trade Treaty in 2019.',
      'Chile also filed a complaint, accusing Peru of breaching the Andean Trade Treaty by failing to stop the launches.',
      'Bolivia broke the deadlock with Peru on Monday.',
    ]);
    expect(relations).toContain('Peru VIOLATES Andean Trade Treaty');
    expect(relations.filter((relation) => relation.startsWith('Bolivia VIOLATES'))).toEqual([]);
  });
});

describe('what a text set', () => {
  it('does not read "the price set under the agreement" as the subject acting under it', () => {
    const { relations } = extract(['Chile signed the Water Agreement with Peru in 1962.', 'Lima wants to raise the price set under the Water Agreement, under which Chile pays three cents per gallon.']);
    expect(relations.filter((relation) => relation.includes('INVOKES'))).toEqual([]);
  });
});

describe('assets frozen', () => {
  it('reads freezing any assets of an actor as sanctioning it', () => {
    const { relations } = extract(["The Treasury Department's Office of Foreign Assets Control froze any US assets of Minera Costa Azul, a company controlled by relatives of the president."]);
    expect(relations).toContain('Office of Foreign Assets Control SANCTIONS Minera Costa Azul');
  });
});

describe('offers of mediation', () => {
  it('reads an offer to mediate that names no one as proposing to the state the story is about', () => {
    const { relations } = extract(['Chile suspended maize exports to Peru on Thursday.', 'The Andean Community, whose secretariat is in Lima, offered to mediate.']);
    expect(relations).toContain('Andean Community PROPOSES Chile');
  });
});

describe('calls between two', () => {
  it('reads "a video call between X and Y" as X meeting Y (or Y’s state)', () => {
    const { relations } = extract(['The truce was agreed in a video call between Chilean Foreign Minister Ana Soto and Peruvian deputy foreign minister Tomas Berk, according to a statement.']);
    expect(relations.filter((relation) => /^Ana Soto MEETS (Tomas Berk|Peru)$/.test(relation))).not.toEqual([]);
  });
});

describe('envoys summoned', () => {
  it('reads summoning an ambassador named after the title as meeting them', () => {
    const { relations } = extract(["Chile's Ministry of Foreign Affairs summoned the Peruvian ambassador, Tomas Berk, on Friday morning."]);
    expect(relations.filter((relation) => / MEETS Tomas Berk$/.test(relation))).not.toEqual([]);
  });
});

describe('praise and what it calls a thing', () => {
  it('reads no one thanked in a name after "as" ("hailed the ruling as a victory over X")', () => {
    const { relations } = extract(['Peru hailed the ruling as a victory over Chile.', 'Bolivia praised Argentina as a reliable partner.']);
    expect(relations.filter((relation) => relation.includes('THANKS'))).toEqual(['Bolivia THANKS Argentina']);
  });
});

describe('promises honoured', () => {
  it('reads no one thanked in a commitment honoured ("honoured its commitments to X")', () => {
    const { relations } = extract(['Peru has honoured its commitments to Bolivia.', 'Chile honoured Argentine President Tomas Berk with a state banquet.']);
    expect(relations.filter((relation) => relation.includes('THANKS'))).toEqual(['Chile THANKS Tomas Berk']);
  });
});

describe('visits and the way home', () => {
  it('reads no visit or meeting one is only invited to', () => {
    const { relations } = extract(['Peruvian President Ana Lopes invited Bolivian President Jorge Salas to visit Lima.', 'Chilean President Marta Gil accepted an invitation to visit Argentina.', 'Marta Gil visited Uruguay in May.']);
    expect(relations.filter((relation) => relation.includes('VISITS'))).toEqual(['Marta Gil VISITS Uruguay']);
  });

  it('does not read the place one returns to as a place visited', () => {
    const { relations } = extract(['President Ana Lopes of Chile flew to Lima on Monday to visit a copper mine before returning to Santiago.']);
    expect(relations).not.toContain('Ana Lopes VISITS Santiago');
  });

  it('still reads a place visited on the way', () => {
    const { relations } = extract(['President Ana Lopes of Chile visited Lima on Monday.']);
    expect(relations.filter((relation) => /^Ana Lopes VISITS (Lima|Peru)$/.test(relation))).not.toEqual([]);
  });
});

describe('objects past a verb of saying', () => {
  it('does not read a name in a clause joined by "and said" as the object of the verb before it', () => {
    const { relations } = extract(['Chilean officials blamed heavy rains and said they had shared data through the Andean Community.', 'Peru condemned the raid and said it would ask Bolivia for help.']);
    expect(relations.filter((relation) => / (ACCUSES|CONDEMNS) (Andean Community|Bolivia)$/.test(relation))).toEqual([]);
  });
});

describe('objects listed with commas', () => {
  it('reads every name of "A, B, C and D" after the verb as its object, and a name set off by commas alone as an apposition', () => {
    const { relations } = extract([
      'The African Union urged Kenya, Uganda, Tanzania and Rwanda to reopen their borders.',
      'Peru condemned Chile, Bolivia and Ecuador for the raids.',
      'The United Nations urged Norway, the current chair, to call a meeting.',
    ]);
    expect(relations).toEqual(expect.arrayContaining([
      'African Union URGES Kenya', 'African Union URGES Uganda', 'African Union URGES Tanzania', 'African Union URGES Rwanda',
      'Peru CONDEMNS Chile', 'Peru CONDEMNS Bolivia', 'Peru CONDEMNS Ecuador', 'United Nations URGES Norway',
    ]));
  });
});

describe('acts named by a noun with their agent after "by"', () => {
  it('reads "violations of T by X" and "an attack on Y by X" as X acting, not the sentence’s subject', () => {
    const { relations } = extract(['Chad listed repeated violations of the Doha Agreement by Niger.', 'Mali condemned the attack on Burkina Faso by the Ulmo Front.']);
    expect(relations).toEqual(expect.arrayContaining(['Niger VIOLATES Doha Agreement', 'Ulmo Front FIGHTS_AGAINST Burkina Faso']));
    expect(relations).not.toContain('Chad VIOLATES Doha Agreement');
    expect(relations).not.toContain('Mali FIGHTS_AGAINST Burkina Faso');
  });
});

describe('praise and forces kept, in the present tense and in other nouns', () => {
  it('reads praise in the present tense inside a quote ("We commend X for …") as the speaker thanking X', () => {
    const { relations } = extract(['“We commend Ghana for its patience,” the Nordic Council said in a statement.']);
    expect(relations).toContain('Nordic Council THANKS Ghana');
  });

  it('reads battalions and brigades kept somewhere as forces deployed there', () => {
    const { relations } = extract(['The Kenyan army said it would keep two battalions in Dravo province until the crossings reopened.']);
    expect(relations).toContain('Kenyan army DEPLOYS_TO Dravo province');
  });
});
