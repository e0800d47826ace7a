// Long institutional names ("Council of the European Union", "Ministry of Trade and Industry"), and how bodies and
// people who share a word are named apart. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

function names(text: string[]): string[] {
  return extract(text).extraction.entities.map((entity) => `${entity.kind} ${entity.name}`);
}

describe('long institutional names', () => {
  it('keeps the state a treaty is on inside its name ("the Agreement on Gibraltar")', () => {
    const found = names(['Both sides signed the Velmar-Orsk Protocol on Estonia in June.']);
    expect(found).toContain('Treaty Velmar-Orsk Protocol on Estonia');
  });

  it('keeps a treaty’s long name whole through "against", "in", "of" and "and" between its capitalised words', () => {
    const { entity, extraction } = extract([
      'Velmar said it would leave the Convention on International Trade in Rare Orchids of Dry Forests and Hills.',
      'The seizure broke the UN Convention against Illicit Traffic in Exotic Birds and Reptiles, officials said.',
      'The Treaty on the Prohibition of Sea Mines was signed in Ostrava.',
    ]);
    expect(entity('Convention on International Trade in Rare Orchids of Dry Forests and Hills')?.kind).toBe('Treaty');
    expect(entity('UN Convention against Illicit Traffic in Exotic Birds and Reptiles')?.kind).toBe('Treaty');
    expect(entity('Treaty on the Prohibition of Sea Mines')?.kind).toBe('Treaty');
    expect(entity('Ostrava')?.kind).toBe('Place');
    expect(extraction.entities.map((e) => e.name)).not.toContain('Rare Orchids');
  });

  it('keeps a capitalised "New" inside a body’s name after its connector ("Center for the New South")', () => {
    const found = names(['Ana Lind, an analyst at the Policy Institute for the New Coast in Vesk, said so.']);
    expect(found).toContain('Organization Policy Institute for the New Coast');
    expect(found).not.toContain('Organization New Coast');
  });

  it('keeps "of the", "for the" and "for" inside a body’s name', () => {
    const found = names([
      'The Court of Justice of the European Union heard the case, and the Centre for the Study of Migration filed a brief.',
      'Lena Okafor, a fellow at the Bergen Institute for Ocean Studies, said the ruling was narrow.',
    ]);
    expect(found).toEqual(expect.arrayContaining([
      'Organization Court of Justice of the European Union',
      'Organization Centre for the Study of Migration',
      'Organization Bergen Institute for Ocean Studies',
      'Person Lena Okafor',
    ]));
  });

  it('keeps "and" inside a ministry’s domain, but not before another body or a state', () => {
    expect(names(['Poland’s Ministry of Agriculture and Rural Development said prices had fallen.'])).toContain(
      'Government Polish Ministry of Agriculture and Rural Development',
    );
    const two = names(['The Ministry of Finance and the Central Bank of Kenya disagreed.']);
    expect(two).toContain('Government Ministry of Finance');
    expect(two.some((name) => name.includes('Finance and'))).toBe(false);
  });

  it('keeps a trade inside a ministry’s domain after "and" ("Ministry of Mines and Energy")', () => {
    expect(names(['The Ministry of Mines and Energy said output had fallen.'])).toContain('Government Ministry of Mines and Energy');
    expect(names(['The Ministry of Trade and Industry and Velmar Steel signed the deal.'])).toContain('Government Ministry of Trade and Industry');
    const two = names(['The Institute of Mining and Kessa Energy signed the deal.']);
    expect(two.some((name) => name.includes('Mining and Kessa'))).toBe(false);
  });

  it('does not swallow a party named after "of the" into the body before it', () => {
    const found = names(['The Political Bureau of the Communist Party of Vietnam met on Friday.']);
    expect(found.some((name) => /Bureau of the Communist/.test(name))).toBe(false);
  });

  it('reads a rank word that opens a body’s name as part of the name, and still as a title before a person', () => {
    expect(names(['The General Assembly of the Arctic Council voted on Monday.'])).toContain('Organization General Assembly of the Arctic Council');
    expect(names(['General Oleksandr Petrenko said the line held.'])).toContain('Person Oleksandr Petrenko');
  });

  it('reads a rank word that opens a treaty’s name as part of it ("the General Agreement on …")', () => {
    expect(names(['Both states invoked the General Treaty on Lowland Water Sharing.'])).toContain('Treaty General Treaty on Lowland Water Sharing');
    expect(names(['The General Accord for Coastal Fisheries lapsed in May.'])).toContain('Treaty General Accord for Coastal Fisheries');
  });
});

