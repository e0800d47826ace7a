// Condemnation read from the words of a statement; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('stances in statements', () => {
  it('reads a statement that calls the other side’s act illegal as condemning that side', () => {
    const { relations } = extract([
      'Vietnam raised tariffs on Thai rice to 40 percent on Monday.',
      '“These tariffs are illegal and discriminatory,” Thai Commerce Minister Anan Chai told reporters in Bangkok.',
    ]);
    expect(relations).toContain('Anan Chai CONDEMNS Vietnam');
  });

  it('aims it at the actor the statement names, never at the speaker’s own side', () => {
    const { relations } = extract(['“Kenya’s claims are baseless, and our navy will keep patrolling,” said Tanzanian Defence Minister Joseph Mrema.']);
    expect(relations).toContain('Joseph Mrema CONDEMNS Kenya');
    expect(relations.filter((relation) => relation.includes('CONDEMNS Tanzania'))).toEqual([]);
  });

  it('reads condemning an act, in a story between two states, as condemning the other state', () => {
    const { relations } = extract(['Bolivia expelled 40 Chilean miners on Monday.', 'Santiago condemned the expulsions. Bolivia said the miners had no permits.']);
    expect(relations).toContain('Chile CONDEMNS Bolivia');
  });

  it('reads condemning armed men of neither side, in a story between two states, as condemning neither state', () => {
    const { relations } = extract(['Ghana and Togo agreed on Monday to share border patrols.', 'Togo’s government spokesman Kodjo Amegah condemned separatist fighters in the north, who he said had burned two schools.']);
    expect(relations).not.toContain('Kodjo Amegah CONDEMNS Ghana');
  });

  it('reads a statement that lays a wrong at the other side’s door as an accusation, the sharper stance, once per pair', () => {
    // (The second statement both condemns, "illegal", and accuses, "arbitrary": an accusation.)
    const { relations } = extract([
      'Vietnam raised tariffs on Thai rice to 40 percent on Monday.',
      '“The measures are arbitrary and hostile,” Thai Commerce Minister Anan Chai told reporters in Bangkok.',
      '“They are illegal too, and arbitrary,” he added.',
    ]);
    expect(relations).toContain('Anan Chai ACCUSES Vietnam');
    expect(relations).not.toContain('Anan Chai CONDEMNS Vietnam');
    const alone = extract(['Vietnam raised tariffs on Thai rice to 40 percent on Monday.', '“The measures are arbitrary and hostile,” Thai Commerce Minister Anan Chai told reporters in Bangkok.']);
    expect(alone.relations).toContain('Anan Chai ACCUSES Vietnam');
  });

  it('does not condemn the side whose concerns, views or sovereignty the statement says were hurt or are shared', () => {
    const { relations } = extract([
      'A spokesperson for the European Commission said the EU "shares Peru\'s concern about the use of export bans for coercion".',
      "Bolivia's envoy, Ivo Brand, said the draft was one-sided and ignored the views of the Peruvian government.",
      '"This is a provocation that ignores the legitimate concerns of Peru," Bolivia\'s foreign ministry said.',
      'Chile seized a Peruvian boat. "This is a provocation that violates Ecuador\'s sovereignty," the Bolivian foreign ministry said.',
    ]);
    expect(relations.filter((relation) => relation.includes('CONDEMNS Peru') || relation.includes('CONDEMNS Ecuador'))).toEqual([]);
  });

  it('reads no condemnation from neutral words', () => {
    const { relations } = extract([
      'Vietnam raised tariffs on Thai rice to 40 percent on Monday.',
      '“We will study the decision and answer next week,” Thai Commerce Minister Anan Chai told reporters in Bangkok.',
    ]);
    expect(relations.filter((relation) => relation.includes('CONDEMNS'))).toEqual([]);
  });

  it('reads diplomatic disapproval short of "condemn" ("firmly opposes", "a betrayal", "politically motivated") as condemning', () => {
    const { relations } = extract([
      'Chile banned imports of Bolivian quinoa on Monday.',
      '“The ban is politically motivated and a betrayal of our farmers,” Bolivian Trade Minister Rosa Quispe told reporters.',
    ]);
    expect(relations).toContain('Rosa Quispe CONDEMNS Chile');
  });

  it('reads a statement that lays a breach or an act of force at the other side’s door as an accusation', () => {
    const { relations } = extract([
      'Vietnam seized three Thai trawlers on Monday.',
      '“Their patrol boats rammed our trawlers, a plain violation of the fisheries treaty,” Thai Fisheries Minister Anan Chai told reporters.',
    ]);
    expect(relations).toContain('Anan Chai ACCUSES Vietnam');
  });

  it('aims words alone at states and people, not at an organisation named as the forum or the rules', () => {
    const { relations } = extract(['“Kenya’s tariffs are illegal and break WTO rules,” said Tanzanian Trade Minister Joseph Mrema.']);
    expect(relations).toContain('Joseph Mrema CONDEMNS Kenya');
    expect(relations.filter((relation) => relation.includes('World Trade Organization') || relation.includes('WTO'))).toEqual([]);
  });

  it('reads no verb of condemning as aimed at the speaker’s own state, though a pronoun seems to name it', () => {
    const { relations } = extract([
      'Malvaria signed the fisheries accord with Tordland on Monday.',
      'Tordland’s parliament approved the accord in 2019, though President Ivo Karsten of Malvaria, then in opposition, criticised it.',
      'Malvaria’s president, Ivo Karsten, said Tordland had broken its word.',
    ]);
    expect(relations).toContain('Ivo Karsten LEADS Malvaria');
    expect(relations).not.toContain('Ivo Karsten CONDEMNS Malvaria');
  });

  it('reads a statement that accuses in so many words as the accusation only', () => {
    const { relations } = extract([
      'Bolivia detained three Chilean herders near the border on Monday.',
      'Chile’s interior minister, Pavel Ruud, said the herders would be questioned but accused La Paz of staging provocations along the line.',
    ]);
    expect(relations).toContain('Pavel Ruud ACCUSES Bolivia');
    expect(relations.filter((relation) => relation.startsWith('Pavel Ruud CONDEMNS'))).toEqual([]);
  });

  it('reads "a flagrant violation" as an accusation of a breach, not a condemnation', () => {
    const { relations } = extract([
      'Bolivia shelled a Chilean village near the border on Monday.',
      'The shelling was “a flagrant violation of our sovereignty,” Chilean ministry spokesman Emil Tanner told reporters.',
    ]);
    expect(relations).toContain('Emil Tanner ACCUSES Bolivia');
    expect(relations).not.toContain('Emil Tanner CONDEMNS Bolivia');
  });

  it('aims words at a state, not also at its envoy the statement names', () => {
    const { relations } = extract([
      'Chile closed the border crossing at Colchane on Monday.',
      '“The closure ordered by Chile is unacceptable, and we told Chilean Ambassador Tomas Vial so on Tuesday,” Bolivian Foreign Minister Rosa Quispe said.',
    ]);
    expect(relations).toContain('Rosa Quispe CONDEMNS Chile');
    expect(relations).not.toContain('Rosa Quispe CONDEMNS Tomas Vial');
  });

  it('reads no condemnation from a stance denied or from outlaws the speaker acts against', () => {
    const { relations } = extract([
      'Guyana accused Venezuela of sending troops across the Cuyuni river on Monday.',
      'Venezuela’s Defence Ministry said the soldiers were on its own soil, carrying out an operation against illegal mining gangs.',
      '“Moving the troops was a routine step, not a provocation,” Venezuelan Defence Minister Tomas Arreaza said.',
    ]);
    expect(relations.filter((relation) => relation.includes('CONDEMNS Guyana'))).toEqual([]);
  });
});

