// Names that stand where a person's might but are no person's: spelt as brands, or introduced as organisations.
// The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';
import { isInnerCapitalWord } from '../../src/extract/personCues.ts';

describe('names that are no person’s', () => {
  it('reads a word with a capital inside as a company’s, but not a surname with Mc, Mac or De', () => {
    expect(isInnerCapitalWord('GrainLink')).toBe(true);
    expect(isInnerCapitalWord('McAllister')).toBe(false);
    expect(isInnerCapitalWord('DeVries')).toBe(false);
    expect(isInnerCapitalWord('KwaZulu-Natal')).toBe(false);
    const { entity } = extract(['Regulators fined GrainLink on Monday. GrainLink said it would appeal.', "A joint venture led by Ruvania's PetroRuva Energy will build the pipeline."]);
    expect(entity('GrainLink')?.kind).toBe('Organization');
    expect(entity('PetroRuva Energy')?.kind).toBe('Organization');
  });

  it('reads a word opening a sentence before a verb of saying as no person when the article writes it in lower case elsewhere', () => {
    const { entity } = extract(['Hundreds of lorry drivers queued at the border post.', 'Drivers said they had waited nine days.', 'Mbeki said the queue was getting longer.']);
    expect(entity('Drivers')).toBeUndefined();
    expect(entity('Mbeki')?.kind).toBe('Person');
  });

  it('reads a name set after a described organisation and a comma, or before one, as that organisation', () => {
    const { entity } = extract([
      'The terminal is run by a Dutch logistics firm, Varn Holt. Varn Holt declined to comment.',
      'Tamsin Reeds, a fishing community organisation in Portwell, objected to the plan.',
    ]);
    expect(entity('Varn Holt')?.kind).toBe('Organization');
    expect(entity('Tamsin Reeds')?.kind).toBe('Organization');
  });

  it('keeps a person set after a group she belongs to, or before where she works, a person', () => {
    const { entity } = extract([
      'A member of the group, Oda Lerne, said the talks had failed.',
      '"The port will take years," said Joram Beli, a researcher at the Kesh Institute for Policy Studies.',
    ]);
    expect(entity('Oda Lerne')?.kind).toBe('Person');
    expect(entity('Joram Beli')?.kind).toBe('Person');
  });
});

describe('people after a title', () => {
  it('reads a name after a person’s title as a person’s though its first word is also a head word, not a portfolio', () => {
    const { entity } = extract(["Norway's President Senate Holm said on Monday that talks would resume.", 'Secretary of Homeland Security Ana Ruiz attended.']);
    expect(entity('Senate Holm')?.kind).toBe('Person');
    expect(entity('Homeland Security')?.kind).not.toBe('Person');
  });

  it('takes the offices of a state’s institutions as titles, not as part of the name after them', () => {
    const { entity } = extract(['Supervisor of Elections Maria Tavola said the count was fair.', 'Registrar of Companies Tom Vale and Auditor General Peter Lamb agreed.']);
    expect(entity('Maria Tavola')?.kind).toBe('Person');
    expect(entity('Tom Vale')?.kind).toBe('Person');
    expect(entity('Peter Lamb')?.kind).toBe('Person');
    expect(entity('Elections Maria Tavola')).toBeUndefined();
    expect(entity('Auditor')).toBeUndefined();
  });
});

describe('people’s words', () => {
  it('reads a people’s word formed from a state’s name before officials or a member as no organisation', () => {
    const { extraction } = extract(['The Croat member of the presidency objected.', 'Police will work alongside Gibraltarian officials.']);
    expect(extraction.entities.some((entity) => entity.name === 'Croat' || entity.name === 'Gibraltarian')).toBe(false);
  });
});

describe('portfolios', () => {
  it('reads a name between a state’s possessive and "minister" as a portfolio, naming no one', () => {
    const { extraction, entity } = extract(["Nepal's Jal Vikas minister, Hari Lal Thapa, led the delegation."]);
    expect(extraction.entities.some((candidate) => candidate.name === 'Jal Vikas')).toBe(false);
    expect(entity('Hari Lal Thapa')?.kind).toBe('Person');
  });
});

describe('a single name after a person’s title', () => {
  it('reads it as a person’s with no verb of saying after it, but not a title word, a portfolio or a counterpart body', () => {
    const { entity } = extract([
      'Velorian Foreign Minister Tamaro and his Ostrian counterpart met in Port Veyl on Tuesday.',
      'The plant is run by the grid firm Norvex and its Ostrian counterpart Kalderon.',
      'Ostria’s Minister of Fisheries and Coastal Affairs, Eda Moll, arrived. Army spokesman Major General Ilo Varra spoke.',
    ]);
    expect(entity('Tamaro')?.kind).toBe('Person');
    expect(entity('Kalderon')?.kind).not.toBe('Person');
    expect(entity('Fisheries')).toBeUndefined();
    expect(entity('General')).toBeUndefined();
  });
});

