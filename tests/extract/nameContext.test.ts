// The words around a capitalised name that say what it is: a list a locative or a verb opens ("in Varo, Pell and
// Tusk"), a place passed through or taken, a place or a company by the phrase it stands in, and a treaty by the
// apposition after it. The sentences are written for these tests; the names are invented.
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../src/extract/tokens.ts';
import { extract } from '../support/articles.ts';
import {
  listOpener, isTransitObject, isPlaceByContext, isCompanyByContext, isTreatyByApposition, isTreatyByParties,
  STRIKE_VERBS, TERRITORY_VERBS, COMPASS_WORDS, LOCATIVE, GEOGRAPHIC_NOUNS,
} from '../../src/extract/nameContext.ts';

/** The sentence's tokens and where `name` (its first occurrence, or the `nth`) starts and ends among them. */
function nameIn(sentence: string, name: string, nth = 0): { tokens: Token[]; start: number; end: number } {
  const tokens = tokenize(sentence);
  const words = tokenize(name).map((token) => token.text);
  const starts = tokens.map((_, i) => i).filter((i) => words.every((word, k) => tokens[i + k]?.text === word));
  const start = starts[nth];
  if (start === undefined) throw new Error(`"${name}" is not in "${sentence}"`);
  return { tokens, start, end: start + words.length };
}

const opener = (sentence: string, name: string) => {
  const { tokens, start } = nameIn(sentence, name);
  return listOpener(tokens, start)?.lower;
};
const place = (sentence: string, name: string, nth = 0) => {
  const { tokens, start, end } = nameIn(sentence, name, nth);
  return isPlaceByContext(tokens, start, end);
};
const company = (sentence: string, name: string) => {
  const { tokens, start, end } = nameIn(sentence, name);
  return isCompanyByContext(tokens, start, end);
};
const treaty = (sentence: string, name: string) => {
  const { tokens, start, end } = nameIn(sentence, name);
  return isTreatyByApposition(tokens, start, end);
};

describe('listOpener', () => {
  it('gives the locative before the first name of a list to every later name', () => {
    expect(opener('Strikes were reported in Varo, Pellin and Tusk overnight.', 'Tusk')).toBe('in');
    expect(opener('Strikes were reported in Varo, Pellin and Tusk overnight.', 'Pellin')).toBe('in');
  });

  it('gives nothing for the first name of a list, whose own word before it the callers read', () => {
    // (The walk back starts at a comma or "and" before the name; before "Varo" stands "in" itself.)
    expect(opener('Strikes were reported in Varo, Pellin and Tusk overnight.', 'Varo')).toBeUndefined();
  });

  it('joins a list with "or" as with "and"', () => {
    expect(opener('The talks may be held in Varo or Pellin next month.', 'Pellin')).toBe('in');
  });

  it('finds no list for a name that nothing is joined to', () => {
    expect(opener('The talks may be held in Varo next month.', 'Varo')).toBeUndefined();
  });

  it('reads a name set off by commas with no list going on after it as an apposition, not a list', () => {
    expect(opener('The envoy in Dravo, Mirek Tolan, told the agency it was wrong.', 'Mirek Tolan')).toBeUndefined();
  });

  it('finds no list when a comma after a place opens the clause ("in Ankara, Erdogan said")', () => {
    expect(opener('In Varo, Halden Moss said the port was closed.', 'Halden Moss')).toBeUndefined();
  });

  it('gives a verb of striking, taking or transit that opens the list', () => {
    expect(opener('Drones struck Varo, Pellin and Tusk before dawn.', 'Tusk')).toBe('struck');
    expect(opener('The ferry transited Varo and Pellin on its way north.', 'Pellin')).toBe('transited');
  });

  it('gives "of" after a plural area noun or a noun that owns places ("the ports of A and B")', () => {
    expect(opener('Cranes stood idle in the ports of Varo and Pellin all week.', 'Pellin')).toBe('of');
    expect(opener('The people of Varo, Pellin and Tusk voted.', 'Tusk')).toBe('of');
  });

  it('gives no "of" after a noun that owns no places ("the leaders of A and B")', () => {
    expect(opener('The leaders of Varo and Pellin met in secret.', 'Pellin')).toBeUndefined();
  });

  it('gives the claim noun for land claimed in a list ("a claim to A, B and C")', () => {
    expect(opener('Ostrel renewed its claim to Lipa, Kanto and Dura this week.', 'Dura')).toBe('claim');
  });
});

