// Reported speech: what a sentence says someone said without quoting it whole — "X said (that) <clause>",
// "<clause>, X said", "according to X", a clause that quotes a few words in passing, an attribution at the end of a
// sentence, an accusation or demand running over a quote, a block quote attributed after a dash, and the name a
// speaker gave something ("in what X called …"). The sentences are written for these tests; the names are invented.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokens.ts';
import { firstQuoteMark, lastQuoteMark } from '../../src/extract/quoteMarks.ts';
import { reportedSpeech, clauseAroundQuote, attributionAtEnd, accusationAroundQuote, dashAttribution, whatTheyCalled } from '../../src/extract/reportedSpeech.ts';
import type { StatementContext } from '../../src/extract/speakers.ts';
import { statementContext, nameOf } from '../support/statementContext.ts';

type Rule = (context: StatementContext, s: number) => { text: string; speaker: string } | undefined;

/** What `rule` reads in the last sentence of the paragraphs, with its speaker by name. */
function read(rule: Rule, ...paragraphs: string[]): { text: string; speaker: string | undefined } | undefined {
  const context = statementContext(paragraphs);
  const found = rule(context, context.sentences.length - 1);
  return found && { text: found.text, speaker: nameOf(context, found.speaker) };
}

const reported: Rule = (context, s) => reportedSpeech(context, s);

describe('firstQuoteMark and lastQuoteMark', () => {
  it('find the first and the last quotation mark, opening or closing', () => {
    const tokens = tokenize('Ilsa Varga said the door “remains open” and “will stay open”.');
    expect(tokens[firstQuoteMark(tokens)].text).toBe('“');
    expect(tokens[lastQuoteMark(tokens)].text).toBe('”');
    expect(lastQuoteMark(tokens)).toBeGreaterThan(firstQuoteMark(tokens) + 4);
  });

  it('count a closing mark that opens a sentence ending a quote begun before it', () => {
    const tokens = tokenize('over,” Ilsa Varga said.');
    expect(firstQuoteMark(tokens)).toBe(2);
    expect(lastQuoteMark(tokens)).toBe(2);
  });

  it('give -1 for a sentence with no quotation mark', () => {
    const tokens = tokenize('Ilsa Varga said the port would reopen.');
    expect([firstQuoteMark(tokens), lastQuoteMark(tokens)]).toEqual([-1, -1]);
  });
});

