// Bodies of a state named through the state: the spelling with the state's possessive kept among the aliases,
// lower-case bodies after a demonym or a capital's possessive, embassies and their cities. The sentences are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';
import { findMentions } from '../../src/extract/mentions.ts';

describe('bodies named through their state', () => {
  it('reads a state’s adjective inside an army’s or a navy’s name as its state, naming it once', () => {
    const { relations, entity } = extract(['On Friday, the Royal Danish Navy said it had tracked the ship.']);
    expect(relations).toContain('Royal Danish Navy PART_OF Denmark');
    expect(entity('Royal Danish Navy')?.name).toBe('Royal Danish Navy');
  });

  it('reads a state whose name has "and" inside as one state, owning the body after it', () => {
    const { relations, entity } = extract(["Trinidad and Tobago's Constitutional Court ruled on Friday. Antigua and Barbuda protested."]);
    expect(relations).toContain('Trinidadian Constitutional Court PART_OF Trinidad and Tobago');
    expect(entity('Antigua and Barbuda')?.kind).toBe('Government');
  });

  it('reads demonyms news spells otherwise than the country list ("Tajik", "Kazakh", "Saudi")', () => {
    const { entity, relations } = extract(['The Kazakh parliament, the Zhanar Kenes, voted on Monday. Saudi Foreign Minister Fahd Omar attended.']);
    expect(entity('Kazakh parliament')).toMatchObject({ kind: 'Government', country: 'KZ' });
    expect(entity('Kazakh parliament')?.aliases).toContain('Zhanar Kenes');
    expect(relations).toContain('Fahd Omar MEMBER_OF Saudi Arabia');
  });

  it('reads a board or bureau named after its state as that state’s body, keeping the state in its name', () => {
    const { entity, relations } = extract(['The Ghana Cocoa Board raised the price on Monday, and the Uganda Bureau of Statistics published the figures.']);
    expect(entity('Ghana Cocoa Board')).toMatchObject({ kind: 'Government', country: 'GH' });
    expect(entity('Uganda Bureau of Statistics')).toMatchObject({ kind: 'Government', country: 'UG' });
    expect(relations).toEqual(expect.arrayContaining(['Ghana Cocoa Board PART_OF Ghana', 'Uganda Bureau of Statistics PART_OF Uganda']));
  });

  it('reads a bank named after a state alone as that state’s central bank, and no other bank so', () => {
    const { entity, relations } = extract(['The Bank of Ghana raised its rate on Monday, and the Central Bank of Kenya held it. The Harvest Bank of Ghana lent more.']);
    expect(entity('Bank of Ghana')?.kind).toBe('Government');
    expect(entity('Central Bank of Kenya')?.kind).toBe('Government');
    expect(entity('Harvest Bank of Ghana')?.kind).toBe('Organization');
    expect(relations).not.toContain('Harvest Bank of Ghana PART_OF Ghana');
  });

  it('reads a constitutional tribunal as a state’s court', () => {
    const { entity } = extract(['The Constitutional Tribunal struck down the law on Friday.']);
    expect(entity('Constitutional Tribunal')).toMatchObject({ kind: 'Government' });
  });

  it('keeps the spelling with the state’s possessive among a body’s aliases', () => {
    const { entity } = extract(["Norway's Ministry of Fisheries said on Tuesday that the quota would be cut."]);
    expect(entity('Ministry of Fisheries')?.aliases).toContain("Norway's Ministry of Fisheries");
  });
});

describe('lower-case bodies after a state', () => {
  it('reads an embassy, a consulate or the police after a demonym or a state’s possessive as the state’s body', () => {
    const { entity } = extract(['The Danish embassy said on Monday that the talks would go on.', 'Austrian police said 12 people were held.']);
    expect(entity('Danish embassy')).toMatchObject({ kind: 'Government', country: 'DK' });
    expect(entity('Austrian police')).toMatchObject({ kind: 'Government', country: 'AT' });
  });

  it('reads a coastguard after a demonym as the state’s coast guard', () => {
    const { entity } = extract(['Greek coastguard vessels turned back the boat near Lesbos.']);
    expect(entity('Greek coastguard')).toMatchObject({ kind: 'Government', country: 'GR' });
  });

  it('reads a body after a capital’s possessive as the body of the capital’s state', () => {
    const { entity } = extract(["Oslo's foreign ministry said in a statement that it regretted the decision."]);
    expect(entity("Oslo's foreign ministry")).toMatchObject({ kind: 'Government', country: 'NO' });
  });
});