describe('isTransitObject', () => {
  it('reads a name right after a verb of transit as a place passed through', () => {
    const { tokens, start } = nameIn('The tanker transited Belmora on Sunday.', 'Belmora');
    expect(isTransitObject(tokens, start)).toBe(true);
  });

  it('reads every name of a list a verb of transit opens', () => {
    const { tokens, start } = nameIn('The president transited Corvel and Belmora on her way south.', 'Belmora');
    expect(isTransitObject(tokens, start)).toBe(true);
  });

  it('does not read a name after another verb', () => {
    const { tokens, start } = nameIn('The president praised Belmora on her way south.', 'Belmora');
    expect(isTransitObject(tokens, start)).toBe(false);
  });
});

describe('isPlaceByContext', () => {
  it('reads "of" after an area noun or a noun that owns places as a place', () => {
    expect(place('Shells fell on the outskirts of Kessa overnight.', 'Kessa')).toBe(true);
    expect(place('Residents of Tormund fled the floods.', 'Tormund')).toBe(true);
    expect(place('The leaders of Tormund fled the floods.', 'Tormund')).toBe(false);
  });

  it('reads land claimed ("a claim on X", "sovereignty over X") as a place', () => {
    expect(place('Ostrel has never dropped its claim on Varnok.', 'Varnok')).toBe(true);
    expect(place('Both sides want sovereignty over Varnok.', 'Varnok')).toBe(true);
  });

  it('reads where a road or a flight leads as a place, but not a possessive there', () => {
    expect(place('The road to Palmira was cut by the floods.', 'Palmira')).toBe(true);
    expect(place('The road to Palmira\'s recovery is long.', 'Palmira')).toBe(false);
  });

  it('reads where someone travels as a place, past "on"', () => {
    expect(place('The minister flew to Ardena on Friday.', 'Ardena')).toBe(true);
    expect(place('The minister travels on to Ardena next.', 'Ardena')).toBe(true);
    expect(place('The minister spoke to Ardena on Friday.', 'Ardena')).toBe(false);
  });

  it('reads a name after a locative and one adjective as a place ("in war-torn X", "across northern X")', () => {
    expect(place('Aid arrived in war-torn Kessa at last.', 'Kessa')).toBe(true);
    expect(place('Fighting spread across northern Drovnia.', 'Drovnia')).toBe(true);
    expect(place('Talks with neighbouring Drovnia stalled.', 'Drovnia')).toBe(false);
  });

  it('reads a name right after a settlement noun ("the capital X") as the settlement', () => {
    expect(place('Crowds gathered in the capital Marvo on Monday.', 'Marvo')).toBe(true);
    expect(place('Crowds gathered in the Ostrelian capital Marvo on Monday.', 'Marvo')).toBe(true);
  });

  it('reads a name after an owned settlement noun and a comma ("its largest city, X") as a place', () => {
    expect(place('Protests spread to the capital, Marvo, on Monday.', 'Marvo')).toBe(true);
    expect(place('Protests spread to Ostrel\'s largest city, Marvo, on Monday.', 'Marvo')).toBe(true);
  });

  it('does not read the speaker of a speech tag set off after such a noun as a place ("The port, X added, would …")', () => {
    expect(place('The port, Ilsa Varga added, would reopen only after the inquiry.', 'Ilsa Varga')).toBe(false);
    const { extraction } = extract(['The ministry said the harbour would stay shut. The port, Ilsa Varga added, would reopen only after the inquiry.']);
    expect(extraction.entities.find((entity) => entity.name === 'Ilsa Varga')?.kind).toBe('Person');
  });

  it('reads a name after an apposition\'s compass adjective ("in Osung, central X") as a place', () => {
    expect(place('They met at the palace in Osung, central Marvo, on Monday.', 'Marvo')).toBe(true);
  });

  it('reads a name visited or transited as a place', () => {
    expect(place('The premier visited Tavrino in September.', 'Tavrino')).toBe(true);
    expect(place('The convoy transited Tavrino at night.', 'Tavrino')).toBe(true);
  });

  it('reads "in the X" as a place only when the name ends the phrase ("in the Hamas attack" does not)', () => {
    expect(place('Fighting went on in the Dorvan for weeks.', 'Dorvan')).toBe(true);
    expect(place('Fighting went on in the Dorvan offensive for weeks.', 'Dorvan')).toBe(false);
  });

  it('reads "from the X" as no place ("from the Council", said of a body)', () => {
    expect(place('A letter came from the Dorvan yesterday.', 'Dorvan')).toBe(false);
  });

  it('reads a compass word and "of" before a name as a place ("west of X")', () => {
    expect(place('The shells fell west of Karuto on Tuesday.', 'Karuto')).toBe(true);
  });

  it('reads a point between two compass words and "of" before a name as a place ("southwest of X")', () => {
    expect(place('The town lies 140 miles southwest of Santo Aldo.', 'Santo Aldo')).toBe(true);
    expect(place('The camp lies 20 km north-east of Dara Kel.', 'Dara Kel')).toBe(true);
  });

  it('reads a name before an outlet\'s or institute\'s descriptor and its name as the city it is in', () => {
    expect(place('The Lorsburg daily Abendstern ran the story first.', 'Lorsburg')).toBe(true);
  });

  it('reads every name of a list after a locative as a place, but not one after "from"', () => {
    expect(place('Rallies were held in Caravo, Mendel and Ostra.', 'Ostra')).toBe(true);
    expect(place('Envoys came from Caravo, Mendel and Ostra.', 'Ostra')).toBe(false);
  });

  it('reads a name described by an apposition headed by an area or a nature word as a place', () => {
    expect(place('Fighting reached Kessa, a small border town on the river.', 'Kessa')).toBe(true);
    expect(place('Boats crossed the Teval, a narrow river that floods each spring.', 'Teval')).toBe(true);
  });

  it('reads an apposition past a closing quotation mark ("designs on X”, the port …")', () => {
    expect(place('He spoke of “designs on Assado”, the Eritrean Red Sea port that Ostrel covets.', 'Assado')).toBe(true);
  });

  it('does not read an apposition whose head came before its preposition as a place ("X, a fisherman in Y town")', () => {
    expect(place('“We have nothing,” said Abudo Lenn, a fisherman in Kessa town.', 'Abudo Lenn')).toBe(false);
  });
});

