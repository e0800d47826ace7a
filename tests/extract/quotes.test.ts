// Attribution of quotes in every style news uses; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

function saidBy(paragraphs: string[], date?: string) {
  return extract(paragraphs, date).statements.map((statement) => [statement.speakerName, statement.text, statement.quoted]);
}

describe('statement attribution', () => {
  it('finds the speaker after the quote, past an apposition', () => {
    const said = saidBy(['“The border stays closed until further notice,” Lina Okafor, spokeswoman for the Ministry of Interior, said on Tuesday.']);
    expect(said).toEqual([['Lina Okafor', 'The border stays closed until further notice', true]]);
  });

  it('finds the speaker before the quote', () => {
    const said = saidBy(['Chilean President Rosa Ibáñez said: “We are ready to sign this week.”']);
    expect(said).toEqual([['Rosa Ibáñez', 'We are ready to sign this week.', true]]);
  });

  it('attributes both halves of a split quote to the speaker between them', () => {
    const said = saidBy(['“Nobody wants another winter like the last,” Tomasz Brzeg said, “and nobody will get one.”']);
    expect(said.map(([speaker]) => speaker)).toEqual(['Tomasz Brzeg', 'Tomasz Brzeg']);
  });

  it('follows a pronoun to the last person and lets a bare quote continue the last speaker', () => {
    const said = saidBy([
      'Finance Minister Oskar Lind spoke after the vote.',
      '“The budget is balanced for the first time in a decade,” he added. “It will stay that way.”',
    ]);
    expect(said.map(([speaker]) => speaker)).toEqual(['Oskar Lind', 'Oskar Lind']);
  });

  it('reads reported speech and the outlet that relays it', () => {
    const { statements, nameOf } = extract(['Peru said the new quotas would protect anchovy stocks for years, according to Reuters.']);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ speakerName: 'Peru', quoted: false });
    expect(statements[0].text).toContain('the new quotas would protect anchovy stocks');
    expect(nameOf(statements[0].reportedBy!)).toBe('Reuters');
  });

  it('gives an anonymous spokesperson’s words to the body they speak for', () => {
    const said = saidBy(['“We are watching closely,” a Canadian Foreign Ministry spokesperson told reporters.']);
    expect(said[0][0]).toBe('Canadian Foreign Ministry');
  });

  it('resolves the date of a statement against the article date', () => {
    const { statements } = extract(['“Talks will resume,” Hana Novak said on Friday.'], '2026-05-04');
    expect(statements[0].date).toBe('2026-05-01');
  });

  it('ignores scare quotes that nobody says', () => {
    expect(saidBy(['The plan, which critics call “reckless”, passed easily.'])).toEqual([]);
  });

  it('gives "a statement from X said" to X', () => {
    const { statements } = extract(['A statement from the Chilean Foreign Ministry said the talks had failed to reach any agreement.']);
    expect(statements.map((statement) => [statement.speakerName, statement.text])).toEqual([['Chilean Foreign Ministry', 'the talks had failed to reach any agreement']]);
  });

  it('gives "officials in <capital> said" to the state', () => {
    const said = saidBy(['Officials in Nairobi said the border crossings would reopen next week.']);
    expect(said).toEqual([['Kenya', 'the border crossings would reopen next week', false]]);
  });

  it('reads speech across an apposition, and "…," a statement from X read', () => {
    const said = saidBy([
      'Ana Torres, the ministry’s spokeswoman, added that talks with Peru had not been cancelled.',
      '“Dialogue remains open,” a statement from the Peruvian Ministry of Foreign Affairs read.',
    ]);
    expect(said).toEqual(
      expect.arrayContaining([
        ['Ana Torres', 'talks with Peru had not been cancelled', false],
        ['Peruvian Ministry of Foreign Affairs', 'Dialogue remains open', true],
      ]),
    );
  });

  it('attributes quotes led in by accusing, thanking or dismissing', () => {
    const said = saidBy([
      'Opposition leader Marta Kovac spoke in the square.',
      'She accused the government of “rigging the count in three provinces.”',
      'Foreign Minister Jonas Berg thanked Norway “for standing with a small neighbour when it mattered.”',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Marta Kovac', 'the government of “rigging the count in three provinces.”'],
      ['Jonas Berg', 'for standing with a small neighbour when it mattered.'],
    ]);
  });

  it('does not give a ministry’s words to the person whose ministry it is', () => {
    const said = saidBy(['President Ivan Sorel rejected the ruling. His foreign ministry called the decision “a political stunt.”']);
    expect(said.filter(([speaker]) => speaker === 'Ivan Sorel')).toEqual([]);
  });

  it('reads what the speaker of a quote goes on to say in the same sentence', () => {
    const said = saidBy(['President Ivan Sorel said the ship had been “carrying arms under a false flag,” and that the navy had acted within the law.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Ivan Sorel', 'the ship had been “carrying arms under a false flag,” and that the navy had acted within the law'],
    ]);
  });

  it('reads an accusation as what the accuser said', () => {
    const said = saidBy(['Rebel commander Yara Talal accused the army of shelling villages near the river on Saturday.']);
    expect(said).toEqual([['Yara Talal', 'the army of shelling villages near the river on Saturday', false]]);
  });

  it('reads quotes in single marks, and leaves apostrophes alone', () => {
    const said = saidBy([
      '‘We will not be intimidated by anyone’s threats,’ said Foreign Secretary Ruth Calder.',
      'Defence Secretary Omar Hale said the deployment was ‘a clear signal that Britain’s allies can count on us’.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Ruth Calder', 'We will not be intimidated by anyone’s threats'],
      ['Omar Hale', 'the deployment was ‘a clear signal that Britain’s allies can count on us’'],
    ]);
  });

  it('does not take the subject of what was said for the speaker of a later quote', () => {
    const said = saidBy(['The minister said Britain would stand firm and added: “Nobody should doubt our resolve.”']);
    expect(said.filter(([speaker]) => speaker === 'United Kingdom')).toEqual([]);
  });

  it('follows a quote over a paragraph break, and a quote after a lead-in paragraph that ends in a colon', () => {
    const said = saidBy([
      'In a statement, Treasury Secretary Dana Whitfield said:',
      '“The network funds militias with oil money. We will keep cutting it off.”',
      'The ministry spokesman, Reza Karimi, condemned the move. “These sanctions are illegal.',
      '“They will not change our policy,” he said.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Dana Whitfield', 'The network funds militias with oil money. We will keep cutting it off.'],
      ['Reza Karimi', 'These sanctions are illegal. They will not change our policy'],
    ]);
  });

  it('reads "…, according to X", a dash before the speaker, and a trailing attribution past a title', () => {
    const said = saidBy([
      '“This is a grave provocation,” according to a statement from the Chilean Foreign Ministry.',
      '“The situation is under control” – said Governor Ana Lucero of the Atacama region.',
      'The plant could be delayed by a year, according to Energy Minister Diego Pardo.',
      'The deal would create thousands of jobs, Peruvian Trade Minister Rosa Quispe told reporters on Monday.',
      'Prices rose again in March, according to Reuters.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Chilean Foreign Ministry', 'This is a grave provocation'],
      ['Ana Lucero', 'The situation is under control'],
      ['Diego Pardo', 'The plant could be delayed by a year'],
      ['Rosa Quispe', 'The deal would create thousands of jobs'],
    ]);
  });

  it('gives "she said" to the person who acted, not to the one acted on', () => {
    for (const opening of ['Foreign Minister Ana Silva met Ambassador Dai Bing in Lima on Monday.', 'Ana Silva, who replaced Pedro Costa in March, spoke on Monday.']) {
      const said = saidBy([opening, '“We had a frank exchange,” she said.']);
      expect(said.map(([speaker]) => speaker)).toEqual(['Ana Silva']);
    }
  });

  it('gives what a pronoun owns its own voice, except a person’s office or spokesperson', () => {
    const said = saidBy([
      'The Chilean Foreign Ministry did not comment. Its state news outlet, the Andes News Agency, said the crews were “being treated well.”',
      'President Ivan Sorel was abroad. His office said he would “return on Friday as planned.”',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Andes News Agency', 'the crews were “being treated well.”'],
      ['Ivan Sorel', 'he would “return on Friday as planned.”'],
    ]);
  });

  it('never makes the listener of "told" the speaker', () => {
    expect(saidBy(['“The talks were difficult,” a German diplomat told Reuters last week.'])).toEqual([]);
  });
});