describe('accusations a verb already aims', () => {
  it('does not accuse the names inside what a verb of accusing says the accused did', () => {
    const { relations } = extract([
      'Chile signed a defence pact with Peru last year.',
      "Opposition lawmaker Tomas Berk accused the government of handing Peru a say over Chile's security, in violation of the constitution.",
    ]);
    expect(relations).toContain('Tomas Berk ACCUSES Chile');
    expect(relations).not.toContain('Tomas Berk ACCUSES Peru');
  });
});

describe('rulings', () => {
  it('reads no stance from what a court rules', () => {
    const { relations } = extract([
      'The Andean Court of Justice ruled on Monday that Peru had violated the trade treaty and that Chile must pay the costs.',
    ]);
    expect(relations.filter((relation) => /^Andean Court of Justice (ACCUSES|CONDEMNS)/.test(relation))).toEqual([]);
  });
});

describe('a side called by a condemning name', () => {
  it('reads "X called the accord “a betrayal …”" as condemning the accord', () => {
    const { relations } = extract([
      'Ghana signed the Volta Accord with Togo on Monday.',
      'The opposition leader, Kofi Boateng, called the Volta Accord “a betrayal of our farmers”.',
    ]);
    expect(relations).toContain('Kofi Boateng CONDEMNS Volta Accord');
  });

  it('reads a name that charges impunity or authoritarian rule as condemning', () => {
    const { relations } = extract([
      'Ghana signed the Volta Accord with Togo on Monday.',
      'Amnesty International called the Volta Accord “a licence for impunity”.',
      'Kofi Boateng called the Volta Accord “a cheque written to an authoritarian regime”.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Amnesty International CONDEMNS Volta Accord', 'Kofi Boateng CONDEMNS Volta Accord']));
  });

  it('reads "branded Togo “a reckless neighbour”" as condemning Togo, but not a praising name', () => {
    const { relations } = extract([
      'Ghana and Togo have quarrelled over the river for a year.',
      'Ama Mensah branded Togo “a reckless neighbour”.',
      'Kofi Boateng called the Volta Accord “a historic step”.',
    ]);
    expect(relations).toContain('Ama Mensah CONDEMNS Togo');
    expect(relations.filter((relation) => relation.startsWith('Kofi Boateng CONDEMNS'))).toEqual([]);
  });
});

