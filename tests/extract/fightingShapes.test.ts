// Acts read only where the words make them (no fighting in trade, no invoking in a duty); the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('no fighting in trade', () => {
  it('reads no fighting between the parties of a truce over trade', () => {
    const { relations } = extract([
      'Talks between Ecuador and Colombia on tariffs resumed in Quito on Monday.',
      'The two trade ministers signed what officials called the Andes Trade Truce on the bridge at the border.',
    ]);
    expect(relations).toContain('Ecuador PARTY_TO Andes Trade Truce');
    expect(relations.filter((relation) => relation.includes('FIGHTS_AGAINST'))).toEqual([]);
  });

  it('reads a deal struck as no strike', () => {
    const { relations } = extract(['Germany and Egypt signed a hydrogen partnership on Monday, the largest deal Germany has struck outside the EU.', 'Italy struck a deal with Libya last year.']);
    expect(relations.filter((relation) => relation.includes('FIGHTS_AGAINST'))).toEqual([]);
  });

  it('still reads a strike on a state', () => {
    const { relations } = extract(['Russia struck Ukraine with drones overnight, officials said.']);
    expect(relations).toContain('Russia FIGHTS_AGAINST Ukraine');
  });
});

describe('duties held under a treaty', () => {
  it('reads obligations under a treaty as no invoking of it, and an act done under it as one', () => {
    const { relations } = extract(['Iran was failing to meet its obligations under the Vienna Safeguards Agreement, the board said.', 'Kenya deployed 400 police officers to Haiti under the Nairobi Security Pact.']);
    expect(relations).not.toContain('Iran INVOKES Vienna Safeguards Agreement');
    expect(relations).toContain('Kenya INVOKES Nairobi Security Pact');
  });

  it('reads benefits, preferences or a status held under a treaty as no invoking of it', () => {
    const { relations } = extract([
      'Peru said on Monday that it would keep its trade benefits under the Andes Trade Pact.',
      'Chile kept its tariff preferences under the Andes Trade Pact, the ministry said.',
    ]);
    expect(relations.filter((relation) => relation.includes('INVOKES'))).toEqual([]);
  });
});

describe('acts held back and agents of other acts', () => {
  it('reads no accusation one stops short of', () => {
    const { relations } = extract(['Iraqi Foreign Minister Dilan Sarraf stopped short of blaming Turkey for the strike.']);
    expect(relations.filter((relation) => relation.includes('ACCUSES'))).toEqual([]);
  });

  it('reads the act of "not only … but also", which is done and more, not negated', () => {
    const { relations } = extract(['Ghana not only condemned Togo but also recalled its ambassador from Lome.', 'Kenya did not condemn Uganda.']);
    expect(relations).toContain('Ghana CONDEMNS Togo');
    expect(relations).not.toContain('Kenya CONDEMNS Uganda');
  });

  it('reads no agent in the act a passive names after its "by" phrase', () => {
    const { relations } = extract(['Kobakhidze, whose Georgian Dream party has been accused by the opposition of avoiding confrontation with Moscow, spoke to reporters.']);
    expect(relations).not.toContain('Russia ACCUSES Georgian Dream');
  });
});

describe('where a condemned act happened', () => {
  it('reads the place of a condemned act as no one condemned', () => {
    const { relations } = extract([
      'Norway and Russia signed a new fisheries deal on Monday.',
      'Talks between Norway and Russia had lasted a week.',
      'Norwegian Prime Minister Jonas Dahl condemned the war in Ukraine but defended the deal.',
    ]);
    expect(relations).not.toContain('Jonas Dahl CONDEMNS Ukraine');
  });
});

describe('a war feared or averted', () => {
  it('reads no fighting in "fears of a new war between X and Y", nor in a war they would avert', () => {
    const { relations } = extract([
      'The talks took place amid fears of a new war between Ghana and Togo.',
      'Mediators worked to avert a war between Chad and Niger.',
    ]);
    expect(relations.filter((relation) => relation.includes('FIGHTS_AGAINST'))).toEqual([]);
  });

  it('still reads the war between two sides as fighting', () => {
    expect(extract(['The war between Ghana and Togo has killed thousands.']).relations).toContain('Ghana FIGHTS_AGAINST Togo');
  });
});

describe('acts wished for', () => {
  it('reads no signing or meeting that someone only wants another to do', () => {
    const { relations } = extract([
      'Chile wants Peru to sign the Andes Water Protocol.',
      '"I want Prime Minister Ivo Brand to meet President Kofi Mensah in person," Ama Sato said.',
    ]);
    expect(relations.filter((relation) => /SIGNS|MEETS/.test(relation))).toEqual([]);
  });
});

