// Mentions that name nothing themselves but point at what a sentence or the article named: pronouns ("he", "its"),
// "both governments" and "the two countries", and definite descriptions ("the ministry", "the 16-member bloc", "the
// foreign minister said", "the militant group").
import type { Mention } from './mentions.ts';
import { countryByCode } from './gazetteer.ts';
import { joinTokens, type Token } from './tokens.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import { TREATY_HEADS, TREATY_MODIFIERS } from './lexicon/headWords.ts';
import { LEAD_IN_VERBS } from './lexicon/reportingVerbs.ts';
import { titleRelation } from './lexicon/titles.ts';
import { bodyKey } from './mentionKeys.ts';
import { PARTY_ADJECTIVES } from './lexicon/nameCues.ts';

const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);
const THING_PRONOUNS = new Set(['it', 'its']);

/** "he", "her office", "its": a pronoun, of a person or of a thing. */
export function pronounMention(sentence: number, tokens: Token[], index: number): Mention | undefined {
  const token = tokens[index];
  if (!PERSON_PRONOUNS.has(token.lower) && !THING_PRONOUNS.has(token.lower)) return undefined;
  const base = { sentence, start: index, end: index + 1, text: token.text, form: 'pronoun' as const, key: '', name: token.text };
  // "her office" owns; "accused her of", "told her that" do not.
  const next = tokens[index + 1];
  const herOwns = token.lower === 'her' && Boolean(next && !next.punct && !PREPOSITIONS.has(next.lower) && !/^(and|or|that|as|but)$/.test(next.lower));
  if (PERSON_PRONOUNS.has(token.lower)) return { ...base, possessive: token.lower === 'his' || herOwns, pronoun: 'person' };
  if (THING_PRONOUNS.has(token.lower)) return { ...base, possessive: token.lower === 'its', pronoun: 'thing' };
  return undefined;
}

/** "both governments", "the two countries": the two states the article is about. */
export function bothStatesMention(sentence: number, tokens: Token[], index: number): Mention | undefined {
  const first = tokens[index].lower;
  const offset = first === 'both' ? 1 : first === 'the' && tokens[index + 1]?.lower === 'two' ? 2 : 0;
  if (!offset) return undefined;
  // "the two leaders", "both foreign ministers": the people who act for the two states act as them.
  const office = /^(foreign|prime|defence|defense|trade|economy|finance|interior|energy)$/.test(tokens[index + offset]?.lower ?? '') ? 1 : 0;
  const noun = tokens[index + offset + office];
  if (!noun || !/^(governments|countries|states|nations|sides|capitals|leaders|presidents|ministers|delegations|premiers)$/.test(noun.lower)) return undefined;
  if (office && noun.lower !== 'ministers') return undefined;
  const end = index + offset + office + 1;
  return { sentence, start: index, end, text: joinTokens(tokens.slice(index, end)), form: 'description', key: 'both-states', name: noun.text, possessive: noun.possessive };
}

/** Lower-case nouns that, after "the", point back at the body last named with that word ("the ministry", "the union"). */
const DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  'commission', 'ministry', 'agency', 'department', 'council', 'party', 'union', 'bloc', 'fund', 'bank', 'movement',
  'court', 'forum', 'alliance', 'coalition', 'committee', 'chamber', 'navy', 'army', 'mission', 'network', 'group',
  'company', 'organisation', 'organization', 'authority', 'board', 'delegation', 'bureau', 'directorate', 'inspectorate',
  // "the association said": a trade or civic association named once, speaking on as "the association".
  'association',
  // "thanked the kingdom for its mediation": a state called by the form its official name gives (gazetteer.ts).
  'kingdom', 'sultanate', 'principality',
]);
const SPOKESPERSON_WORDS: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman']);
const STATEMENT_WORDS: ReadonlySet<string> = new Set(['statement', 'communique', 'communiqué', 'declaration', 'letter']);
/** Heads of "the militant group", "the rebel movement": an organisation described, not named. */
const ORGANISATION_DESCRIPTIONS: ReadonlySet<string> = new Set(['group', 'movement', 'organisation', 'organization', 'militia']);

