// An envoy's title, the state the envoy is posted to, then the name ("U.S. Ambassador to the Philippines Mark Ellison"):
// the title is the person's, and whose envoy the person is the body named before the title says.
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import { POSTED_OFFICES, titleRelation } from './lexicon/titles.ts';

/** Gives a person named right after "<owner> <envoy's title> to [the] <state>" that title, held for the owner. */
export function titleEnvoysPastPostings(tokens: Token[], mentions: Mention[]): void {
  for (const person of mentions) {
    if (person.kind !== 'Person' || person.form !== 'name' || person.title) continue;
    const posting = mentions.find((mention) => mention.end === person.start && mention.key.startsWith('state:') && !mention.possessive);
    if (!posting) continue;
    const to = tokens[posting.start - 1]?.lower === 'the' ? posting.start - 2 : posting.start - 1;
    if (tokens[to]?.lower !== 'to') continue;
    const title = envoyTitleEndingAt(tokens, mentions, to);
    if (!title) continue;
    const owner = mentions.find((mention) => mention.end === title.start && mention.form === 'name' && (mention.kind === 'Government' || mention.kind === 'Organization'));
    person.title = { title: title.title, relation: title.relation, ...(owner ? { of: owner } : {}) };
  }
}

/** The envoy's title (up to three words, any case) that ends right before `end` ("Ambassador", "special envoy"). */
function envoyTitleEndingAt(tokens: Token[], mentions: Mention[], end: number) {
  for (let length = 3; length >= 1; length--) {
    const start = end - length;
    if (start < 0 || tokens.slice(start, end).some((token) => token.punct)) continue;
    // ("U.S. Ambassador": the owner's name is no word of the title.)
    if (mentions.some((mention) => mention.form === 'name' && mention.start <= start && mention.end > start)) continue;
    const title = tokens.slice(start, end).map((token) => token.lower).join(' ');
    const relation = titleRelation(title);
    if (relation && POSTED_OFFICES.test(title)) return { start, title, relation };
  }
  return undefined;
}