describe('embassies', () => {
  it('names an embassy with the city it is in', () => {
    const { entity } = extract(['The Finnish Embassy in Tallinn said the visas had been issued.']);
    expect(entity('Finnish Embassy in Tallinn')).toMatchObject({ kind: 'Government', country: 'FI' });
    expect(entity('Tallinn')?.kind).toBe('Place');
  });

  it('names an embassy written in lower case after a state’s possessive with its city', () => {
    const { entity } = extract(["Sweden's embassy in Riga condemned the attack on Friday."]);
    expect(entity("Sweden's embassy in Riga")).toMatchObject({ kind: 'Government', country: 'SE' });
  });
});

describe('offices of a head of government', () => {
  it('reads "the Prime Minister’s Office" as a body, not a person', () => {
    const { extraction } = extract(["In a statement, the Danish Prime Minister's Office said the visit would go ahead."]);
    const named = extraction.entities.map((entity) => `${entity.kind} ${entity.name}`);
    expect(named).toContain("Government Danish Prime Minister's Office");
    expect(named.filter((name) => name.startsWith('Person'))).toEqual([]);
  });
});

describe('an official’s office in lower case', () => {
  it('reads "the prime minister’s office" as a state’s body', () => {
    const { extraction } = extract(['Estonia’s opposition accused the government of fraud, a claim the prime minister’s office rejected.']);
    expect(extraction.entities.find((entity) => /prime minister's office/i.test(entity.name))?.kind).toBe('Government');
  });
});

describe('security forces', () => {
  it('reads a state’s security forces as a group that acts, as its troops are', () => {
    const { entity } = extract(['Moroccan security forces dispersed the crowd on Friday.']);
    expect(entity('Moroccan security forces')?.kind).toBe('Group');
  });
});

describe('agencies named before what they do', () => {
  it('reads a name before "security agency" or "intelligence service" as a state’s body', () => {
    const { entity } = extract(['The head of the Tarn Vek security agency flew to Cairo.', "Estonia's KAPO intelligence service said it had found the device."]);
    expect(entity('Tarn Vek')?.kind).toBe('Government');
    expect(entity('KAPO')).toMatchObject({ kind: 'Government', country: 'EE' });
  });
});

describe('courts of a state', () => {
  it('reads a court named by its level (constitutional, high, district, military) as a state’s body', () => {
    const { entity } = extract(['Estonia’s parliament passed the law in May.', 'The Constitutional Court struck it down on Tuesday.', 'A High Court judge in Tallinn had blocked it before.']);
    expect(entity('Constitutional Court')?.kind).toBe('Government');
    expect(entity('High Court')?.kind).toBe('Government');
  });

  it('still reads international and regional courts as organisations', () => {
    const { entity } = extract(['The International Criminal Court issued a warrant.', 'The East African Court of Justice heard the case.']);
    expect(entity('International Criminal Court')?.kind).toBe('Organization');
    expect(entity('East African Court of Justice')?.kind).toBe('Organization');
  });
});

describe('state bodies by their name’s words', () => {
  it('reads an authority after a state’s possessive as that state’s body', () => {
    const { entity } = extract(["Chile's Lake Port Authority said traffic fell by a third."]);
    expect(entity('Lake Port Authority')).toMatchObject({ kind: 'Government', country: 'CL' });
    const { entity: named } = extract(["Ana Ruiz, chair of Chile's General Authority for the Northern Free Zone, said so."]);
    expect(named('General Authority for the Northern Free Zone')).toMatchObject({ kind: 'Government', country: 'CL' });
  });

  it('reads a "Foreign Office" as a state’s body', () => {
    const { entity } = extract(['The Foreign Office said it would summon the ambassador.']);
    expect(entity('Foreign Office')?.kind).toBe('Government');
  });

  it('reads a transitional or a sovereignty council as a state’s body', () => {
    const { entity } = extract(['The Transitional Unity Council named a new cabinet.', 'The Sovereignty Council rejected the plan.']);
    expect(entity('Transitional Unity Council')?.kind).toBe('Government');
    expect(entity('Sovereignty Council')?.kind).toBe('Government');
  });

  it('reads an office named after a state’s official as that state’s body', () => {
    const { entity } = extract(['The Office of the U.S. Fisheries Representative said the quota would stand.']);
    expect(entity('Office of the U.S. Fisheries Representative')).toMatchObject({ kind: 'Government', country: 'US' });
  });
});

describe('a body whose domains are listed', () => {
  it('keeps "X, Y and Z Office" as one state body', () => {
    const { entity } = extract(['The UK Foreign, Maritime and Development Office said it welcomed the deal.']);
    expect(entity('UK Foreign, Maritime and Development Office')).toMatchObject({ kind: 'Government', country: 'GB' });
  });

  it('does not join a list of states', () => {
    const { extraction } = extract(['Chile, Peru and Bolivia signed the accord.']);
    expect(extraction.entities.filter((found) => found.kind === 'Government').map((found) => found.name).sort()).toEqual(['Bolivia', 'Chile', 'Peru']);
  });
});

describe('a legislature known by its own name', () => {
  it('reads "the Commons" as a body of a state, not a place', () => {
    const { entity } = extract(['The prime minister defended the plan in the Commons on Monday.']);
    expect(entity('Commons')?.kind).toBe('Government');
  });
});

describe('a legislature’s committee named in lower case', () => {
  it('reads "the Commons defence committee" as one body', () => {
    const { entity } = extract(['Lena Hart, who chairs the Commons defence committee, criticised the plan.']);
    expect(entity('Commons defence committee')?.kind).toBe('Government');
  });
});

describe('a parliament and the name it is known by', () => {
  it('reads "the Norwegian parliament, the Storting" as one body', () => {
    const { extraction } = extract(['She sits in the Norwegian parliament, the Storting, for the north.']);
    const bodies = extraction.entities.filter((entity) => entity.kind === 'Government' && entity.name !== 'Norway');
    expect(bodies).toHaveLength(1);
    expect(bodies[0].aliases).toEqual(expect.arrayContaining(['Storting', 'Norwegian parliament']));
  });
});

describe('a seat of government named in apposition', () => {
  it('reads a name set off after a demonym’s organ described in lower case as that state’s body', () => {
    const { entity } = extract(['He said the Peruvian customs authority, the Sunat Aduanas (SA), had imposed new fees.']);
    expect(entity('Sunat Aduanas')).toMatchObject({ kind: 'Government', country: 'PE' });
  });

  it('reads a body named in Spanish, French or Portuguese by a state body’s first word as a state’s body', () => {
    const { entity } = extract(['The Policía Federal said eight people were arrested, and the Defensoría de Derechos objected.']);
    expect(entity('Policía Federal')?.kind).toBe('Government');
    expect(entity('Defensoría de Derechos')?.kind).toBe('Government');
  });

  it('keeps "General" and a foreign "and" inside a body named in Spanish, French or Portuguese, and knows more first words', () => {
    const { entity, extraction } = extract([
      'The Dirección General de Pesca said the boat had no licence, and the Prefectura Naval fired warning shots.',
      'The Direction Générale des Impôts et Domaines and the Ministerio de Agricultura y Ganadería agreed.',
      'The Receita Federal seized the cargo.',
    ]);
    for (const name of ['Dirección General de Pesca', 'Prefectura Naval', 'Direction Générale des Impôts et Domaines', 'Ministerio de Agricultura y Ganadería', 'Receita Federal']) {
      expect(entity(name)?.kind).toBe('Government');
    }
    expect(extraction.entities.filter((candidate) => candidate.kind === 'Person')).toEqual([]);
  });

  it('reads a board or an authority named for a state’s service (border, customs, police …) as a body of a state', () => {
    const { entity } = extract(['The Border Patrol Board and the Customs Authority said the cargo was seized, and the Kessa Port Authority agreed.']);
    expect(entity('Border Patrol Board')?.kind).toBe('Government');
    expect(entity('Customs Authority')?.kind).toBe('Government');
    expect(entity('Kessa Port Authority')?.kind).toBe('Organization');
  });

  it('reads "State House" after a locative as the building, a place', () => {
    const { entity } = extract(['The two presidents signed the protocol at the State House in Tarvik on Thursday.']);
    expect(entity('State House')?.kind).toBe('Place');
  });

  it('reads "State House", the presidency of many states, as a body of a state, no person', () => {
    const { entity } = extract(['The two presidents spoke by telephone on Thursday, State House said.']);
    expect(entity('State House')?.kind).toBe('Government');
  });

  it('reads "the presidential office, X," as a body of a state', () => {
    const { entity } = extract(['An official at the presidential office, Hanul Gung, told reporters the visit would go ahead.']);
    expect(entity('Hanul Gung')?.kind).toBe('Government');
  });
});

describe('forces named for defence', () => {
  it('reads "the Self-Defense Forces" with no state named as a state’s body', () => {
    const { entity } = extract(['The Self-Defense Forces were analysing the launch.']);
    expect(entity('Self-Defense Forces')?.kind).toBe('Government');
  });

  it('still reads other forces no state owns as an organisation', () => {
    const { entity } = extract(['The Rapid Support Forces shelled the city.']);
    expect(entity('Rapid Support Forces')?.kind).toBe('Organization');
  });
});

describe('a force no state owns', () => {
  it('reads "the Gang Suppression Force" as an organisation, and "the Air Force" as a state’s body', () => {
    const { entity } = extract(['The Harbour Security Support Force retook the road.', 'The Air Force said two jets were scrambled.']);
    expect(entity('Harbour Security Support Force')?.kind).toBe('Organization');
    expect(entity('Air Force')?.kind).toBe('Government');
  });

  it('does not give a state’s lower-case ministry the state-less formal name every state’s ministry shares', () => {
    const { entity } = extract(["Norway's foreign ministry said on Monday that talks would resume. Peru's Supreme Electoral Court agreed."]);
    expect(entity('Norwegian Ministry of Foreign Affairs')?.aliases).not.toContain('Ministry of Foreign Affairs');
    expect(entity('Norwegian Ministry of Foreign Affairs')?.aliases).toContain("Norway's foreign ministry");
    expect(entity("Peru's Supreme Electoral Court")?.aliases).toContain('Supreme Electoral Court');
  });
});

describe('armed forces named as a nation’s', () => {
  it('reads royal or national armed forces no state names as a state’s body, of the one state named just before', () => {
    const { entity, relations } = extract([
      "Chile's defence minister spoke on Monday. He said the units belonged to the Southern National Armed Forces.",
      'Rebels of the Southern Liberation Forces said they would fight on.',
    ]);
    expect(entity('Southern National Armed Forces')?.kind).toBe('Government');
    expect(relations).toContain('Chilean Southern National Armed Forces PART_OF Chile');
    expect(entity('Southern Liberation Forces')?.kind).toBe('Organization');
  });
});

describe('names set off after a state’s organ', () => {
  it('reads an acronym set off after a state’s body named in lower case as the body’s name', () => {
    const { entity, extraction } = extract(["Norway's armed forces, the NAF, said they would withdraw. The NAF later denied it."]);
    expect(entity("Norway's armed forces")?.aliases).toContain('NAF');
    expect(extraction.entities.filter((candidate) => candidate.name === 'NAF')).toHaveLength(0);
  });

  it('reads a name set off after a state’s organ described in lower case as a body of that state', () => {
    const { relations } = extract(["Kenya's military press wing, Defence Public Affairs (DPA), said eight fighters were killed."]);
    expect(relations).toContain('Kenyan Defence Public Affairs PART_OF Kenya');
  });
});

describe('short names of a state’s bodies', () => {
  it('joins a legislature’s own word to the legislature named in full with it', () => {
    const { entity, extraction } = extract(["Lawmakers in the Grand Majlis voted on Monday. The Majlis later passed a resolution."]);
    expect(entity('Grand Majlis')?.aliases).toContain('Majlis');
    expect(extraction.entities.filter((candidate) => candidate.name === 'Majlis')).toHaveLength(0);
  });

  it('joins a body described in lower case to the one named body of its state with those words', () => {
    const { entity } = extract(["The Kenya National Defence Forces (KNDF) said troops would deploy. The commander of Kenya's defence forces agreed."]);
    expect(entity('Kenya National Defence Forces')?.aliases).toContain("Kenya's defence forces");
  });

  it('joins a legislature’s own name to the one parliament of the article described in lower case', () => {
    const { entity } = extract(["Greenland's parliament met on Monday.", 'The Inatsisartut approved the text by 22 votes to 8.']);
    expect(entity("Greenland's parliament")?.aliases).toContain('Inatsisartut');
  });
});

describe('a capitalised one-word body after a state’s possessive', () => {
  it('is that state’s body, named as written', () => {
    const { entity, relations } = extract(['Uruguay’s Senate approved the fisheries treaty on Tuesday, and Bolivia’s Congress will debate it next month.']);
    expect(entity('Uruguay’s Senate')?.kind ?? entity("Uruguay's Senate")?.kind).toBe('Government');
    expect(relations.some((relation) => /Bolivia.s Congress PART_OF Bolivia/.test(relation))).toBe(true);
  });
});

describe('a parliament named by its own name', () => {
  it('reads the name of a parliament, no state given, as the one state’s parliament the article names', () => {
    const { extraction } = extract(['Croatia’s parliament met on Monday.', 'He said the Sabor would have to approve the deal.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Government' && !entity.key.startsWith('state:'))).toHaveLength(1);
  });

  it('reads Iceland’s parliament by its name with the article, "the Althingi"', () => {
    const { extraction } = extract(['Iceland will vote after the Althingi approved the referendum.']);
    expect(extraction.entities.find((entity) => entity.name === 'Althingi')?.kind).toBe('Government');
  });
});

describe('a body set off as another’s', () => {
  it('reads "NAME, <state>’s parliament," and "NAME, the <organisation>’s panel of …," as part of the owner', () => {
    const { relations } = extract([
      'The National Council, Slovakia’s parliament, will vote on the bill next week.',
      'The Venice Panel, the Council of Europe’s panel of constitutional experts, had criticised the draft.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['National Council PART_OF Slovakia', 'Venice Panel PART_OF Council of Europe']));
  });

  it('does not read a company set off as a state’s company as part of the state', () => {
    const { relations } = extract(['Gazprom, Russia’s largest gas company, cut supplies to Moldova.']);
    expect(relations.filter((relation) => relation.startsWith('Gazprom PART_OF'))).toEqual([]);
  });
});

describe('legislatures named alone', () => {
  it('reads a capitalised legislature named alone, with none named before, as the body of the state just spoken of', () => {
    const { entity, relations } = extract(['Not everyone in Peru agreed. Deputy Rosa Lima said Congress had not been consulted.']);
    expect(entity('Congress')).toMatchObject({ kind: 'Government' });
    expect(relations).toContain(`${entity('Congress')?.name} PART_OF Peru`);
  });

  it('gives a legislature named alone no state named only inside a quotation', () => {
    const { relations } = extract(['“Peru cannot be trusted,” Deputy Rosa Lima said on Monday. Congress will vote on Friday.']);
    expect(relations.filter((relation) => /Congress PART_OF/.test(relation))).toEqual([]);
  });

  it('still reads a legislature named alone after its full name as that one body', () => {
    const { extraction } = extract(["Peru's Senate voted on Monday. The Senate later adjourned until March."]);
    expect(extraction.entities.filter((entity) => /senate/i.test(entity.name)).map((entity) => entity.name)).toEqual(["Peru's Senate"]);
  });
});

describe('chambers named "House of …" or "Chamber of …"', () => {
  it('reads a house or chamber of a legislature’s members as one body of a state', () => {
    const { entity } = extract(['The House of Representatives, the eastern-based parliament, is due to vote on Monday. The Chamber of Deputies in Velmar passed it.']);
    expect(entity('House of Representatives')).toMatchObject({ kind: 'Government' });
    expect(entity('Chamber of Deputies')).toMatchObject({ kind: 'Government' });
  });

  it('reads "X’s parliament, the House of Representatives," as one body', () => {
    const { entity } = extract(["Kenya's parliament, the House of Representatives, must still ratify the agreement."]);
    expect(entity('House of Representatives')?.aliases).toContain("Kenya's parliament");
  });

  it('still reads a chamber of commerce or mines as an organisation', () => {
    const { entity } = extract(['The Chamber of Mines said the ban was costly.']);
    expect(entity('Chamber of Mines')).toMatchObject({ kind: 'Organization' });
  });
});

describe('a presidency named alone', () => {
  it('reads "the Presidency said", with no presidency named before, as the presidency of the state just spoken of', () => {
    const { entity, relations } = extract(['Fighting resumed in Kenya on Monday. The Presidency said the talks would go on.']);
    expect(entity('Presidency')).toMatchObject({ kind: 'Government' });
    expect(relations).toContain(`${entity('Presidency')?.name} PART_OF Kenya`);
  });
});

describe('a body with no state named, after a state in its sentence', () => {
  it('gives a state’s body named with no state the one state named before it in its sentence', () => {
    const { relations, entity } = extract(['After fighting resumed near the border with Kenya, the Interior Ministry said the crossing would stay shut.']);
    expect(relations).toContain(`${entity('Interior Ministry')?.name} PART_OF Kenya`);
  });

  it('gives it no state when two were named before it, or only in the sentence before', () => {
    const { relations } = extract(['After Kenya and Uganda traded blame, the Interior Ministry said the crossing would stay shut.', 'Fighting resumed near Tanzania. The Health Ministry said two people died.']);
    expect(relations.filter((relation) => /Ministry PART_OF/.test(relation))).toEqual([]);
  });

  it('gives it no state named only inside a quotation, what the body speaks about', () => {
    const { relations } = extract(['“Kenya must open the crossing,” Interior Ministry spokesman Ole Sankei said.']);
    expect(relations.filter((relation) => /Ministry PART_OF/.test(relation))).toEqual([]);
  });
});

describe('national institutions known by their own name', () => {
  it('gives a legislature that only one state has its state, not the state the story was filed from', () => {
    const { relations } = extract(['Lebanon and Israel traded accusations on Monday.', 'The Knesset voted 70 to 40 to extend the emergency law.', 'Ukraine asked the Verkhovna Rada to ratify the accord.'], undefined, { dateline: 'Beirut' });
    expect(relations).toContain('Knesset PART_OF Israel');
    expect(relations).not.toContain('Knesset PART_OF Lebanon');
    expect(relations).toContain('Verkhovna Rada PART_OF Ukraine');
  });

  it('gives a security service known by its own name its state, not the state the story was filed from', () => {
    const { relations } = extract(['Iran accused Israel of the attack on Monday.', 'The Shin Bet security agency said two suspects had been held.'], undefined, { dateline: 'Tehran' });
    expect(relations).toContain('Shin Bet PART_OF Israel');
    expect(relations).not.toContain('Shin Bet PART_OF Iran');
  });

  it('reads the Halk Maslahaty as a legislature of its state', () => {
    const { relations } = extract(['Turkmenistan and Uzbekistan signed a treaty on Wednesday.', 'The Halk Maslahaty approved the treaty on Thursday.'], undefined, { dateline: 'Tashkent' });
    expect(relations).toContain('Halk Maslahaty PART_OF Turkmenistan');
    expect(relations).not.toContain('Halk Maslahaty PART_OF Uzbekistan');
  });
});

describe('bodies of an international organisation', () => {
  it('gives a body named with an organisation’s acronym to the organisation, not to the state the story was filed from', () => {
    const { relations } = extract(['Eswatini asked the Southern African Customs Union (SACU) on Friday to overturn the duty.', 'Prime Minister Tom Dube asked for an emergency meeting of the SACU Council of Ministers.'], undefined, { dateline: 'Mbabane' });
    expect(relations).not.toContain('SACU Council of Ministers PART_OF Eswatini');
    expect(relations).toContain('SACU Council of Ministers PART_OF Southern African Customs Union');
  });
});

describe('bodies named after their state', () => {
  it('gives a body whose name holds a state’s name past its first word to that state, not to the state the story was filed from', () => {
    const { relations } = extract(['Fiji and New Zealand signed a deal on Monday.', 'The Royal New Zealand Air Force will fly patrols from Nadi, the Fisheries Ministry said.'], undefined, { dateline: 'Suva' });
    expect(relations).toEqual(expect.arrayContaining(['Royal New Zealand Air Force PART_OF New Zealand', 'Fisheries Ministry PART_OF Fiji']));
    expect(relations).not.toContain('Royal New Zealand Air Force PART_OF Fiji');
  });
});

describe('parties named with their state', () => {
  it('reads no party, an organisation, as part of the state whose adjective opens its name', () => {
    const { relations } = extract(['Estonia’s parliament approved the coalition on Thursday.', 'The coalition joins the Reform Party with the smaller Estonian Socialist Party (ESP).', 'The Socialist Party said it would vote for the budget.'], undefined, { dateline: 'Tallinn' });
    expect(relations).not.toContain('Socialist Party PART_OF Estonia');
  });

  it('reads a body named "of" two states as part of neither', () => {
    const { relations } = extract(['The Permanent Joint Technical Commission of Egypt and Sudan met on Monday.']);
    expect(relations).not.toContain('Permanent Joint Technical Commission PART_OF Egypt');
    expect(relations).not.toContain('Permanent Joint Technical Commission of Egypt PART_OF Egypt');
    expect(extract(['The National Assembly of Egypt and Sudan’s foreign ministry met.']).relations).toContain('National Assembly of Egypt PART_OF Egypt');
  });

  it('reads a body set off as a joint or bilateral body as part of no one state its name holds', () => {
    const { relations } = extract(['The Lesotho Highlands Water Commission, the joint body that oversees the dam, will meet in December. South Africa agreed.']);
    expect(relations).not.toContain('Lesotho Highlands Water Commission PART_OF Lesotho');
    expect(extract(['The Lesotho Highlands Development Authority will meet in December.']).relations).toContain('Lesotho Highlands Development Authority PART_OF Lesotho');
  });
});

describe('bodies of a state by the words of their names', () => {
  const named = (sentence: string) => findMentions(0, sentence, new Map()).mentions.filter((mention) => mention.form === 'name').map((mention) => `${mention.kind} ${mention.name}`);

  it('reads an office, an assembly or a council named after a state’s office, the republic or its deputies as a body of a state', () => {
    expect(named('The Office of the President denied the report.')).toEqual(['Government Office of the President']);
    expect(named('The Senate of the Republic adjourned on Friday.')).toEqual(['Government Senate of the Republic']);
    expect(named('The Council of Deputies passed the bill.')).toEqual(['Government Council of Deputies']);
    expect(named('The Office of the High Commissioner for Refugees said the camps were full.')).toEqual(['Organization Office of the High Commissioner for Refugees']);
  });

  it('reads a body with "Government" inside its name, and a municipality, as a body of a state', () => {
    expect(named('The Government Information Office said the minister had resigned.')).toEqual(['Government Government Information Office']);
    expect(named('The Varna Municipality closed the port road.')).toEqual(['Government Varna Municipality']);
  });

  it('reads "Indian Ocean" opening a name as the ocean, not India', () => {
    expect(named('The Indian Ocean Fisheries Commission met in Victoria.')).toContain('Organization Indian Ocean Fisheries Commission');
    expect(named('The Indian Ocean Fisheries Commission met in Victoria.')).not.toContain('Government India');
  });
});

describe('central banks and their governors', () => {
  it('reads a state’s central bank in lower case as the bank of that state the article names', () => {
    const { entity, relations, statements } = extract([
      'ASTANA, Nov 25 (Reuters) - Kazakhstan’s central bank kept its base rate unchanged on Tuesday, saying inflation remained too high.',
      'The National Bank of Kazakhstan said in a statement that inflation had slowed to 11.8% in October.',
      'Governor Timur Berik told a news conference that the bank would not hesitate to tighten further.',
    ]);
    expect(entity('Kazakhstan’s central bank')?.name ?? entity("Kazakhstan's central bank")?.name).toBe('National Bank of Kazakhstan');
    expect(statements.map((statement) => statement.speakerName)).not.toContain('Kazakhstan');
    expect(relations).toContain('Timur Berik LEADS National Bank of Kazakhstan');
  });

  it('makes a bank’s governor its head, and no provincial governor a bank’s', () => {
    const { relations } = extract([
      'PORT MORESBY - The Bank of Papua New Guinea said foreign exchange shortages had eased.',
      'Elsa Genu, governor of the Bank of Papua New Guinea, told a business lunch that the kina would weaken gradually.',
      'Governor Tom Kila of Enga province said roads to the mine were blocked.',
    ]);
    expect(relations).toContain('Elsa Genu LEADS Bank of Papua New Guinea');
    expect(relations.some((relation) => relation.startsWith('Tom Kila LEADS Bank'))).toBe(false);
  });
});

describe('a short name two states share', () => {
  it('reads "Congo" in a story from Kinshasa as the Democratic Republic, its central bank included', () => {
    const { relations, extraction } = extract([
      'KINSHASA, Nov 25 (Reuters) - Congo extended a ban on cobalt exports by three months.',
      'The Central Bank of Congo raised its key rate to 25% last week.',
    ]);
    expect(extraction.entities.filter((entity) => entity.key.startsWith('state:')).map((entity) => entity.name)).toEqual(['DR Congo']);
    expect(relations).toContain('Central Bank of Congo PART_OF DR Congo');
  });

});

describe('bodies of a state named by their task, their portfolios or their region', () => {
  it('reads a state’s border or civil protection service, with or without its state before it, as a body of a state', () => {
    expect(extract(['Customs and Border Protection said crossings fell in October.']).entity('Customs and Border Protection')?.kind).toBe('Government');
    const { entity, relations } = extract(['U.S. Customs and Border Protection said crossings fell in October.']);
    expect(entity('U.S. Customs and Border Protection')?.kind).toBe('Government');
    expect(relations).toContain('U.S. Customs and Border Protection PART_OF United States');
    expect(extract(["Velmaria's Civil Protection said 12 people had died."]).entity('Civil Protection')?.kind).toBe('Government');
    expect(extract(['Both states ratified the Convention on the Protection of Seasonal Workers.']).extraction.entities.map((entity) => `${entity.kind} ${entity.name}`)).toEqual(['Treaty Convention on the Protection of Seasonal Workers']);
  });

  it('reads a state’s border or highway patrol as a body of a state', () => {
    expect(extract(['Clashes broke out between migrants and Border Patrol agents near the fence.']).entity('Border Patrol')?.kind).toBe('Government');
  });

  it('reads portfolios listed with commas before a board as one body, not the last of them', () => {
    const { relations, entity } = extract(["Velmaria's Mines, Petroleum and Gas Board accused the firm of smuggling."]);
    expect(entity('Gas Board')).toBeUndefined();
    expect(relations.some((relation) => relation.endsWith('ACCUSES Velmaria'))).toBe(false);
  });

  it('reads a legislature named after its region as a body, not a place, after "in the"', () => {
    expect(extract(['Democrats in the Ostrava Legislature condemned the bill.']).entity('Ostrava Legislature')?.kind).toBe('Government');
  });
});

