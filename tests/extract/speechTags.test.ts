// Who speaks when the speech tag sits inside the sentence ("X, he said, had …"), when a quote is followed by a
// coordinated verb ("…," and said Y would …), and when full names that share a surname meet across articles.
// The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph } from '../../graph/model.ts';
import { ingestArticle } from '../../src/pipeline.ts';
import { article, extract } from '../support/articles.ts';

function saidBy(text: string[]): [string, string][] {
  return extract(text).statements.map((statement) => [statement.speakerName, statement.text]);
}

describe('speech tags inside the sentence', () => {
  it('gives "X, he said, had been “…”" to the speaker named before, not to X, as one sentence without its tag', () => {
    expect(saidBy([
      'In Vienna, ministry spokesman Karl Brandauer confirmed the release.',
      'Novak, he said, had been “held without reason” and would get “all the care he needs”.',
    ])).toEqual([
      ['Karl Brandauer', 'Novak had been “held without reason” and would get “all the care he needs”'],
    ]);
  });

  it('gives the "he" of "who he said" to the subject a state\'s office names, not to a person of the sentence before', () => {
    const said = saidBy([
      'President Paul Mba has relied on foreign advisers since 2018.',
      'Meanwhile, Gabon’s government spokesman Rene Obame condemned the rebels in the north, who he said had burned two schools last week.',
    ]);
    expect(said).toContainEqual(['Rene Obame', 'had burned two schools last week']);
  });

  it('reads “…,” and said Y would … as the sentence subject’s words, not Y’s', () => {
    const said = saidBy(['Mira Halvorsen thanked Oman for what she called “months of patient work,” and said Washington would keep pressing for more releases.']);
    expect(said.map(([speaker]) => speaker)).toEqual(['Mira Halvorsen', 'Mira Halvorsen']);
  });
});

describe('a participle of telling', () => {
  it('gives "X went further, telling reporters that … “…”" to X', () => {
    expect(saidBy([
      'The talks broke down on Monday.',
      'Velmora’s foreign minister, Pavel Dusek, went further, telling reporters in Nabrel that the border talks were “dead in the water”.',
    ])).toEqual([['Pavel Dusek', 'dead in the water']]);
  });
});

describe('a pronoun in a speech tag', () => {
  it('points at the person who spoke last, named with an occupation and a relative clause before "said"', () => {
    const said = saidBy([
      'The Velmoran envoy, Tomas Reyl, said his government “fully backs” the pact.',
      'The pact has critics at home. Green councillor Ines Marwood, who sits on the harbour committee, said the port was “already short of pilots”. “The council owes us a plan for the winter,” she said.',
    ]);
    expect(said.at(-1)).toEqual(['Ines Marwood', 'The council owes us a plan for the winter']);
  });
});

describe('a person named with the body they work at', () => {
  it('gives "Professor X of Y’s Institute said …" to X, not to the institute', () => {
    expect(saidBy([
      'Experts doubted the offer. Professor Lina Varga of Nabrel University’s Institute for Border Studies said Velmora had “every reason to refuse” while it kept its backing.',
    ])).toEqual([['Lina Varga', 'every reason to refuse']]);
  });

  it('still gives "A spokesperson for X’s ministry said …" to the ministry', () => {
    const said = saidBy(['A spokesperson for China’s commerce ministry said the controls were “in line with common practice” and applied to all.']);
    expect(said.map(([speaker]) => speaker)).toEqual(['Chinese Ministry of Commerce']);
  });
});

describe('a surname with its particle', () => {
  it('reads "al-Zein said" as the person named in full before', () => {
    const said = saidBy(['The rebels sent a delegation under his adviser Tariq al-Zein. In a post online, al-Zein said the fighters had accepted the truce “out of duty to our people”.']);
    expect(said).toEqual([['Tariq al-Zein', 'the fighters had accepted the truce “out of duty to our people”']]);
  });
});

describe('"according to" before a quote', () => {
  it('gives "According to X, the issue “…” and …" to X, the whole clause', () => {
    expect(saidBy([
      'Velmora’s envoy, Omar Haddad, rejected the report. According to Haddad, the issue “has long been settled” and was being used by Nabrel “to hide its own failures.”',
    ])).toEqual([['Omar Haddad', 'the issue “has long been settled” and was being used by Nabrel “to hide its own failures.”']]);
  });

  it('leaves a clause that names its own speaker to that speaker', () => {
    const said = saidBy(['According to the Harbour News Agency, Velmoran officials were more careful and said the council would reply “in good time.”']);
    expect(said.map(([speaker]) => speaker)).not.toContain('Harbour News Agency');
  });
});

