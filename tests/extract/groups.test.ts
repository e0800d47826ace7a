// Collectives that act, named by a common noun in lower case ("protesters", "farmers", "refugees"): a Group, as
// MODEL.md has protesters. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.ts';
import { extract } from '../support/articles.ts';

const NO_DIRECTIONS = new Map<string, string>();

function groups(sentence: string): string[] {
  return findMentions(0, sentence, NO_DIRECTIONS).mentions.filter((mention) => mention.kind === 'Group').map((mention) => mention.name);
}

describe('collectives named by a common noun', () => {
  it('reads protesters, farmers and refugees in lower case as groups', () => {
    expect(groups('Police fired tear gas after protesters blocked the bridge.')).toEqual(['protesters']);
    expect(groups('Thousands of farmers drove tractors into the square.')).toEqual(['farmers']);
    expect(groups('The camp now holds 9,000 refugees from the valley.')).toEqual(['refugees']);
  });

  it('reads a state\'s paramilitaries as its group', () => {
    expect(groups('The president has relied on Russian paramilitaries since 2018.')).toEqual(['Russian paramilitaries']);
  });

  it('reads no group in a noun that owns the next one ("the farmers\' union")', () => {
    expect(groups("The farmers' union called a strike.")).toEqual([]);
  });

  it('leaves a collective named with its state to the demonym rule', () => {
    expect(groups('Estonian farmers blocked the road.')).toEqual(['Estonian farmers']);
  });
});

describe('people of a world region acting together', () => {
  it('reads "Latin American leaders" as no group and no person: a region is no named state, body or people', () => {
    expect(extract(['Latin American leaders met in Lima on Friday.']).extraction.entities.map((entity) => entity.kind)).toEqual(['Place']);
    expect(extract(['Central Asian states signed the deal.']).extraction.entities).toEqual([]);
  });

  it('reads "Southeast Asian foreign ministers" acting together as ASEAN, who says what they say', () => {
    const { statements, entity } = extract(['Southeast Asian foreign ministers said on Monday they were worried about the reefs.']);
    expect(entity('Southeast Asian')).toBeUndefined();
    expect(statements.map((statement) => statement.speakerName)).toEqual(['Association of Southeast Asian Nations']);
  });
});

describe('armed bands of a named people', () => {
  it('reads "<name> militias" acting as a group, leaving a state’s to the demonym rule', () => {
    expect(groups('He accused the army of letting Varnak militias keep control of the valley.')).toEqual(['Varnak militias']);
    expect(groups('Dorvan gunmen shelled the post at dawn.')).toEqual(['Dorvan gunmen']);
    expect(groups('Estonian militias shelled the post at dawn.')).toEqual(['Estonian militias']);
    expect(groups('Khawarij is the term the army uses for Dorvan militias, it said.')).toEqual([]);
  });
});

describe('groups named with their state', () => {
  it('reads recruiters, patrols, inspectors and militias of a state as groups', () => {
    expect(groups('Police said 12 Estonian recruiters lured students abroad.')).toEqual(['Estonian recruiters']);
    expect(groups('Its soldiers keep working with Latvian patrols on the river.')).toEqual(['Latvian patrols']);
    expect(groups('Lithuanian inspectors would keep visiting the trawlers.')).toEqual(['Lithuanian inspectors']);
    expect(groups('Sudanese militias kept control of the valley.')).toEqual(['Sudanese militias']);
  });

  it('reads intelligence officials or services of a state spoken of together as a group', () => {
    expect(groups('Estonian intelligence officials briefed the committee.')).toEqual(['Estonian intelligence officials']);
  });

  it('gives what a state’s intelligence officials say to the state', () => {
    const { statements } = extract(['Estonia expelled two diplomats on Monday.', 'Estonian intelligence officials told lawmakers that the two had recruited informants.']);
    expect(statements.map((statement) => statement.speakerName)).toContain('Estonia');
  });
});

describe('peacekeepers of an organisation', () => {
  it('reads "<organisation> peacekeepers" as a group, the organisation named beside it', () => {
    expect(findMentions(0, 'African Union peacekeepers left the town on Friday.', NO_DIRECTIONS).mentions.map((mention) => `${mention.kind} ${mention.name}`)).toEqual(['Organization African Union', 'Group African Union peacekeepers']);
  });
});

describe('armies that no state owns', () => {
  it('reads an army named after a people or a cause of its own as an organisation', () => {
    const { entity } = extract(['The Tamsai Army said it had taken the border town.', 'The Lowen Independence Army denied the claim.']);
    expect(entity('Tamsai Army')?.kind).toBe('Organization');
    expect(entity('Lowen Independence Army')?.kind).toBe('Organization');
  });

  it('still reads an army named by generic words alone as a state’s body', () => {
    const { entity } = extract(['The People’s Liberation Army held drills near the strait.']);
    expect(entity('People’s Liberation Army')?.kind ?? entity("People's Liberation Army")?.kind).toBe('Government');
  });
});

describe('a people named with where they live', () => {
  it('reads "<place> <people>" as a group, not a person', () => {
    const { entity } = extract(['Several hundred Bosnian Croats gathered on Friday.', 'Some Kosovo Albanians left the town.']);
    expect(entity('Bosnian Croats')?.kind).toBe('Group');
    expect(entity('Kosovo Albanians')?.kind).toBe('Group');
  });
});

describe('a people’s adjective', () => {
  it('reads "a Kosovo Albanian party" as naming the state only', () => {
    const { extraction } = extract(['Voters backed Nova Sloga, the main Kosovo Albanian party.']);
    expect(extraction.entities.map((entity) => entity.name)).not.toContain('Kosovo Albanian');
  });
});

describe('a bloc’s or a party’s adjective before people or states', () => {
  it('reads "Western diplomats", "Republican senators" and "the Nordic states" as groups', () => {
    const { entity } = extract(['Two Western diplomats said the talks had stalled.', 'Some Republican senators objected.', 'The Nordic states asked for a delay.']);
    expect(entity('Western diplomats')?.kind).toBe('Group');
    expect(entity('Republican senators')?.kind).toBe('Group');
    expect(entity('Nordic states')?.kind).toBe('Group');
  });
});

describe('fighters named by a people', () => {
  it('reads "Serb militants" and "Croat rebels" as groups, not as an organisation named "Serb"', () => {
    expect(groups('Velmar accused Serbia of arming ethnic Serb militants in the north.')).toEqual(['Serb militants']);
    expect(groups('Croat rebels held the bridge for a week.')).toEqual(['Croat rebels']);
  });
});