describe('crime and terror that accuse no side', () => {
  it('reads no accusation in the fight against organised crime, criminal networks, or operations against terrorists', () => {
    const { relations } = extract([
      'Ghana and Togo signed a border accord on Monday.',
      'Ghanaian President Kofi Mensah said the fight against organised crime was "not a chapter you close once."',
      'Foreign Minister Ama Owusu said the measures were "a message to every criminal network that preys on our citizens."',
      '"Our operations target only terrorists who reject peace," ministry spokesman Yaw Boateng told a briefing in Accra.',
    ]);
    expect(relations.filter((relation) => relation.includes('ACCUSES'))).toEqual([]);
  });

  it('still reads an accusation of crimes laid at a side', () => {
    const { relations } = extract([
      'Togo detained 14 Ghanaian fishermen on Monday.',
      '"Togo is committing crimes against our fishermen," Ghanaian Foreign Minister Ama Owusu said.',
    ]);
    expect(relations).toContain('Ama Owusu ACCUSES Togo');
  });
});

describe('a stance only on a condition', () => {
  it('reads no accusation in the "if" clause that opens a warning', () => {
    const { relations } = extract([
      'Ghana and Togo signed a defence pact on Monday.',
      '“If military collusion between Togo and Benin continues, we will respond firmly,” said Ghanaian spokesman Kofi Mensah.',
    ]);
    expect(relations.filter((relation) => relation.includes('ACCUSES') || relation.includes('CONDEMNS'))).toEqual([]);
  });

  it('reads no condemnation in what the speaker says it would call an act not yet done', () => {
    const stance = (sentence: string) => extract(['Ghana and Togo share the waters of the Volta.', sentence]).relations.filter((relation) => relation.includes('CONDEMNS'));
    expect(stance('Ghanaian spokeswoman Ama Owusu said Ghana would treat any attempt by Togo to divert the river “as an act of aggression”.')).toEqual([]);
    expect(stance('“Any move to close the dam would be a provocation,” Ghanaian spokeswoman Ama Owusu said.')).toEqual([]);
    // (What is done already is still condemned: "the move to close the dam was a provocation".)
    expect(stance('“Togo’s move to close the dam was a provocation,” Ghanaian spokeswoman Ama Owusu said.')).toContain('Ama Owusu CONDEMNS Togo');
  });
});

describe('a charge the speaker denies', () => {
  const stances = (sentence: string) => extract(['Ghana seized two Togolese trawlers on Monday.', sentence]).relations.filter((relation) => / (ACCUSES|CONDEMNS) /.test(relation));

  it('reads no accusation or condemnation in what the speaker denies', () => {
    expect(stances('Togolese spokesman Yao Agbeko rejected claims that the crews had committed crimes.')).toEqual([]);
    expect(stances('Togolese spokesman Yao Agbeko denied that the crews had committed crimes.')).toEqual([]);
    expect(stances('Togolese spokesman Yao Agbeko denied the crews had acted illegally.')).toEqual([]);
    expect(stances('Togolese spokesman Yao Agbeko denied any provocation and said the boats were in international waters.')).toEqual([]);
  });

  it('still reads what the speaker goes on to say past the denial', () => {
    expect(stances('Togolese spokesman Yao Agbeko denied that the crews had acted illegally, calling the seizure a provocation.')).toContain('Yao Agbeko CONDEMNS Ghana');
    expect(stances('Togolese spokesman Yao Agbeko dismissed the charge as “baseless”.')).toContain('Yao Agbeko CONDEMNS Ghana');
  });
});