describe('a name opening with a function word', () => {
  it('keeps a capitalised function word between a title and a name as the name’s first word', () => {
    const { entity } = extract(['Party General Secretary To Vanh received the Ostrian envoy in Port Veyl on Monday.']);
    expect(entity('To Vanh')?.kind).toBe('Person');
  });
});

describe('a name after a capitalised portfolio', () => {
  it('finds the holder after a title, its portfolio and the portfolio’s second half', () => {
    const { entity } = extract([
      'Deputy Minister of Water and Forests Tovan Ressa told reporters on Sunday that the dam was safe.',
      'Minister of Foreign Affairs Dila Moraz met the envoy. Secretary of State Aro Venn spoke.',
    ]);
    expect(entity('Tovan Ressa')?.kind).toBe('Person');
    expect(entity('Dila Moraz')?.kind).toBe('Person');
    expect(entity('Affairs Dila Moraz')).toBeUndefined();
    expect(entity('Aro Venn')?.kind).toBe('Person');
  });
});

describe('names with a state’s name inside', () => {
  it('reads a name with a state’s name in the middle as a person’s, and one that a state’s name ends as an organisation’s', () => {
    const { entity } = extract(['"The money flows through the banks," said Lidia Panama Ortiz, a former prisoner. Ballot Guard Kenya observed the count.']);
    expect(entity('Lidia Panama Ortiz')?.kind).toBe('Person');
    expect(entity('Ballot Guard Kenya')?.kind).toBe('Organization');
  });
});

describe('a judge styled "Justice"', () => {
  it('reads "Justice" before a name as a judge’s title, and still reads justice ministries and parties as bodies', () => {
    const { entity } = extract([
      'A three-judge panel, presided over by Justice Amira Kone Diallo, found that the men were beaten.',
      'The Justice Ministry said it would appeal, and the Justice and Development Party backed it.',
    ]);
    expect(entity('Amira Kone Diallo')?.kind).toBe('Person');
    expect(entity('Justice Ministry')?.kind).toBe('Government');
    expect(entity('Justice and Development Party')?.kind).toBe('Organization');
  });
});

describe('names that a word for one person introduces', () => {
  it('keeps a name after a lower-case noun for a person a person, whatever a relative "which" or "whose" says after it', () => {
    const { entity } = extract([
      'The court ordered the release of economist Teodor Vasko, which angered the ministry.',
      'The pact was rejected by militia commander Ravi Ostran, whose forces hold the pass.',
    ]);
    expect(entity('Teodor Vasko')?.kind).toBe('Person');
    expect(entity('Ravi Ostran')?.kind).toBe('Person');
  });

  it('still reads a name that no such noun introduces as no person before "which" or "whose fighters"', () => {
    const { entity } = extract(['Talks with Kessa Dorn, whose fighters hold the town, failed.', 'Investors sold shares in Lumo Varg, which owns the port.']);
    expect(entity('Kessa Dorn')?.kind).toBe('Organization');
  });

  it('reads the one sworn in as a person, not as a place', () => {
    const { entity } = extract(['The president swore in Amina Teluk as finance minister on Friday.']);
    expect(entity('Amina Teluk')?.kind).toBe('Person');
  });

  it('reads the one handed over as a person, not as a place', () => {
    const { entity } = extract(['Velmar demanded that Ostrovia hand over Dario Kostelic, a former party official.', 'Police handed over Mira Vukas to the court on Friday.']);
    expect(entity('Dario Kostelic')?.kind).toBe('Person');
    expect(entity('Mira Vukas')?.kind).toBe('Person');
  });

  it('reads a name whose apposition is an office of a party as a person, not as the party', () => {
    const { entity } = extract(['Velmar wants Goran Sestic, a vice president of the party, to testify.', 'Lena Marvik, a leader of the alliance, denied it.']);
    expect(entity('Goran Sestic')?.kind).toBe('Person');
    expect(entity('Lena Marvik')?.kind).toBe('Person');
  });
});

describe('a title before a name joined by another language’s "and"', () => {
  it('reads the name after a title as a person’s even when "e" or "y" joins its parts', () => {
    const { entity } = extract(['"We will not sign," Prime Minister Tomás Barreto e Lima said on Friday.', 'Interior Minister Rosa Vidal y Campos visited the port.']);
    expect(entity('Tomás Barreto e Lima')?.kind).toBe('Person');
    expect(entity('Rosa Vidal y Campos')?.kind).toBe('Person');
  });

  it('reads such a name written later without its first name as the same person', () => {
    const { extraction } = extract(['Prime Minister Tomás Barreto e Lima met the envoy on Friday.', 'The envoy said Barreto e Lima had asked for more time.']);
    expect(extraction.entities.filter((found) => /Lima/.test(found.name)).map((found) => `${found.kind} ${found.name}`)).toEqual(['Person Tomás Barreto e Lima']);
  });
});