describe('bodies named with their state', () => {
  it('names a state’s foreign ministry after the state, so two states’ ministries read apart', () => {
    const found = names([
      'Chile’s foreign ministry said the talks would go on. The Argentine Foreign Ministry said they had ended.',
    ]);
    expect(found).toEqual(expect.arrayContaining(['Government Chilean Ministry of Foreign Affairs', 'Government Argentine Foreign Ministry']));
  });

  it('prefers the article’s own form that names the state', () => {
    expect(names(['The Kenyan Ministry of Health said in a statement that the clinic had reopened. The Ministry of Health added that staff were safe.'])).toContain(
      'Government Kenyan Ministry of Health',
    );
  });
});

describe('people who share a surname', () => {
  it('gives a lone surname to the person the story introduced first, not to a relative named later', () => {
    const { statements } = extract([
      'Marta Kowalczyk, 52, was released on Friday after eight months in detention.',
      '“We never stopped hoping,” her brother, Piotr Kowalczyk, told reporters outside the court.',
      'Kowalczyk was detained in March at a border crossing. “I am tired but free,” Kowalczyk said.',
    ]);
    const speakers = statements.map((statement) => [statement.speakerName, statement.text]);
    expect(speakers).toEqual([
      ['Piotr Kowalczyk', 'We never stopped hoping'],
      ['Marta Kowalczyk', 'I am tired but free'],
    ]);
  });
});

describe('kinds from the name and the words before it', () => {
  it('makes palaces, zones and airports places, and shipping or trading firms organisations, not people', () => {
    const found = names([
      'The talks were held at the Belvedere Palace, near the Danube Free Trade Zone.',
      'Arctic Star Shipping and Nordvik Trading were named in the order.',
    ]);
    expect(found).toEqual(expect.arrayContaining([
      'Place Belvedere Palace',
      'Place Danube Free Trade Zone',
      'Organization Arctic Star Shipping',
      'Organization Nordvik Trading',
    ]));
    expect(found.some((name) => name.startsWith('Person'))).toBe(false);
  });

  it('makes a quay, wharf or pier named after a monarch a place, and gives it no office', () => {
    const paragraphs = ['The seized boats were towed to Valletta’s King George V Quay, past the Queen Anne Wharf and the Prince Albert Pier.'];
    const found = names(paragraphs);
    expect(found).toEqual(expect.arrayContaining(['Place George V Quay', 'Place Anne Wharf', 'Place Albert Pier']));
    expect(found.some((name) => name.startsWith('Person'))).toBe(false);
    expect(extract(paragraphs).relations.filter((relation) => relation.includes('LEADS'))).toEqual([]);
  });

  it('reads "the business daily X" and "the shipping firm X" as organisations', () => {
    const found = names(['The business daily Rynok Segodnya reported the deal, citing the shipping firm Baltrans.']);
    expect(found).toEqual(expect.arrayContaining(['Organization Rynok Segodnya', 'Organization Baltrans']));
  });

  it('makes a security service, a state council or a guard corps a body of a state even with no state named', () => {
    const found = names(['The Federal Investigative Service opened a case, and the National Security Council met. The Border Guard Service said nothing.']);
    expect(found).toEqual(expect.arrayContaining([
      'Government Federal Investigative Service',
      'Government National Security Council',
      'Government Border Guard Service',
    ]));
  });

  it('makes an electoral commission or board, and a defence council, a body of a state, and a board "of" a state that state’s', () => {
    const found = names(['The Independent Electoral Commission cleared both candidates. The Supreme Council of Civil Defence met on Monday. The Tourism Board of Kenya was silent.']);
    expect(found).toEqual(expect.arrayContaining([
      'Government Independent Electoral Commission',
      'Government Supreme Council of Civil Defence',
      'Government Tourism Board of Kenya',
    ]));
  });

  it('makes a state’s battalion or guards its body, and a battalion no state owns an organisation', () => {
    const found = names(["The men were taken by Chad's Rapid Response Battalion. Togo's Republican Guards held drills. The volunteer Steel Wolf Battalion fought on."]);
    expect(found).toEqual(expect.arrayContaining(['Government Chadian Rapid Response Battalion', 'Government Togolese Republican Guards', 'Organization Steel Wolf Battalion']));
  });

  it('reads a plural treaty head as a treaty, and a name an apposition calls an agreement as a treaty', () => {
    const found = names(['The last attempt, the Vetra Protocols signed in 2009, collapsed. Both governments are building the Kessa-Loma Free Trade Zone, an agreement signed in January that aims to draw investors.']);
    expect(found).toEqual(expect.arrayContaining(['Treaty Vetra Protocols', 'Treaty Kessa-Loma Free Trade Zone']));
  });

  it('reads a command or a force named "Allied" as an alliance’s, an organisation', () => {
    expect(names(['The Allied Maritime Command said two frigates would join the patrol.'])).toContain('Organization Allied Maritime Command');
  });

  it('keeps a police force named after its state as the state’s body', () => {
    expect(names(['The Ghana Police Service and the Kenya Police Force both sent officers.'])).toEqual(
      expect.arrayContaining(['Government Ghana Police Service', 'Government Kenya Police Force']),
    );
  });

  it('reads a state’s name run into a surname as a person’s first name', () => {
    const found = names(['“The talks will resume,” foreign ministry spokesman Chad Whitlock told reporters. Whitlock gave no date.']);
    expect(found).toContain('Person Chad Whitlock');
    expect(found).not.toContain('Government Chad');
  });
});