describe('words that are another’s, or a condemnation declined', () => {
  const stances = (sentence: string) => extract(['Ghana seized two Togolese trawlers on Monday.', sentence]).relations.filter((relation) => / (ACCUSES|CONDEMNS) /.test(relation));

  it('reads no stance of the speaker in words the statement gives to a third party', () => {
    expect(stances('Ghanaian spokesman Kofi Mensah said Benin had called the seizure illegal.')).toEqual([]);
    expect(stances('“Benin says our patrols are illegal, but Benin is wrong,” Ghanaian spokesman Kofi Mensah said.')).toEqual([]);
    // (The speaker's own words still count: "we have said these seizures are illegal".)
    expect(stances('“We have said many times that these seizures by Ghana are illegal,” Togolese spokesman Yao Agbeko said.')).toContain('Yao Agbeko CONDEMNS Ghana');
  });

  it('reads a condemnation the statement reports of a third party as that party’s, not the speaker’s', () => {
    const found = stances('Togolese spokesman Yao Agbeko said Benin had condemned Ghana.');
    expect(found).toContain('Benin CONDEMNS Ghana');
    expect(found.filter((relation) => relation.startsWith('Yao Agbeko '))).toEqual([]);
    // (The speaker's own condemnation still counts.)
    expect(stances('“We condemned this piracy by Ghana at once,” Togolese spokesman Yao Agbeko said.')).toContain('Yao Agbeko CONDEMNS Ghana');
  });

  it('reads no condemnation in one the speaker declines to make', () => {
    expect(stances('Beninese spokesman Paul Houngbo said Benin would not condemn Togo or Ghana.')).toEqual([]);
    expect(stances('Beninese spokesman Paul Houngbo said Benin had refused to denounce either side.')).toEqual([]);
  });

  it('still reads a condemnation made and more ("not only condemn … but")', () => {
    expect(stances('“We not only condemn this seizure by Ghana, we demand the boats back,” Togolese spokesman Yao Agbeko said.')).toContain('Yao Agbeko CONDEMNS Ghana');
  });
});

describe('a stance the actor denies taking', () => {
  it('reads no urging, accusation or condemnation in "denied urging X", "denies ever accusing X"', () => {
    const stances = (sentence: string) => extract(['Ghana seized two Togolese trawlers on Monday.', sentence]).relations.filter((relation) => / (URGES|ACCUSES|CONDEMNS|THREATENS) /.test(relation));
    expect(stances('Ghana denied urging Togo to close the border.')).toEqual([]);
    expect(stances('Ghana denies ever accusing Togo of smuggling.')).toEqual([]);
    expect(stances('Ghana denied condemning Togo.')).toEqual([]);
    // ("denied having urged": the perfect gerund, whose verb is a participle.)
    expect(stances('Ghana denied having urged Togo to close the border.')).toEqual([]);
    expect(stances('Ghana denies having accused Togo of smuggling.')).toEqual([]);
    // (Ghana's urging is not denied here: "Ghana urged Togo to …, and Togo denied the charge.")
    expect(stances('Ghana urged Togo to close the border, and Togo denied wrongdoing.')).toContain('Ghana URGES Togo');
  });

  it('reads no stance in "denied that it had accused X"; a stance after the denial still counts', () => {
    const stances = (sentence: string) => extract(['Ghana seized two Togolese trawlers on Monday.', sentence]).relations.filter((relation) => / (URGES|ACCUSES|CONDEMNS|THREATENS) /.test(relation));
    expect(stances('Ghana denied that it had accused Togo of smuggling.')).toEqual([]);
    expect(stances('Ghana denies that it ever urged Togo to close the border.')).toEqual([]);
    expect(stances('Ghana denied that it was smuggling and accused Togo of lying.')).toContain('Ghana ACCUSES Togo');
  });
});

describe('a stance only on a condition, named by a verb', () => {
  it('reads no urging or accusation inside an "if" or "unless" clause', () => {
    const stances = (sentence: string) => extract(['Ghana seized two Togolese trawlers on Monday.', sentence]).relations.filter((relation) => / (URGES|ACCUSES|CONDEMNS|THREATENS) /.test(relation));
    expect(stances('If Togo asks Ghana to release the boats, the crews could be home by Friday.')).toEqual([]);
    expect(stances('Talks will end unless Ghana stops accusing Togo of smuggling.')).toEqual([]);
    // (Past the condition's clause, the main verb stands: "If talks fail, Ghana urged Togo to …" reads as said.)
    expect(stances('Even if talks fail, Ghana has urged Togo to keep the border open.')).toContain('Ghana URGES Togo');
  });
});