describe('a second clause joined after a quote', () => {
  it('gives "…,” while X, which …, accused Y of “…”" to X, not to the first clause’s subject', () => {
    const said = saidBy(['Farmers blocked the roads. The Union of Arable Farmers called on lawmakers to “reject this deal for good,” while Agri Europa Council, which represents farm groups across the bloc, accused the Commission of “trading away our harvests for cars.”']);
    expect(said).toEqual([
      ['Union of Arable Farmers', 'reject this deal for good'],
      ['Agri Europa Council', 'trading away our harvests for cars.'],
    ]);
  });

  it('keeps the sentence’s subject when the joined clause names none ("…,” but warned that …")', () => {
    const said = saidBy(['Talks resumed. Velmoran Foreign Minister Pavel Dusek called the meeting “useful,” but warned that Nabrel “must stop the shelling first.”']);
    expect(said.map(([speaker]) => speaker)).toContain('Pavel Dusek');
  });
});

describe('a surname written again', () => {
  it('finds the person when the accents are dropped the second time ("Karaoglu" for "Selim Karaoğlu")', () => {
    const said = saidBy(['Velmora’s Foreign Minister Selim Karaoğlu praised the exchange. Karaoglu, speaking at a news conference, said Nabrel was ready to host “a new round of direct talks at any level.”']);
    expect(said).toContainEqual(['Selim Karaoğlu', 'Nabrel was ready to host “a new round of direct talks at any level.”']);
  });

  it('does not take a possessor for the subject a later “she said” sets apart ("Keita’s response, she added, …")', () => {
    const said = saidBy([
      'Mali’s foreign minister, Moussa Keita, said the bloc “has not yet understood” the change.',
      '“Both sides need each other,” said Awa Diallo, a researcher in Dakar. Keita’s response, she added, showed that “pride on both sides” would make any deal slow.',
    ]);
    expect(said.at(-1)?.[0]).toBe('Awa Diallo');
  });
});

describe('a quote inside a quote', () => {
  it('keeps a single-marked quote nested in a double-marked one inside it', () => {
    const said = saidBy(['Omar Tahan said the group had “kept every promise”. “They told us, ‘Give us two weeks and the gate will open,’ and it has been two months,” Tahan said in remarks carried by the group’s channel.']);
    expect(said).toContainEqual(['Omar Tahan', 'They told us, ‘Give us two weeks and the gate will open,’ and it has been two months']);
  });

  it('still reads British quotes in single marks', () => {
    expect(saidBy(['‘We will not be moved from this harbour,’ said Omar Tahan.'])).toEqual([['Omar Tahan', 'We will not be moved from this harbour']]);
  });
});

describe('a demand joined after a quote', () => {
  it('reads "said in a … statement … that <clause with “…”>, and urged Y to …" as one statement of the speaker, all of it', () => {
    const said = saidBy(['Haddad’s sister, Rana Haddad, said in a video statement released by the family that her brother was “a teacher, not a spy,” and urged President Tom Ellery to raise the case with the Velmoran president directly.']);
    expect(said).toEqual([
      ['Rana Haddad', 'her brother was “a teacher, not a spy,” and urged President Tom Ellery to raise the case with the Velmoran president directly'],
    ]);
  });
});

describe('a body named after its possessor, as the subject of joined verbs', () => {
  it('gives "The X’s Council urged … “…” and called on …" to the council, both parts (one demand running over its quote)', () => {
    const said = saidBy(['The Northern Union’s Peace and Security Council urged both sides to turn the truce into “a permanent and nationwide ceasefire” and called on outside powers to stop sending weapons into Velmora.']);
    expect(said).toEqual([
      ['Peace and Security Council', 'urged both sides to turn the truce into “a permanent and nationwide ceasefire” and called on outside powers to stop sending weapons into Velmora'],
    ]);
  });
});

describe('"The statement said"', () => {
  it('gives what "the statement" called and said to the one who last issued words as a subject', () => {
    const said = saidBy(['Serbia’s General Staff announced on Monday that it would “fully restore” its border posts. The statement called Croatia’s artillery drills near the river “a reckless provocation” and said Serbia was “no longer bound by any document signed with its neighbour.”']);
    expect(said.map(([speaker]) => speaker)).toEqual(['Serbian General Staff', 'Serbian General Staff', 'Serbian General Staff']);
  });
});

