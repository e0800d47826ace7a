// Another spelling of a name that the article itself gives: "State media spelled his name Issayas Afeworki",
// "Lim, also spelled Lim Sovan,", "Mr Suh, as his name is also spelled,", "the Ras Doumeira (or Ras Dumeira) peninsula".
import type { Mention, SentenceMentions } from './mentions.ts';
import type { Token } from './tokens.ts';

const SPELLING_VERBS: ReadonlySet<string> = new Set(['spelled', 'spelt', 'spells', 'spell', 'spelling', 'transliterated', 'transliterates', 'writes', 'wrote', 'rendered', 'renders']);

/**
 * Pairs [person named before, other spelling] of an article: the name right after "<verb> his/her name (as)", and the
 * last person named before it (in this sentence or an earlier one).
 */
export function spelledNames(sentences: SentenceMentions[]): [Mention, Mention][] {
  const pairs: [Mention, Mention][] = [];
  const people = sentences.flatMap((sentence) => sentence.mentions.filter((mention) => mention.kind === 'Person' && mention.form === 'name'));
  for (const [index, { tokens, mentions }] of sentences.entries()) {
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (!SPELLING_VERBS.has(tokens[i].lower)) continue;
      // "Lim, also spelled Lim Sovan in some records": the other spelling right after the verb.
      const also = /^(also|sometimes|often)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.text === ',';
      if (!also && (!/^(his|her)$/.test(tokens[i + 1].lower) || tokens[i + 2].lower !== 'name')) continue;
      const nameStart = also ? (tokens[i + 1]?.lower === 'as' ? i + 2 : i + 1) : tokens[i + 3]?.lower === 'as' ? i + 4 : i + 3;
      // (The other spelling may have been read as something else: a person's name is spelled so.)
      const other = mentions.find((mention) => mention.start === nameStart && mention.form === 'name' && !mention.key.startsWith('state:'));
      const before = people.filter((mention) => mention !== other && (mention.sentence < index || (mention.sentence === index && mention.end <= i))).at(-1);
      if (other && before) pairs.push([before, other]);
    }
  }
  return pairs;
}

/** Pairs [name, other name] of one sentence written "Name (or Other)" or "Name (also Other)". */
export function bracketedOtherNames({ tokens, mentions }: SentenceMentions): [Mention, Mention][] {
  const pairs: [Mention, Mention][] = [];
  for (const name of mentions) {
    if (name.form !== 'name' || tokens[name.end]?.text !== '(' || !/^(or|also)$/.test(tokens[name.end + 1]?.lower ?? '')) continue;
    const other = mentions.find((mention) => mention.start === name.end + 2 && mention.form === 'name');
    if (other && tokens[other.end]?.text === ')') pairs.push([name, other]);
  }
  return pairs;
}

/** ", as his name is also spelled", ", as her name is sometimes transliterated" right after a name. */
export function isSpellingAside(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.lower !== 'as' || !/^(his|her|their)$/.test(tokens[end + 2]?.lower ?? '') || tokens[end + 3]?.lower !== 'name') return false;
  const rest = tokens.slice(end + 4, end + 8).map((token) => token.lower);
  return rest.some((word) => /^(spelled|spelt|written|transliterated|romanised|romanized|rendered)$/.test(word));
}