describe('places, parties and offices by context', () => {
  it('makes a capital someone travels to, and a city "of" its people or "inside" it, a place', () => {
    const found = names([
      'Envoy Marcus Hale flew to Doha on Monday.',
      'Aid workers said the people of Kessa Wells could not wait. Life inside besieged Kessa Wells is hard.',
    ]);
    expect(found).toEqual(expect.arrayContaining(['Place Doha', 'Place Kessa Wells']));
    expect(found).not.toContain('Government Qatar');
  });

  it('makes parties organisations, but a communist or workers’ party that rules its state a body of it', () => {
    const two = extract(['The Unity Party won the vote, and the Freedom Party rejected the result.']).extraction.entities;
    expect(two.filter((entity) => /Party$/.test(entity.name)).map((entity) => entity.kind)).toEqual(['Organization', 'Organization']);
    const one = extract(['The Unity Party approved the budget on Friday.']).extraction.entities;
    expect(one.find((entity) => entity.name === 'Unity Party')?.kind).toBe('Organization');
    const ruling = extract(['The Communist Party of Vietnam approved the plan on Friday.']).extraction.entities;
    expect(ruling.find((entity) => /Communist Party/.test(entity.name))?.kind).toBe('Government');
    const parties = extract(['The Social Democrats and the Christian Democrats agreed to talk.']).extraction.entities;
    expect(parties.map((entity) => `${entity.kind} ${entity.name}`)).toEqual(['Organization Social Democrats', 'Organization Christian Democrats']);
  });

  it('reads company names, regions with a compass word, and names joined by "and" before a head word', () => {
    const found = names([
      'Shares in Borealis Semiconductor and Kestrel Holding fell on the Oslo Stock Exchange.',
      'Fighting spread across South Kivu and the West Bank, and aid stalled at the Kerem Shalom crossing.',
      'The Kivu Peace and Integration Agreement was signed by the Ministry of Economy, Trade and Industry.',
      'Attorney General Tarek Saab said the NGO Foro Penal had no standing.',
    ]);
    expect(found).toEqual(expect.arrayContaining([
      'Organization Borealis Semiconductor', 'Organization Kestrel Holding', 'Organization Oslo Stock Exchange',
      'Place South Kivu', 'Place West Bank', 'Place Kerem Shalom crossing',
      'Treaty Kivu Peace and Integration Agreement', 'Government Ministry of Economy, Trade and Industry',
      'Person Tarek Saab', 'Organization Foro Penal',
    ]));
  });

  it('reads "EU Trade Commissioner X" as a commissioner of the EU, and a watchdog named with its country as an organisation', () => {
    const { relations, entity } = extract(['EU Energy Commissioner Lotte Berg said the rules would hold, according to Vote Watch Kenya.']);
    expect(relations).toContain('Lotte Berg MEMBER_OF European Union');
    expect(entity('Vote Watch Kenya')?.kind).toBe('Organization');
  });
});