describe('a request for comment', () => {
  it('reads no urging in asking a side for comment, but still in asking it for its help', () => {
    const urges = (sentence: string) => extract(['Ghana seized two Togolese trawlers on Monday.', sentence]).relations.filter((relation) => relation.includes('URGES'));
    expect(urges('The Lome Gazette asked Ghana for comment on the seizure.')).toEqual([]);
    expect(urges('Togo asked Ghana’s foreign ministry for a reaction.')).toEqual([]);
    expect(urges('Togo asked Ghana for the release of the crews.')).toContain('Togo URGES Ghana');
  });
});

describe('the state where a wrong was done', () => {
  it('does not read a state named only as where the wrong was done as the one accused or condemned', () => {
    const { relations } = extract([
      'Ghana sanctioned five commanders of the Russian Africa Corps on Monday.',
      '“These men are responsible for torture and illegal killings in Togo,” Ghanaian Foreign Minister Kofi Mensah said.',
      'Ghana’s foreign ministry said the men had carried out “illegal killings” in the Central African Republic (CAR).',
    ]);
    expect(relations.filter((relation) => / (ACCUSES|CONDEMNS) (Togo|Central African Republic)$/.test(relation))).toEqual([]);
  });

  it('still reads the state that is named as the wrongdoer too', () => {
    const { relations } = extract(['“Togo carried out illegal killings in Togo and in Benin,” Ghanaian Foreign Minister Kofi Mensah said.']);
    expect(relations).toContain('Kofi Mensah CONDEMNS Togo');
  });
});

describe('the side an act of force hit', () => {
  it('does not read the side a condemned war or attack hit as the one condemned', () => {
    const { relations } = extract(['Chile, Bolivia and Ecuador met in Lima on Monday.', '“We condemn the war in Peru as clearly as anyone,” Foreign Minister Ana Soto told parliament.']);
    expect(relations).not.toContain('Ana Soto CONDEMNS Peru');
  });

  it('does not read the state that foreign interference is said to hit as the one condemned', () => {
    const { relations } = extract(['Chile and Bolivia met in Lima on Monday.', 'Foreign Minister Ana Soto said the two countries shared “the same rejection of foreign interference” in Peru.']);
    expect(relations).not.toContain('Ana Soto CONDEMNS Peru');
  });

  it('still reads the state said to interfere as condemned', () => {
    const { relations } = extract(['Chile and Bolivia met in Lima on Monday.', '“Ecuador’s interference in Peru is unacceptable,” Foreign Minister Ana Soto said.']);
    expect(relations).toContain('Ana Soto CONDEMNS Ecuador');
  });

  it('still reads the side that wages it as condemned', () => {
    const { relations } = extract(['Chile, Bolivia and Ecuador met in Lima on Monday.', '“Peru’s aggression against Ecuador is a crime,” Foreign Minister Ana Soto said.']);
    // ("aggression" condemns and "a crime" accuses: the sharper stance is the one kept.)
    expect(relations).toContain('Ana Soto ACCUSES Peru');
  });
});

describe('words of accusing that are something else', () => {
  it('does not read "lies" where a place lies as an accusation of lying', () => {
    const { relations } = extract([
      'Chile sent a navy patrol boat to the bay after Peru awarded an oil block that Santiago says lies partly in Chilean waters.',
      'Peru said the block lies entirely within its waters.',
    ]);
    expect(relations.filter((relation) => relation.includes('ACCUSES'))).toEqual([]);
  });

  it('still reads lies told as an accusation', () => {
    const { relations } = extract(['Peru awarded an oil block on Monday.', '“These are lies, and Lima knows it,” Chilean Foreign Minister Ana Soto said.']);
    expect(relations).toContain('Ana Soto ACCUSES Peru');
  });

  it('still reads lies spread or told "about" or "on" something as an accusation', () => {
    expect(extract(['Ecuador’s foreign ministry said Peru was lying about the seizure.']).relations).toContain('Ecuadorean Ministry of Foreign Affairs ACCUSES Peru');
    expect(extract(['Ecuador’s foreign ministry said Peru was spreading lies on social media.']).relations).toContain('Ecuadorean Ministry of Foreign Affairs ACCUSES Peru');
    // (A place still lies about a distance somewhere.)
    expect(extract(['Peru said the block lies about 20 km inside its waters.']).relations.filter((relation) => relation.includes('ACCUSES'))).toEqual([]);
  });
});

