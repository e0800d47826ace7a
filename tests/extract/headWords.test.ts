// Head words that give a capitalised name its kind: plural and less common treaty heads, streets and shrines, and
// forums of economic cooperation. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.ts';

const NO_DIRECTIONS = new Map<string, string>();

function named(sentence: string): string[] {
  return findMentions(0, sentence, NO_DIRECTIONS).mentions.filter((mention) => mention.form === 'name').map((mention) => `${mention.kind} ${mention.name}`);
}

describe('head words', () => {
  it('reads names headed by Conventions, Arrangement or Principles as treaties', () => {
    expect(named('Both sides said they would respect the Lausanne Conventions.')).toEqual(['Treaty Lausanne Conventions']);
    expect(named('The Kerava Transit Arrangement expires in May.')).toEqual(['Treaty Kerava Transit Arrangement']);
    expect(named('He urged a return to the Harbour Bay Principles.')).toEqual(['Treaty Harbour Bay Principles']);
  });

  it('reads names headed by Avenue, Street or Shrine as places', () => {
    expect(named('Crowds gathered on Marten Avenue late on Friday.')).toEqual(['Place Marten Avenue']);
    expect(named('The minister visited the Oreno Shrine last year.')).toEqual(['Place Oreno Shrine']);
  });

  it('reads names headed by Quay or Wharf as places', () => {
    expect(named('The trawlers were escorted to the Holm Quay, where the catch was impounded.')).toEqual(['Place Holm Quay']);
    expect(named('The boats were tied up at the Marten Wharf on Friday.')).toEqual(['Place Marten Wharf']);
  });

  it('reads a name with Economic Cooperation as an organisation', () => {
    expect(named('Leaders of the Nordic-Baltic Economic Cooperation met in Riga.')).toContain('Organization Nordic-Baltic Economic Cooperation');
  });
});

describe('lower-case treaty heads', () => {
  it('reads no treaty in "a new trade arrangement" written in lower case', () => {
    expect(named('Ministers offered talks on a new trade arrangement.')).toEqual([]);
  });
});

describe('bodies and outlets by their head or descriptor', () => {
  it('reads a fleet or a headquarters as a body of a state', () => {
    expect(named('Ships of the US Ninth Fleet docked at Busan.')).toEqual(['Government United States', 'Government Ninth Fleet', 'Place Busan']);
    expect(named('The Joint Headquarters for Border Crossings said the road was shut.')).toEqual(['Government Joint Headquarters for Border Crossings']);
  });

  it('reads a name after "the news agency" as an outlet', () => {
    expect(named('The minister said so, according to the news agency Diario Austral.')).toEqual(['Organization Diario Austral']);
  });
});

describe('lines and described organisations', () => {
  it('reads a name headed by Line as a place', () => {
    expect(named('Soldiers crossed the Military Boundary Line near the coast.')).toEqual(['Place Military Boundary Line']);
  });

  it('reads a compound modifier of two words apart from the name it opens', () => {
    expect(named('The New York-based Tarvo Rights Watch said the trial was unfair.')).toEqual(['Place New York', 'Organization Tarvo Rights Watch']);
    expect(named('The Port Velm-based Pacific Peace Network said the vote was fair.')).toEqual(['Place Port Velm', 'Organization Pacific Peace Network']);
    expect(named('The Kessa Lumo-led coalition won the vote.')).not.toContain('Organization Kessa Lumo-led');
  });

  it('reads a compound modifier before "news agency" or "group" apart from the name it opens', () => {
    expect(named('The Vesk-run Saba news agency said the strike killed three.')).toEqual(['Organization Saba']);
    expect(named('The Iran-backed Korsak group denied the attack.')).toEqual(['Government Iran', 'Organization Korsak']);
    expect(named('The Moscow-based Tarvo news agency said the plant was hit.')).toEqual(['Place Moscow', 'Organization Tarvo']);
  });

  it('reads a name before "mercenary group" or "rebel movement" as the organisation’s', () => {
    expect(named('Fighters of the Korsak mercenary group arrived in the port.')).toEqual(['Organization Korsak']);
    expect(named('Talks with the Oromia rebel movement resumed.')).toEqual(['Organization Oromia']);
  });
});

describe('frameworks and names defined with an acronym', () => {
  it('reads a capitalised Framework with its subject as a treaty, a lower-case one as none', () => {
    expect(named('They proposed a Lagos Framework on Fisheries and Ports.')).toEqual(['Treaty Lagos Framework on Fisheries and Ports']);
    expect(named('They agreed a new trade framework.')).toEqual([]);
  });

  it('reads a name that the text gives an acronym as an organisation, not a person', () => {
    expect(named("Attacks by Harakat Nasr al-Din wal-Ansar (HNDA) spread in the north.")).toEqual(['Organization Harakat Nasr al-Din wal-Ansar']);
  });
});