describe('stances, demands and warnings with short objects', () => {
  it('reads a denial of a noun phrase or a gerund from the verb on', () => {
    const said = saidBy([
      'The Chilean army denied blocking the convoy.',
      'Bolivia has long denied arming the rebels, saying its troops only guard the border.',
      'Marisol Ortega, who has led the opposition since 2019, denied the allegation in a radio interview.',
            'The Green Party has ruled out any coalition with the Union Bloc.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Chilean army', 'denied blocking the convoy'],
      ['Bolivia', 'denied arming the rebels, saying its troops only guard the border'],
      ['Marisol Ortega', 'denied the allegation in a radio interview'],
      ['Green Party', 'ruled out any coalition with the Union Bloc'],
    ]);
  });

  it('makes no stance of a passive, a pronoun object or a verb with nothing after it', () => {
    const said = saidBy([
      'Entry was denied to the observers from Ecuador.',
      'Ecuador denied it and moved on.',
      'He was jailed for smuggling, a charge Ecuador has always denied.',
    ]);
    expect(said).toEqual([]);
  });

  it('keeps "called for" with what was called for, five words in all', () => {
    const said = saidBy(['The opposition Liberty Party called for a snap vote.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Liberty Party', 'called for a snap vote']]);
  });

  it('reads "warned X (not) to …" as the warner’s, past a relative clause before the verb, and "urged X not to …" with its "not"', () => {
    const said = saidBy([
      'Uruguay, which claims the islands as its own, had warned Paraguay not to hold the naval drills.',
      'Paraguay warned Uruguay to withdraw its ships from the strait.',
      'The Chilean Farmers Union urged the government not to sign the trade deal.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Uruguay', 'Paraguay not to hold the naval drills'],
      ['Paraguay', 'Uruguay to withdraw its ships from the strait'],
      ['Chilean Farmers Union', 'urged the government not to sign the trade deal'],
    ]);
  });

  it('reads nothing said in a refusal to say, nor in a plural noun that looks like a verb of saying', () => {
    const said = saidBy([
      'Foreign Minister Lena Voss declined to say whether more talks were planned for the spring.',
      'EU member states must still approve the duties before they become permanent.',
    ]);
    expect(said).toEqual([]);
  });

  it('does not read the "to" inside what a warning says as a demand', () => {
    const said = saidBy(['Paraguay warned that the decision to close the strait would hurt trade across the region.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Paraguay', 'the decision to close the strait would hurt trade across the region']]);
  });
});

