// Names and offices as South Asian news writes them: run-together initials, "Md.", courtesy titles, a state's chief
// minister. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

const people = (paragraphs: string[]) => extract(paragraphs).extraction.entities.filter((entity) => entity.kind === 'Person').map((entity) => entity.name);

describe('South Asian names', () => {
  it('does not end a sentence after "Md."', () => {
    const sentences = splitSentences(['The accord was signed by Md. Rafiqul Alam in Dhaka. Talks resume in May.']);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['The accord was signed by Md. Rafiqul Alam in Dhaka.', 'Talks resume in May.']);
  });

  it('keeps run-together initials as the opening of a name', () => {
    const { relations, entity } = extract(['Officials said P.R. Venkatesan urged Delhi to act. Venkatesan said the fishermen were no criminals.']);
    expect(entity('P.R. Venkatesan')?.kind).toBe('Person');
    expect(relations).toContain('P.R. Venkatesan URGES India');
  });

  it('leaves Shri and Hon’ble out of a name and out of the office after them', () => {
    const names = people(['The conclave has its secretariat in Colombo. Its director, Shri Anil Mehrotra, said patrols would begin in March.']);
    expect(names).toEqual(['Anil Mehrotra']);
    const { relations, extraction } = extract(["Hon'ble Prime Minister Narendra Kale met Nepal's Foreign Minister Sita Thapa in Kathmandu."]);
    expect(relations).toContain('Narendra Kale LEADS Nepal');
    expect(extraction.entities.map((entity) => entity.name)).not.toContain("Hon'ble Prime Minister");
  });

  it('reads Field Marshal as a rank before a name, not part of it', () => {
    expect(people(['The meeting was attended by Field Marshal Karim Baig and three ministers.'])).toEqual(['Karim Baig']);
  });
});

describe('chief ministers of states', () => {
  it('reads "<state> Chief Minister X" as X leading the state, whole and in one', () => {
    const { relations, entity } = extract([
      'Kerala Chief Minister R.K. Menon urged the Centre to act. In Lahore, the Punjab chief minister, Sana Qureshi, criticised the federal government.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['R.K. Menon LEADS Kerala', 'Sana Qureshi LEADS Punjab']));
    expect(entity('Kerala')?.kind).toBe('Government');
  });

  it('keeps a two-word state before "Chief Minister" whole', () => {
    const { relations, entity } = extract(['West Bengal Chief Minister Anita Ghosh criticised the deal.']);
    expect(relations).toContain('Anita Ghosh LEADS West Bengal');
    expect(entity('West')).toBeUndefined();
  });
});

describe('offices named with "of"', () => {
  it('reads "met <state>’s Minister of State X" as meeting X, not the state', () => {
    const { relations } = extract(['Nepal’s Foreign Minister Sita Thapa spoke by phone with Qatar’s Minister of State Yusuf Al-Nasr on Sunday.']);
    expect(relations).toContain('Sita Thapa MEETS Yusuf Al-Nasr');
    expect(relations).not.toContain('Sita Thapa MEETS Qatar');
  });
});