describe('isCompanyByContext', () => {
  it('reads a name before "poll" or "survey" as a pollster', () => {
    expect(company('A Velmar poll put the party on 20%.', 'Velmar')).toBe(true);
  });

  it('reads a name before an outlet noun as an outlet, not a possessive there', () => {
    expect(company('He told Al-Kareem television that he would run.', 'Al-Kareem')).toBe(true);
    expect(company('He told Ostrel\'s television that he would run.', 'Ostrel')).toBe(false);
  });

  it('reads a name of two words before "analysts" as the firm they work at, not a field of work', () => {
    expect(company('Norvik Insight analysts expect a cut.', 'Norvik Insight')).toBe(true);
    expect(company('Human Rights analysts expect a cut.', 'Human Rights')).toBe(false);
  });

  it('reads a possessive before a company\'s own word ("X\'s shareholders", "X\'s chief executive")', () => {
    expect(company('Velocor\'s shareholders rejected the offer.', 'Velocor')).toBe(true);
    expect(company('Velocor\'s chief executive resigned.', 'Velocor')).toBe(true);
  });

  it('reads "X shares" as a company only when a market move follows ("Anna shares her view" is no company)', () => {
    expect(company('Velocor shares fell 4% on Monday.', 'Velocor')).toBe(true);
    expect(company('Anna shares her view of the deal.', 'Anna')).toBe(false);
  });

  it('reads "X and other equipment makers" as a company', () => {
    expect(company('Brannor and other equipment makers warned of delays.', 'Brannor')).toBe(true);
  });

  it('reads "shares of X" and where analysts work ("analysts at the X") as companies', () => {
    expect(company('Investors sold shares of Velocor in a panic.', 'Velocor')).toBe(true);
    expect(company('Economists at the Kalder Institute cut their forecast.', 'Kalder Institute')).toBe(true);
  });

  it('reads "a stake in X" and "data from X" as companies', () => {
    expect(company('He sold his stake in Volgarin last year.', 'Volgarin')).toBe(true);
    expect(company('Ship-tracking data from Tankwise showed the route.', 'Tankwise')).toBe(true);
  });

  it('reads who carried out a poll as a pollster ("a poll published last month by X")', () => {
    expect(company('A poll published last month by Invarro showed a lead.', 'Invarro')).toBe(true);
  });

  it('reads an apposition headed by a trade or party word as an organisation, names inside it allowed', () => {
    expect(company('Volgaline, a port operator in Riga, denied it.', 'Volgaline')).toBe(true);
    expect(company('Serva Lista, the main Kosovo Serb party, walked out.', 'Serva Lista')).toBe(true);
  });

  it('does not read a person described by a trade word that heads no apposition ("a company spokeswoman")', () => {
    expect(company('Jana Rolf, a company spokeswoman, denied it.', 'Jana Rolf')).toBe(false);
  });

  it('reads a list right after a plural of companies ("carmakers X and Y") as companies, not one after other plurals', () => {
    expect(company('Output fell at carmakers Toyoda and Hanvel.', 'Hanvel')).toBe(true);
    expect(company('Output fell at carmakers Toyoda and Hanvel.', 'Toyoda')).toBe(true);
    expect(company('Output fell under rivals Toyoda and Hanvel.', 'Hanvel')).toBe(false);
  });

  it('reads the names after "such as" a plural of companies as companies', () => {
    expect(company('Carmakers such as Toyoda and Hanvel cut output.', 'Hanvel')).toBe(true);
    expect(company('Leaders such as Toyoda and Hanvel cut output.', 'Hanvel')).toBe(false);
  });
});

