// Political parties and their people: party adjectives before an office, party leaders, parties acting; the sentences
// are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('parties and their people', () => {
  it('reads "the Republican governor accused" as the governor named before, a party adjective before the office', () => {
    const { relations, statements } = extract([
      'Governor Lena Marsh criticised the relief plan on Monday. The Republican governor accused the White House of holding back flood money.',
      'Senator Paul Okafor spoke first. The Democratic senator said the bill would fail.',
    ]);
    expect(relations).toContain('Lena Marsh ACCUSES United States');
    expect(statements.find((statement) => statement.text.includes('bill would fail'))?.speakerName).toBe('Paul Okafor');
  });

  it('reads a person named after a party and its office as the one met or urged, not the party', () => {
    const { relations } = extract([
      'Former senator Hamza Bello has held talks with Unity Party leader Chidi Okoro about a joint ticket.',
      'Governor Ada Nwosu urged People’s Alliance chairman Femi Adeyemi to drop the lawsuit.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Hamza Bello MEETS Chidi Okoro', 'Chidi Okoro LEADS Unity Party', 'Ada Nwosu URGES Femi Adeyemi']));
    expect(relations).not.toContain('Hamza Bello MEETS Unity Party');
    expect(relations).not.toContain('Ada Nwosu URGES People’s Alliance');
  });

  it('reads "the party" and "Party chairman X" after a party called so in lower case as that party', () => {
    const { relations } = extract([
      'The ruling Northern Hope party won the vote on Sunday. Party chairman Davit Beridze said the result was fair.',
      'The opposition United Path party walked out. Lela Gelashvili, the party’s leader, said it would boycott parliament.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Davit Beridze LEADS Northern Hope', 'Lela Gelashvili LEADS United Path']));
  });

  it('reads a party named after its state’s possessive as the one that speaks, not the state', () => {
    const { statements } = extract(['Armenia’s ruling Civic Accord party accused the European Union of meddling in the vote on Monday.']);
    expect(statements.find((statement) => statement.text.includes('meddling'))?.speakerName).toBe('Civic Accord');
  });
});