describe('people who share a surname, across articles', () => {
  it('keeps two full names with one surname apart even when one was called by the surname alone', () => {
    const graph = createKnowledgeGraph();
    ingestArticle(graph, article(['Daniel Moreau, 46, was freed on Tuesday. Moreau had been held for a year.'], { id: 'article:a1' }));
    ingestArticle(graph, article([
      'Daniel Moreau, 46, landed in Paris on Wednesday.',
      '“We waited so long,” his sister, Claire Moreau, told reporters. Moreau thanked the mediators.',
    ], { id: 'article:a2' }));
    const people = graph.filterNodes((_, attributes) => attributes.kind === 'Person').map((id) => graph.getNodeAttribute(id, 'name'));
    expect(people.sort()).toEqual(['Claire Moreau', 'Daniel Moreau']);
  });
});

describe('possessives and pronouns around a verb of saying', () => {
  it('gives “…,” said X’s lawyer, Y to Y', () => {
    expect(saidBy(['“The court has finally listened,” said Volkov’s lawyer, Hanna Berger.'])).toEqual([['Hanna Berger', 'The court has finally listened']]);
  });

  it('gives "that it says …" to the state acting in the sentence, not the last place named', () => {
    const said = saidBy(['Canada on Monday froze the assets of two firms registered in Panama and nine ships that it says carried arms to the rebels.']);
    expect(said.map(([speaker]) => speaker)).toEqual(['Canada']);
  });

  it('reads "Its spokeswoman" after "X, an Egyptian group," as X’s, and keeps "Watch" in a group’s name', () => {
    const { relations, entity } = extract([
      'Delta Water Watch, an Egyptian environmental group, criticised the plan. Its spokeswoman, Laila Hamdy, called for a review.',
    ]);
    expect(entity('Delta Water Watch')?.kind).toBe('Organization');
    expect(relations).toContain('Laila Hamdy SPEAKS_FOR Delta Water Watch');
  });
});

describe('reported speech that quotes a few words in passing', () => {
  it('keeps the whole clause, quote and all, with what follows the quote', () => {
    expect(saidBy(['Foreign ministry spokesman Ahmet Demir said the offer “still stands” and called on Cyprus to return to the table.'])).toEqual([
      ['Ahmet Demir', 'the offer “still stands” and called on Cyprus to return to the table'],
    ]);
  });

  it('starts the clause after "told reporters … that"', () => {
    const said = saidBy(['Its spokesman, Pavel Lenkov, told reporters in Minsk that the army had been ordered to hold fire “without exception”.']);
    expect(said).toEqual([['Pavel Lenkov', 'the army had been ordered to hold fire “without exception”']]);
  });

  it('finds the speaker across a long apposition naming a whole body', () => {
    const said = saidBy(['Jonas Lind, a spokesman for the UN Office for the Coordination of Humanitarian Affairs (OCHA), said only two convoys had reached the city since June.']);
    expect(said).toEqual([['Jonas Lind', 'only two convoys had reached the city since June']]);
  });

  it('does not read "admitted to …" as a clause of speech', () => {
    const said = saidBy(['Both governments admitted to their role in the raid hours after the ministry declared the “end” of the operation.']);
    expect(said.some(([, text]) => text.startsWith('to their role'))).toBe(false);
  });
});

describe('relative clauses, quoted names and pronouns in a longer sentence', () => {
  it('gives “…, alongside X, who called it “…”" to X', () => {
    const said = saidBy(['Ruto and Museveni signed the accord in Nairobi alongside UN envoy Ana Lind, who called it “the end of a long war.”']);
    expect(said).toEqual([['Ana Lind', 'the end of a long war.']]);
  });

  it('never takes a name inside the quote for the speaker of a later quote in the sentence', () => {
    const said = saidBy(['“Kenya cannot afford a long crisis,” Odinga told the daily Nation, adding that a snap vote would be “a gift to the opposition”.']);
    expect(said.every(([speaker]) => speaker !== 'Kenya')).toBe(true);
  });

  it('reads "in what it called “…”" as the words of the state or body acting', () => {
    const said = saidBy(['China’s military launched drills around Taiwan on Tuesday in what it called a “stern warning” to separatists.']);
    expect(said.map(([speaker]) => speaker)).toEqual(["China's military"]);
  });

  it('does not take "the sister of the leader" for the subject that a later "She" points to', () => {
    const { statements } = extract([
      'Kim Jong Un inspected the site. Kim Yo-jong, the sister of the North Korean leader, issued a statement.',
      'She warned Seoul that it would “pay dearly” for the drills.',
    ]);
    expect(statements.find((statement) => statement.text.includes('pay dearly'))?.speakerName).toBe('Kim Yo-jong');
  });
});

describe('the date of a statement', () => {
  it('does not take a day of background history from an earlier sentence', () => {
    const { statements } = extract([
      'The court found that Russia had ignored the measures ordered on March 16, 2022.',
      'Zelensky welcomed the decision, calling it “a historic day for international law” in his evening address.',
    ], '2026-11-12');
    expect(statements.find((statement) => statement.text.includes('historic day'))?.date).toBe('2026-11-12');
  });
});