describe('stances in sentences that hold a quote', () => {
  it('keeps the verb of a denial that runs on into a quote', () => {
    const said = saidBy(['Senator Ana Ruiz denied the charge in a radio interview, calling it “a smear from start to finish.”']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Ana Ruiz', 'denied the charge in a radio interview, calling it “a smear from start to finish.”']]);
  });
});

describe('a sentence with a quote in passing, attributed at its end', () => {
  it('gives the whole sentence to the speaker named after its last comma', () => {
    const said = saidBy([
      'UN envoy Marek Havel “firmly rejects” the blockade and called on both sides to reopen the port, his spokesman Petr Lind told reporters in Geneva.',
      'Prime Minister Ola Berg ordered the navy to “stay on full alert” along the coast, according to government spokeswoman Kari Moen.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Petr Lind', 'UN envoy Marek Havel “firmly rejects” the blockade and called on both sides to reopen the port'],
      ['Kari Moen', 'Prime Minister Ola Berg ordered the navy to “stay on full alert” along the coast'],
    ]);
  });

  it('leaves a quote its own speaker, and an outlet at the end only relays', () => {
    const said = saidBy(['Minister Ola Berg called the drills “a rehearsal for war” on Monday, Reuters reported.']);
    expect(said.map(([speaker]) => speaker)).toEqual(['Ola Berg']);
  });
});

describe('a clause of its own at the end of a sentence with a quote', () => {
  it('does not give the sentence to the subject of "…, even as X says …" or "…, while X told reporters …"', () => {
    const said = saidBy([
      'Both armies pulled back after the government declared the “end” of its offensive, even as Peru says the shelling goes on.',
      'The army declared the “end” of its offensive in the north, while Peru told reporters nothing had changed.',
    ]);
    expect(said).toEqual([]);
  });
});

describe('"<clause>, according to X" with more after X', () => {
  it('ends the source at an apposition or a relative clause, and reads what the source goes on to say', () => {
    const said = saidBy([
      'Exporters received cheap loans from regional banks, according to Commission spokeswoman Lotte Brandt, who said final duties could follow by autumn.',
      'Turnout was about 40 percent, according to Vote Watch Chile, a civic group that deployed its own observers.',
      'Most of the grain went to small mills in the south, according to a Peruvian official who spoke on condition of anonymity.',
      'The crops were shipped abroad, according to the Chilean Farmers Union, which asked for more support.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Lotte Brandt', 'Exporters received cheap loans from regional banks'],
      ['Lotte Brandt', 'final duties could follow by autumn'],
      ['Vote Watch Chile', 'Turnout was about 40 percent'],
      ['Peru', 'Most of the grain went to small mills in the south'],
      ['Chilean Farmers Union', 'The crops were shipped abroad'],
    ]);
  });

  it('still leaves a news agency or outlet as the relay, not the speaker', () => {
    expect(saidBy([
      'Prices rose again in March, according to Kyodo.',
      'Sales fell again in May, according to the Harbour Gazette.',
      'Sales fell again in June, according to Politico.',
    ])).toEqual([]);
  });
});