describe('one-word organisations', () => {
  it('makes "Hamas official X" an organisation with its member, and "the militant group" point back at it', () => {
    const { relations, statements, entity } = extract([
      'Prime Minister Netanyahu accused Hezbollah of stalling. Hezbollah official Ali Fayyad said the group was ready to talk.',
      'In a statement, the militant group said the strikes had killed nine civilians in the south.',
    ]);
    expect(entity('Hezbollah')?.kind).toBe('Organization');
    expect(relations).toContain('Ali Fayyad MEMBER_OF Hezbollah');
    expect(statements.map((statement) => statement.speakerName)).toContain('Hezbollah');
  });

  it('does not make "Government spokesman X" or a surname before a title an organisation', () => {
    const found = names(['Government spokesman Ivo Marin said the vote would go ahead. Marin aides declined to comment.']);
    expect(found.filter((name) => name.startsWith('Organization'))).toEqual([]);
  });

  it('has a group’s commander lead it, and a state’s commander serve it', () => {
    const { relations } = extract([
      'The Free Valley Movement signed the deal. Amira Hassan, the group’s commander, praised it.',
      'Russian commander Oleg Petrov said the line held.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Amira Hassan LEADS Free Valley Movement', 'Oleg Petrov MEMBER_OF Russia']));
  });
});

describe('wire-style names and titles', () => {
  it('keeps "People’s" inside a name, reads "Capt." as a rank, and "PRC" as China', () => {
    const found = names([
      'The People’s Liberation Army’s Eastern Theater Command said the drills had ended.',
      'Navy Capt. Zhao Lin, a spokesperson for the command, said the PRC would not accept interference.',
    ]);
    expect(found).toEqual(expect.arrayContaining(["Government People's Liberation Army", 'Person Zhao Lin', 'Government China']));
    expect(found.some((name) => name.includes('Capt'))).toBe(false);
  });

  it('reads "Japan’s chief cabinet secretary, X," as an office of Japan, not a body called "Chief Cabinet"', () => {
    const { relations, extraction } = extract(['Japan’s chief cabinet secretary, Ken Morita, said Tokyo was watching closely.']);
    expect(relations).toContain('Ken Morita MEMBER_OF Japan');
    expect(extraction.entities.some((entity) => /Cabinet/.test(entity.name))).toBe(false);
  });

  it('does not make a name before "exercises" or "drills" a person', () => {
    expect(names(['The timing was meant to pressure Taipei before the annual Han Kuang exercises.'])).not.toContain('Person Han Kuang');
  });
});

describe('a quoted claim inside another speaker’s sentence', () => {
  it('keeps "Regarding X’s claim that “…”, Y said, “…”" as Y’s words, not X’s', () => {
    const said = extract(['Asked about Russia’s claim that its drills “respect every clause of the accord”, Lee said, “This is a deceptive act.”']).statements;
    expect(said.find((statement) => statement.text.includes('deceptive act'))?.speakerName).not.toBe('Russia');
  });
});

describe('lists of places and names that open with "The"', () => {
  it('makes every name of "in A, B and C" a place, and "The Hague" one name', () => {
    const found = names(['Crowds gathered in Caracas, Maracaibo and Valencia, and the minister told parliament in The Hague that talks would go on.']);
    expect(found).toEqual(expect.arrayContaining(['Place Caracas', 'Place Maracaibo', 'Place Valencia', 'Place The Hague']));
  });

  it('keeps two firms joined by "and" apart, and a forum named with "and" whole', () => {
    const found = names(['Volkswagen and Honda Motor cut output, the Hostages and Missing Families Forum said.']);
    expect(found).toContain('Organization Hostages and Missing Families Forum');
    expect(found.some((name) => name.includes('Volkswagen and'))).toBe(false);
  });

  it('keeps an authority, an agency or an administration named with "and" whole, and a state’s one its body', () => {
    const found = names([
      'The Malawi Parks and Wildlife Authority said the herd had grown.',
      'The Seed and Fertiliser Administration approved the imports, the Standards and Metrology Agency said.',
    ]);
    expect(found).toEqual(expect.arrayContaining(['Government Malawi Parks and Wildlife Authority', 'Seed and Fertiliser Administration', 'Standards and Metrology Agency'].map((name) => expect.stringContaining(name))));
    expect(found.filter((name) => name.startsWith('Person'))).toEqual([]);
  });

  it('keeps a state body named "Police and …" or "Customs and …" whole', () => {
    const found = names([
      'The Police and Coast Guard Board said the boats were turned back.',
      'The Customs and Excise Department seized the cargo, the Police and Fire Service said.',
    ]);
    expect(found).toEqual(expect.arrayContaining(['Government Police and Coast Guard Board', 'Government Customs and Excise Department', 'Government Police and Fire Service']));
    const owned = names(['Latvia’s Police and Coast Guard Board said the boats were turned back, and Peru’s Police said nothing.']);
    expect(owned).toEqual(expect.arrayContaining(['Government Latvian Police and Coast Guard Board', "Government Peru's Police"]));
  });
});

