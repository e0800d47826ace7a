// Shapes of support that news uses besides "backs X": pledges, quoted causes of a state, solidarity and money.
// The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('support', () => {
  it('reads a pledge of support ("will stand by") as support, and one to go on cooperating as cooperation', () => {
    expect(extract(['"Ghana will stand by the Togolese army," the minister said.']).relations).toContain('Ghana SUPPORTS Togolese army');
    expect(extract(['Togo said it would continue to work closely with Ghana.']).relations).toContain('Togo COOPERATES_WITH Ghana');
    // (A first pledge to work together is cooperation too.)
    expect(extract(['Togo said on Monday it would work with Ghana and Benin to enforce the fishing ban.']).relations).toEqual(expect.arrayContaining(['Togo COOPERATES_WITH Ghana', 'Togo COOPERATES_WITH Benin']));
  });

  it('reads no pledge when the support is only expected or conditional', () => {
    expect(extract(['Ghana is expected to back Togo at the summit.']).relations.filter((relation) => relation.includes('SUPPORTS'))).toEqual([]);
    expect(extract(['Togo is expected to work with Ghana on the next phase.']).relations.filter((relation) => relation.includes('COOPERATES_WITH'))).toEqual([]);
    expect(extract(['Togo would cooperate with Ghana on the river if the border reopened.']).relations.filter((relation) => relation.includes('COOPERATES_WITH'))).toEqual([]);
  });

  it('reads a quoted cause of a state after the verb as support of that state', () => {
    expect(extract(['Ghana said it supported "the sovereignty and territorial integrity of Togo".']).relations).toContain('Ghana SUPPORTS Togo');
    expect(extract(['Ghana backed "every measure Togo takes to defend its borders."']).relations).toContain('Ghana SUPPORTS Togo');
  });

  it('reads solidarity expressed with someone as support', () => {
    expect(extract(['Ghana expressed "solidarity with Togo" after the floods.']).relations).toContain('Ghana SUPPORTS Togo');
  });

  it('reads money lent or given to a state as support', () => {
    expect(extract(['Ghana has lent Togo more than 300 million euros since 2022.']).relations).toContain('Ghana SUPPORTS Togo');
    expect(extract(['The European Union gave €40 million to Togo in 2022.']).relations).toContain('European Union SUPPORTS Togo');
  });
});

describe('things agreed together', () => {
  it('reads two states that agree, in the day\'s news, to do something as cooperating', () => {
    const pair = (relations: string[]) => relations.filter((relation) => relation.includes('COOPERATES_WITH')).map((relation) => relation.split(' COOPERATES_WITH ').sort().join(' & '));
    expect(pair(extract(['Ghana and Togo agreed on Friday to reopen the border crossing at Aflao.']).relations)).toContain('Ghana & Togo');
    expect(pair(extract(['Benin and Niger agreed to share the cost of the new bridge, officials said on Tuesday.']).relations)).toContain('Benin & Niger');
  });

  it('reads no cooperation when one side agrees to something alone, in an agreement of the story\'s background, or between two at war', () => {
    expect(extract(['Ghana agreed to pay the fine, Togo said.']).relations.filter((relation) => relation.includes('COOPERATES_WITH'))).toEqual([]);
    expect(extract(['Ghana and Togo agreed in 2019 to build a bridge that was never finished.']).relations.filter((relation) => relation.includes('COOPERATES_WITH'))).toEqual([]);
    expect(extract(['Mali accused Algeria of attacking its troops.', 'Mali and Algeria agreed on Sunday to exchange prisoners.']).relations.filter((relation) => relation.includes('COOPERATES_WITH'))).toEqual([]);
  });
});

describe('cooperation', () => {
  it('reads "together with X" and "in full coordination with X" as cooperation', () => {
    expect(extract(['Ghana ordered its navy to keep patrolling together with Togo and Benin.']).relations).toEqual(expect.arrayContaining(['Ghana COOPERATES_WITH Togo', 'Ghana COOPERATES_WITH Benin']));
    expect(extract(['Ghana patrols the lake "in full coordination" with Togo.']).relations).toContain('Ghana COOPERATES_WITH Togo');
  });
});