describe('small gaps around a verb of saying', () => {
  it('reads "<clause>, a <body> official said" as the body’s', () => {
    const said = saidBy(['The two ministers are expected to sign a joint statement on Friday, a Chilean Foreign Ministry official said.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Chilean Foreign Ministry', 'The two ministers are expected to sign a joint statement on Friday']]);
  });

  it('starts the clause of "X said on Wednesday it had …" after the day, quote and all', () => {
    const said = saidBy(['The Treasury Department said on Wednesday it had lifted sanctions on two officers, a step an aide described as “part of the deal”.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Treasury Department', 'it had lifted sanctions on two officers, a step an aide described as “part of the deal”']]);
  });

  it('reads "confirmed that …" and "posted on social media that …" as speech, but not with a noun after the verb', () => {
    const said = saidBy([
      'A spokesperson for the WTO confirmed that the complaint had been received.',
      'Chile confirmed the arrival of the first two ships at the port.',
      'Bolivian President Luis Arce posted on social media that the blockade was an act of war against his people.',
      'Luis Arce posted a photo of the border crossing on social media.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['World Trade Organization', 'the complaint had been received'],
      ['Luis Arce', 'the blockade was an act of war against his people'],
    ]);
  });
});

describe('"the port that X described as …"', () => {
  it('gives a name a relative clause reports to its speaker, inside another speaker’s statement too', () => {
    const said = saidBy(['Foreign Minister Tom Reyes said Chile would defend Arica, the port that President Lina Marsh has repeatedly described as Bolivia’s gateway to the sea.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Tom Reyes', 'Chile would defend Arica, the port that President Lina Marsh has repeatedly described as Bolivia’s gateway to the sea'],
      ['Lina Marsh', 'Bolivia’s gateway to the sea'],
    ]);
  });
});

describe('"what X called …"', () => {
  it('reads the name a speaker gave, unquoted, as the speaker’s', () => {
    const said = saidBy([
      'The Dutch government on Thursday ordered ASML to seek licences, closing what officials in Washington have called the last big gap in export controls.',
      'Peru signed the pact, in what officials in Lima described as the largest such deal in a decade.',
      'President Ana Silva vowed to “crush” what she called a plot paid for from abroad.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['United States', 'the last big gap in export controls'],
      ['Peru', 'the largest such deal in a decade'],
      ['Ana Silva', 'a plot paid for from abroad'],
    ]);
  });

  it('leaves "what" that names nothing, and a quoted name to the quote', () => {
    const said = saidBy(['It is not clear what Chile wanted from the talks.', 'Foreign Minister Ana Silva denounced what she called “a farce”.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Ana Silva', 'a farce']]);
  });
});

describe('short objects of other demand verbs', () => {
  it('reads a five-word "called for …" but not "asked for …" as short, nor "called for calm"', () => {
    const said = saidBy(['Peru called for early elections in May.', 'Chile asked for comment on the plan.', 'Bolivia called for calm.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Peru', 'called for early elections in May']]);
  });
});

describe('accusations past an apposition', () => {
  it('reads "accused X, which is based in Y, of …" as the accuser’s', () => {
    const said = saidBy(['Chile accused Orsk Trading, which is based in Lima, of selling stolen copper to smelters abroad.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Chile', 'Orsk Trading, which is based in Lima, of selling stolen copper to smelters abroad']]);
  });
});

describe('subjects before a relative clause', () => {
  it('reads "the X rebels who hold Y said …" as X’s, not Y’s', () => {
    const said = saidBy([
      'The Free Coast Movement rebels who control the port of Arica said they would not honour the truce.',
      'Chilean officials who met Evo Morales said the border would stay open for trade.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Free Coast Movement', 'they would not honour the truce'],
      ['Chile', 'the border would stay open for trade'],
    ]);
  });
});

describe('speakers named in passing', () => {
  it('reads "X, who call themselves Y, announced on … that …" as Y’s, and "observers from Y said" as Y’s', () => {
    const said = saidBy([
      'The officers, who call themselves the National Council for Renewal (CNR), announced on state television late on Wednesday that they had dissolved the government and closed the borders.',
      'Observers from the African Union said the vote was largely peaceful and fair.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['National Council for Renewal', 'they had dissolved the government and closed the borders'],
      ['African Union', 'the vote was largely peaceful and fair'],
    ]);
  });
});