describe('offices with "of", and places named after a state', () => {
  it('reads "Secretary of Defense X" as an office before a person, and "the Taiwan Strait", "the Korean Peninsula" as places', () => {
    const found = names(['Ahn spoke with U.S. Secretary of Defense Pete Hegseth. Ships crossed the Taiwan Strait near the Korean Peninsula.']);
    expect(found).toEqual(expect.arrayContaining(['Person Pete Hegseth', 'Place Taiwan Strait', 'Place Korean Peninsula']));
  });
});

describe('possessive names before a plan, and two offices before one name', () => {
  it('keeps "Friedrich Merz’s plan" a person’s plan, not a treaty', () => {
    const found = names(['The Social Democrats rejected Friedrich Merz’s plan to freeze pensions.']);
    expect(found).toContain('Person Friedrich Merz');
    expect(found.some((name) => name.startsWith('Treaty'))).toBe(false);
  });

  it('reads "Qatar’s prime minister and foreign minister, Sheikh X," as X holding the office', () => {
    const { statements, relations } = extract(['Qatar’s prime minister and foreign minister, Sheikh Mohammed Al Thani, thanked Egypt for “patient and difficult work”.']);
    expect(relations).toContain('Mohammed Al Thani LEADS Qatar');
    expect(statements.map((statement) => statement.speakerName)).toEqual(['Mohammed Al Thani']);
  });
});

describe('states named through a connector, and a state as a body’s domain', () => {
  it('reads "Democratic Republic of Congo" as one state, and "the Taiwan Affairs Office" as no body of Taiwan', () => {
    const found = names(['The presidents of Democratic Republic of Congo and Rwanda met. A spokeswoman for the Taiwan Affairs Office in Beijing spoke.']);
    expect(found).toContain('Government DR Congo');
    expect(found.some((name) => name.includes('Democratic Republic') && !name.includes('Congo'))).toBe(false);
    expect(found).toContain('Government Taiwan Affairs Office');
  });
});

describe('long names that common words interrupt', () => {
  it('keeps a capitalised "New" inside a name', () => {
    expect(names(['Police blamed the Sonora New Dawn Cartel for the attack.'])).toContain('Organization Sonora New Dawn Cartel');
  });

  it('keeps "to" inside the connected part of a treaty’s name', () => {
    expect(names(['The closures went against the Agreement on the Road to Reconciliation, officials said.'])).toContain('Treaty Agreement on the Road to Reconciliation');
  });

  it('does not read a state out of a capital named "<State> City" that opens a treaty’s name', () => {
    const found = names(['Under the Panama City Accord on Fisheries, both fleets report their catch.']);
    expect(found).toContain('Treaty Panama City Accord on Fisheries');
    expect(found).not.toContain('Government Panama');
  });

  it('keeps "of <state>" inside a treaty’s name that the treaty word ends', () => {
    expect(names(['The base is run under the 1962 Defense of Iceland Agreement.'])).toContain('Treaty Defense of Iceland Agreement');
  });
});

describe('titles and treaties by their head word', () => {
  it('reads "Commodore" as a title', () => {
    expect(names(['Commodore Andreas Pallis said the frigate had fired twice.'])).toContain('Person Andreas Pallis');
  });

  it('reads a "Consensus" as an agreement', () => {
    expect(names(['The leaders stood by the Seven-Point Consensus they had agreed.'])).toContain('Treaty Seven-Point Consensus');
  });
});

describe('names with an ordinal or an organisation’s word inside', () => {
  it('keeps an ordinal opening a place’s name', () => {
    expect(names(['Boats reached Second Marlin Shoal on Monday.'])).toContain('Place Second Marlin Shoal');
  });

  it('keeps "and <word>" inside a treaty’s connected part, even an organisation’s head word', () => {
    expect(names(['Ministers signed the Lome Framework on Trade and Movement on Friday.'])).toContain('Treaty Lome Framework on Trade and Movement');
  });
});