describe('more reported speech of real news', () => {
  it('reads accusations, court rulings and bracketed acronyms as statements', () => {
    const said = saidBy([
      'Hamas official Khalil al-Masri accused Israel of delaying aid trucks and urged the mediators to make sure Israel “honours the protocol.”',
      'The International Court of Justice ruled on Monday that Russia had produced no evidence for its claim.',
      'The U.S. Pacific Command (PACOM) said the launch did not pose an immediate threat but “shows the danger” of the programme.',
    ]);
    expect(said.map(([, text]) => text)).toEqual(expect.arrayContaining([
      expect.stringContaining('delaying aid trucks'),
      expect.stringContaining('produced no evidence'),
      expect.stringContaining('did not pose an immediate threat'),
    ]));
  });

  it('keeps one quoted word said of something after "was", and an acronym with digits as an organisation', () => {
    const { statements, entity } = extract(['The State Department said its commitment to the accord was “unshakable”. The M23 rebels said they were not bound by the deal.']);
    expect(statements.map((statement) => statement.text)).toEqual(expect.arrayContaining([expect.stringContaining('unshakable')]));
    expect(entity('M23')?.kind).toBe('Organization');
  });

  it('does not read "responded by …" as what was said', () => {
    const said = saidBy(['Beijing responded by blocking exports of chips from its plants.']);
    expect(said).toEqual([]);
  });

  it('reads "AU Commission Chairperson X" as the chairperson', () => {
    const { relations } = extract(['AU Commission Chairperson Amina Diallo condemned the takeover “in the strongest terms”.']);
    expect(relations).toContain('Amina Diallo LEADS AU Commission');
  });
});

describe('trailing attributions with more after them, and courts', () => {
  it('reads "<clause>, X said on Tuesday, after two days of talks in Y." as X’s clause', () => {
    const said = saidBy(['Armenia and Azerbaijan have agreed to reopen two border crossings, Turkish Foreign Minister Selim Karaca said on Tuesday, after two days of talks in Antalya.']);
    expect(said).toEqual([['Selim Karaca', 'Armenia and Azerbaijan have agreed to reopen two border crossings']]);
  });

  it('does not cut a clause at the comma inside a number', () => {
    const said = saidBy(['Last week, Kenya said that nearly 2,500 fishing boats had been kept in port by the storm.']);
    expect(said).toEqual([['Kenya', 'nearly 2,500 fishing boats had been kept in port by the storm']]);
  });

  it('gives "…, ruling that …" to the court acting', () => {
    const said = saidBy(['The General Court on Wednesday annulled sanctions on businessman Oleg Marin, ruling that the Council had failed to show he still had ties to Moscow.']);
    expect(said).toEqual([['General Court', 'the Council had failed to show he still had ties to Moscow']]);
  });
});

