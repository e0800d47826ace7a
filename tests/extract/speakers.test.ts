// Who speaks, shared by direct quotes and reported speech: the speaker around a verb of saying (pickSpeaker), the
// subject right before a verb (nearestSubject), the first actor of a clause (firstActor), the body whose voice a
// statement is (voiceBefore) and the outlet relaying it (reportedBy). The sentences are written for these tests; the
// people and bodies in them are invented.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokens.ts';
import { findVerb, isTitleWord, isVerb, pickSpeaker, nearestSubject, firstActor, voiceBefore, reportedBy } from '../../src/extract/speakers.ts';
import { SPEECH_VERBS } from '../../src/extract/lexicon/reportingVerbs.ts';
import { statementContext, tokenAt, nameOf } from '../support/statementContext.ts';

/** The one-sentence context of `sentence`, its tokens and mentions, and the token index of `verb`. */
function around(sentence: string, verb: string) {
  const context = statementContext([sentence]);
  const { tokens, mentions } = context.mentions[0];
  return { context, tokens, mentions, verb: tokenAt(context, 0, verb), name: (key: string | undefined) => nameOf(context, key) };
}

/** The speaker pickSpeaker finds around `verb` in the whole sentence, by name. */
function speakerAround(sentence: string, verb: string, leadIn = false): string | undefined {
  const { context, tokens, verb: at, name } = around(sentence, verb);
  return name(pickSpeaker(context, 0, 0, at, tokens.length, leadIn));
}

/** The subject nearestSubject finds before `verb`, by name. */
function subjectOf(sentence: string, verb: string): string | undefined {
  const { context, tokens, mentions, verb: at, name } = around(sentence, verb);
  return name(nearestSubject(context, mentions, tokens, at)?.key);
}

describe('findVerb', () => {
  it('finds the first verb of the set between two tokens', () => {
    const tokens = tokenize('Mira Sol said on Monday that the port had reopened, officials added.');
    expect(findVerb(tokens, 0, tokens.length, SPEECH_VERBS)).toBe(2);
    expect(findVerb(tokens, 3, tokens.length, SPEECH_VERBS)).toBe(tokens.findIndex((token) => token.text === 'added'));
  });

  it('finds none outside the range it is given', () => {
    const tokens = tokenize('Mira Sol said on Monday that the port had reopened.');
    expect(findVerb(tokens, 0, 2, SPEECH_VERBS)).toBeUndefined();
  });

  it('skips a verb written in capitals, part of a name', () => {
    const tokens = tokenize('The Says Institute published the figures, its director said.');
    expect(findVerb(tokens, 0, tokens.length, SPEECH_VERBS)).toBe(tokens.findIndex((token) => token.text === 'said'));
  });
});

describe('isVerb', () => {
  it('reads a word of the set in lower case as its verb', () => {
    expect(isVerb(tokenize('said')[0], SPEECH_VERBS)).toBe(true);
  });

  it('does not read the same word in capitals as a verb ("States" in "United States")', () => {
    expect(isVerb(tokenize('United States')[1], SPEECH_VERBS)).toBe(false);
  });
});

describe('isTitleWord', () => {
  it('reads titles and ranks as title words', () => {
    for (const word of ['envoy', 'spokesman', 'senior', 'minister']) expect(isTitleWord(tokenize(word)[0])).toBe(true);
  });

  it('does not read other words or punctuation as title words', () => {
    for (const word of ['farmer', 'plant', ',']) expect(isTitleWord(tokenize(word)[0])).toBe(false);
  });
});