describe('descriptions', () => {
  it('reads "X described Y as Z" with no quote as X’s statement, verb and all', () => {
    const said = saidBy(['Observers from the African Union described the vote as largely peaceful.', 'Both sides described the meeting as frank.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['African Union', 'described the vote as largely peaceful']]);
  });
});

describe('mutual accusations', () => {
  it('gives "A and B accuse each other of …" to both sides, past an apposition after A', () => {
    const said = saidBy([
      'The Chilean army, which still holds the port, and the Free Coast Movement accuse each other of shelling the old town.',
      'Chad’s army and the Popular Liberation Movement accused each other of shelling villages near the river.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Chilean army', 'accuse each other of shelling the old town'],
      ['Free Coast Movement', 'accuse each other of shelling the old town'],
      ["Chad's army", 'accused each other of shelling villages near the river'],
      ['Popular Liberation Movement', 'accused each other of shelling villages near the river'],
    ]);
  });
});

describe('numbers after a verb of saying', () => {
  it('reads "said at least 40 …" as a clause, with or without a quote after it', () => {
    const said = saidBy([
      'The United Nations said at least 40 civilians had been killed in the fighting since Friday.',
      'The Red Cross said at least 12 of its workers had been hurt, calling the attack “a grave crime”.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['United Nations', 'at least 40 civilians had been killed in the fighting since Friday'],
      ['Red Cross', 'at least 12 of its workers had been hurt, calling the attack “a grave crime”'],
    ]);
  });
});

describe('a speech tag that goes on', () => {
  it('reads "“…,” X said, adding that …" and "…, calling for …" as two statements of X', () => {
    const said = saidBy([
      '“We will not back down,” Foreign Minister Ana Silva wrote on X, adding that Chile would defend its fishermen.',
      '“There is no military solution,” UN envoy Marek Havel said in a statement, calling for an immediate ceasefire across the region.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Ana Silva', 'We will not back down'],
      ['Ana Silva', 'Chile would defend its fishermen'],
      ['Marek Havel', 'There is no military solution'],
      ['Marek Havel', 'calling for an immediate ceasefire across the region'],
    ]);
  });
});

describe('verbs joined by "and"', () => {
  it('gives a second verb the subject that opens the sentence', () => {
    const said = saidBy([
      'Peru expressed deep concern over the escalation and urged both sides to return to talks at once.',
      'In a statement, the Chilean navy seized two boats near the coast and said the crews had entered its waters illegally.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Peru', 'urged both sides to return to talks at once'],
      ['Chilean navy', 'the crews had entered its waters illegally'],
    ]);
  });

  it('finds that subject past a title in capitals', () => {
    const said = saidBy(['Prime Minister Ana Duarte called the vote “a new start” and urged families displaced by the floods to stay in the shelters for now.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Ana Duarte', 'a new start'],
      ['Ana Duarte', 'urged families displaced by the floods to stay in the shelters for now'],
    ]);
  });
});

describe('an accusation that runs on over a quote', () => {
  it('keeps "X accused Y of … and said …“…”" whole', () => {
    const said = saidBy(['Foreign Minister Ana Silva accused the Bolivian ship of entering Chilean waters and said the buoy was “a weather station, nothing more.”']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Ana Silva', 'the Bolivian ship of entering Chilean waters and said the buoy was “a weather station, nothing more.”'],
    ]);
  });
});

describe('a speech tag set off by commas', () => {
  it('joins the words before "X, she said, …" to the words after it', () => {
    const said = saidBy([
      'Foreign Minister Ana Silva met her Bolivian counterpart on Monday.',
      'The agreement, Silva said, would be signed in Geneva next month by both presidents.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Ana Silva', 'The agreement would be signed in Geneva next month by both presidents']]);
  });
});

describe('demands need an addressee', () => {
  it('reads nothing asked in "who asked not to be named", and gives the sentence to the official', () => {
    const said = saidBy(['A senior Chilean official, who asked not to be named because he was not authorised to speak, said the talks had collapsed over the quotas.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Chile', 'the talks had collapsed over the quotas']]);
  });
});

describe('"and said" after a quote nobody was given', () => {
  it('reads "X dismissed the claims as “lies” and said …" as X’s, X being the person in the apposition', () => {
    const said = saidBy(['Bolivia’s defence minister, Edmundo Novillo, dismissed the accusations as “lies” and said his troops had never crossed the border.']);
    // (The one quoted word is his too, since bc9b2b0: what a verb of stance calls its object.)
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Edmundo Novillo', 'lies'],
      ['Edmundo Novillo', 'his troops had never crossed the border'],
    ]);
  });
});

describe('whom something is told to', () => {
  it('starts the clause of "X told Reuters / reporters / the BBC the …" after the listener', () => {
    const said = saidBy([
      'Chile’s foreign minister, Alberto van Klaveren, told Reuters the country would not accept “any form of blackmail” from its neighbour.',
      'Foreign Minister Ana Silva told reporters the country would not pay any ransom.',
      'Luis Arce told the BBC the blockade would end once the talks resumed.',
      'Foreign Minister Ana Silva told Reuters on Thursday that Bolivia had “broken every promise it made”.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Alberto van Klaveren', 'the country would not accept “any form of blackmail” from its neighbour'],
      ['Ana Silva', 'the country would not pay any ransom'],
      ['Luis Arce', 'the blockade would end once the talks resumed'],
      ['Ana Silva', 'Bolivia had “broken every promise it made”'],
    ]);
  });
});