describe('voices that stand for someone named before', () => {
  it('reads "it said" after "X’s office rejected …" as the person whose office it is', () => {
    const said = saidBy(['Prime Minister Tom Hale spoke on Monday.', 'Hale’s office rejected the charge. In a statement, it said the cabinet "remains loyal to the accord".']);
    expect(said).toContainEqual(['Tom Hale', 'the cabinet "remains loyal to the accord"']);
  });

  it('gives a quote followed by ", a line that X read as …" to the one who said it, not to X', () => {
    const said = saidBy(['Japan’s embassy in Lima said in a short post on Facebook that Tokyo backed "the unity and stability of Peru", a line that Cusco leaders read as a snub.']);
    expect(said.map(([speaker]) => speaker)).toEqual(["Japan's embassy in Lima"]);
    expect(said[0]![1]).toContain('the unity and stability of Peru');
  });

  it('gives "X of the Y said …" to X, and a later "he said" to X after "In <place>, opposition leader X"', () => {
    const said = saidBy([
      'Interior Minister Pablo Ruiz defended the deal.',
      'In Malta, opposition leader Carl Vella of the National Bloc said his party would read every line of the text. "We want this to work, but we will not accept foreign police on our soil," he said.',
    ]);
    expect(said).toEqual([
      ['Carl Vella', 'his party would read every line of the text'],
      ['Carl Vella', 'We want this to work, but we will not accept foreign police on our soil'],
    ]);
  });

  it('does not give "X was told that …" to X, who listened: a trailing "the ministry said" names the speaker', () => {
    const said = saidBy([
      "Russia's foreign ministry summoned the Danish envoy on Monday.",
      'Ambassador Tom Berg was told that Russia "reserves the right to take all measures to protect its sailors," the ministry said.',
      'Ambassador Tom Berg was also told that Russia would send a frigate to the area.',
    ]);
    expect(said).toEqual([['Russian Ministry of Foreign Affairs', 'reserves the right to take all measures to protect its sailors']]);
  });

  it('gives each of two speakers joined by ", and" in one sentence their own words', () => {
    const said = saidBy(['Hungary, which has faced similar disputes, said it "fully supports" Slovakia, and Austria’s foreign minister, Eva Gruber, wrote on X that "the region stands together against these provocations."']);
    expect(said).toEqual([
      ['Hungary', 'fully supports'],
      ['Eva Gruber', 'the region stands together against these provocations.'],
    ]);
  });

  it('reads "said about 200 guards …" as a clause, and "The bloc, which …, said" as the organisation named before', () => {
    const said = saidBy([
      'Officials in Dushanbe said about 200 guards from each side would be pulled back from the posts.',
      'Russia praised the Shanghai Cooperation Organisation (SCO).',
      'The bloc, which was criticised in Astana for failing to act, said its secretary general would visit the region in December.',
    ]);
    expect(said).toEqual([
      ['Tajikistan', 'about 200 guards from each side would be pulled back from the posts'],
      ['Shanghai Cooperation Organisation', 'its secretary general would visit the region in December'],
    ]);
  });

  it('reads names spelt out beside the subject, between commas with an acronym or between dashes', () => {
    const said = saidBy([
      'The army’s media wing, Defence Headquarters Media Operations (DHMO), said that troops had killed 14 fighters in an operation.',
      'NNPC — Nigerian National Petroleum Company — said fuel imports would be normalised within weeks.',
    ]);
    expect(said).toEqual([
      ['Defence Headquarters Media Operations', 'troops had killed 14 fighters in an operation'],
      ['Nigerian National Petroleum Company', 'fuel imports would be normalised within weeks'],
    ]);
  });

  it('gives a sentence closed by ", the bureau said" to the bureau, but not one closed by ", a charge X denies"', () => {
    const said = saidBy([
      'The National Bureau of Inquiry (NBI) was called in.',
      'Investigators from the NBI boarded the ship and found that one of its anchors was missing, the bureau said.',
      'Chad has repeatedly accused Sudan of arming the rebels, a charge Khartoum denies.',
    ]);
    // The closing ", a charge Khartoum denies" is no attribution of the whole sentence, but a denial of its own.
    expect(said.map(([speaker]) => speaker)).toEqual(['National Bureau of Inquiry', 'Chad', 'Sudan']);
  });

  it('reads "rejected it as …", "dismissed X as …" and a short "called for …" as statements', () => {
    const said = saidBy([
      'Laos has long rejected it as a colonial-era arrangement.',
      'The Kurdistan Regional Government (KRG) called for an investigation.',
      'The plan called for 300 troops.',
    ]);
    expect(said).toEqual([
      ['Laos', 'rejected it as a colonial-era arrangement'],
      ['Kurdistan Regional Government', 'called for an investigation'],
    ]);
  });

  it('gives "The letter, seen by X, urged …" to the one who last wrote or spoke, not to the last subject', () => {
    const said = saidBy([
      'In a letter to the council, Egyptian Foreign Minister Sameh Adel wrote that the dam "threatens millions of people", a charge that the leaders of Sudan and Ethiopia dispute.',
      'The letter, seen by Reuters, urged the council to press for "a binding deal on the dam" within six months.',
    ]);
    expect(said.at(-1)![0]).toBe('Sameh Adel');
    expect(said.at(-1)![1]).toContain('a binding deal on the dam');
  });

  it('gives "…, the two ministries said" to one of the two states the story is about when the sentence names neither', () => {
    const said = saidBy(['Chile and Peru signed the deal in Arica.', 'The binational commission is due to hold its first meeting in Tacna in January, the two ministries said.']);
    expect(said).toEqual([['Chile', 'The binational commission is due to hold its first meeting in Tacna in January']]);
  });

  it('reads "said in a statement posted on Facebook that it had “…” …" as the clause, quote and all', () => {
    const said = saidBy(['The Philippine Coast Guard said in a statement posted on Facebook that it had "escorted" the boat in line with national law.']);
    expect(said).toEqual([['Philippine Coast Guard', 'it had "escorted" the boat in line with national law']]);
  });

  it('reads "…, but he insisted that …" after a quote, and officials joined to a state’s clause as that state', () => {
    const said = saidBy([
      'In Tobruk, the prime minister, Ali Fathi, said the fighting showed that "the capital is not safe", but he insisted that the east remained committed to the Rome text.',
      'Argentina has courted miners with tax breaks, and officials said three of the projects covered by the protocol were already registered.',
    ]);
    expect(said).toEqual([
      ['Ali Fathi', 'the capital is not safe'],
      ['Ali Fathi', 'the east remained committed to the Rome text'],
      ['Argentina', 'three of the projects covered by the protocol were already registered'],
    ]);
  });

  it('reads "Its pro-Western government has accused …" as the state the pronoun points to', () => {
    const said = saidBy([
      'Georgia, with 3.7 million people, is one of Europe’s smaller countries.',
      'Its pro-Western government has accused Russia of trying to destabilise it through disinformation.',
    ]);
    expect(said).toEqual([['Georgia', 'Russia of trying to destabilise it through disinformation']]);
  });

  it('gives "The X (ACR) in <city>, which …, called for …" to X, not to a name inside the relative clause', () => {
    const said = saidBy(['The Kurdistan Regional Government (KRG) in Erbil, which has generally avoided criticising Ankara, called for an investigation into the strike.']);
    expect(said).toEqual([['Kurdistan Regional Government', 'called for an investigation into the strike']]);
  });

  it('reads "…, charges that X denies" as X’s denial, apart from the accusation', () => {
    const said = saidBy(['Georgia’s government has accused Russia of trying to destabilise it through disinformation, charges that the Kremlin denies.']);
    expect(said).toEqual([
      ['Georgia', 'Russia of trying to destabilise it through disinformation'],
      ['Russia', 'charges that the Kremlin denies'],
    ]);
  });

  it('reads "Its chair, <title> X, had offered to …" as X’s, and a promise in three words ("has offered to mediate")', () => {
    const said = saidBy(['The Pacific Islands Forum said it was watching.', 'Its chair, Fiji Prime Minister Sitiveni Rabuka, had earlier offered to host talks between the two sides.', 'Uganda has offered to mediate.']);
    expect(said.filter(([speaker]) => speaker !== 'Pacific Islands Forum')).toEqual([
      ['Sitiveni Rabuka', 'offered to host talks between the two sides'],
      ['Uganda', 'offered to mediate'],
    ]);
  });

  it('gives "…, a claim that X’s General Staff called “propaganda” and said …" to X, apart from the claim', () => {
    const said = saidBy(['Russia’s military claimed on Tuesday that its troops had captured two more villages in the Donetsk region, a claim that Ukraine’s General Staff called "propaganda" and said it could not confirm.']);
    expect(said).toEqual([
      ['Ukrainian General Staff', 'a claim that Ukraine’s General Staff called "propaganda" and said it could not confirm'],
      ["Russia's military", 'its troops had captured two more villages in the Donetsk region'],
    ]);
  });
});

