// Names that the words around make organisations: parties named in another language, companies by their trade
// ("chipmaker X", "X and other equipment makers", "X shares fell"), and the short names of organisations named in
// full. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.ts';
import { extract } from '../support/articles.ts';

const NO_DIRECTIONS = new Map<string, string>();

function named(sentence: string): string[] {
  return findMentions(0, sentence, NO_DIRECTIONS).mentions.filter((mention) => mention.form === 'name').map((mention) => `${mention.kind} ${mention.name}`);
}

describe('organisations by context', () => {
  it('reads a government named as a body of its own as a Government, and a shadow one as an organisation', () => {
    expect(named('The Harbin-based Government of National Accord (GNA) rejected the plan.')).toEqual(['Place Harbin', 'Government Government of National Accord']);
    expect(named('The Port Velmar-based Coastal Rights Network rejected the plan.')).toEqual(['Place Port Velmar', 'Organization Coastal Rights Network']);
    expect(named('The Orlan Regional Government said it would vote.')).toEqual(['Government Orlan Regional Government']);
    expect(named('The shadow Civic Unity Government praised the move.')).toEqual(['Organization Civic Unity Government']);
  });

  it("reads a state's adjective, a trade in the plural and the body it forms as one organisation", () => {
    expect(named("The Chilean fishermen's association said the harvest had failed.")).toEqual(['Government Chile', "Organization Chilean fishermen's association"]);
    const { statements } = extract(["BELGRADE - The Serbian fishermen's association said dozens of boats depended on the lake."]);
    expect(statements.map((statement) => statement.speakerName)).toContain("Serbian fishermen's association");
  });

  it('keeps the region a connected name serves inside it', () => {
    expect(named('The Commission for Water Cooperation in Africa met on Monday.')).toEqual(['Organization Commission for Water Cooperation in Africa']);
  });

  it('reads a name that sources tell, or that one tells by phone, as an outlet', () => {
    expect(named('Residents told Eurasia Ledger they had not been consulted.')).toContain('Organization Eurasia Ledger');
    expect(named('The mayor told Pacific Wire by phone that it was over.')).toContain('Organization Pacific Wire');
  });

  it('reads a name after "the" as no person: an organisation, or a place after a locative', () => {
    expect(named('Troops fought the Crimson Dawn for a decade.')).toEqual(['Organization Crimson Dawn']);
    expect(named('The Velo Assembly said the Tarven Ledger had lied.')).toContain('Organization Tarven Ledger');
    expect(named('A dam on the Grey Orrin floods the valley.')).toEqual(['Place Grey Orrin']);
    expect(named('Both states signed the Marra Tolu Covenant in 2019.')).toEqual(['Treaty Marra Tolu Covenant']);
  });

  it('reads a name between an owner’s adjective and "coalition" or "alliance" as an organisation', () => {
    expect(named("Tarvia's opposition Barisan Rakyat coalition said the deal was late.")).toContain('Organization Barisan Rakyat');
    expect(named('The ruling Nova Esperanza alliance won the vote.')).toContain('Organization Nova Esperanza');
  });

  it('reads what an office is of, after "the" and an adjective, as no person', () => {
    expect(named('Ivo Marin, the leader of the pro-Tarvian Novi Glas, said no.')).toEqual(['Person Ivo Marin', 'Organization Novi Glas']);
    expect(named('Ana Ruiz, the widow of the late Tomas Ruiz, said no.')).toContain('Person Tomas Ruiz');
    expect(named('The talks were led by deputy chairman of the cabinet Azat Borov.')).toContain('Person Azat Borov');
  });

  it('reads a name an apposition calls a network or a coalition "of" members as an organisation, even a council of a state', () => {
    expect(named('Ana Vidal, director of the Civic Council of Chile, a network of more than 300 organisations, said the ruling helped.')).toContain('Organization Civic Council of Chile');
    expect(named('The Velo Forum, a coalition of 40 charities, welcomed it.')).toContain('Organization Velo Forum');
  });

  it('reads the names listed right after a plural of companies as companies', () => {
    const { entity } = extract(['Its shareholders include U.S. majors Varlon and PetroNord. Varlon said in a statement that it was working with the authorities.']);
    expect(entity('Varlon')?.kind).toBe('Organization');
  });

  it('keeps a connector of another language inside a party’s name', () => {
    expect(named('Voters in the east backed Bündnis für Freiheit on Sunday.')).toEqual(['Organization Bündnis für Freiheit']);
  });

  it('reads a name after a trade noun as a company', () => {
    expect(named('The ministry took control of chipmaker Halden Varo last year.')).toContain('Organization Halden Varo');
    expect(named('A Velmar poll put the party on 20%.')).toEqual(['Organization Velmar']);
  });

  it('reads a confederation as an organisation, a demonym after its "of" kept inside, and no person "Business"', () => {
    expect(named('The Confederation of Velmarian Business (CVB) said the deal was good.')).toEqual(['Organization Confederation of Velmarian Business']);
    expect(named('The Kessa Trade Union Confederation called a strike.')).toEqual(['Organization Kessa Trade Union Confederation']);
  });

  it('reads a name after "an agreement with" as the other side, not the treaty the apposition after it describes', () => {
    const { extraction } = extract(['The premier signed a written agreement with the Civic Renewal, the first formal pact between his party and another since 2020.', 'The Civic Renewal backed the budget.']);
    expect(extraction.entities.filter((entity) => entity.name === 'Civic Renewal').map((entity) => entity.kind)).toEqual(['Organization']);
    expect(named('The Varno Compact, a pact that bound both navies, lapsed.')).toEqual(['Treaty Varno Compact']);
  });

  it('reads a name before "and other … makers", or before its shares, as a company', () => {
    expect(named('Rules may follow for Kaito Seiki and other equipment makers.')).toEqual(['Organization Kaito Seiki']);
    expect(named('Kaito Seiki shares fell 3% on Friday.')).toEqual(['Organization Kaito Seiki']);
    expect(named('Shares of Kaito Seiki fell 3% on Friday.')).toEqual(['Organization Kaito Seiki']);
  });

  it('reads the names of a list after "makers such as" as companies', () => {
    const found = named('Shortages left carmakers such as Brenhaus and Oda Motor scrambling for parts.');
    expect(found).toEqual(['Organization Brenhaus', 'Organization Oda Motor']);
  });

  it('reads the names of a list right after a plural of companies as companies', () => {
    const found = named('The shareholders include U.S. majors Brenhaus and Odamotor.');
    expect(found).toEqual(expect.arrayContaining(['Organization Brenhaus', 'Organization Odamotor']));
  });

  it('still reads a person named with the same words around a verb as a person', () => {
    expect(named('Anna Berg and other officials met on Friday.')).toEqual(['Person Anna Berg']);
  });

  it('reads a capitalised Act as a law, not a person', () => {
    expect(named('Washington cited the Pacific Relations Act on Monday.')).toEqual(['Government United States', 'Treaty Pacific Relations Act']);
  });

  it('keeps a state’s adjective opening a treaty’s name with a connector inside the name', () => {
    expect(named('Peru will leave the American Convention on Human Rights next year.')).toContain('Treaty American Convention on Human Rights');
    expect(named('The Russian Convention on Transit Rights was signed in 1999.')).toContain('Treaty Russian Convention on Transit Rights');
  });

  it('reads a short name of a company named in full as that company', () => {
    const { extraction } = extract(['The state took control of a plant owned by Norvik Technology last year.', 'Norvik said in a filing that it opposed the step.']);
    const names = extraction.entities.map((entity) => `${entity.kind} ${entity.name}`);
    expect(names).toContain('Organization Norvik Technology');
    expect(names).not.toContain('Person Norvik');
    const acronym = extract(['The government ordered KVX Holding to seek licences.', 'KVX said the rule would cut its revenue.']).extraction.entities;
    expect(acronym.filter((entity) => entity.name.startsWith('KVX')).map((entity) => entity.name)).toEqual(['KVX Holding']);
  });

  it('reads a party’s adjective before "leader" as the party the article names in full', () => {
    const { extraction } = extract(['The Radical Party (PR) will abstain on the final vote.', 'Radical leader Jose Amaral said his party would not block the budget.']);
    expect(extraction.entities.filter((entity) => /Radical/.test(entity.name)).map((entity) => entity.name)).toEqual(['Radical Party']);
  });

  it('reads a short name of a place named with an area head as that place, but not a city', () => {
    const { extraction } = extract(['Aid trucks reached the Dareen Strip on Monday.', 'Hospitals in Dareen were full, and a clinic in Dareen City closed.']);
    const places = extraction.entities.filter((entity) => entity.kind === 'Place').map((entity) => entity.name).sort();
    expect(places).toEqual(['Dareen City', 'Dareen Strip']);
  });

  it('reads a short state name as the longer state the article named', () => {
    const { extraction } = extract(['The Democratic Republic of Congo signed the deal on Thursday.', 'Congo will hold talks with its neighbours in January.']);
    const states = extraction.entities.filter((entity) => entity.key.startsWith('state:')).map((entity) => entity.name);
    expect(states).toEqual(['DR Congo']);
  });

  it('names a body of a territory after the territory', () => {
    const { entity } = extract(['Aid trucks reached the Dareen Strip on Monday.', "Dareen's Health Ministry said 40 people were hurt."]);
    expect(entity("Dareen's Health Ministry")?.name).toBe('Dareen Health Ministry');
  });

  it('does not name a party after the person who leads it', () => {
    const { extraction } = extract(["Lai's Democratic Progressive Party won the vote."]);
    expect(extraction.entities.map((entity) => entity.name)).toContain('Democratic Progressive Party');
  });

  it('reads a name that is a company elsewhere in the article as the company', () => {
    const { extraction } = extract(['Rules may follow for Kaito Seiki and other equipment makers.', 'Kaito Seiki closed 1.2% lower.']);
    const kinds = extraction.entities.filter((entity) => entity.name === 'Kaito Seiki').map((entity) => entity.kind);
    expect(kinds).toEqual(['Organization']);
  });

  it('keeps the states of a movement\'s long name inside it ("… for the Liberation of X and Y")', () => {
    const { extraction } = extract(['The opposition Popular Front for the Liberation of Chad and Niger (PFLCN) rejected the vote.', 'The PFLCN said it would boycott the talks.']);
    const names = extraction.entities.map((entity) => `${entity.kind} ${entity.name}`);
    expect(names).toContain('Organization Popular Front for the Liberation of Chad and Niger');
    expect(names).not.toContain('Government Niger');
    expect(names.filter((name) => name.includes('PFLCN'))).toEqual([]);
    const forces = extract(['The Democratic Forces for the Liberation of Gabon (DFLG) attacked a convoy.']).extraction.entities;
    expect(forces.map((entity) => `${entity.kind} ${entity.name}`)).toContain('Organization Democratic Forces for the Liberation of Gabon');
  });

  it('reads an office written without its holder as its organisation, not a body of its own', () => {
    const found = named('The UN High Commissioner for Human Rights said he was alarmed.');
    expect(found).toEqual(['Organization United Nations']);
  });

  it('reads a name one holds a stake in, or takes data from, as a company', () => {
    expect(named('He sold his stake in Volgarin last year.')).toEqual(['Organization Volgarin']);
    expect(named('The cargoes went to China, according to ship-tracking data from TankWatcher.')).toContain('Organization TankWatcher');
  });

  it('reads a state before "army" or "navy" after "the" as the state\'s body', () => {
    const found = named('The Guinea-Bissau army said it had taken control.');
    expect(found).toEqual(['Government Guinea-Bissau army']);
  });

  it('reads a demonym before carmakers or manufacturers as a group', () => {
    const found = findMentions(0, 'Nigerian carmakers warned of layoffs.', NO_DIRECTIONS).mentions.map((mention) => `${mention.kind} ${mention.name}`);
    expect(found).toEqual(['Group Nigerian carmakers']);
  });

  it('reads a name whose shares or chief executive the sentence names as a company', () => {
    expect(named('Shares in Norvik Hydro rose 4% in early trade.')).toContain('Organization Norvik Hydro');
    expect(named("Velocor's chief executive, Dana Pike, said demand was strong.")).toContain('Organization Velocor');
    expect(named("Putin's chief of staff said nothing.")).not.toContain('Organization Putin');
  });

  it('reads no speaker into a platform followed by a group that owns something ("on X, the group’s team said")', () => {
    const { entity, statements } = extract(['The rebels did not claim the attack. In a statement posted on X, the group’s negotiating team said the suspension wasted two years of work.']);
    // (The platform is named, an organisation, but it says nothing.)
    expect(entity('X')?.kind).toBe('Organization');
    expect(statements.map((statement) => statement.speakerName)).not.toContain('X');
  });

  it('reads a person set off as an organisation’s officer ("X, the party leader,") as a person, not the organisation', () => {
    const { entity } = extract(['Maria Kovac, the party leader, told reporters she would resign.', 'Petra Lind, a Velka Party spokeswoman, told reporters she would resign.']);
    expect(entity('Maria Kovac')?.kind).toBe('Person');
    expect(entity('Petra Lind')?.kind).toBe('Person');
  });

  it('reads a demonym and a name before a lower-case "party" as the party’s name', () => {
    expect(named('The case was brought by the governing Serbian Progress party on Monday.')).toContain('Organization Serbian Progress');
  });

  it('names a mission with the state it serves in', () => {
    expect(named('The United Nations Verification Mission in Colombia said the talks should resume.')).toEqual(['Organization United Nations Verification Mission in Colombia']);
    expect(named('Officials at the UN Mission in South Sudan left Juba.')).toContain('Organization UN Mission in South Sudan');
  });

  it('reads a court named after a capital as that state’s body, keeping its own name', () => {
    const { entity } = extract(['The Nairobi High Court ruled on Thursday that the election was void.']);
    expect(entity('Nairobi High Court')).toMatchObject({ kind: 'Government', name: 'Nairobi High Court' });
    expect(entity('Kenya')?.kind).toBe('Government');
  });

  it('reads a name before "security agency" or "spy agency" as a state’s service, not a person', () => {
    const { entity } = extract(['The delegation, led by the head of the Tal Dor security agency, arrived on Sunday.']);
    expect(entity('Tal Dor')?.kind).toBe('Government');
  });

  it('reads an organisation’s or a treaty’s name inside one longer name of the article as that one', () => {
    const { entity } = extract([
      'A committee of the U.N. General Assembly adopted a resolution on Thursday. The General Assembly will vote on it next month.',
      'Velmora said it could quit the Non-Proliferation Treaty. The Treaty on the Non-Proliferation of Nuclear Weapons binds it until then.',
      'The Court of Justice of the European Union ruled, and the Court of Justice said the Council of the European Union had erred.',
    ]);
    expect(entity('General Assembly')?.name).toBe('UN General Assembly');
    expect(entity('Non-Proliferation Treaty')?.name).toBe('Treaty on the Non-Proliferation of Nuclear Weapons');
    expect(entity('Court of Justice')?.name).toBe('Court of Justice of the European Union');
    expect(entity('Council of the European Union')?.name).toBe('Council of the European Union');
  });

  it('reads a bare capitalised "the Convention" or "the Agreement" as the one treaty the article named with that head', () => {
    const treaties = (sentences: string[]) => extract(sentences).extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name);
    expect(treaties(['Velmora and Norland signed the Tarsk Convention on Fisheries in 2019.', 'Fishermen say the Convention has never been enforced.'])).toEqual(['Tarsk Convention on Fisheries']);
    expect(treaties(['Velmora ratified the Orlan Agreement in May.', 'Under the Agreement, its ships may dock at Port Velmar.'])).toEqual(['Orlan Agreement']);
    // (Two named conventions: "the Convention" may be either, so it stays apart.)
    expect(treaties(['Velmora cited the Tarsk Convention and the Orlan Convention.', 'The Convention was signed in 1990.'])).toHaveLength(3);
  });

  it('reads an army no state owns, introduced as a rebel group, as an organisation', () => {
    const { entity } = extract(['Velmora’s government on Friday suspended peace talks with the Free Coast Army, the country’s largest remaining rebel group, after an attack on a base.']);
    expect(entity('Free Coast Army')?.kind).toBe('Organization');
  });

  it('reads a capitalised Programme as an organisation', () => {
    expect(named('The Lunar Food Programme warned of shortages.')).toEqual(['Organization Lunar Food Programme']);
  });

  it('reads an acronym right after a state\'s body as that body\'s name', () => {
    const { extraction } = extract(["Kenya's intelligence service NISK detained him.", 'NISK later released him.']);
    const names = extraction.entities.map((entity) => `${entity.kind} ${entity.name}`);
    expect(names.filter((name) => name.includes('NISK'))).toEqual([]);
    expect(extraction.entities.find((entity) => entity.aliases.includes('NISK'))?.kind).toBe('Government');
  });

  it('reads a council an organisation owns as part of the organisation, not a state\'s body', () => {
    expect(named("The Pacific Union's Peace and Security Council met on Friday.")).toEqual(['Organization Pacific Union', 'Organization Peace and Security Council']);
  });

  it('reads a demonym shared by two states as the one the article names', () => {
    const { extraction } = extract(['The Democratic Republic of Congo signed the deal.', 'Congolese President Felix Tshisekedi welcomed it.']);
    expect(extraction.entities.filter((entity) => entity.key.startsWith('state:')).map((entity) => entity.name)).toEqual(['DR Congo']);
  });

  it('reads a shared demonym and the short name together as the state the article names in full', () => {
    const { extraction } = extract(['Zambia suspended exports to the Democratic Republic of Congo on Thursday.', 'Congolese officials said the fees were lawful.', '"Zambia is Congo\'s gateway to the sea," the minister said.']);
    expect(extraction.entities.filter((entity) => entity.key.startsWith('state:')).map((entity) => entity.name).sort()).toEqual(['DR Congo', 'Zambia']);
  });

  it('reads a state’s or region’s name and a common word before "party" or "Movement" as one party', () => {
    expect(named('The opposition Estonia First party, which came second, called the vote a betrayal.')).toEqual(['Organization Estonia First']);
    expect(named('They have clashed since the prime minister’s Europe Now Movement split with the president.')).toContain('Organization Europe Now Movement');
  });

  it('reads the organisation a treaty is named after ("the Treaty on the <name> Union") as named too', () => {
    expect(named('He asked whether Norland had breached the Treaty on the Steppe Economic Union.')).toContain('Organization Steppe Economic Union');
    expect(named('The Treaty on the Non-Proliferation of Nuclear Weapons holds.').filter((name) => name.startsWith('Organization'))).toEqual([]);
  });

  it('reads "the <name> group" or "the <name> movement" as an organisation', () => {
    expect(named('The Sahel Shield group claimed the attack.')).toEqual(['Organization Sahel Shield']);
    expect(named('Fighters of the Ansar movement seized the town.')).toEqual(['Organization Ansar']);
    expect(named('The Kurdish group said it would withdraw.')).toEqual([]);
    expect(named('The Chinese group bought the port.')).not.toContain('Organization Chinese');
  });

  it('reads a treaty described in lower case as the one treaty the article names with those words', () => {
    const { extraction } = extract(['Chad and Niger signed a peace agreement on Thursday.', 'The Lake Peace and Border Agreement takes effect in May.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name)).toEqual(['Lake Peace and Border Agreement']);
    const two = extract(['Chad and Niger signed a peace agreement on Thursday.', 'The Lake Peace Agreement and the Delta Peace Agreement were cited.']).extraction.entities;
    expect(two.filter((entity) => entity.kind === 'Treaty')).toHaveLength(3);
  });

  it('reads a short treaty name as the long one whose words it takes ("Refugee Convention")', () => {
    const { extraction } = extract(['Both states ratified the Convention on the Protection of Migrant Workers in 1990.', 'Critics say the Migrant Workers Convention is ignored.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Treaty').map((entity) => entity.name)).toEqual(['Convention on the Protection of Migrant Workers']);
  });

  it('keeps "New" at the start of a sentence inside the name it opens', () => {
    expect(named('The New Harbour Times reported the deal.')).toEqual(['Organization New Harbour Times']);
    expect(named('The Muslim Brotherhood was banned.')).toEqual(['Organization Muslim Brotherhood']);
  });

  it('reads a state\'s name run into a company\'s head word as the company', () => {
    expect(named("Nippon Steel's bid was blocked.")).toEqual(['Organization Nippon Steel']);
  });

  it('reads a name with an acronym inside, or a singular Industry head, as an organisation', () => {
    expect(named('Air Lusa-KLX and Hon Tai Precision Industry cut jobs.')).toEqual(['Organization Air Lusa-KLX', 'Organization Hon Tai Precision Industry']);
    expect(named('King Harald IV visited the port.')).toEqual(['Person Harald IV']);
  });

  it('reads a state\'s embassy as a body of the state', () => {
    const found = findMentions(0, 'Protesters gathered outside the US Embassy in Seoul.', NO_DIRECTIONS).mentions.filter((mention) => mention.form === 'name');
    expect(found.map((mention) => `${mention.kind} ${mention.key}`)).toContain('Government body:US:embassy');
  });

  it('reads a single name an organisation is known as as that organisation', () => {
    const { extraction } = extract(['Hon Tai Precision Industry, known as Foxtel, said sales rose.', 'Foxtel said it would build a plant in Texas.']);
    expect(extraction.entities.filter((entity) => entity.aliases.includes('Foxtel')).map((entity) => `${entity.kind} ${entity.name}`)).toEqual(['Organization Hon Tai Precision Industry']);
  });

  it('reads a single name set off as a grouping, a bloc or an operator as an organisation', () => {
    const { entity } = extract(['The leaders reaffirmed their commitment to the Trio, the grouping they form with Chile.']);
    expect(entity('Trio')?.kind).toBe('Organization');
    const port = extract(['He sold his holding in Volgaline, a port operator in Riga, last year.']).entity('Volgaline');
    expect(port?.kind).toBe('Organization');
  });

  it('reads a name an apposition calls a militia linked to, backed by or loyal to another as an organisation', () => {
    expect(named('Velmo Lumbe, an Islamist militia linked to another group, claimed the attack.')).toContain('Organization Velmo Lumbe');
    expect(named('Tarvo Dene, a rebel group backed by Ruvia, took the town.')).toContain('Organization Tarvo Dene');
  });

  it('reads a name that a relative "which", or a "whose" of members, follows as no person', () => {
    expect(named('Kessa Lumo, which owns the mine, said output would fall.')).toEqual(['Organization Kessa Lumo']);
    expect(named('Talks with Kessa Dorn, whose fighters hold the town, failed.')).toEqual(['Organization Kessa Dorn']);
    expect(named('Tarvo Meli, which lies on the coast, was flooded.')).toEqual(['Place Tarvo Meli']);
    expect(named('Kessa Lumo, who owns the mine, said output would fall.')).toEqual(['Person Kessa Lumo']);
    expect(named('Kessa Lumo, whose son was arrested, said he would appeal.')).toEqual(['Person Kessa Lumo']);
  });

  it('keeps a person set off with a company title a person', () => {
    expect(named('Jane Roe, a company spokeswoman, said the plant would close.')).toEqual(['Person Jane Roe']);
  });

  it('reads a name before "news agency" as the agency, and an acronym a body is known as as the body', () => {
    expect(named("Iran's semi-official Parsan news agency reported the strike.")).toContain('Organization Parsan');
    expect(named('The state-run KCNA news agency said the test succeeded.')).toEqual(['Organization Korean Central News Agency']);
    const { extraction } = extract(["Ukraine's military intelligence agency, known as HRX, said the depot burned.", 'HRX did not say how.']);
    expect(extraction.entities.find((entity) => entity.aliases.includes('HRX'))?.kind).toBe('Government');
  });

  it('reads a state’s adjective before "news agency" or "state news agency" as the state, not as an agency or a place', () => {
    expect(named('A reporter for the Russian news agency Parsan said the hearing was closed.')).toEqual(['Government Russia', 'Organization Parsan']);
    expect(named('The Chinese state news agency Parsan said the talks went well.')).toEqual(['Government China', 'Organization Parsan']);
    expect(named('The Iranian news agency reported the strike.')).toEqual(['Government Iran']);
  });

  it('reads "Chief Executive Officer" as a whole title before its holder, no part of the name', () => {
    expect(named('The company’s Chief Executive Officer Jana Kessler resigned.')).toEqual(['Person Jana Kessler']);
  });

  it('reads a council named with a state’s adjective and a cause no state keeps a body for as an organisation', () => {
    expect(named('The Velmish Refugee Council warned of famine.')).not.toContain('Government Velmish Refugee Council');
    expect(named('The Norwegian Refugee Council warned of famine.')).toContain('Organization Norwegian Refugee Council');
    expect(named('The Russian Security Council met on Friday.')).toContain('Government Security Council');
  });

  it('reads a council named with a state’s name run into it and a cause no state keeps a body for as an organisation', () => {
    expect(named('The Malta Migrant Council said the boat had been turned away.')).toContain('Organization Malta Migrant Council');
    expect(named('The Kenya Security Council met on Friday.')).not.toContain('Organization Kenya Security Council');
    const { relations } = extract(['The Malta Migrant Council said the boat had been turned away by Malta.']);
    expect(relations.filter((relation) => relation.includes('PART_OF'))).toEqual([]);
  });

  it('reads "Managing Director" as an office between an organisation and its holder', () => {
    expect(named('IMF Managing Director Anna Lindqvist said growth would slow.')).toEqual(['Organization International Monetary Fund', 'Person Anna Lindqvist']);
  });

  it('reads a compound modifier apart from the name it opens, and a European parliament as an organisation', () => {
    expect(named('Kurdish-led Northern Defence Forces agreed to the truce.')).toContain('Government Northern Defence Forces');
    expect(named('The European Parliament voted to approve the deal.')).toEqual(['Organization European Parliament']);
  });

  it('reads a name of two words set off as a group as an organisation', () => {
    expect(named('Penal Norte, a rights group, said 600 people were held.')).toEqual(['Organization Penal Norte']);
    expect(named('Ana Ruiz, a group spokeswoman, said 600 people were held.')).toEqual(['Person Ana Ruiz']);
  });

  it('reads where analysts or economists work as an organisation', () => {
    expect(named('Analysts at Harlow Sachs raised their forecast.')).toContain('Organization Harlow Sachs');
    expect(named('The talks were held at Villa Marin on Monday.')).toEqual(['Place Villa Marin']);
  });

  it('reads the single name that unnamed sources told as an outlet', () => {
    expect(named('The rules may change, two people familiar with the matter told Kanpo.')).toEqual(['Organization Kanpo']);
    expect(named('The minister told Kanpo that the rules would change.')).toEqual([]);
  });

  it('reads two acronyms joined by a slash as one alliance, but not two known actors', () => {
    expect(named('A poll put the KDU/KSU on 24%.')).toEqual(['Organization KDU/KSU']);
    expect(named('The US/EU sanctions were lifted.')).toEqual(['Government United States', 'Organization European Union']);
    expect(named('LIMA/QUITO, May 2 - Talks resumed.').some((found) => found.includes('/'))).toBe(false);
  });
});

describe('bodies that states hold jointly', () => {
  it('reads a joint commission, committee or board as an organisation, not one state’s body', () => {
    expect(named('The Joint Permanent Commission on Defence and Security met in Kessa.')).toContain('Organization Joint Permanent Commission on Defence and Security');
    expect(named('The Joint Military Committee will meet in May.')).toContain('Organization Joint Military Committee');
  });
});

describe('companies by a word of trade in their name', () => {
  it('reads a name with a trade word inside as a company, not a person', () => {
    expect(named('Tarvo Precious Metals said it had paid the tax.')).toContain('Organization Tarvo Precious Metals');
    expect(named('Frutas del Morel Export denied the charge.')).toContain('Organization Frutas del Morel Export');
    expect(named('Kessa Cargo Lines and Orla Seafood were named.')).toContain('Organization Orla Seafood');
  });

  it('leaves trade words that are surnames too to persons', () => {
    expect(named('Dana Power said so.')).toContain('Person Dana Power');
  });
});

describe('parties named before a lower-case "party"', () => {
  it('reads a name before "party" as a party, named with the word when the name is one adjective', () => {
    expect(named("Norway's main opposition Progressive party called the deal a mistake.")).toContain('Organization Progressive party');
    expect(named('The case was brought by the governing Estonian Unity party last year.')).toContain('Organization Estonian Unity');
  });

  it('names a party by its one word when the word is no adjective ("the far-right Vox party" is Vox)', () => {
    expect(named('The far-right Korvo party walked out of the chamber.')).toContain('Organization Korvo');
    expect(named('Her nationalist ZLT-PDU party won power in 2024.')).toContain('Organization ZLT-PDU');
    expect(named('The opposition Liberal party abstained.')).toContain('Organization Liberal party');
  });

  it('reads no party in a state’s adjective before "party"', () => {
    expect(named('The Estonian party delegation arrived on Monday.')).not.toContain('Organization Estonian party');
  });
});

describe('names that take a state after "of"', () => {
  it('reads "University of <state>" as one organisation', () => {
    expect(named('She teaches at the University of Estonia in Tartu.')).toContain('Organization University of Estonia');
  });

  it('reads a three-word name before "of <state>" as one organisation, a sentence’s opening "The" apart', () => {
    expect(named('The Fishing Boats Association of Estonia urged the government to act.')).toContain('Organization Fishing Boats Association of Estonia');
  });

  it('reads "Chamber of Mines of <state>" as one organisation: an organisation’s connected name goes on into its state', () => {
    expect(named('The Chamber of Fisheries of Estonia urged the government to act.')).toEqual(['Organization Chamber of Fisheries of Estonia']);
    expect(named('The Ministry of Fisheries of Estonia urged calm.')).toContain('Government Estonia');
  });

  it('reads "Armed Forces of <state>" as that state’s body, named in full', () => {
    const { entity } = extract(['The Armed Forces of Estonia said the drill would end on Friday.']);
    expect(entity('Armed Forces of Estonia')).toMatchObject({ kind: 'Government', country: 'EE' });
    expect(entity('Armed Forces of Estonia')?.name).toBe('Armed Forces of Estonia');
  });
});

describe('acronyms given after "or" and by their initials in another language', () => {
  it('reads ", or ACR" after a long name as that name’s acronym, its letters in any order', () => {
    const { extraction } = extract(['Clashes with the People’s Defence Front of Ardania, or FPDA, went on all week.', 'The FPDA denied any role.']);
    const names = extraction.entities.filter((entity) => entity.aliases.includes('FPDA') || entity.name.includes('Defence Front'));
    expect(names).toHaveLength(1);
  });

  it('reads no acronym after "or" when its letters do not spell the name', () => {
    const { extraction } = extract(['Troops from the Northern Coast Alliance, or NATO, were not involved.']);
    expect(extraction.entities.find((entity) => entity.name.includes('Coast Alliance'))?.aliases).not.toContain('NATO');
  });

  it('reads the initials rebels are known by as the group named before', () => {
    const { extraction } = extract([
      'Talks with the Popular Liberation Movement, the largest rebel group, were suspended on Monday.',
      'In the hills, where the rebels, known by their French initials MPL, hold the roads, the army was sent in.',
      'The MPL did not claim the attack.',
    ]);
    const names = extraction.entities.filter((entity) => entity.aliases.includes('MPL') || entity.name === 'Popular Liberation Movement');
    expect(names.map((entity) => entity.name)).toEqual(['Popular Liberation Movement']);
  });
});

describe('a single unknown name that speaks', () => {
  it('reads it as one of the groups or companies the sentence before spoke of', () => {
    const { entity } = extract(['Environmental groups also condemned the vote. Verdalia said the deal would speed up logging.']);
    expect(entity('Verdalia')?.kind).toBe('Organization');
  });

  it('still reads it as a person after a quote or a title', () => {
    const { entity } = extract(['Rights groups were silent. “It was a lie,” Marenkov said.']);
    expect(entity('Marenkov')?.kind).toBe('Person');
  });

  it('reads no person in a name after "the" before a speech word that is also a plural noun', () => {
    const { extraction } = extract(['Diplomats said the Gulf states had made the money conditional on disarmament.']);
    expect(extraction.entities.filter((found) => found.kind === 'Person')).toEqual([]);
  });
});

describe('a party’s name written again without "party"', () => {
  it('reads a demonym and a name that the article showed to be a party’s as that party, not a state and a person', () => {
    const { extraction, statements } = extract(['The case was brought by the governing Estonian Unity party last year.', 'Talks were frozen after Estonian Unity said it was suspending the bid.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Person')).toEqual([]);
    expect(statements.map((statement) => statement.speakerName)).toEqual(['Estonian Unity']);
  });
});

describe('names with a capitalised preposition inside', () => {
  it('reads "… Without Borders" or "… Against …" as one organisation', () => {
    expect(named('On Monday Lawyers Without Borders said its office was raided.')).toEqual(['Organization Lawyers Without Borders']);
    expect(named('The report by Mothers Against Hunger was published on Friday.')).toEqual(['Organization Mothers Against Hunger']);
  });
});

describe('initials that two long names share', () => {
  it('keeps the UN apart from a university whose initials are also UN', () => {
    const { extraction } = extract([
      'The United Nations said the talks would resume in spring.',
      'The new leader has promised to re-engage with the UN.',
      'It was modest, said a lecturer at the University of Nordmark.',
    ]);
    const university = extraction.entities.find((entity) => entity.name === 'University of Nordmark');
    expect(university?.aliases).not.toContain('United Nations');
    expect(university?.aliases).not.toContain('UN');
  });
});

describe('names linked to or affiliated with another', () => {
  it('reads both names of "the X-linked Y" as organisations', () => {
    const found = named('Troops fought the al-Marwan-linked al-Tahrir in the hills.');
    expect(found).toContain('Organization al-Marwan');
    expect(found).toContain('Organization al-Tahrir');
  });

  it('still reads a state before "-linked" as the state', () => {
    expect(named('Police arrested three Valdorian-linked hackers.').join()).not.toContain('Person');
  });
});

describe('head words of cartels, carriers and papers', () => {
  it('reads "X Cartel" as an organisation', () => {
    expect(named('Officials blamed the Ravena Cartel for the shipments.')).toContain('Organization Ravena Cartel');
  });

  it('reads a firm named "X Bulk Carriers" as an organisation', () => {
    expect(named('The ship is operated by Orlen Bulk Carriers, which denied any fault.')).toContain('Organization Orlen Bulk Carriers');
  });

  it('reads a paper named "X Standard" as an organisation', () => {
    expect(named('Ilse Marten, writing in the Harbin Standard, disagreed.')).toContain('Organization Harbin Standard');
  });

  it('reads "Sans" inside a name as a preposition of an organisation’s name', () => {
    expect(named('Doctors at Soigneurs Sans Limites said the clinic was full.')).toContain('Organization Soigneurs Sans Limites');
  });
});

describe('platforms one posts on', () => {
  it('reads a one-word name after "a post on" or "wrote on" as an organisation', () => {
    expect(named('The envoy said in a post on X that talks would resume.')).toContain('Organization X');
    expect(named('The minister wrote on Kestrel that the bridge was open.')).toContain('Organization Kestrel');
  });

  it('still reads a place after "on"', () => {
    expect(named('Troops landed on Marrow on Tuesday.')).not.toContain('Organization Marrow');
  });
});

describe('names before the people who work there', () => {
  it('reads "X analysts say" as an organisation', () => {
    expect(named('Such silence, which Halden Insider analysts say is typical, went on.')).toContain('Organization Halden Insider');
    expect(named('Kestrel Data economists expect a slowdown.')).toContain('Organization Kestrel Data');
    expect(named('Security analysts in Tamsk said the deal mattered.')).not.toContain('Organization Security');
  });

});

describe('an apposition that says what a name is', () => {
  it('reads "X, the main <place> <people> party" as an organisation', () => {
    const { entity } = extract(['Hundreds gathered at the call of Narodna Sloga, the main Bosnian Croat party.']);
    expect(entity('Narodna Sloga')?.kind).toBe('Organization');
  });

  it('reads a name before a closing quote and an apposition calling it a port as a place', () => {
    expect(named('Eritrea will not tolerate “any designs on Marsab”, the Eritrean Red Sea port that Addis covets.')).toContain('Place Marsab');
  });

  it('still reads a person before an apposition naming a party’s post', () => {
    const { entity } = extract(['Lena Vuk, the party’s deputy leader, spoke first.']);
    expect(entity('Lena Vuk')?.kind).toBe('Person');
  });
});

describe('missions and committees by the words around', () => {
  it('reads a name after "the naval mission" as an organisation', () => {
    expect(named('A frigate serving with the naval mission Tethys shot down two drones.')).toContain('Organization Tethys');
  });

  it('keeps an ordinal opening a committee’s name', () => {
    const { entity } = extract(['The General Assembly’s Sixth Committee approved the text.']);
    expect(entity('Sixth Committee')).toBeDefined();
  });

});

describe('a front an organisation owns', () => {
  it('reads "the ELN’s Northern Hill Front" as an organisation, not a place', () => {
    expect(named('Evidence pointed to the MRL’s Northern Hill Front.')).toContain('Organization Northern Hill Front');
  });
});

describe('a name before the fighters it fields', () => {
  it('reads "<name> rebels" as the rebels’ movement, an organisation', () => {
    expect(named('Yemen’s Tarsi rebels said they hit a ship.')).toContain('Organization Tarsi');
  });

  it('reads a state before "-owned" as the state, not a name', () => {
    expect(named('The Greek-owned carrier was hit twice.')).toEqual(['Government Greece']);
  });
});

describe('pollsters and outlets by the words around', () => {
  it('reads who published a poll, and a name before "television", as organisations', () => {
    expect(named('A poll published last month by Dataplex found most voters opposed.')).toContain('Organization Dataplex');
    expect(named('A member of parliament told Al-Qamar television the group would not disarm.')).toContain('Organization Al-Qamar');
  });
});

describe('fronts and movements', () => {
  it('reads a front named by anything but a position as a movement, and its name without "Front" as it', () => {
    const { entity, extraction } = extract(['The Kessar Front sent delegates to Geneva on Monday.', 'He said Kessar fighters had shelled the road. Fighting on the Eastern Front went on.']);
    expect(entity('Kessar Front')?.kind).toBe('Organization');
    expect(entity('Kessar Front')?.aliases).toContain('Kessar');
    expect(extraction.entities.filter((candidate) => candidate.name === 'Kessar')).toHaveLength(0);
    expect(entity('Eastern Front')?.kind).toBe('Place');
  });
});

describe('missions named before the word', () => {
  it('reads a name before "mission" after an owner or "the" as the mission, an organisation, but not an organisation’s acronym', () => {
    const { entity } = extract(['NATO should give its Amber Watch mission more ships. Amber Watch, launched in May, has ten.', 'The UN mission in Cyprus said the crossing would open.']);
    expect(entity('Amber Watch')?.kind).toBe('Organization');
    expect(entity('UN mission')).toBeUndefined();
  });
});

describe('international organisations named bare', () => {
  it('reads Interpol and the Commonwealth as organisations', () => {
    expect(named('Police asked Interpol to issue red notices for the two men.')).toEqual(['Organization International Criminal Police Organization']);
    expect(named('The Commonwealth suspended Varnia from its councils.')).toContain('Organization Commonwealth');
  });
});

describe('companies named by their trade', () => {
  it('reads a name after "<trade> giant" as a company, and none after "the giant"', () => {
    expect(named("Varnia's state copper giant Kelvor raised output.")).toContain('Organization Kelvor');
    expect(named('Oil flows from the giant Terun field to the coast.')).not.toContain('Organization Terun');
  });
});

describe('companies by the business words around them', () => {
  it('reads a name after a trade noun of extraction or building as a company', () => {
    expect(named('The Nigerian explorer Tamsin Oke won the licence.')).toContain('Organization Tamsin Oke');
    expect(named('The drilling contractor Asmund Rieve said its rig was seized.')).toContain('Organization Asmund Rieve');
  });

  it('reads the owner of a subsidiary, the leader of a consortium and the operator of a site as companies', () => {
    expect(named('A subsidiary of Marden Oakes bought the port.')).toContain('Organization Marden Oakes');
    expect(named('The block went to a consortium led by Lindqvist Ferro on Friday.')).toContain('Organization Lindqvist Ferro');
    expect(named('The mine is operated by Kessler Brandt under a concession.')).toContain('Organization Kessler Brandt');
    expect(named('The talks were led by Anna Ruiz on Friday.')).toContain('Person Anna Ruiz');
  });
});

describe('Red Cross and Red Crescent societies', () => {
  it('reads a Red Cross or Red Crescent named alone or after a state as an organisation', () => {
    expect(named('Kenya Red Cross said the toll rose to 40.')).toContain('Organization Kenya Red Cross');
    expect(named('Red Cross teams said the toll rose to 40.')).toContain('Organization Red Cross');
    expect(named('The Kenyan Red Cross said the toll rose to 40.')).toContain('Organization Kenyan Red Cross');
  });
});

describe('companies by where they are listed or based', () => {
  it('reads a name after "<city>-listed", "<city>-registered" or "<city>-based" as a company, the city as a place', () => {
    expect(named('London-listed Kessel Brandt said output fell.')).toEqual(['Place London', 'Organization Kessel Brandt']);
    expect(named('The Oslo-based Kessel Brandt said output fell.')).toEqual(['Place Oslo', 'Organization Kessel Brandt']);
    expect(named('Tarvo-registered Oran Vell owns the ship.')).toEqual(['Place Tarvo', 'Organization Oran Vell']);
  });
});

describe('companies by their deals and filings', () => {
  it('reads the partners of a joint venture and a name that says something in a filing as companies', () => {
    expect(named('A joint venture between Kessel Brandt and Oran Vell will build it.')).toEqual(['Organization Kessel Brandt', 'Organization Oran Vell']);
    expect(named('Kessel Brandt said in a stock exchange filing that profit fell.')).toContain('Organization Kessel Brandt');
    expect(named('Ana Ruiz said in a speech that profit fell.')).toContain('Person Ana Ruiz');
  });

  it('reads a party whose name goes on after "Party of" or "Party for" as an organisation, as any party', () => {
    const { entity } = extract(['The Party of Regions said it would vote against the bill, and the Party for Renewal agreed.']);
    expect(entity('Party of Regions')?.kind).toBe('Organization');
    expect(entity('Party for Renewal')?.kind).toBe('Organization');
  });

  it("reads a jihadist movement's branch named as a province as an organisation, not a place", () => {
    expect(named('Islamic State Sahel Province claimed the ambush near Kordu.')).toContain('Organization Islamic State Sahel Province');
    expect(named('Fighters of the Islamic State in West Africa Province overran the base.')).toContain('Organization Islamic State in West Africa Province');
    expect(named('Islamic State claimed the bombing in Kordu.')).toContain('Organization Islamic State');
    expect(named('The army retook Kordu province on Sunday.')).toContain('Place Kordu province');
  });

  it('reads a multinational force as an organisation of the states that send to it, no one state\'s body', () => {
    expect(named('The Multinational Joint Task Force said it had killed 40 fighters.')).toEqual(['Organization Multinational Joint Task Force']);
    expect(named('The Kessan Joint Task Force said it had killed 40 fighters.')).not.toContain('Organization Kessan Joint Task Force');
  });
});

describe('armed groups and parties that no state owns', () => {
  it('reads forces named for a cause after a state’s adjective as an organisation, not the state’s army', () => {
    const { entity, relations } = extract(['The Lebanese Democratic Forces warned on Monday that the pact could be used against them.']);
    expect(entity('Lebanese Democratic Forces')?.kind).toBe('Organization');
    expect(relations.some((relation) => relation.startsWith('Lebanese Democratic Forces PART_OF'))).toBe(false);
  });

  it('reads an outlawed workers’ party as an organisation, not a ruling party of a state', () => {
    const { entity, relations } = extract(['Turkey said it would not talk to the outlawed Ostrian Workers’ Party, which has fought the state for decades.']);
    expect(entity('Ostrian Workers’ Party')?.kind ?? entity("Ostrian Workers' Party")?.kind).toBe('Organization');
    expect(relations.some((relation) => / PART_OF /.test(relation))).toBe(false);
  });
});

describe('armed groups by what they do', () => {
  it('reads a name alone that kills many, attacks a base or claims an attack as an organisation, not a person', () => {
    const { entity } = extract(['Jama Tural killed at least 14 villagers near Dikwa on Sunday, police said.', 'Harakat attacked a military base outside the town overnight.', 'Sahel Vanguard claimed responsibility for the ambush.']);
    expect(entity('Jama Tural')?.kind).toBe('Organization');
    expect(entity('Harakat')?.kind).toBe('Organization');
    expect(entity('Sahel Vanguard')?.kind).toBe('Organization');
  });

  it('keeps a person who attacks a plan or kills a proposal a person, and attackers named by a common noun no entity', () => {
    const { entity } = extract(['Dara Velik attacked the government’s budget plan.', 'Tarek Osman killed the proposal on Monday.', 'Gunmen attacked a village near Dikwa.']);
    expect(entity('Gunmen')).toBeUndefined();
    expect(entity('Dara Velik')?.kind).toBe('Person');
    expect(entity('Tarek Osman')?.kind).toBe('Person');
  });
});

describe('parties named "… Congress"', () => {
  it('reads a "… Congress" that wins seats, rules or is in opposition as a party, an organisation, not a legislature', () => {
    const { entity, relations } = extract(['The Lantara People’s Congress won 29 seats, and the opposition Indian National Congress won 12.', 'Congress leader Ravi Menon said the party would fight on.']);
    expect(entity('Lantara People’s Congress')?.kind ?? entity("Lantara People's Congress")?.kind).toBe('Organization');
    expect(entity('Indian National Congress')?.kind).toBe('Organization');
    expect(relations).not.toContain('Indian National Congress PART_OF India');
  });

  it('keeps a national congress that passes laws a legislature', () => {
    const { entity } = extract(['Brazil’s National Congress passed the bill on Tuesday.']);
    expect(entity('Brazilian National Congress')?.kind).toBe('Government');
  });
});

describe('organisations introduced as one more of a kind', () => {
  it('reads "X, another monitoring group," as an organisation', () => {
    const { entity } = extract(['The Civic Watch said turnout was low.', 'Tamsa Africa, another monitoring group, said it had recorded cases of vote buying.']);
    expect(entity('Tamsa Africa')?.kind).toBe('Organization');
  });
});

describe('levels of government before an office', () => {
  it('reads "State Representative X" and "Provincial Governor X" as a titled person, with no organisation named "State"', () => {
    const { extraction } = extract(['State Representative Lu Carden said the deployment had hurt the town.', 'Provincial Governor Ali Musa agreed.']);
    expect(extraction.entities.map((entity) => `${entity.kind} ${entity.name}`)).toEqual(['Person Lu Carden', 'Person Ali Musa']);
  });
});

describe('companies and regulators by their words', () => {
  it('reads a consortium as an organisation, also before a lower-case noun', () => {
    expect(named("Oil through Vesk's Tarn Pipeline Consortium terminal has been cut twice.")).toContain('Organization Tarn Pipeline Consortium');
  });

  it('reads what someone owns or a state runs as a company, not a person', () => {
    expect(named('The Canadian-owned Ferro Kessa said it was cooperating.')).toContain('Organization Ferro Kessa');
    expect(named('The state-owned Ferro Kessa said it was cooperating.')).toContain('Organization Ferro Kessa');
    expect(named('The state-run Tarven Ledger said it was cooperating.')).toContain('Organization Tarven Ledger');
  });

  it('reads a name an apposition calls "the operator of" or "the maker of" something as a company', () => {
    expect(named('Ferro Kessa, the operator of the Dorra gold mine, said it was cooperating.')).toContain('Organization Ferro Kessa');
    expect(named('Tarno Vek, the biggest maker of solar panels in the region, said it would cut jobs.')).toContain('Organization Tarno Vek');
    expect(named('Ana Ruiz, the mother of two, said she was afraid.')).toContain('Person Ana Ruiz');
  });

  it("reads a market's regulator, and an authority of \"the country\", as a body of a state", () => {
    expect(named('The president criticised the Agency for Regulation of the Financial Market on Monday.')).toContain('Government Agency for Regulation of the Financial Market');
    expect(named('The Financial Supervisory Commission fined the bank.')).toContain('Government Financial Supervisory Commission');
    const { entity, relations } = extract(['SUVA - In Papua New Guinea, the country’s Mineral Resources Authority suspended the licence of the mine.']);
    expect(entity('Mineral Resources Authority')?.kind).toBe('Government');
    expect(relations.filter((relation) => / PART_OF /.test(relation))).toEqual([`${entity('Mineral Resources Authority')!.name} PART_OF Papua New Guinea`]);
  });
});

describe('companies known by one word', () => {
  it('reads a single name before a company officer, or one that owns or operates something, as a company', () => {
    const { entity, relations } = extract([
      'PORT MORESBY - Velkor, which operates the gas plant near the capital, and Tarnex are partners in the venture.',
      'Tarnex chief executive Kevin Ralston said the company welcomed the signing.',
      'The plant will be built by Russian state nuclear corporation Atomvek.',
    ]);
    expect(entity('Velkor')?.kind).toBe('Organization');
    expect(entity('Tarnex')?.kind).toBe('Organization');
    expect(entity('Atomvek')?.kind).toBe('Organization');
    expect(relations).toContain('Kevin Ralston LEADS Tarnex');
  });

  it('takes the company a state’s adjective describes as the one accused, not the state', () => {
    const { relations } = extract([
      'KINSHASA - The state miner Lubakor accused Swiss commodities trader Velkor of underpaying royalties.',
      'Velkor, which owns the Kamina mine, said it had paid all royalties due.',
    ]);
    expect(relations).toContain('Lubakor ACCUSES Velkor');
    expect(relations).not.toContain('Lubakor ACCUSES Switzerland');
  });

  it('makes no party to a deal of the state whose adjective describes the company it is signed with', () => {
    const { relations } = extract(['PORT MORESBY - Papua New Guinea signed a gas agreement with French energy group Velkor on Tuesday.']);
    expect(relations).toContain('Papua New Guinea PARTY_TO Gas Agreement');
    expect(relations).not.toContain('France PARTY_TO Gas Agreement');
  });
});