describe('a speech tag set off by commas in a sentence with a quote', () => {
  it('gives the whole sentence, tag left out, to the tag’s speaker', () => {
    const said = saidBy([
      'A spokeswoman for the Chilean Foreign Ministry, Marta Rojas, called the duties “a tax on friendship.”',
      'Chile, she said, urged Bolivia to “drop the duties at once” and reserved the right to go to the WTO.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Marta Rojas', 'a tax on friendship.'],
      ['Marta Rojas', 'Chile urged Bolivia to “drop the duties at once” and reserved the right to go to the WTO'],
    ]);
  });
});

describe('long tails of place and time after a trailing attribution', () => {
  it('reads "<clause>, X said in a statement posted on its website late on Tuesday" and makes nothing of the tail', () => {
    const said = saidBy([
      'The border will stay closed until further notice, the Chilean Interior Ministry said in a statement posted on its website late on Tuesday.',
      'The curfew will be lifted on Friday, Interior Minister Carlos Montes told reporters at a news conference in Santiago on Tuesday.',
      'Interior Minister Carlos Montes told reporters at a news conference in Santiago on Tuesday.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Chilean Interior Ministry', 'The border will stay closed until further notice'],
      ['Carlos Montes', 'The curfew will be lifted on Friday'],
    ]);
  });
});

describe('a trailing attribution with a title in lower case', () => {
  it('reads "<clause>, UN envoy X said, though …" as X’s clause', () => {
    const said = saidBy(['The ceasefire is holding in most areas, UN envoy Marek Havel said, though sporadic shelling was reported near the border.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Marek Havel', 'The ceasefire is holding in most areas']]);
  });
});

describe('short clauses of reported speech', () => {
  it('reads a four-word clause right after the verb, but not one after a relative "that" further on', () => {
    const said = saidBy([
      'Trade Minister Ilse Brandt, who chaired the meeting, said the vote was unanimous.',
      'Ilse Brandt said that the talks were over.',
      'Norway first announced quotas for the fjord that Sweden refused to accept.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Ilse Brandt', 'the vote was unanimous'],
      ['Ilse Brandt', 'the talks were over'],
    ]);
  });
});

describe('promises and threats', () => {
  it('reads "pledged to …", "offered to …" and "threatened last year to …" as statements, verb and all', () => {
    const said = saidBy([
      'Norway has pledged to pay the wages of 3,000 new border guards.',
      'The Andean Commission, which sees the valley as one market, offered to fund the two new bridges.',
      'Chile had threatened last year to expel the Peruvian battalion from its territory.',
      'Peru offered to the court its archive of maps.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Norway', 'pledged to pay the wages of 3,000 new border guards'],
      ['Andean Commission', 'offered to fund the two new bridges'],
      ['Chile', 'threatened last year to expel the Peruvian battalion from its territory'],
    ]);
  });
});

describe('a body named with its city', () => {
  it('gives "The U.S. Embassy in Lima said …" to the embassy, not the city', () => {
    const said = saidBy(['The U.S. Embassy in Lima said in a statement that it regretted "hasty steps" by Peru’s government and that Washington expected Quito to refrain from any military moves.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['U.S. Embassy in Lima', 'it regretted "hasty steps" by Peru’s government and that Washington expected Quito to refrain from any military moves'],
    ]);
  });
});

describe('"according to its commander, X"', () => {
  it('gives the clause to the person the apposition names, not to what "its" stands for', () => {
    const said = saidBy(['The force deployed about 900 soldiers and police officers from Peru and Chile, according to its commander, Brigadier General Tomas Ruiz of Peru.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Tomas Ruiz', 'The force deployed about 900 soldiers and police officers from Peru and Chile'],
    ]);
  });
});

describe('"the government" speaking with no name', () => {
  it('gives a quote, a lead-in and reported speech of "the government" to the state the story is about', () => {
    const said = saidBy([
      'OSLO (Reuters) - Norway signed a fisheries protocol with Iceland on Monday after three rounds of talks.',
      '“This protects the cod stock for a decade,” the government said.',
      'The government said the first quotas would be set in January.',
      'The government also said: “We expect the fleet to adapt within a season.”',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Norway', 'This protects the cod stock for a decade'],
      ['Norway', 'the first quotas would be set in January'],
      ['Norway', 'We expect the fleet to adapt within a season.'],
    ]);
  });

  it('gives what "the junta" says to the state the story is about, a military government being its government', () => {
    const said = saidBy([
      'BAMAKO (Reuters) - Mali expelled the French ambassador on Monday.',
      'The junta said it had acted to protect the country’s sovereignty.',
      '“We will not be lectured,” the junta said in a statement.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Mali', 'it had acted to protect the country’s sovereignty'],
      ['Mali', 'We will not be lectured'],
    ]);
  });

  it('gives no speaker when the article names no state', () => {
    const said = saidBy(['“We will appeal the ruling,” the government said on Friday.']);
    expect(said).toEqual([]);
  });

  it('leaves "the government of X" and "the government\'s critics" to the names they give', () => {
    const said = saidBy([
      'Norway signed a fisheries protocol with Iceland on Monday.',
      '“The quotas are too low,” the government’s critics said.',
    ]);
    expect(said.map(([speaker]) => speaker)).toEqual([]);
  });
});

