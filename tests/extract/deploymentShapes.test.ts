// Deployments announced, stationed and moved. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('deployments', () => {
  it('reads an announced deployment of forces ("would deploy 1,200 officers to") as one', () => {
    expect(extract(['Ghana said it would deploy 1,200 additional officers to Togo.']).relations).toContain('Ghana DEPLOYS_TO Togo');
  });

  it('reads no deployment in a team sent to inspect, nor one that is threatened', () => {
    expect(extract(['The commission said Ghana would send a team to Togo.']).relations.filter((relation) => relation.includes('DEPLOYS_TO'))).toEqual([]);
    expect(extract(['Ghana threatened to deploy troops to Togo.']).relations.filter((relation) => relation.includes('DEPLOYS_TO'))).toEqual([]);
  });

  it('reads no deployment in aid, food or money sent', () => {
    const { relations } = extract(['Ghana sent humanitarian aid to Togo after the floods.', 'Benin has sent food and medicine to Togo.', 'Nigeria sent relief supplies to Togo on Monday.']);
    expect(relations.filter((relation) => relation.includes('DEPLOYS_TO'))).toEqual([]);
  });

  it('reads troops moved into a place, and forces stationed or kept there', () => {
    expect(extract(['Togo accused Ghana of moving about 300 soldiers across the river into Togo.']).relations).toContain('Ghana DEPLOYS_TO Togo');
    expect(extract(['Ghana would station two patrol aircraft in Togo from January.']).relations).toContain('Ghana DEPLOYS_TO Togo');
  });
});

describe('reinforcements ordered', () => {
  it('reads ordering reinforcements or rushing troops to a place as deploying there', () => {
    const { relations } = extract([
      'President Tomas Berk, who has refused to recognise the rebel government, chaired a meeting of the Security Council in Lima on Monday and ordered reinforcements to the Tacna region.',
    ]);
    expect(relations).toContain('Tomas Berk DEPLOYS_TO Tacna region');
  });
});

describe('what is sent that is no force', () => {
  it('reads no deployment in a note, a letter or a message sent to a state', () => {
    const { relations } = extract([
      'Ghana sent a formal protest note to Togo and Benin on Thursday.',
      'Nigeria sent a letter to Niger about the border.',
      'She said the drills sent a message to Chad as much as to Sudan.',
    ]);
    expect(relations.filter((relation) => relation.includes('DEPLOYS_TO'))).toEqual([]);
  });

  it('reads no deployment in officials or diplomats sent to a town', () => {
    const { relations } = extract(['Togo arrested 31 Ghanaian fishermen off Aneho island early on Friday.', 'The high commission said it had sent officials to Lome to give consular help.']);
    expect(relations.filter((relation) => relation.includes('DEPLOYS_TO'))).toEqual([]);
  });

  it('reads no deployment in goods a state sends abroad', () => {
    const { relations } = extract(['Under the 1990 treaty, Ghana sends water from its dams to Togo and Togo sends gas to Benin.']);
    expect(relations.filter((relation) => relation.includes('DEPLOYS_TO'))).toEqual([]);
  });

  it('still reads troops sent to a state', () => {
    expect(extract(['Ghana sent 300 troops to Togo on Thursday.']).relations).toContain('Ghana DEPLOYS_TO Togo');
  });
});

describe('compound prepositions', () => {
  it('reads no deployment "to" a state named after "in response to" or "according to"', () => {
    const { relations } = extract(['Chad deployed troops in response to Niger’s move.', 'Chad deployed 300 soldiers, according to Niger.', 'Chad deployed 300 soldiers in response to the raid to Niger.']);
    expect(relations.filter((relation) => relation.includes('DEPLOYS_TO'))).toEqual(['Chad DEPLOYS_TO Niger']);
  });
});

describe('a state’s aircraft and ships as the actor', () => {
  it('reads "Russian warplanes held drills near Estonia" as Russia threatening Estonia', () => {
    const { relations } = extract(['Russia raised tension in the Baltic this week.', 'Russian warplanes held drills near Estonia on Friday, the Estonian military said.']);
    expect(relations).toContain('Russia THREATENS Estonia');
  });
});