describe('what is supported, past a preposition', () => {
  it('does not take a name after a preposition past the thing supported as the one backed', () => {
    const { relations } = extract([
      'A Brazilian spokeswoman said Brazil was ready to discuss "practical support" for the new route with Chile and Peru.',
      'Its foreign minister said Argentina "supports every peaceful pressure for the return of freedoms in Bolivia."',
    ]);
    expect(relations.filter((relation) => / SUPPORTS (Chile|Peru|Bolivia)$/.test(relation))).toEqual([]);
  });
});

describe('statements made jointly', () => {
  it('reads two actors speaking "in a joint statement" as cooperating, and a joint statement "with" a partner too', () => {
    const { relations } = extract([
      'Ghana held a disputed election on Saturday.',
      'The United Kingdom and the European Union, two of Ghana’s main donors, called in a joint statement for a credible count.',
      'Togo issued a joint statement with Benin on Sunday.',
    ]);
    expect(relations.some((relation) => /^(United Kingdom COOPERATES_WITH European Union|European Union COOPERATES_WITH United Kingdom)$/.test(relation))).toBe(true);
    expect(relations.some((relation) => /^(Togo COOPERATES_WITH Benin|Benin COOPERATES_WITH Togo)$/.test(relation))).toBe(true);
  });

  it('reads no partners in the members of a body that speaks in a joint statement', () => {
    const { relations } = extract(['The Troika of Ghana, Togo and Benin said in a joint statement that the vote could not be credible.']);
    expect(relations.filter((relation) => relation.includes('COOPERATES_WITH'))).toEqual([]);
  });
});

describe('agreements signed together', () => {
  const cooperating = (relations: string[], a: string, b: string) => relations.some((relation) => relation === `${a} COOPERATES_WITH ${b}` || relation === `${b} COOPERATES_WITH ${a}`);

  it('reads two states that sign a deal, or one that signs it with the other, as cooperating', () => {
    expect(cooperating(extract(['Ghana and Togo signed an agreement on Friday to share the revenue of a gas field.']).relations, 'Ghana', 'Togo')).toBe(true);
    expect(cooperating(extract(['Ghana and Togo on Friday signed a ten-year partnership to build a railway.']).relations, 'Ghana', 'Togo')).toBe(true);
    expect(cooperating(extract(['Benin signed a memorandum on fisheries with Togo in Lome on Tuesday.']).relations, 'Benin', 'Togo')).toBe(true);
  });

  it('reads two leaders who sign a deal as their states cooperating', () => {
    const { relations } = extract(['Peruvian President Ana Quispe and her Chilean counterpart, Jorge Vidal, signed an agreement on Monday to build a railway.']);
    expect(cooperating(relations, 'Peru', 'Chile')).toBe(true);
  });

  it('reads no cooperation in a truce that foes sign, a deal only one side signs, or a signing of years ago', () => {
    expect(cooperating(extract(['Benin signed a border treaty with Togo in 1998.']).relations, 'Benin', 'Togo')).toBe(false);
    expect(cooperating(extract(['Ghana accused Togo of shelling its border villages.', 'Ghana and Togo signed an agreement on Friday to pull back their troops.']).relations, 'Ghana', 'Togo')).toBe(false);
    expect(cooperating(extract(['Ghana and Togo signed a ceasefire agreement on Friday after a week of clashes.']).relations, 'Ghana', 'Togo')).toBe(false);
    expect(cooperating(extract(['Ghana signed an agreement on Friday, and Togo protested.']).relations, 'Ghana', 'Togo')).toBe(false);
  });
});

describe('support and what followed', () => {
  it('does not read a name in a clause of time after the thing supported as the one backed', () => {
    const { relations } = extract(['The minister thanked Chile for its “steadfast” support after a series of Peruvian navy incursions near the islands.']);
    expect(relations.filter((relation) => / SUPPORTS (Peru|Peruvian navy)$/.test(relation))).toEqual([]);
  });
});

describe('support got or sought', () => {
  it('reads "won the backing of X" as X supporting the winner, and "sought the support of X" as no support', () => {
    const { relations } = extract(['Peru won the backing of Bolivia for its bid.', 'Chile secured the full support of Brazil on Monday.', 'Ecuador sought the support of Uruguay.']);
    expect(relations).toEqual(expect.arrayContaining(['Bolivia SUPPORTS Peru', 'Brazil SUPPORTS Chile']));
    expect(relations.filter((relation) => /^(Peru SUPPORTS Bolivia|Chile SUPPORTS Brazil)$/.test(relation) || relation.includes('Uruguay'))).toEqual([]);
  });
});