describe('"states" as a plural noun', () => {
  it('reads "30 African states that oppose …" and "the Baltic states that …" as states, not as someone who states', () => {
    const { extraction, statements } = extract([
      'A coalition of more than 30 African states that oppose the ban said the vote was unfair.',
      'The Baltic states that border Russia want more air defence.',
    ]);
    expect(extraction.entities.filter((entity) => entity.kind === 'Person').map((entity) => entity.name)).toEqual([]);
    expect(statements.map((statement) => statement.speakerName)).not.toContain('African');
    expect(statements.map((statement) => statement.speakerName)).not.toContain('Baltic');
  });
});

describe('both parties speaking at once', () => {
  it('gives "…, the two governments said" and "…, officials on both sides said" to the first state the sentence names', () => {
    const said = saidBy([
      'Chile and Peru have agreed where their border runs along a stretch of the desert, the two governments said on Wednesday.',
      'Bolivia and Paraguay agreed on Tuesday to resume sharing flood warnings for the rivers, officials on both sides said.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Chile', 'Chile and Peru have agreed where their border runs along a stretch of the desert'],
      ['Bolivia', 'Bolivia and Paraguay agreed on Tuesday to resume sharing flood warnings for the rivers'],
    ]);
  });

  it('gives a quote closed by "the two governments said" to the first of the article\'s two states', () => {
    const said = saidBy([
      'Chile and Peru signed a ferry accord in Arica on Tuesday after two years of talks.',
      'Chile had wanted more crossings, while Peru wanted lower fares.',
      '“The first ferries will sail in March,” the two governments said.',
      '“Fares will be reviewed every year,” both ministries said on Wednesday.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Chile', 'The first ferries will sail in March'],
      ['Chile', 'Fares will be reviewed every year'],
    ]);
  });

  it('does so when the attribution ends with where or how it was said ("in a joint statement")', () => {
    const said = saidBy([
      'Chile and Peru signed a ferry accord in Arica on Tuesday after two years of talks.',
      '“The first ferries will sail in March,” the two governments said in a joint statement.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Chile', 'The first ferries will sail in March']]);
  });

  it('does so in a sentence that quotes a few words in passing', () => {
    const said = saidBy(['Bolivia and Paraguay agreed on Tuesday to resume sharing flood warnings, in the first meeting since La Paz put the 1990 treaty “on hold” last year, officials on both sides said.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Bolivia', 'Bolivia and Paraguay agreed on Tuesday to resume sharing flood warnings, in the first meeting since La Paz put the 1990 treaty “on hold” last year'],
    ]);
  });
});

describe('an owner inside what was said', () => {
  it('does not make the owner of the reported clause’s subject the speaker ("said Brazil’s exports had become “…”")', () => {
    const said = saidBy(['The statement, agreed after two days of talks, said Brazil’s exports of machine tools had become “a decisive enabler of the war”.']);
    expect(said.filter(([speaker]) => speaker === 'Brazil')).toEqual([]);
  });

  it('still hears an owner whose office speaks ("said Brazil’s ambassador, “…”")', () => {
    const said = saidBy(['“We will not take part in a rigged vote,” said Brazil’s ambassador to the council.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Brazil', 'We will not take part in a rigged vote']]);
  });
});

describe('a statement a body’s leaders issued', () => {
  it('gives "The statement, agreed after …, said …" to the body whose leaders opened the story', () => {
    const said = saidBy([
      'Leaders of the Andean Community met in Lima on Friday.',
      'The statement, agreed after two days of talks, said Brazil’s exports of machine tools had become “a decisive enabler of the war”.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Andean Community', 'Brazil’s exports of machine tools had become “a decisive enabler of the war”'],
    ]);
  });
});

describe('subjects with a bracketed acronym and listeners before "that"', () => {
  it('finds the body named before its acronym and a relative clause', () => {
    const said = saidBy(['The United Nations Mission (UNM), which oversees the truce that ended the 1990 war, said in a statement that it had “reminded both sides of their duties” and would send a team to inspect the sites in the valley.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['United Nations Mission', 'it had “reminded both sides of their duties” and would send a team to inspect the sites in the valley'],
    ]);
  });

  it('reads a short clause after "told reporters outside the courthouse that"', () => {
    const said = saidBy(['His lawyer, Alexei Bondarenko, told reporters outside the courthouse that the defense would appeal.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Alexei Bondarenko', 'the defense would appeal']]);
  });
});