describe('reportedSpeech', () => {
  it('reads the clause after "X said" as X\'s', () => {
    expect(read(reported, 'Ilsa Varga said the port would reopen within a week.')).toEqual({ text: 'the port would reopen within a week', speaker: 'Ilsa Varga' });
  });

  it('starts the clause after a day and "that" ("said on Monday that")', () => {
    expect(read(reported, 'Ilsa Varga said on Monday that the port would reopen within a week.')?.text).toBe('the port would reopen within a week');
  });

  it('starts the clause after the listener ("told reporters …")', () => {
    expect(read(reported, 'Ilsa Varga told reporters the port would reopen within a week.')?.text).toBe('the port would reopen within a week');
  });

  it('reads a clause before a trailing attribution as the speaker\'s, the verbs in it included', () => {
    expect(read(reported, 'The port would reopen within a week, the Torvald Group said.')).toEqual({ text: 'The port would reopen within a week', speaker: 'Torvald Group' });
    expect(read(reported, 'The Torvald Group found that one anchor was missing from the ship, Ilsa Varga said.')).toEqual({ text: 'The Torvald Group found that one anchor was missing from the ship', speaker: 'Ilsa Varga' });
    // ("claimed responsibility" is a deed the attribution reports, no saying of its own.)
    expect(read(reported, 'The Torvald Group claimed responsibility for the blast at the depot, Ilsa Varga said.')).toEqual({ text: 'The Torvald Group claimed responsibility for the blast at the depot', speaker: 'Ilsa Varga' });
  });

  it('reads a trailing attribution with a long tail of place and time', () => {
    expect(read(reported, 'The port would reopen within a week, Ilsa Varga said in a statement posted on its website late on Tuesday.')?.text).toBe('The port would reopen within a week');
  });

  it('reads a clause joined by ", and" after the attribution as the speaker\'s own, not what comes before', () => {
    expect(read(reported, 'The port would reopen within a week, and Ilsa Varga said twenty fishermen had been detained overnight.')?.text).toBe('twenty fishermen had been detained overnight');
  });

  it('does not give the clause before ", and X said" to X when what X said is a short clause', () => {
    expect(read(reported, 'Ostrel detained two Kessan fishing boats overnight, and Kessa said it would respond.')?.text).not.toBe('Ostrel detained two Kessan fishing boats overnight');
  });

  it('does not read a phrase set before the subject as a clause of speech', () => {
    expect(read(reported, 'In a statement after the meeting in Kessa, Ilsa Varga said talks would resume soon.')?.text).toBe('talks would resume soon');
  });

  it('reads a speech tag set off by commas as joining the words before it to the words after it', () => {
    expect(read(reported, 'Kessa, Ilsa Varga added, had lifted its ban on fishing boats.')).toEqual({ text: 'Kessa had lifted its ban on fishing boats', speaker: 'Ilsa Varga' });
  });

  it('reads "according to X, <clause>" as X\'s, and "<clause>, according to X" too', () => {
    expect(read(reported, 'According to the Torvald Group, the port would reopen within a week.')).toEqual({ text: 'the port would reopen within a week', speaker: 'Torvald Group' });
    expect(read(reported, 'The port would reopen within a week, according to Ilsa Varga.')).toEqual({ text: 'The port would reopen within a week', speaker: 'Ilsa Varga' });
  });

  it('reads, from a token on, only a verb\'s clause and no "according to"', () => {
    const context = statementContext(['According to the Torvald Group, the port would reopen within a week, and Ilsa Varga said fishing would resume soon.']);
    expect(reportedSpeech(context, 0)?.speaker).toBe('org:torvald group');
    const from = reportedSpeech(context, 0, 1);
    expect(from && { text: from.text, speaker: nameOf(context, from.speaker) }).toEqual({ text: 'fishing would resume soon', speaker: 'Ilsa Varga' });
  });

  it('does not give a clause to a news outlet that only relays it ("…, according to the Varno Herald")', () => {
    expect(read(reported, 'The port would reopen within a week, according to the Varno Herald.')).toBeUndefined();
  });

  it('reads "made clear that" and "confirmed that" as verbs of saying, but "confirmed" alone not', () => {
    expect(read(reported, 'The Torvald Group made clear that the port would reopen within a week.')?.text).toBe('the port would reopen within a week');
    expect(read(reported, 'The Torvald Group confirmed that the port would reopen within a week.')?.text).toBe('the port would reopen within a week');
    expect(read(reported, 'The Torvald Group confirmed the port would reopen within a week.')).toBeUndefined();
  });

  it('reads a short clause right after the verb when it has its verb second or third', () => {
    expect(read(reported, 'Ilsa Varga said the vote was unanimous.')?.text).toBe('the vote was unanimous');
    expect(read(reported, 'Ilsa Varga said the vote seemed unanimous.')).toBeUndefined();
  });

  it('reads a short clause right after the listener of "told" ("told reporters the vote was unanimous")', () => {
    expect(read(reported, 'Ilsa Varga told reporters the vote was unanimous.')?.text).toBe('the vote was unanimous');
    expect(read(reported, 'Ilsa Varga told the Varno Herald the vote was unanimous.')?.text).toBe('the vote was unanimous');
    expect(read(reported, 'Ilsa Varga told reporters the vote seemed unanimous.')).toBeUndefined();
  });

  it('reads "at least 40" after the verb as a number opening the clause, not a phrase of place', () => {
    expect(read(reported, 'Ilsa Varga said at least 40 ships were stuck in the port.')?.text).toBe('at least 40 ships were stuck in the port');
  });

  it('reads nothing when the verb is followed by a preposition ("responded by blocking")', () => {
    expect(read(reported, 'Ilsa Varga responded by blocking all exports from the port.')).toBeUndefined();
  });

  it('reads nothing in a refusal to say, a saying denied, or a passive telling', () => {
    expect(read(reported, 'Ilsa Varga declined to say whether the port would reopen this month.')).toBeUndefined();
    expect(read(reported, 'The Torvald Group did not say who had closed the port last week.')).toBeUndefined();
    expect(read(reported, 'Ilsa Varga was told that the port would reopen within a week.')).toBeUndefined();
  });

  it('does not read a plural noun that looks like a verb of saying, its own verb after it ("member states must")', () => {
    expect(read(reported, 'Torvald Union member states must still approve the fishing deal this year.')).toBeUndefined();
  });

  it('reads, in a sentence with a quote, only what comes after the last closing mark', () => {
    expect(read(reported, 'The Torvald Group called the tariffs “blackmail” and said Ostrel would not negotiate under pressure.')).toEqual({ text: 'Ostrel would not negotiate under pressure', speaker: 'Torvald Group' });
    expect(read(reported, 'Ilsa Varga said the tariffs were “blackmail” and added that Ostrel would not negotiate under pressure.')?.text).toBe('Ostrel would not negotiate under pressure');
  });
});