describe('support taken back', () => {
  it('reads no support in support withdrawn, ended or stopped', () => {
    const { relations } = extract(['Peru withdrew its support for Bolivia’s bid.', 'Chile ended its backing of the Argentine government.', 'Ecuador stopped supporting Colombia in 2020.', 'Uruguay supported Paraguay’s bid.']);
    expect(relations.filter((relation) => relation.includes('SUPPORTS'))).toEqual(['Uruguay SUPPORTS Paraguay']);
  });
});

describe('help provided is no supply', () => {
  it('does not read support, training or aid provided to a state as supplying it', () => {
    const { relations } = extract(['Chile accused Peru of providing material support to the Bolivian government.', 'Argentina provided training to Uruguay last year.']);
    expect(relations.filter((relation) => relation.includes('SUPPLIES'))).toEqual([]);
  });

  it('still reads arms provided as a supply', () => {
    expect(extract(['Chile provided artillery shells to Peru.']).relations).toContain('Chile SUPPLIES Peru');
  });

  it('reads weapons sent as a supply, not a deployment, and troops sent with them as a deployment', () => {
    const { relations } = extract(['Egypt has sent weapons to Somalia, angering Ethiopia.', 'Chad sent troops and armoured vehicles to Niger.']);
    expect(relations).toContain('Egypt SUPPLIES Somalia');
    expect(relations).toContain('Chad DEPLOYS_TO Niger');
    expect(relations).not.toContain('Egypt DEPLOYS_TO Somalia');
    expect(relations).not.toContain('Chad SUPPLIES Niger');
  });

  it('reads only goods handed over as a supply, named before any help ("provides boats and training to X")', () => {
    const { relations } = extract([
      'Chile provided details of the inquiry to Peru.',
      'Argentina transferred the two detained fishermen to Uruguay.',
      'Brazil delivered a formal reply to Paraguay on Monday.',
      'Ecuador provides patrol boats and training to the Colombian navy.',
    ]);
    expect(relations.filter((relation) => /^(Chile|Argentina|Brazil) SUPPLIES/.test(relation))).toEqual([]);
    expect(relations.filter((relation) => /^Ecuador SUPPLIES (Colombia|Colombian navy)$/.test(relation))).not.toEqual([]);
  });
});

describe('commitment to a body', () => {
  it('reads a commitment to an organisation as support of it', () => {
    expect(extract(['Ghana reaffirmed its commitment to the African Union on Monday.']).relations).toContain('Ghana SUPPORTS African Union');
    expect(extract(['The minister said Togo remained fully committed to ECOWAS.']).relations).toContain('Togo SUPPORTS Economic Community of West African States');
  });

  it('reads no support in a commitment to an act or to another state', () => {
    const { relations } = extract(['Ghana said it was committed to talks with Togo.', 'Benin committed to withdrawing its troops by March.']);
    expect(relations.filter((relation) => relation.includes('SUPPORTS'))).toEqual([]);
  });
});

describe('a body named inside what one is committed to', () => {
  it('does not read a body that only qualifies the thing one is committed to as supported', () => {
    const { relations } = extract(['Ghana said it remained committed to the AU trade rules it had signed.']);
    expect(relations.filter((relation) => relation.includes('SUPPORTS'))).toEqual([]);
  });
});

describe('a deal held with another state', () => {
  const cooperating = (relations: string[], a: string, b: string) => relations.some((relation) => relation === `${a} COOPERATES_WITH ${b}` || relation === `${b} COOPERATES_WITH ${a}`);

  it('reads a pact or agreement a state has with another as cooperation', () => {
    expect(cooperating(extract(['Togo renewed its fisheries agreement with Ghana on Tuesday.']).relations, 'Togo', 'Ghana')).toBe(true);
    expect(cooperating(extract(['Benin ratified a security pact with Ghana, clearing the way for joint training.']).relations, 'Benin', 'Ghana')).toBe(true);
  });

  it('reads none in a deal rejected, left or denied, nor in a truce', () => {
    expect(cooperating(extract(['Togo rejected a deal with Ghana.']).relations, 'Togo', 'Ghana')).toBe(false);
    expect(cooperating(extract(['Togo withdrew from its pact with Ghana on Monday.']).relations, 'Togo', 'Ghana')).toBe(false);
    expect(cooperating(extract(['Togo has no agreement with Ghana on the river.']).relations, 'Togo', 'Ghana')).toBe(false);
    expect(cooperating(extract(['Togo pulled out of its pact with Ghana on Monday.']).relations, 'Togo', 'Ghana')).toBe(false);
    expect(cooperating(extract(['Togo suspended its fisheries agreement with Ghana last week.']).relations, 'Togo', 'Ghana')).toBe(false);
    expect(cooperating(extract(['Togo signed a peace agreement with Ghana in 1999.']).relations, 'Togo', 'Ghana')).toBe(false);
  });
});