describe('a state’s voice without a name', () => {
  it('gives "An Israeli military spokesman said …" to the state', () => {
    const said = saidBy(['An Israeli military spokesman said Hamas was rebuilding its network near the border.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Israel', 'Hamas was rebuilding its network near the border']]);
  });
});

describe('a speaker named again by office', () => {
  it('gives "“…,” the foreign minister said" and "The minister added that …" to the person named with that office', () => {
    const said = saidBy([
      'German Foreign Minister Jan Vogt met his Polish counterpart on Monday.',
      '“We will not sign,” the foreign minister said.',
      'The minister added that the talks would go on for another week.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Jan Vogt', 'We will not sign'],
      ['Jan Vogt', 'the talks would go on for another week'],
    ]);
  });

  it('reads "Jan" before a name as a first name, and before a number as a month', () => {
    const { entity } = extract(['Jan Egeland said the camps were full.', 'The deadline is Jan 15, the council said.']);
    expect(entity('Jan Egeland')?.kind).toBe('Person');
    expect(entity('Jan')).toBeUndefined();
  });
});

describe('demands with their addressee', () => {
  it('keeps the verb and whom it asks: "called on more of its members to contribute troops"', () => {
    const said = saidBy(['The Andean Community, known as CAN, welcomed the operation and called on more of its members to contribute troops.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Andean Community', 'called on more of its members to contribute troops']]);
  });
});

describe('more ways of saying', () => {
  it('reads "X officials made clear that …" and "A survey by X found that …"', () => {
    const said = saidBy([
      'Chile held talks with Peru on Monday.',
      'Chilean officials made clear that any change to the defence pact must be negotiated with the government.',
      'A survey by the University of Lima in October found that 56 percent would vote for the draft.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Chile', 'any change to the defence pact must be negotiated with the government'],
      ['University of Lima', '56 percent would vote for the draft'],
    ]);
  });
});

describe('a participle of demanding after a quote', () => {
  it('gives "…, accusing X of “…” and demanding that Y …" to the spokesman the title names', () => {
    const said = saidBy(['Chilean Foreign Ministry spokesman Tomas Vidal went further on Wednesday, accusing the monitoring mission of “collecting intelligence along our border” and demanding that Lima ask the monitors to leave.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Tomas Vidal', 'collecting intelligence along our border'],
      ['Tomas Vidal', 'demanding that Lima ask the monitors to leave'],
    ]);
  });
});

describe('feelings voiced in quotation marks', () => {
  it('reads "expressed “deep regret”" and "statements expressing “serious concern”" as the speaker’s', () => {
    const said = saidBy(['Bolivia expressed “deep regret” over the incident.', 'The ambassadors of Chile and Peru also posted statements expressing “serious concern.”']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Bolivia', 'deep regret'],
      ['Peru', 'serious concern.'],
    ]);
  });
});

describe('one quoted word that a verb of stance calls its object', () => {
  it('reads "rejected the claims as “baseless”" as the speaker’s', () => {
    const said = saidBy(['The Peruvian government rejected the claims as “baseless”.', 'Crowds hailed the rescuers as “heroes”.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([['Peru', 'baseless']]);
  });
});

describe('a body named before, spoken of by its head noun', () => {
  it('gives "the association said" to the association named before', () => {
    const said = saidBy([
      'The Kelmar Boat Owners Association rejected the new quotas.',
      'The association said its members had reported every catch on time.',
    ]);
    expect(said).toEqual([['Kelmar Boat Owners Association', 'its members had reported every catch on time', false]]);
  });
});

describe('the judges of a court named before', () => {
  it('gives "The judges said" to the court named before', () => {
    const said = saidBy([
      'The Andean Court of Justice ruled against Peru on Monday.',
      'The judges said Peru had failed to show that the tariffs were needed to protect health.',
    ]);
    expect(said).toContainEqual(['Andean Court of Justice', 'Peru had failed to show that the tariffs were needed to protect health', false]);
  });
});

describe('a contrasting clause after a quote', () => {
  it('does not give the quote to the speaker of a ", while X said" clause after it', () => {
    const said = saidBy(['The Lima Builders Association said in a statement that “calm is good for investment and for jobs,” while the green group Verde Vivo announced a march outside parliament on Friday.']);
    expect(said.filter(([, text]) => String(text).includes('calm is good')).map(([speaker]) => speaker)).toEqual(['Lima Builders Association']);
  });
});