describe('isTreatyByApposition', () => {
  it('reads a name before an apposition headed by a treaty noun as a treaty', () => {
    expect(treaty('The Kessa-Loma Free Trade Zone, an agreement signed in January, lapsed.', 'Kessa-Loma Free Trade Zone')).toBe(true);
    expect(treaty('The Varno Compact, a pact that bound both navies, lapsed.', 'Varno Compact')).toBe(true);
  });

  it('does not read a treaty noun that is no head of the apposition ("a deal maker")', () => {
    expect(treaty('The Varno Group, a deal maker in the capital, folded.', 'Varno Group')).toBe(false);
  });

  it('needs a comma and an article after the name', () => {
    expect(treaty('The Varno Compact an agreement signed in January lapsed.', 'Varno Compact')).toBe(false);
    expect(treaty('The Varno Compact, agreement signed in January, lapsed.', 'Varno Compact')).toBe(false);
  });

  it('looks no further than three words into the apposition', () => {
    expect(treaty('The Varno Zone, a very long and old agreement signed in 1990, lapsed.', 'Varno Zone')).toBe(false);
  });

  it('reads the apposition after the partner of a treaty noun ("a deal with the X, the first pact …") as the deal\'s', () => {
    expect(treaty('The premier signed a written agreement with the Civic Renewal, the first formal pact between two parties since 2019.', 'Civic Renewal')).toBe(false);
    expect(treaty('The minister struck a pact with Varno Holdings, an agreement that runs to 2030.', 'Varno Holdings')).toBe(false);
    expect(treaty('Both parties back a pact between Kessa Union and Civic Renewal, a deal signed in May.', 'Civic Renewal')).toBe(false);
  });
});

describe('isTreatyByParties', () => {
  it('reads what states are parties or signatories to as a treaty', () => {
    const parties = (sentence: string, name: string) => isTreatyByParties(nameIn(sentence, name).tokens, nameIn(sentence, name).start);
    expect(parties('A third of the parties to VARCO Annex II objected.', 'VARCO Annex II')).toBe(true);
    expect(parties('Kessa is a signatory of the Tarn Accord.', 'Tarn Accord')).toBe(true);
    expect(parties('The parties met Oren Dal in the capital.', 'Oren Dal')).toBe(false);
    expect(parties('She wrote to the Tarn Party of Labour.', 'Tarn Party')).toBe(false);
  });

  it('makes an acronym the article reads as an organisation elsewhere that treaty', () => {
    const { entity } = extract(['Kessa joined VARCO in 1981, and 180 states are parties to VARCO. VARCO bans the trade in ivory.']);
    expect(entity('VARCO')).toMatchObject({ kind: 'Treaty' });
  });
});

describe('word sets', () => {
  it('keeps verbs of taking ground among those of striking, and adds "liberated" for a single name', () => {
    expect([...TERRITORY_VERBS].filter((verb) => !STRIKE_VERBS.has(verb))).toEqual(['liberated']);
    // "hit" strikes a name of two words ("hit Khan Younis") but takes no ground for a single one.
    expect(STRIKE_VERBS.has('hit') && !TERRITORY_VERBS.has('hit')).toBe(true);
  });

  it('holds the four compass words in lower case, which "of" may follow ("west of X")', () => {
    expect([...COMPASS_WORDS].sort()).toEqual(['east', 'north', 'south', 'west']);
  });

  it('counts "from" as a locative, which lists do not take from it', () => {
    expect(LOCATIVE.has('from')).toBe(true);
    expect(place('Envoys came from Caravo and Ostra.', 'Ostra')).toBe(false);
    expect(place('Envoys met in Caravo and Ostra.', 'Ostra')).toBe(true);
  });

  it('holds nature\'s features in lower case, which an apposition may describe a place as', () => {
    for (const noun of GEOGRAPHIC_NOUNS) expect(noun).toBe(noun.toLowerCase());
    expect(GEOGRAPHIC_NOUNS.has('river')).toBe(true);
  });
});

describe('a place by an apposition that gives its state', () => {
  it('reads "X, <state>\'s second-largest city" as a place, whatever the verb before it', () => {
    expect(place("Protests spread to Tarvo, Latvia's second-largest city, on Sunday.", 'Tarvo')).toBe(true);
    expect(place("Fighting reached Orlu, South Korea's main container port.", 'Orlu')).toBe(true);
    expect(place("Talks went on with Ivo Rask, Latvia's foreign minister, on Sunday.", 'Ivo Rask')).toBe(false);
    expect(place("The deal was signed by Mira Olsen, Norway's port authority chief.", 'Mira Olsen')).toBe(false);
  });
});