describe('attacks on civilians', () => {
  it('reads no fighting against the place where civilians were attacked', () => {
    const { relations } = extract([
      'Last month Chile imposed sanctions on two generals, Ivo Brand and Kofi Mensah, accusing them of attacks on civilians in Tarapaca.',
      'Bolivia accused the rebels of deadly attacks on fishermen in Peru.',
    ]);
    expect(relations.filter((relation) => relation.includes('FIGHTS_AGAINST'))).toEqual([]);
  });

  it('still reads an attack on a state or its forces as fighting', () => {
    expect(extract(['Chile launched attacks on Peru on Monday.']).relations).toContain('Chile FIGHTS_AGAINST Peru');
  });
});

describe('acts under a treaty that are only asked for, or long-standing', () => {
  it('reads no invoking in "urged X to … under the accord" nor in "asked the bloc to hold consultations under the treaty"', () => {
    const { relations } = extract([
      'Ghana imposed sanctions on Togo on Monday.',
      'Kofi Mensah urged Ghana to withdraw the sanctions and return to cooperation under the Lome Accord.',
      'Togo asked the Volta Pact Organisation to hold urgent consultations under the Volta Pact.',
    ]);
    expect(relations.filter((relation) => relation.includes('INVOKES'))).toEqual([]);
  });

  it('reads no invoking in a state held since a year "under" a treaty', () => {
    const { relations } = extract([
      'Ghana has kept troops in the north since July 2021 under the Lome Accord.',
      'Togo has controlled the island since 1971 under the Volta Pact.',
    ]);
    expect(relations.filter((relation) => relation.includes('INVOKES'))).toEqual([]);
  });

  it('reads no invoking in what a state is entitled, bound or has agreed to do "under" a treaty', () => {
    const { relations } = extract([
      'Togo is entitled to half of the revenue under the Volta Pact.',
      'Ghana agreed to lower its tariffs on Togolese cocoa under the Lome Accord.',
      'Benin was supposed to receive 40 percent of the water under the Mono River Protocol.',
      'Niger is required to notify its neighbours of new dams under the Kainji Convention.',
    ]);
    expect(relations.filter((relation) => relation.includes('INVOKES'))).toEqual([]);
  });

  it('reads no invoking where no act is done under the text ("demolished under", "authorized under", "has doubled under")', () => {
    const { relations } = extract([
      'Togo said it would rebuild the border posts it had demolished under the Volta Pact.',
      'The Security Council authorized the mission last year under Resolution 2710.',
      'Trade between Ghana and Togo has doubled under the Lome Accord.',
    ]);
    expect(relations.filter((relation) => relation.includes('INVOKES'))).toEqual([]);
  });

  it('still reads a complaint lodged or action taken under a treaty as invoking it', () => {
    const { relations } = extract(['Ghana lodged a formal complaint under the Lome Accord on Monday.', 'Togo said it had acted under Article 51 of the Volta Charter.']);
    expect(relations).toEqual(expect.arrayContaining(['Ghana INVOKES Lome Accord', 'Togo INVOKES Volta Charter']));
  });

  it('still reads forces sent under a treaty as invoking it', () => {
    expect(extract(['Ghana sent 500 troops to Togo under the Lome Accord.']).relations).toContain('Ghana INVOKES Lome Accord');
  });
});

describe('a right or commitment held under a treaty', () => {
  it('reads no invoking in "breached his right to a defence under X" nor "their commitment to cooperation with Y under X"', () => {
    const { relations } = extract([
      'The court found that the Council had breached his right to an effective defence under the Lome Charter.',
      'Ghana and Togo reaffirmed their commitment to security cooperation with Benin under the Volta Principles.',
    ]);
    expect(relations.filter((relation) => relation.includes('INVOKES'))).toEqual([]);
  });
});

describe('attacks condemned', () => {
  it('does not make the one who condemns or blames an attack its attacker', () => {
    const { relations } = extract([
      'Bolivia condemned the attack on Peru.',
      'Chile blamed the drone strike on Peru, which denied it.',
      'Ecuador called the invasion of Peru a crime.',
    ]);
    expect(relations.filter((relation) => / FIGHTS_AGAINST /.test(relation))).toEqual([]);
  });

  it('does not make the victim of an attack the one condemned', () => {
    const { relations } = extract(['Chile, Bolivia and Ecuador met in Lima on Monday.', 'Brazil condemned the attack on Peru.', 'Uruguay denounced the invasion of Paraguay.']);
    expect(relations.filter((relation) => / CONDEMNS (Peru|Paraguay)$/.test(relation))).toEqual([]);
  });

  it('still reads an attack launched, or one of the name that owns it, as fighting', () => {
    const { relations } = extract(['Chile launched an attack on Peru.', "Bolivia's attack on Paraguay killed five."]);
    expect(relations).toEqual(expect.arrayContaining(['Chile FIGHTS_AGAINST Peru', 'Bolivia FIGHTS_AGAINST Paraguay']));
  });
});