/** Definite descriptions that point back at a named entity: "the North", "the commission", "the spokesperson". */
export function descriptionMention(sentence: number, tokens: Token[], index: number, directional: Map<string, string>): Mention | undefined {
  const token = tokens[index];
  // "ministry spokesman Omar Fathy": the body named before, standing as a bare noun in front of the title.
  if (!token.capitalized && DESCRIPTION_HEADS.has(token.lower) && SPOKESPERSON_WORDS.has(tokens[index + 1]?.lower ?? '') && tokens[index - 1]?.lower !== 'the') {
    return { sentence, start: index, end: index + 1, text: token.text, possessive: false, form: 'description', key: `description:${token.lower}`, name: token.text };
  }
  if (token.lower !== 'the') return undefined;
  const next = tokens[index + 1];
  if (!next || next.punct) return undefined;
  const base = { sentence, start: index, end: index + 2, text: `the ${next.text}`, possessive: next.possessive };
  // "The statement called …", "The communique added …": what the last speaker issued, speaking on.
  // … past an aside: "The statement, agreed after two days of talks, said …".
  if (index === 0 && STATEMENT_WORDS.has(next.lower) && LEAD_IN_VERBS.has(tokens[verbAfterAside(tokens, index + 2)]?.lower ?? '')) {
    return { ...base, form: 'description', key: 'description:statement', name: next.text };
  }
  const direction = directional.get(next.lower);
  if (direction && next.capitalized && (next.possessive || !tokens[index + 2]?.capitalized)) {
    // Named as the state, not as "South": the state's entity takes its name from whichever mention comes first.
    return { ...base, form: 'description', kind: 'Government', key: `state:${direction}`, name: countryByCode(direction)?.name ?? next.text, state: direction };
  }
  // ("the coalition agreement": a body's word before a treaty word describes the treaty.)
  const afterNext = tokens[index + 2];
  if (afterNext && !afterNext.capitalized && TREATY_HEADS.has(afterNext.lower) && TREATY_MODIFIERS.has(next.lower)) return undefined;
  // "The judges said …": the bench of the court named before speaks as the court.
  if (next.lower === 'judges' && !tokens[index + 2]?.capitalized && tokens[index + 2]?.lower !== 'of') {
    return { ...base, form: 'description', key: 'description:court', name: next.text };
  }
  if (!next.capitalized && (DESCRIPTION_HEADS.has(next.lower) || SPOKESPERSON_WORDS.has(next.lower))) {
    return { ...base, form: 'description', key: `description:${next.lower}`, name: next.text };
  }
  // "the 16-member bloc", "the 27-nation union": the body's size before its word.
  const head = tokens[index + 2];
  if (/^[\p{L}\d]+-(member|nation|country|state)$/u.test(next.lower) && head && !head.capitalized && DESCRIPTION_HEADS.has(head.lower)) {
    return { ...base, end: index + 3, text: `the ${next.text} ${head.text}`, possessive: head.possessive, form: 'description', key: `description:${head.lower}`, name: head.text };
  }
  // "“…,” the chancellor said", "the foreign minister added": the person named before with that office, speaking.
  // ("the Republican governor accused": a party's adjective before the office names no other holder.)
  const party = next.capitalized && !next.possessive && PARTY_ADJECTIVES.has(next.lower) ? 1 : 0;
  for (const length of [2, 1]) {
    const from = index + 1 + party;
    const words = tokens.slice(from, from + length);
    const after = tokens[from + length];
    if (words.length < length || words.some((word) => word.capitalized || word.punct) || !after || !LEAD_IN_VERBS.has(after.lower)) continue;
    const office = words.map((word) => word.lower).join(' ');
    if (titleRelation(office) === undefined || SPOKESPERSON_WORDS.has(office)) continue;
    return { ...base, end: from + length, text: joinTokens(tokens.slice(index, from + length)), form: 'description', key: `office:${office}`, name: office };
  }
  // "a claim the prime minister's office rejected": the office of a state's leader, in lower case, is a body (a
  // minister's or prosecutor's office is their ministry's or service's, named otherwise).
  for (const length of [2, 1]) {
    const words = tokens.slice(index + 1, index + 1 + length);
    const office = tokens[index + 1 + length];
    if (words.length < length || words.some((word) => word.capitalized || word.punct) || !words.at(-1)!.possessive || office?.lower !== 'office' || office.capitalized) continue;
    const title = words.map((word) => word.lower).join(' ');
    if (titleRelation(title) !== 'LEADS') continue;
    const text = joinTokens(tokens.slice(index + 1, index + 2 + length));
    return { sentence, start: index + 1, end: index + 2 + length, text, possessive: office.possessive, form: 'name', kind: 'Government', key: `body:?:${bodyKey(text)}`, name: text };
  }
  // "the militant group", "the armed opposition movement": an organisation described, pointing back at the last one.
  if (!ORGANISATION_DESCRIPTIONS.has(tokens[index + 2]?.lower ?? '') && !ORGANISATION_DESCRIPTIONS.has(tokens[index + 3]?.lower ?? '')) return undefined;
  for (let at = index + 2; at <= index + 3; at++) {
    const head = tokens[at];
    if (!head || head.punct || head.capitalized) return undefined;
    if (tokens.slice(index + 1, at).some((word) => word.capitalized || word.punct || word.possessive)) return undefined;
    if (ORGANISATION_DESCRIPTIONS.has(head.lower)) {
      return { sentence, start: index, end: at + 1, text: joinTokens(tokens.slice(index, at + 1)), possessive: head.possessive, form: 'description', key: 'description:group', name: head.text };
    }
  }
  return undefined;
}

/** The word after an aside set off by commas at `at` ("The statement, agreed after two days of talks, said"), or `at`. */
function verbAfterAside(tokens: Token[], at: number): number {
  if (tokens[at]?.text !== ',') return at;
  for (let k = at + 1; k <= at + 12 && k < tokens.length; k++) if (tokens[k].text === ',') return k + 1;
  return at;
}