describe('a mission named in two halves', () => {
  it('keeps "<organisation> X and Y Mission in <state>" as one organisation', () => {
    const found = names(['Troops of the African Union Support and Recovery Mission in Somalia were attacked.']);
    expect(found).toContain('Organization African Union Support and Recovery Mission in Somalia');
  });

  it('still reads two bodies joined by "and" apart', () => {
    const found = names(['The World Bank and the Regional Development Fund agreed.']);
    expect(found).toEqual(expect.arrayContaining(['Organization World Bank', 'Organization Regional Development Fund']));
  });
});

describe('a command of an army', () => {
  it('keeps "the Operational Command of the <demonym> Armed Forces" as one name', () => {
    expect(names(['Jets were scrambled, the Operational Command of the Latvian Armed Forces said.']).join('|')).toContain('Government Operational Command of the Latvian Armed Forces');
  });
});

describe('"in" inside a think tank’s name', () => {
  it('keeps "the X in Y Policy Group" as one organisation', () => {
    expect(names(['Mara Ilic of the Danube in Europe Research Group said so.'])).toContain('Organization Danube in Europe Research Group');
  });

  it('still reads a place after "in" apart', () => {
    expect(names(['Fighters in the Donbas clashed with the Volunteer Union.']).join('|')).not.toContain('Donbas in');
  });
});

describe('names an acronym spells', () => {
  it('reads a name whose acronym spells it across "and" as one organisation, named by both', () => {
    const { entity, extraction } = extract(['Monitors proposed a session of the Border Watch and Liaison Forum (BWLF) next week. The BWLF last met in May.']);
    expect(entity('Border Watch and Liaison Forum')).toMatchObject({ kind: 'Organization' });
    expect(entity('Border Watch and Liaison Forum')?.aliases).toContain('BWLF');
    expect(extraction.entities.some((candidate) => candidate.name === 'Liaison Forum')).toBe(false);
  });

  it('reads a name of capitalised words joined by "and" before its acronym as an organisation, not a person', () => {
    const { entity } = extract(['Delegates of the Crisis Prevention and Early Response Mechanism (CPERM) arrived on Monday.']);
    expect(entity('Crisis Prevention and Early Response Mechanism')?.kind).toBe('Organization');
  });
});

describe('acronyms of names set off after them', () => {
  it('joins an acronym made of the opening letters of the name’s words, after "or", to the name', () => {
    const { entity } = extract(['The Andean Trade Bloc, or ANTRABLOC, met on Tuesday. ANTRABLOC said it would act.']);
    expect(entity('Andean Trade Bloc')?.aliases).toContain('ANTRABLOC');
  });

  it('joins an acronym set off by commas that spells the name, connectors included, to the name', () => {
    const { entity } = extract(['The Border Monitoring Mission in Moldova, BMMIM, said its patrols were safe. BMMIM later added more.']);
    expect(entity('Border Monitoring Mission in Moldova')?.aliases).toContain('BMMIM');
  });
});

describe('an organisation, its office and an Arabic name with a particle', () => {
  it('reads "Arab League Secretary-General X al-Y" as the organisation, the office and the person', () => {
    const { relations, entity } = extract(['Gulf Union Secretary-General Karim al-Haddadi said the bloc stood united behind the plan.']);
    expect(entity('Gulf Union')?.kind).toBe('Organization');
    expect(entity('Karim al-Haddadi')?.kind).toBe('Person');
    expect(relations).toContain('Karim al-Haddadi LEADS Gulf Union');
  });
});

describe('two states whose names share a word', () => {
  it('keeps "China" apart from Taiwan when the article gives Taiwan its formal name "Republic of China"', () => {
    const { extraction } = extract(['The Republic of China held a parade on Tuesday as its president warned of threats.', 'China flew 21 jets near Taiwan, the defence ministry said.'], undefined, { dateline: 'TAIPEI' });
    const china = extraction.entities.find((entity) => entity.name === 'China');
    const taiwan = extraction.entities.find((entity) => entity.name === 'Taiwan');
    expect(china).toBeDefined();
    expect(taiwan?.aliases).toContain('Republic of China');
    expect(taiwan?.aliases).not.toContain('China');
  });

  it('gives DR Congo no alias of the other Congo when "Congo" alone is read as its short name', () => {
    const { entity } = extract(["Democratic Republic of Congo's mines minister extended a cobalt export ban on Tuesday.", 'Rebels whom Congo says are backed by Rwanda hold the Rubaya mine.'], undefined, { dateline: 'KINSHASA' });
    expect(entity('Congo')?.name).toBe('DR Congo');
    expect(entity('DR Congo')?.aliases).not.toContain('Republic of the Congo');
  });
});