describe('organisations a statement condemns', () => {
  it('reads an organisation that acts in the statement as the one condemned', () => {
    const { relations } = extract([
      'The Arctic Council on Monday suspended Norway from its fisheries panel.',
      '“The Arctic Council’s decision is illegal and unacceptable,” Norwegian Foreign Minister Siri Lunde said.',
      '“The Arctic Council has acted illegally and in bad faith,” she added.',
    ]);
    expect(relations).toContain('Siri Lunde CONDEMNS Arctic Council');
  });

  it('does not condemn the organisation a side turns to', () => {
    const { relations } = extract(['Russia seized two Norwegian trawlers on Monday.', '“We will take this illegal seizure to the United Nations,” Norwegian Foreign Minister Siri Lunde said.']);
    expect(relations.filter((relation) => relation.includes('United Nations'))).toEqual([]);
  });

  it('does not read the forum or rulebook after "of" as acting ("the rules of the X are clear")', () => {
    const rules = extract(['“The rules of the Andean Trade Organization are clear, and these tariffs are illegal,” Chilean Trade Minister Ana Soto said.']);
    expect(rules.relations.filter((relation) => relation.includes('Andean Trade Organization'))).toEqual([]);
    const membership = extract(['“Our membership of the Andean Council is not in question, and these sanctions are illegal,” Chilean Foreign Minister Ana Soto said.']);
    expect(membership.relations.filter((relation) => relation.includes('Andean Council'))).toEqual([]);
  });
});

describe('claims dismissed as disinformation', () => {
  it('reads a statement that calls the other side’s claims disinformation as condemning it', () => {
    const { relations } = extract([
      'Peru accused Chile on Monday of sending drones over its border.',
      '“Lima is running a disinformation campaign to hide its own failures,” Chilean Foreign Minister Ana Soto said.',
    ]);
    expect(relations).toContain('Ana Soto CONDEMNS Peru');
  });
});

describe('statements that both condemn and accuse', () => {
  it('keeps the condemnation where the statement says so with a verb, or names only a breach', () => {
    const { relations } = extract([
      'Peru seized two Chilean trawlers on Monday.',
      'Chile said the seizure was an act of piracy and a crime, and condemned it in the strongest terms.',
    ]);
    expect(relations).toContain('Chile CONDEMNS Peru');
    const breach = extract(['Peru seized two Chilean trawlers on Monday.', '“The seizure is a clear violation of the treaty and deeply regrettable,” Chilean Foreign Minister Ana Soto said.']);
    expect(breach.relations).toContain('Ana Soto CONDEMNS Peru');
  });
});

describe('protests lodged', () => {
  it('reads a protest lodged with a state as condemning it, and one filed with a body as no condemnation of the body', () => {
    expect(extract(['Chile lodged a formal protest with Peru on Friday over the seizure of two trawlers.']).relations).toContain('Chile CONDEMNS Peru');
    const { relations } = extract(['Chile also filed a complaint with the International Maritime Organization, accusing Peru of breaching the Andean Fisheries Treaty.']);
    expect(relations.filter((relation) => relation.includes('CONDEMNS International Maritime Organization'))).toEqual([]);
  });
});

describe('protests made to a state', () => {
  it('reads "protested to X" as condemning X, and street protests against a leader as no stance of anyone', () => {
    const { relations } = extract([
      'Gabon protested to Cameroon after its navy seized two boats.',
      'Police arrested dozens during protests against President Tomas Obi of Kenya.',
    ]);
    expect(relations).toContain('Gabon CONDEMNS Cameroon');
    expect(relations.filter((relation) => relation.endsWith('CONDEMNS Tomas Obi'))).toEqual([]);
  });
});

describe('the sharper stance', () => {
  it('keeps only the accusation where the same speaker both condemns and accuses the same side', () => {
    const { relations } = extract([
      'Lithuania filed a complaint with Belarus on Friday, accusing Belarus of breaching the aviation convention.',
      'Peru condemned Chile on Monday.',
    ]);
    expect(relations).toContain('Lithuania ACCUSES Belarus');
    expect(relations).not.toContain('Lithuania CONDEMNS Belarus');
    expect(relations).toContain('Peru CONDEMNS Chile');
  });
});