describe('a deal only urged', () => {
  it('reads no cooperation in a deal someone presses for', () => {
    const { relations } = extract(['Ghana and Togo argued over the border for years.', 'The union urged both to press for a trade deal with Benin.']);
    expect(relations.filter((relation) => relation.includes('COOPERATES_WITH Benin') || relation.startsWith('Benin COOPERATES_WITH'))).toEqual([]);
  });
});

describe('"deal with" as a verb', () => {
  it('reads no cooperation in dealing with a state', () => {
    const { relations } = extract(['Ghana said it would find a way to deal with Togo.', 'Benin must deal with Togo directly, the minister said.']);
    expect(relations.filter((relation) => relation.includes('COOPERATES_WITH'))).toEqual([]);
  });
});

describe('things done jointly', () => {
  const cooperating = (relations: string[], a: string, b: string) => relations.some((relation) => relation === `${a} COOPERATES_WITH ${b}` || relation === `${b} COOPERATES_WITH ${a}`);

  it('reads a joint body, project or exercise of two actors as cooperation', () => {
    expect(cooperating(extract(['Ghana and Togo agreed on Monday to set up a joint commission on the river.']).relations, 'Ghana', 'Togo')).toBe(true);
    expect(cooperating(extract(['Benin held joint naval patrols with Togo in the gulf last month.']).relations, 'Benin', 'Togo')).toBe(true);
  });

  it('reads none between foes, or among the listed members of a body', () => {
    expect(cooperating(extract(['Ghana accused Togo of shelling its border villages.', 'Ghana and Togo set up a joint commission on Friday to look into the clashes.']).relations, 'Ghana', 'Togo')).toBe(false);
    expect(cooperating(extract(['The Troika of Ghana, Togo and Benin runs a joint fund for the river.']).relations, 'Togo', 'Benin')).toBe(false);
  });
});

describe('solidarity', () => {
  it('reads "in (full) solidarity with X" after any verb as backing X, and not when denied', () => {
    const { relations } = extract([
      'The Sahel Alliance said in a statement that it stood “in full solidarity” with Mali.',
      'Peru is in solidarity with Chile, the minister said.',
      'Bolivia did not stand in solidarity with Ecuador.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Sahel Alliance SUPPORTS Mali', 'Peru SUPPORTS Chile']));
    expect(relations).not.toContain('Bolivia SUPPORTS Ecuador');
  });
});

describe('cooperation ended', () => {
  it('reads cooperation or support being suspended, severed or frozen (in any form of the verb) as none', () => {
    const { relations } = extract([
      'Peru’s congress passed a law in 2024 suspending cooperation with the Andean Fund.',
      'Chile announced it was severing military cooperation with Bolivia.',
      'Ecuador has been freezing its support for Colombia.',
    ]);
    expect(relations.filter((relation) => /COOPERATES_WITH|SUPPORTS/.test(relation))).toEqual([]);
  });
});

describe('support only alleged', () => {
  const supports = (relations: string[]) => relations.filter((relation) => relation.includes(' SUPPORTS '));

  it('reads no support that another only accuses the actor of giving, but the accusation stays', () => {
    const { relations } = extract(['Kenya accuses Uganda of supporting the Liberation Front.']);
    expect(supports(relations)).toEqual([]);
    expect(relations).toContain('Kenya ACCUSES Uganda');
    expect(supports(extract(['Kenya accused Uganda of “backing the Liberation Front” in the north.']).relations)).toEqual([]);
  });

  it('still reads support stated plainly beside an accusation', () => {
    expect(extract(['Kenya accused Uganda of lying and said it backed Tanzania.']).relations).toContain('Kenya SUPPORTS Tanzania');
  });
});