describe('pickSpeaker', () => {
  it('gives "X\'s lawyer, Y, said" to Y, the person the apposition names, not to X who owns the title', () => {
    const context = statementContext(['Ilsa Varga was detained in May.', 'Varga\'s lawyer, Marek Havel, called the ruling “a day of dignity” for the fishermen.']);
    const verb = tokenAt(context, 1, 'called');
    expect(nameOf(context, pickSpeaker(context, 1, 0, verb, context.mentions[1].tokens.length, true))).toBe('Marek Havel');
    expect(nameOf(context, pickSpeaker(context, 1, 0, verb, context.mentions[1].tokens.length))).toBe('Marek Havel');
  });

  it('picks the person heading "X, a spokeswoman for Y, said", not the body she speaks for', () => {
    expect(speakerAround('Ilsa Varga, a spokeswoman for the Torvald Group, said the plant would close.', 'said')).toBe('Ilsa Varga');
  });

  it('picks the person named first over a body named after her that could speak too', () => {
    expect(speakerAround('Ilsa Varga, the Torvald Group\'s spokeswoman, on Monday said the plant would close.', 'said')).toBe('Ilsa Varga');
  });

  it('picks the last body before the verb when no person is named there', () => {
    expect(speakerAround('Norway and the Torvald Group on Monday said the plant would close.', 'said')).toBe('Torvald Group');
  });

  it('picks, before a quote, the first actor of the verb\'s clause', () => {
    expect(speakerAround('Norway and the Torvald Group on Monday said the plant would close.', 'said', true)).toBe('Norway');
  });

  it('picks the first name after the verb when none stands before it ("…, said X")', () => {
    expect(speakerAround('The plant would close next year, said Ilsa Varga.', 'said')).toBe('Ilsa Varga');
  });

  it('never picks a name inside quotation marks', () => {
    expect(speakerAround('“Ilsa Varga lied to us,” said the Torvald Group.', 'said')).toBe('Torvald Group');
  });

  it('picks a name right before the verb as its subject, whatever comes earlier ("with X saying")', () => {
    expect(speakerAround('Ilsa Varga met the envoys, with Norway saying the plan was a mistake.', 'saying')).toBe('Norway');
  });

  it('does not pick whom something was told to ("…,” a diplomat told Reuters)', () => {
    const { context, tokens, verb, name } = around('“It is over,” a diplomat told Reuters.', 'told');
    expect(name(pickSpeaker(context, 0, tokenAt(context, 0, '”') + 1, verb, tokens.length))).toBeUndefined();
  });

  it('picks the name after a possessive, not its owner ("said X\'s lawyer, Y")', () => {
    expect(speakerAround('Talks would resume, said Mirek Tolan\'s lawyer, Dana Pell.', 'said')).toBe('Dana Pell');
  });

  it('picks an owner whose possession speaks for it, but not one whose possession does not', () => {
    expect(speakerAround('The plant would close, said Norway\'s envoy.', 'said')).toBe('Norway');
    expect(speakerAround('The plant shut, said Norway\'s exports had fallen.', 'said')).toBeUndefined();
  });

  it('before a quote, does not pick a name after an earlier verb of saying: it is inside what was said', () => {
    const { context, verb, name } = around('The minister said Britain would leave and added: “We are done.”', 'added');
    expect(name(pickSpeaker(context, 0, 0, verb, tokenAt(context, 0, '“'), true))).toBeUndefined();
  });

  it('before a quote, picks the subject of a clause joined by ", and" after a clause of speech', () => {
    // ("later" keeps the name from standing right before the verb, which would make it the subject anyway.)
    const sentence = 'Ilsa Varga said the plan was “dead”, and the Torvald Group later wrote that “nothing is agreed”.';
    const { context, verb, name } = around(sentence, 'wrote');
    expect(name(pickSpeaker(context, 0, 0, verb, tokenAt(context, 0, '“', 1), true))).toBe('Torvald Group');
  });
});

describe('nearestSubject', () => {
  it('reads the name right before the verb', () => {
    expect(subjectOf('The Torvald Group said the plant would close.', 'said')).toBe('Torvald Group');
  });

  it('reads past an auxiliary and an adverb ("X has also warned")', () => {
    expect(subjectOf('Norway has also warned that the plant would close.', 'warned')).toBe('Norway');
  });

  it('reads past a "which" clause listing names to the body it describes ("X, which groups A, B and C, said")', () => {
    expect(subjectOf('The Harbour League, which groups Ostrel, Kessa and Lusania, said the talks would resume.', 'said')).toBe('Harbour League');
  });

  it('reads past a relative clause set off by commas and an auxiliary after it ("X, which …, had warned")', () => {
    expect(subjectOf('Norway, which claims the islands, had warned that the plant would close.', 'warned')).toBe('Norway');
  });

  it('reads past an apposition to the name before it ("X, the group\'s spokeswoman, added")', () => {
    expect(subjectOf('Ilsa Varga, the group\'s spokeswoman, added that the plant would close.', 'added')).toBe('Ilsa Varga');
  });

  it('reads the name before a bracketed acronym', () => {
    expect(subjectOf('The Torvald Reform Council (TRC) said the plant would close.', 'said')).toBe('Torvald Reform Council');
  });

  it('reads the name the officers go by ("who call themselves X")', () => {
    expect(subjectOf('The officers, who call themselves the Torvald Council on state radio, announced a curfew.', 'announced')).toBe('Torvald Council');
  });

  it('reads past a relative clause with no commas to the name before "who"', () => {
    expect(subjectOf('The Varno rebels who hold the two largest towns said the plant would close.', 'said')).toBe('Varno');
  });

  it('reads the person a phrase is about, not the body they belong to ("X of the Y said")', () => {
    expect(subjectOf('Dana Pell of the Torvald Group said the plant would close.', 'said')).toBe('Dana Pell');
  });

  it('reads a verb joined by "but" as sharing the sentence\'s subject, not the object before it', () => {
    expect(subjectOf('Norway did not mention Ostrel by name but said the plant would close.', 'said')).toBe('Norway');
  });

  it('reads an unnamed spokesman of a state\'s adjective as that state ("a Norwegian military spokesman said")', () => {
    expect(subjectOf('A Norwegian military spokesman said the plant would close.', 'said')).toBe('Norway');
  });

  it('reads officials in a capital as their state', () => {
    expect(subjectOf('Officials in Oslo said the plant would close.', 'said')).toBe('Norway');
  });

  it('reads "the two governments" as the first state the sentence names', () => {
    expect(subjectOf('Norway and Sweden signed the deal, and the two governments said it would hold for at least another year.', 'said')).toBe('Norway');
  });

  it('reads "the two governments" closing a sentence that names no state as the first of the article\'s two states', () => {
    const context = statementContext(['Norway and Sweden signed the fishing deal in Bergen.', 'The accord will hold for a decade, the two governments said.']);
    const { tokens, mentions } = context.mentions[1];
    expect(nameOf(context, nearestSubject(context, mentions, tokens, tokenAt(context, 1, 'said'))?.key)).toBe('Norway');
  });

  it('reads officials with no state of their own, in a clause joined to a state\'s, as that state', () => {
    expect(subjectOf('Norway has courted investors for years, and officials said the rules would change.', 'said')).toBe('Norway');
  });
});