describe('reportedSpeech: a tag set off in the middle, the clause going on after it', () => {
  it('keeps what follows ", X said, and …" with what came before the tag', () => {
    const found = read(reported, 'Bolivian President Luis Arce spoke to his Peruvian counterpart by telephone on Thursday, the Foreign Ministry said, and the two agreed that their trade ministers would meet next week.');
    expect(found?.text).toBe('Bolivian President Luis Arce spoke to his Peruvian counterpart by telephone on Thursday, and the two agreed that their trade ministers would meet next week');
    expect(found?.speaker).toBe('Foreign Ministry');
  });

  it('still ends at the tag when nothing but a phrase of time follows it', () => {
    const found = read(reported, 'Bolivia will reopen the border crossing at Desaguadero, the Foreign Ministry said on Thursday, after two days of talks.');
    expect(found?.text).toBe('Bolivia will reopen the border crossing at Desaguadero');
  });
});

describe('reportedSpeech: a short clause with a pronoun for its subject', () => {
  it('reads "X said it respected the result" as a clause of four words', () => {
    const found = read(reported, 'The Uruguayan Navy, whose officers led the search, said it respected the result.');
    expect(found).toEqual({ text: 'it respected the result', speaker: 'Uruguayan Navy' });
  });

  it('still needs more words when no pronoun opens the clause', () => {
    const found = read(reported, 'The Uruguayan Navy said calm returned quickly.');
    expect(found).toBeUndefined();
  });
});

describe('clauseAroundQuote', () => {
  it('reads a clause of reported speech that quotes a few words in passing whole, quote and all', () => {
    expect(read(clauseAroundQuote, 'Ilsa Varga said the door to talks “remains open” and called on Ostrel to return.')).toEqual({ text: 'the door to talks “remains open” and called on Ostrel to return', speaker: 'Ilsa Varga' });
  });

  it('starts the clause after "that", past a day or a phrase of place ("said in a statement posted online that")', () => {
    expect(read(clauseAroundQuote, 'Ilsa Varga said on Monday that the door to talks “remains open” for now.')?.text).toBe('the door to talks “remains open” for now');
    expect(read(clauseAroundQuote, 'Ilsa Varga said in a statement posted online that the door to talks “remains open” for now.')?.text).toBe('the door to talks “remains open” for now');
  });

  it('reads the clause after "According to X," as X\'s', () => {
    expect(read(clauseAroundQuote, 'According to the Torvald Group, the dispute “has been settled” for good.')).toEqual({ text: 'the dispute “has been settled” for good', speaker: 'Torvald Group' });
  });

  it('reads nothing when the quote follows the verb at once ("X said, “…”"): the quote is the statement', () => {
    expect(read(clauseAroundQuote, 'Ilsa Varga said, “The door to talks remains open.”')).toBeUndefined();
  });

  it('reads a speech tag set off by commas as joining the words before it to the words after it', () => {
    expect(read(clauseAroundQuote, 'Ostrel, Ilsa Varga said, urged the Torvald Group to “pay now” and reserved the right to sue.')).toEqual({ text: 'Ostrel urged the Torvald Group to “pay now” and reserved the right to sue', speaker: 'Ilsa Varga' });
  });

  it('ends the clause where another speaker\'s clause joined by ", and" begins', () => {
    expect(read(clauseAroundQuote, 'Ilsa Varga said the door to talks “remains open”, and the Torvald Group wrote that “nothing is agreed” yet.')?.text).toBe('the door to talks “remains open”');
  });

  it('reads nothing when a second attribution later gives the quote to another speaker', () => {
    expect(read(clauseAroundQuote, 'Ilsa Varga said the door “remains open”, Dana Pell said, “for now.”')).toBeUndefined();
  });

  it('reads nothing when the verb takes a preposition, not a clause ("admitted to")', () => {
    expect(read(clauseAroundQuote, 'Ilsa Varga admitted to the involvement “of some officials”.')).toBeUndefined();
  });
});

