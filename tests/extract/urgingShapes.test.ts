// Appeals and orders that URGES reads in shapes any news story uses; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

const story = 'Ghana and Togo traded accusations on Monday over the closed Aflao crossing.';

describe('a second appeal joined to the first, by a body a descriptor introduces', () => {
  it('gives "the UN refugee agency X called on A … and urged B" to X, not to the UN', () => {
    const { relations } = extract([story, 'The UN refugee agency UNHCR called on Ghana to open the crossing and urged Togo to stop the expulsions.']);
    expect(relations).toEqual(expect.arrayContaining(['UNHCR URGES Ghana', 'UNHCR URGES Togo']));
    expect(relations).not.toContain('United Nations URGES Togo');
  });

  it('keeps a body named after a preposition out of the second appeal ("called on the refugee agency X … and urged B")', () => {
    const { relations } = extract([story, 'The Nordic Council called on the refugee agency UNHCR to open a camp and urged Togo to stop the expulsions.']);
    expect(relations).toContain('Nordic Council URGES Togo');
    expect(relations).not.toContain('UNHCR URGES Togo');
  });
});

describe('an embassy that addresses "the authorities"', () => {
  it('sends the appeal to the state whose capital the embassy is in, not to the story\'s state', () => {
    const { relations } = extract([story, 'Ghana said the crossing would stay shut.', 'The Chinese Embassy in Lome urged the authorities to protect Chinese traders.']);
    expect(relations).toContain('Chinese Embassy in Lome URGES Togo');
    expect(relations).not.toContain('Chinese Embassy in Lome URGES Ghana');
  });
});

describe('a call that is no appeal', () => {
  it('reads no appeal in a phone call held on a day ("held a call on Tuesday with X")', () => {
    expect(extract([story, 'President John Mahama held a call on Tuesday with Togolese President Faure Gnassingbe.']).relations.filter((relation) => relation.includes(' URGES '))).toEqual([]);
    expect(extract([story, 'The Nordic Council called on Tuesday after the talks with Togolese President Faure Gnassingbe ended.']).relations.filter((relation) => relation.includes(' URGES '))).toEqual([]);
  });

  it('still reads an appeal dated between "called" and "for" or "on" ("called on Sunday for X to …")', () => {
    expect(extract([story, 'Ghana called on Sunday for Togo to reopen the crossing.']).relations).toContain('Ghana URGES Togo');
    expect(extract([story, 'Ghana called on Monday on Togo to reopen the crossing.']).relations).toContain('Ghana URGES Togo');
  });
});

describe('"demand" as a noun of trade or of what one side asks', () => {
  it('reads no appeal in "demand from X" or "demand for X"', () => {
    const urgesIn = (text: string) => extract([story, text]).relations.filter((relation) => relation.includes(' URGES '));
    expect(urgesIn('Togo rejected the demand from Ghana.')).toEqual([]);
    expect(urgesIn('The Nordic Council said demand for Togolese cement from Nigeria had slowed.')).toEqual([]);
  });

  it('still reads the verb ("demanded that X …", "demands X\'s withdrawal")', () => {
    expect(extract([story, 'Ghana demands that Togo reopen the crossing.']).relations).toContain('Ghana URGES Togo');
  });
});

describe('charges pressed', () => {
  it('reads no appeal in "pressed charges against X"', () => {
    expect(extract([story, 'The Nordic Council pressed charges against Togo at the regional court.']).relations.filter((relation) => relation.includes(' URGES '))).toEqual([]);
  });
});
