// Offices of states and organisations that wire copy names often ("AU mediator X", "UN special rapporteur X",
// "Kenya's ombudsman, X"); the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('offices of an organisation', () => {
  it('reads "AU mediator X" as one of the AU\'s people', () => {
    expect(extract(['AU mediator Amos Kiptoo said talks would resume on Monday.']).relations).toContain('Amos Kiptoo MEMBER_OF African Union');
  });

  it('reads "the UN special rapporteur on torture, X," as one of the UN\'s people', () => {
    expect(extract(['The UN special rapporteur on torture, Amos Kiptoo, said the report was damning.']).relations).toContain('Amos Kiptoo MEMBER_OF United Nations');
  });

  it('reads "UN Under-Secretary-General X" so too', () => {
    expect(extract(['UN Under-Secretary-General Amos Kiptoo said aid was blocked at the crossing.']).relations).toContain('Amos Kiptoo MEMBER_OF United Nations');
  });
});

describe('offices of a state', () => {
  it('reads "<state>\'s ombudsman, X," and "<state>\'s chargé d\'affaires, X," as the state\'s', () => {
    expect(extract(["Kenya's ombudsman, Jane Wairimu, said she would inspect the camps."]).relations).toContain('Jane Wairimu MEMBER_OF Kenya');
    expect(extract(["Kenya's chargé d'affaires, Jane Wairimu, was summoned on Friday."]).relations).toContain('Jane Wairimu MEMBER_OF Kenya');
  });
});