describe('a speaker in a clause joined by ", and"', () => {
  it('reads what follows "said" in a clause joined by ", and" as the statement, not the clause before', () => {
    const { statements } = extract(['Riot police fired tear gas near the assembly, and the Interior Ministry said 23 people had been detained.']);
    expect(statements.map((statement) => [statement.speakerName, statement.text])).toEqual([['Interior Ministry', '23 people had been detained']]);
  });

  it('still reads a short trailing tag after ", and" names as the speaker of the clause before', () => {
    const { statements } = extract(['The talks will resume in March in Geneva, Ukrainian and Polish officials said.']);
    expect(statements.map((statement) => statement.text)).toEqual(['The talks will resume in March in Geneva']);
  });
});

describe('an accusation of a quoted party', () => {
  it('reads "accused “X” of …" as the whole accusation, not the quoted words alone', () => {
    expect(saidBy(['Interior Minister Hugo Marr accused "organised groups" of trying to storm the assembly.'])).toEqual([['Hugo Marr', '"organised groups" of trying to storm the assembly']]);
  });
});

describe('a relative clause between the speaker and the verb', () => {
  it('finds the speaker before a "whose" clause with commas inside it', () => {
    expect(saidBy(['Mira Holt, whose brother, Ivo Holt, is among the detained, said she had heard nothing from him.'])).toEqual([['Mira Holt', 'she had heard nothing from him']]);
  });

  it('reads no accusation by someone who is accused', () => {
    expect(saidBy(['Anna Berg, whose Civic Union party has been accused by the opposition of avoiding a fight with Moscow, said she had discussed the case by phone.'])).toEqual([['Anna Berg', 'she had discussed the case by phone']]);
  });
});

describe('an accusation told by a participle', () => {
  it('gives ", accusing them of …" to the first actor of the clause, not the names just before it', () => {
    expect(saidBy(['Last month Washington imposed sanctions on two army generals, Ivo Lual and Peter Akol, accusing them of attacks on civilians.'])).toEqual([['United States', 'them of attacks on civilians']]);
  });
});