describe('firstActor', () => {
  it('reads the first actor of the sentence as the subject of a participle', () => {
    const { context, tokens, mentions, name } = around('The Torvald Tribunal annulled the sanctions on Norway, ruling that they were unlawful.', 'ruling');
    expect(name(firstActor(context, mentions, tokens, tokenAt(context, 0, 'ruling'))?.key)).toBe('Torvald Tribunal');
  });

  it('goes past a title to the person it names, keeping where the phrase starts', () => {
    const { context, tokens, mentions, name } = around('Norwegian Foreign Ministry spokesman Ilsa Varga dismissed the claim, calling it false.', 'calling');
    const actor = firstActor(context, mentions, tokens, tokenAt(context, 0, 'calling'));
    expect({ name: name(actor?.key), start: actor?.start }).toEqual({ name: 'Ilsa Varga', start: 0 });
  });

  it('skips a name after a preposition, which does not act', () => {
    const { context, tokens, mentions, name } = around('Under pressure from Norway, the Torvald Group closed the plant, saying it was unsafe.', 'saying');
    expect(name(firstActor(context, mentions, tokens, tokenAt(context, 0, 'saying'))?.key)).toBe('Torvald Group');
  });

  it('finds none when no actor ends before the token it is given', () => {
    const { context, tokens, mentions } = around('The Torvald Tribunal annulled the sanctions.', 'annulled');
    expect(firstActor(context, mentions, tokens, 1)).toBeUndefined();
  });
});

describe('voiceBefore', () => {
  it('reads the body a statement comes from or was issued by', () => {
    for (const sentence of ['A statement from the Torvald Group said the plant would close.', 'A statement issued by the Torvald Group said the plant would close.']) {
      const { context, verb, name } = around(sentence, 'said');
      expect(name(voiceBefore(context, 0, 0, verb))).toBe('Torvald Group');
    }
  });

  it('reads the body a spokeswoman speaks for', () => {
    const { context, verb, name } = around('Ilsa Varga, a spokeswoman for the Torvald Group, said the plant would close.', 'said');
    expect(name(voiceBefore(context, 0, 0, verb))).toBe('Torvald Group');
  });

  it('reads no voice in what is no statement ("a visit from X")', () => {
    const { context, verb } = around('A visit from the Torvald Group said little about its plans.', 'said');
    expect(voiceBefore(context, 0, 0, verb)).toBeUndefined();
  });
});

describe('reportedBy', () => {
  it('reads the outlet after "according to", "told" or "in an interview with"', () => {
    for (const sentence of ['The plant would close, according to the Varno Herald.', 'The plant would close, Dana Pell told the Varno Herald.', 'The plant would close, Dana Pell said in an interview with the Varno Herald.']) {
      const { context, name } = around(sentence, 'plant');
      expect(name(reportedBy(context, 0))).toBe('Varno Herald');
    }
  });

  it('reads only organisations as outlets, not a person', () => {
    const { context } = around('The plant would close, according to Dana Pell.', 'plant');
    expect(reportedBy(context, 0)).toBeUndefined();
  });

  it('reads no outlet in a council, court or assembly one speaks to ("she told the Security Council")', () => {
    for (const sentence of ['The plant would close, Dana Pell told the Nordic Council.', 'The plant would close, Dana Pell told the Regional Court.']) {
      const { context } = around(sentence, 'plant');
      expect(reportedBy(context, 0)).toBeUndefined();
    }
  });

  it('reads no outlet in an organisation named without a cue', () => {
    const { context } = around('The Varno Herald said the plant would close.', 'said');
    expect(reportedBy(context, 0)).toBeUndefined();
  });
});

describe('a relative clause set off before the verb', () => {
  it('takes no speaker from inside it ("Companies …, which ship copper to Nairobi, warned that …")', async () => {
    const { extract } = await import('../support/articles.ts');
    const { statements } = extract(['Traders on both sides of the border, which depend on the corridor to ship copper south to Durban and Nairobi, warned that delays were costing millions of dollars a week.']);
    expect(statements.map((statement) => statement.speakerName)).not.toContain('Kenya');
  });
});