describe('attributionAtEnd', () => {
  it('reads a sentence that quotes in passing and names its speaker only at the end as that speaker\'s', () => {
    const sentence = 'Mayor Tomas Hradil “firmly rejects” the blockade and called on both sides to talk, his spokesman Petr Lind told reporters.';
    expect(read(attributionAtEnd, sentence)).toEqual({ text: 'Mayor Tomas Hradil “firmly rejects” the blockade and called on both sides to talk', speaker: 'Petr Lind' });
  });

  it('reads the person after a closing "according to"', () => {
    expect(read(attributionAtEnd, 'The mayor “firmly rejects” the blockade and wants talks, according to spokeswoman Kari Moen.')?.speaker).toBe('Kari Moen');
  });

  it('reads nothing when the comma opens a clause of its own ("…, even as X says …")', () => {
    expect(read(attributionAtEnd, 'Ilsa Varga “firmly rejects” the blockade, even as the Torvald Group says the talks go on.')).toBeUndefined();
    expect(read(attributionAtEnd, 'Ilsa Varga “firmly rejects” the blockade and wants talks, as the Torvald Group said on Monday.')).toBeUndefined();
  });

  it('reads nothing when the attribution names a news outlet, which only relays', () => {
    expect(read(attributionAtEnd, 'Ilsa Varga “firmly rejects” the blockade and called on both sides to talk, the Varno Herald reported.')).toBeUndefined();
  });
});

describe('accusationAroundQuote', () => {
  it('reads an accusation opening a sentence that holds a quote as a statement', () => {
    expect(read(accusationAroundQuote, 'Ilsa Varga accused the Torvald Group of hiding the losses and said it “cannot be trusted”.')?.speaker).toBe('Ilsa Varga');
  });

  it('reads a demand running over the quote, quote and all', () => {
    expect(read(accusationAroundQuote, 'Ilsa Varga called on the Torvald Group to pay the fishermen and “everyone who lost a boat”.')).toEqual({ text: 'called on the Torvald Group to pay the fishermen and “everyone who lost a boat”', speaker: 'Ilsa Varga' });
  });

  it('does not read a demand past a comma before the quote', () => {
    expect(read(accusationAroundQuote, 'Ilsa Varga, who urged the Torvald Group to pay, said the fishermen must get “every cent” back.')).toBeUndefined();
  });
});

describe('dashAttribution', () => {
  it('reads the quote before a dash attribution in the same paragraph as the speaker\'s', () => {
    expect(read(dashAttribution, 'The quay was quiet.', '“We will not pay for a war we did not start.” – the Torvald Group said in a statement.')).toEqual({ text: '“We will not pay for a war we did not start.”', speaker: 'Torvald Group' });
  });

  it('reads the paragraph before when the dash opens its own paragraph', () => {
    expect(read(dashAttribution, '“We will not pay for a war we did not start.”', '– the Torvald Group said in a statement.')?.text).toBe('“We will not pay for a war we did not start.”');
  });

  it('reads nothing in a sentence that does not open with a dash', () => {
    expect(read(dashAttribution, '“We will not pay for a war we did not start.”', 'The Torvald Group said so in a statement.')).toBeUndefined();
  });
});

describe('whatTheyCalled', () => {
  it('reads the name given after "what X called" as X\'s words', () => {
    expect(read(whatTheyCalled, 'The Torvald Group sealed the port, in what Ilsa Varga called an illegal blockade of the coast.')).toEqual({ text: 'an illegal blockade of the coast', speaker: 'Ilsa Varga' });
  });

  it('reads a relative "that" after a noun the same way ("the port that X has described as …")', () => {
    expect(read(whatTheyCalled, 'Ilsa Varga visited the port that the Torvald Group has described as a haven for smugglers.')).toEqual({ text: 'a haven for smugglers', speaker: 'Torvald Group' });
  });

  it('keeps a quote inside the name given as part of it', () => {
    expect(read(whatTheyCalled, 'The Torvald Group sealed the port, in what Ilsa Varga described as an armed crossing by “forty men with rifles” at dawn.')?.text).toBe('an armed crossing by “forty men with rifles” at dawn');
  });

  it('leaves a name given in quotation marks to the quote', () => {
    expect(read(whatTheyCalled, 'The Torvald Group sealed the port, in what Ilsa Varga called “an illegal blockade”.')).toBeUndefined();
  });

  it('does not read a capitalised "What", which opens a question or a headline', () => {
    expect(read(whatTheyCalled, 'What Ilsa Varga called an illegal blockade lasted a week.')).toBeUndefined();
  });

  it('does not read a proper name a side gives a place as its words ("the islands that Tokyo calls the Senkaku")', () => {
    expect(read(whatTheyCalled, 'Boats gathered near the reef that Vietnam calls the Tavi Rocks and China calls the Korran Isles.')).toBeUndefined();
    expect(read(whatTheyCalled, 'Boats gathered near what Vietnam calls Tavi Reef.')).toBeUndefined();
  });
});