describe('a part of a body as the subject', () => {
  it('gives "The LTC secretariat, based in Velo, said …" to the body, past the apposition', () => {
    const said = saidBy([
      'The Lake Tarn Commission (LTC) met in Velo on Monday.',
      'The LTC secretariat, based in Velo, said in a statement that talks on the new dam had ended without agreement.',
    ]);
    expect(said).toEqual([['Lake Tarn Commission', 'talks on the new dam had ended without agreement']]);
  });

  it('gives "The Tarn Guard (TG) navy said …" to the body its bracketed acronym follows', () => {
    const said = saidBy(['The Tarn Guard (TG) navy said its exercise near the islands had been planned for months.']);
    expect(said).toEqual([['Tarn Guard', 'its exercise near the islands had been planned for months']]);
  });
});

describe('the people of a body, and a body by its size', () => {
  it('gives "Leaders of the SLC said …" and "Leaders of the 12-member bloc said …" to the body', () => {
    const said = saidBy([
      'The Southern Lakes Community (SLC) held a summit in Velo on Friday.',
      'Leaders of the SLC said that the vote in Tarn must go ahead in March.',
      'Leaders of the 12-member bloc said in a communique that they would send 30 observers to Tarn.',
    ]);
    expect(said).toEqual([
      ['Southern Lakes Community', 'the vote in Tarn must go ahead in March'],
      ['Southern Lakes Community', 'they would send 30 observers to Tarn'],
    ]);
  });
});

describe('a speaker set off by commas before "told reporters"', () => {
  it('reads what follows "told reporters" without "that" as what was said', () => {
    expect(saidBy(['The spokesman, Karl Weiss, told reporters the government was in close contact with the two neighbours.'])).toEqual([
      ['Karl Weiss', 'the government was in close contact with the two neighbours'],
    ]);
  });
});

describe('where a speaker sits, and a saying denied', () => {
  it('gives "X of the University of Y in Z said …" to X, past the city the body sits in', () => {
    expect(saidBy(['Marta Vidal of the University of Tarn in Velo said the deal left the real problem untouched.'])).toEqual([
      ['Marta Vidal', 'the deal left the real problem untouched'],
    ]);
  });

  it('reads no statement in "did not say" or "didn’t say"', () => {
    expect(saidBy(['The ministry in Velo did not say who would lead the delegation to the talks.', "Marta Vidal didn't say who would lead the delegation to the talks."])).toEqual([]);
  });
});

describe('a quote after a colon, with no verb of saying', () => {
  it('gives “X put it differently: “…”” and “X was blunt: “…”” to the person opening the sentence', () => {
    expect(saidBy(['Ana Ruiz put it differently: "Nobody won this fight, and the farmers paid for it."']).map(([speaker]) => speaker)).toEqual(['Ana Ruiz']);
    expect(saidBy(['Ana Ruiz was blunt: "Nobody won this fight."']).map(([speaker]) => speaker)).toEqual(['Ana Ruiz']);
  });

  it('gives no speaker when a body opens the sentence', () => {
    expect(saidBy(['Tarn Airways posted a notice: "All flights to Velo are cancelled until further notice."'])).toEqual([]);
  });
});

describe('a participle after a long speech tag, with a quote of its own', () => {
  it('reads “…,” X told a briefing in Y, adding that Z remained “…” as a second statement of X', () => {
    const said = saidBy(['"These claims are not justified," ministry spokesperson Karl Weiss told a weekly briefing in Velo, adding that his country remained "open to a constructive dialogue" with its neighbour.']);
    expect(said).toEqual([
      ['Karl Weiss', 'These claims are not justified'],
      ['Karl Weiss', 'his country remained "open to a constructive dialogue" with its neighbour'],
    ]);
  });
});

describe('a phrase set before the subject', () => {
  it('reads "In a statement after their meeting in Velo, the council said …" as the council saying what follows', () => {
    expect(saidBy([
      'The Southern Lakes Council (SLC) met in Velo.',
      'In a statement after their regular meeting in Velo, the council said the islands belonged to Tarn.',
    ])).toEqual([['Southern Lakes Council', 'the islands belonged to Tarn']]);
  });

  it('reads "In Velo, a displaced teacher, X, said …" as X saying what follows, not the phrase before', () => {
    expect(saidBy(['In Velo, a displaced teacher, Marta Vidal, said she had heard many promises.'])).toEqual([['Marta Vidal', 'she had heard many promises']]);
  });
});

describe('a name given with a quote inside it', () => {
  it('keeps the quote in "what X described as an armed crossing by “…”"', () => {
    const said = saidBy(['The clash broke out after what Chile\'s border troops described as an armed crossing by "a group of up to forty men with heavy weapons".']);
    expect(said).toContainEqual(['Chile', 'an armed crossing by "a group of up to forty men with heavy weapons"']);
  });
});

