// Attribution of quotes in every style news uses; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

function saidBy(paragraphs: string[], date?: string) {
  return extract(paragraphs, date).statements.map((statement) => [statement.speakerName, statement.text, statement.quoted]);
}

describe('statement attribution', () => {
  it('finds the speaker after the quote, past an apposition', () => {
    const said = saidBy(['“The border stays closed until further notice,” Lina Okafor, spokeswoman for the Ministry of Interior, said on Tuesday.']);
    expect(said).toEqual([['Lina Okafor', 'The border stays closed until further notice', true]]);
  });

  it('finds the speaker before the quote', () => {
    const said = saidBy(['Chilean President Rosa Ibáñez said: “We are ready to sign this week.”']);
    expect(said).toEqual([['Rosa Ibáñez', 'We are ready to sign this week.', true]]);
  });

  it('attributes both halves of a split quote to the speaker between them', () => {
    const said = saidBy(['“Nobody wants another winter like the last,” Tomasz Brzeg said, “and nobody will get one.”']);
    expect(said.map(([speaker]) => speaker)).toEqual(['Tomasz Brzeg', 'Tomasz Brzeg']);
  });

  it('follows a pronoun to the last person and lets a bare quote continue the last speaker', () => {
    const said = saidBy([
      'Finance Minister Oskar Lind spoke after the vote.',
      '“The budget is balanced for the first time in a decade,” he added. “It will stay that way.”',
    ]);
    expect(said.map(([speaker]) => speaker)).toEqual(['Oskar Lind', 'Oskar Lind']);
  });

  it('reads reported speech and the outlet that relays it', () => {
    const { statements, nameOf } = extract(['Peru said the new quotas would protect anchovy stocks for years, according to Reuters.']);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ speakerName: 'Peru', quoted: false });
    expect(statements[0].text).toContain('the new quotas would protect anchovy stocks');
    expect(nameOf(statements[0].reportedBy!)).toBe('Reuters');
  });

  it('gives an anonymous spokesperson’s words to the body they speak for', () => {
    const said = saidBy(['“We are watching closely,” a Canadian Foreign Ministry spokesperson told reporters.']);
    expect(said[0][0]).toBe('Canadian Foreign Ministry');
  });

  it('resolves the date of a statement against the article date', () => {
    const { statements } = extract(['“Talks will resume,” Hana Novak said on Friday.'], '2026-05-04');
    expect(statements[0].date).toBe('2026-05-01');
  });

  it('ignores scare quotes that nobody says', () => {
    expect(saidBy(['The plan, which critics call “reckless”, passed easily.'])).toEqual([]);
  });

  it('gives "a statement from X said" to X', () => {
    const { statements } = extract(['A statement from the Chilean Foreign Ministry said the talks had failed to reach any agreement.']);
    expect(statements.map((statement) => [statement.speakerName, statement.text])).toEqual([['Chilean Foreign Ministry', 'the talks had failed to reach any agreement']]);
  });

  it('gives "officials in <capital> said" to the state', () => {
    const said = saidBy(['Officials in Nairobi said the border crossings would reopen next week.']);
    expect(said).toEqual([['Kenya', 'the border crossings would reopen next week', false]]);
  });

  it('reads speech across an apposition, and "…," a statement from X read', () => {
    const said = saidBy([
      'Ana Torres, the ministry’s spokeswoman, added that talks with Peru had not been cancelled.',
      '“Dialogue remains open,” a statement from the Peruvian Ministry of Foreign Affairs read.',
    ]);
    expect(said).toEqual(
      expect.arrayContaining([
        ['Ana Torres', 'talks with Peru had not been cancelled', false],
        ['Peruvian Ministry of Foreign Affairs', 'Dialogue remains open', true],
      ]),
    );
  });

  it('attributes quotes led in by accusing, thanking or dismissing', () => {
    const said = saidBy([
      'Opposition leader Marta Kovac spoke in the square.',
      'She accused the government of “rigging the count in three provinces.”',
      'Foreign Minister Jonas Berg thanked Norway “for standing with a small neighbour when it mattered.”',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Marta Kovac', 'the government of “rigging the count in three provinces.”'],
      ['Jonas Berg', 'for standing with a small neighbour when it mattered.'],
    ]);
  });

  it('does not give a ministry’s words to the person whose ministry it is', () => {
    const said = saidBy(['President Ivan Sorel rejected the ruling. His foreign ministry called the decision “a political stunt.”']);
    expect(said.filter(([speaker]) => speaker === 'Ivan Sorel')).toEqual([]);
  });

  it('reads what the speaker of a quote goes on to say in the same sentence', () => {
    const said = saidBy(['President Ivan Sorel said the ship had been “carrying arms under a false flag,” and that the navy had acted within the law.']);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Ivan Sorel', 'the ship had been “carrying arms under a false flag,” and that the navy had acted within the law'],
    ]);
  });

  it('reads an accusation as what the accuser said', () => {
    const said = saidBy(['Rebel commander Yara Talal accused the army of shelling villages near the river on Saturday.']);
    expect(said).toEqual([['Yara Talal', 'the army of shelling villages near the river on Saturday', false]]);
  });

  it('reads quotes in single marks, and leaves apostrophes alone', () => {
    const said = saidBy([
      '‘We will not be intimidated by anyone’s threats,’ said Foreign Secretary Ruth Calder.',
      'Defence Secretary Omar Hale said the deployment was ‘a clear signal that Britain’s allies can count on us’.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Ruth Calder', 'We will not be intimidated by anyone’s threats'],
      ['Omar Hale', 'the deployment was ‘a clear signal that Britain’s allies can count on us’'],
    ]);
  });

  it('does not take the subject of what was said for the speaker of a later quote', () => {
    const said = saidBy(['The minister said Britain would stand firm and added: “Nobody should doubt our resolve.”']);
    expect(said.filter(([speaker]) => speaker === 'United Kingdom')).toEqual([]);
  });

  it('follows a quote over a paragraph break, and a quote after a lead-in paragraph that ends in a colon', () => {
    const said = saidBy([
      'In a statement, Treasury Secretary Dana Whitfield said:',
      '“The network funds militias with oil money. We will keep cutting it off.”',
      'The ministry spokesman, Reza Karimi, condemned the move. “These sanctions are illegal.',
      '“They will not change our policy,” he said.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Dana Whitfield', 'The network funds militias with oil money. We will keep cutting it off.'],
      ['Reza Karimi', 'These sanctions are illegal. They will not change our policy'],
    ]);
  });

  it('reads "…, according to X", a dash before the speaker, and a trailing attribution past a title', () => {
    const said = saidBy([
      '“This is a grave provocation,” according to a statement from the Chilean Foreign Ministry.',
      '“The situation is under control” – said Governor Ana Lucero of the Atacama region.',
      'The plant could be delayed by a year, according to Energy Minister Diego Pardo.',
      'The deal would create thousands of jobs, Peruvian Trade Minister Rosa Quispe told reporters on Monday.',
      'Prices rose again in March, according to Reuters.',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Chilean Foreign Ministry', 'This is a grave provocation'],
      ['Ana Lucero', 'The situation is under control'],
      ['Diego Pardo', 'The plant could be delayed by a year'],
      ['Rosa Quispe', 'The deal would create thousands of jobs'],
    ]);
  });

  it('gives "she said" to the person who acted, not to the one acted on', () => {
    for (const opening of ['Foreign Minister Ana Silva met Ambassador Dai Bing in Lima on Monday.', 'Ana Silva, who replaced Pedro Costa in March, spoke on Monday.']) {
      const said = saidBy([opening, '“We had a frank exchange,” she said.']);
      expect(said.map(([speaker]) => speaker)).toEqual(['Ana Silva']);
    }
  });

  it('gives what a pronoun owns its own voice, except a person’s office or spokesperson', () => {
    const said = saidBy([
      'The Chilean Foreign Ministry did not comment. Its state news outlet, the Andes News Agency, said the crews were “being treated well.”',
      'President Ivan Sorel was abroad. His office said he would “return on Friday as planned.”',
    ]);
    expect(said.map(([speaker, text]) => [speaker, text])).toEqual([
      ['Andes News Agency', 'the crews were “being treated well.”'],
      ['Ivan Sorel', 'he would “return on Friday as planned.”'],
    ]);
  });

  it('never makes the listener of "told" the speaker', () => {
    expect(saidBy(['“The talks were difficult,” a German diplomat told Reuters last week.'])).toEqual([]);
  });
});
