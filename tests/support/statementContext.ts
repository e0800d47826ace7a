// The context statements are read from (sentences, mentions, entities resolved within the article, quotation spans),
// built from paragraphs written in the test the way extraction builds it, so the rules that find speakers and
// reported speech can be called on one sentence.
import type { StatementContext } from '../../src/extract/speakers.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { findMentions } from '../../src/extract/mentions.ts';
import { findQuoteSpans } from '../../src/extract/quotes.ts';
import { resolveWithinArticle } from '../../src/extract/entities.ts';
import { findArticleStates } from '../../src/extract/articleStates.ts';
import { withArticleStates } from '../../src/extract/gazetteer.ts';
import { markQuotedMentions } from '../../src/extract/index.ts';

export function statementContext(paragraphs: string[]): StatementContext {
  return withArticleStates(findArticleStates(paragraphs), () => {
    const sentences = splitSentences(paragraphs);
    const mentions = sentences.map((sentence) => findMentions(sentence.index, sentence.text, new Map()));
    const quotes = findQuoteSpans({ sentences, mentions });
    // As extraction does: names inside quotation marks are flagged, for they are what was said, not who said it.
    markQuotedMentions(mentions, quotes);
    return { sentences, mentions, resolved: resolveWithinArticle(mentions), quotes };
  });
}

/** The index of the first token of sentence `s` whose text is `word` (the `nth` such, counting from 0). */
export function tokenAt(context: StatementContext, s: number, word: string, nth = 0): number {
  const found = context.mentions[s].tokens.map((token, i) => (token.text === word ? i : -1)).filter((i) => i >= 0);
  if (found[nth] === undefined) throw new Error(`no "${word}" in sentence ${s}`);
  return found[nth];
}

/** The name of the entity a key stands for, to assert on names rather than keys. */
export function nameOf(context: StatementContext, key: string | undefined): string | undefined {
  return key === undefined ? undefined : context.resolved.entities.get(key)?.name ?? key;
}