describe('a person of a body named with a word before it', () => {
  it('gives "X of the opposition Valor party said …" to X, not the party', () => {
    const said = saidBy(['Rosa Quintero of the opposition Valor party said Congress had "not been consulted" before the vote.']);
    expect(said.map(([speaker]) => speaker)).toEqual(['Rosa Quintero']);
  });
});

describe('a contrasting clause with its own speaker after a quote', () => {
  it('splits "X wrote that … “…”, while Wellington said that …" into two statements', () => {
    const said = saidBy(['Australian Foreign Minister Penny Wong wrote on X that Canberra looked forward to working "with whichever government Fijians choose", while Wellington said in a statement that it had full confidence in Fiji\'s institutions.']);
    expect(said).toEqual([
      ['New Zealand', "it had full confidence in Fiji's institutions"],
      ['Penny Wong', 'Canberra looked forward to working "with whichever government Fijians choose"'],
    ]);
  });

  it('splits reported speech without quotes the same way', () => {
    const said = saidBy(["Penny Wong said Canberra looked forward to working with any government, while Wellington said it had full confidence in Fiji's institutions."]);
    expect(said).toEqual([
      ['New Zealand', "it had full confidence in Fiji's institutions"],
      ['Penny Wong', 'Canberra looked forward to working with any government'],
    ]);
  });
});

describe('a contrasting demand of another side in a roundup of reactions', () => {
  it('splits "X welcomed it, with Y calling it …, while Z urged W to …" into two statements', () => {
    const said = saidBy(['Austria welcomed the deal, with Foreign Minister Karl Brenner calling it a positive step, while Hungary urged Serbia to exercise restraint.']);
    expect(said).toContainEqual(['Karl Brenner', 'calling it a positive step']);
    expect(said.map(([speaker]) => speaker)).toContain('Hungary');
  });
});

describe('a verb of saying joined by "and" or "but" to a verb with an object', () => {
  it('gives the words to the sentence subject, not to the object before "and said" or "but said"', () => {
    expect(saidBy(['Saudi Foreign Minister Prince Faisal bin Farhan met Al Marar on the sidelines and said the kingdom stood with the Emirates.']).map(([speaker]) => speaker)).toEqual(['Faisal bin Farhan']);
    expect(saidBy(['Prime Minister Hun Manet, speaking at a ceremony in Phnom Penh, did not mention South Korea by name but said Cambodia "will not be lectured by anyone on this."']).map(([speaker]) => speaker)).toEqual(['Hun Manet']);
  });
});

describe('"which said" after a body', () => {
  it('gives a quote after "a statement from the ministry, which said …" to the ministry, not the minister named before', () => {
    const said = saidBy(['The truce was agreed in a call between Tajik Foreign Minister Sirojiddin Muhriddin and his Afghan counterpart, according to a statement from the Tajik Foreign Ministry, which said both sides had "committed to silence on the river line".']);
    expect(said.map(([speaker]) => speaker)).toEqual(['Tajik Foreign Ministry']);
  });
});

describe('a demand that runs over a quote', () => {
  it('reads "X called on Y to sanction Z and “…”" as one statement of the whole demand', () => {
    const said = saidBy(['Emir Mujkanović, the Bosniak member of the Presidency, called on the EU and the United States to sanction Kovačević and "everyone who signs the orders".']);
    expect(said).toEqual([['Mujkanović', 'called on the EU and the United States to sanction Kovačević and "everyone who signs the orders"']]);
  });

  it('leaves a demand told in a relative clause to its own subject', () => {
    const said = saidBy(['The PKK itself, whose jailed founder Abdullah Öcalan called on it in 2025 to dissolve, said in a statement that it had "no connection" with the attack.']);
    expect(said.map(([speaker]) => speaker)).not.toContain('Abdullah Öcalan');
  });
});

describe('a quote inside an aside after the subject', () => {
  it('reads what the verb after the aside says ("X, who took office promising no “shock therapy”, said that …")', () => {
    const said = saidBy(['President Rodrigo Paz, who took office in 2025 promising to fix the economy without "shock therapy", said in a televised address on Friday that the poorest families would receive monthly cash transfers.']);
    expect(said).toContainEqual(['Rodrigo Paz', 'the poorest families would receive monthly cash transfers']);
  });

  it('reads nothing more after a quote closed at the start of the sentence ("…,” he told a news conference in Y")', () => {
    const said = saidBy(['"We signed in good faith. We ask our brothers to come back to the table," Ana Ruiz told a news conference in Velo City.']);
    expect(said.some(([, text]) => text.startsWith('a news conference'))).toBe(false);
  });
});