describe('a foe named right after a verb of fighting', () => {
  it('reads the foe of "fighting", "has fought", "battles"', () => {
    const { relations } = extract([
      'Chad and Niger traded blame on Monday, the Chadian government said.',
      'The Ossa Liberation Front, which has been fighting the Chadian army since 2020, denied the charge.',
      'The Marel Brigades battled Niger for a decade.',
    ]);
    expect(relations).toContain('Ossa Liberation Front FIGHTS_AGAINST Chadian army');
    expect(relations).toContain('Marel Brigades FIGHTS_AGAINST Niger');
  });

  it('reads no foe after the noun, after a cause fought, or in rebels of a state', () => {
    const { relations } = extract([
      'Chad and Niger traded blame on Monday, the Chadian government said.',
      'The council demanded a halt to fighting around the Chadian town of Ossa.',
      'Niger said it was fighting corruption in Chad.',
      'Chad said it was fighting Nigerien rebels near Lake Ossa.',
    ]);
    expect(relations.filter((relation) => relation.includes('FIGHTS_AGAINST'))).toEqual([]);
  });
});

describe('a war fought with duties', () => {
  it('reads no fighting in "the trade war between X and Y", and still reads "the war between X and Y"', () => {
    const { relations } = extract(['The trade war between Chad and Niger hurt farmers on both sides.', 'Mali recalled the war between Benin and Togo in 1998.']);
    expect(relations.filter((relation) => /^(Chad|Niger) FIGHTS_AGAINST/.test(relation))).toEqual([]);
    expect(relations).toContain('Benin FIGHTS_AGAINST Togo');
  });

  it('reads a rebel movement named by its own name as the foe ("fighting Huthi rebels"), unlike rebels named by a state\'s adjective', () => {
    const { relations } = extract(['The Yemeni army has been fighting Huthi rebels since 2015, the Yemeni government said.']);
    expect(relations.some((relation) => /FIGHTS_AGAINST Huthi/.test(relation))).toBe(true);
  });
});


describe('acts of force named after a stance', () => {
  it('reads "condemned (repeated) attacks on X" with no article as no attack by the one who condemns', () => {
    const { relations } = extract(['Chad condemned attacks on Niger.', 'Mali denounced repeated strikes on Niger.']);
    expect(relations.filter((relation) => relation.includes('FIGHTS_AGAINST'))).toEqual([]);
  });
});

describe('attacks in words', () => {
  it('reads "attacked X’s decision" and "attacked X as reckless" as words, not force; "attacked X’s border posts" as force', () => {
    const { relations } = extract(['Chad attacked Niger’s decision to close the border.', 'Mali attacked Niger as reckless on Monday.', 'Rebels attacked Chad’s border posts on Monday.']);
    expect(relations.filter((relation) => /^(Chad|Mali) FIGHTS_AGAINST/.test(relation))).toEqual([]);
  });
});

describe('fights against a cause', () => {
  it('reads "the fight against terrorism alongside X" as no fight against X', () => {
    const { relations } = extract(['Chad joined the fight against terrorism alongside Niger.', 'Mali waged war against the Ulmo Front with French help.']);
    expect(relations).not.toContain('Chad FIGHTS_AGAINST Niger');
    expect(relations).toContain('Mali FIGHTS_AGAINST Ulmo Front');
  });
});

describe('clashes', () => {
  it('reads troops that clashed with a movement, or two sides that clashed, as fighting', () => {
    const { relations } = extract([
      'Chadian troops clashed with the Ulmo Front near the border on Monday.',
      'The Sudanese army and the Tessa Brigade clashed north of the capital.',
    ]);
    expect(relations).toContain('Chad FIGHTS_AGAINST Ulmo Front');
    expect(relations.some((relation) => /^(Sudanese army FIGHTS_AGAINST Tessa Brigade|Tessa Brigade FIGHTS_AGAINST Sudanese army)$/.test(relation))).toBe(true);
  });
});

describe('the subject of a clause of time', () => {
  it('reads no act of the main clause\'s subject inside a clause of time that has its own subject', () => {
    const { relations } = extract(['Niger sent 900 troops to the north after rebel columns crossed the border and attacked a garrison at Agadez.']);
    expect(relations).not.toContain('Niger FIGHTS_AGAINST Agadez');
  });

  it('still reads the subject past a clause of time with no verb of its own', () => {
    const { relations } = extract(['Niger, after a week of talks, attacked the rebel-held town of Agadez.']);
    expect(relations).toContain('Niger FIGHTS_AGAINST Agadez');
  });
});
