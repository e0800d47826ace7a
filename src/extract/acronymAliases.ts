// Within one article, which acronyms stand for which long names: defined in brackets or after "or", "known as" or
// "known by its initials", set off after the name, or just the initials of a name the article gives in full.
import type { Mention, SentenceMentions } from './mentions.ts';
import type { Token } from './tokens.ts';
import { countryByCode, lookupKey } from './gazetteer.ts';
import { NAME_JOINERS } from './acronyms.ts';

/** Keys that name the same thing as another key: acronyms defined in the article and initials of a longer name. */
export function acronymAliases(sentences: SentenceMentions[], all: Mention[]): Map<string, string> {
  const aliases = new Map<string, string>();
  // Initials that two long names share ("United Nations", "University of Nicosia") stand for neither.
  const longNames = new Map<string, string | null>();
  const spelling = (name: string, key: string) => {
    if (!name.includes(' ') || !isSpeltWhole(name)) return;
    const known = longNames.get(initials(name));
    longNames.set(initials(name), known === undefined || known === key ? key : null);
  };
  for (const mention of all) {
    if (mention.form !== 'name' || !mention.kind) continue;
    // ("the Republic of Fiji Military Forces", a body named after its state: the name as written spells too.)
    for (const name of new Set([mention.name, mention.text])) spelling(name, mention.key);
    // ("PNG" after "Papua New Guinea's parliament": so does the state a body's name gives.)
    const state = mention.state && mention.key.startsWith('body:') ? countryByCode(mention.state) : undefined;
    if (state && mention.text.startsWith(state.name)) spelling(state.name, `state:${state.code}`);
  }
  for (const sentence of sentences) {
    for (const [longName, acronym] of sentence.acronyms) {
      const long = all.find((mention) => mention.name === longName);
      const short = all.find((mention) => mention.text === acronym);
      if (long && short && long.key !== short.key) aliases.set(short.key, long.key);
    }
  }
  for (const [index, { tokens }] of sentences.entries()) {
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i].lower !== 'known') continue;
      const defined = knownAcronym(tokens, i);
      if (!defined) continue;
      const short = all.find((mention) => mention.text === defined.acronym && mention.form === 'name');
      if (!short || aliases.has(short.key)) continue;
      // "KazMunayGas, known as KMG,": the name just before the comma.
      // "the rebels, known by their Spanish initials ELN", "The ZLS, as the party is known by its initials,": initials
      // of the name in another language stand for the organisation last named in full before them.
      const long = defined.right
        ? namedAt(all, index, defined.right, defined.acronym)
        : all.filter((mention) => mention.form === 'name' && isOrganisationLike(mention) && mention.name.includes(' ') && mention.text !== defined.acronym && (mention.sentence < index || (mention.sentence === index && mention.end <= defined.before))).at(-1);
      if (!long || long.key === short.key) continue;
      // ("Chad's Mobile Response Brigade, known by its French initials as the BMR": a name with initials is no person's.)
      // (The person's key is kept before the loop: the loop rewrites \`long\` itself, and later mentions still hold it.)
      // ("Mohammed bin Salman, known as MBS": initials that spell every word of a person's name are that person's.)
      if (long.kind === 'Person' && !spellsEveryWord(defined.acronym, long.name)) {
        const personKey = long.key;
        const organisation = { kind: 'Organization' as const, key: `org:${lookupKey(long.name)}` };
        for (const mention of all) if (mention.key === personKey && mention !== short) Object.assign(mention, organisation);
      }
      aliases.set(short.key, long.key);
    }
  }
  // "Russia's Federal Security Service, the FSB.": initials set off after the name, in its own language's order.
  for (const { tokens, mentions } of sentences) {
    for (const long of mentions) {
      const acronym = tokens[long.end + 2];
      if (long.form !== 'name' || !isOrganisationLike(long) || long.kind === 'Person' || tokens[long.end]?.text !== ',' || tokens[long.end + 1]?.lower !== 'the' || !acronym || !isApposedInitials(acronym.text, long.name)) continue;
      if (!endsPhrase(tokens[long.end + 3])) continue;
      const short = all.find((mention) => mention.text === acronym.text && mention.form === 'name');
      if (short && short.key !== long.key && !aliases.has(short.key)) aliases.set(short.key, long.key);
    }
  }
  for (const mention of all) {
    if (mention.form !== 'name' || !/^[\p{Lu}.]{2,}$/u.test(mention.text) || mention.key.startsWith('state:')) continue;
    const long = longNames.get(mention.text.replace(/\./g, ''));
    if (!long || long === mention.key || aliases.has(mention.key)) continue;
    // (A state's initials are a mention of the state, named as the gazetteer names it.)
    const state = long.startsWith('state:') ? countryByCode(long.slice('state:'.length)) : undefined;
    if (state) Object.assign(mention, { kind: 'Government', key: long, name: state.name, state: state.code });
    else aliases.set(mention.key, long);
  }
  return aliases;
}

/** Whether initials spell the first letters of every word of a name, particles too ("MBS" for "Mohammed bin Salman"). */
function spellsEveryWord(acronym: string, name: string): boolean {
  return acronym.replace(/\./g, '').toUpperCase() === name.split(/[\s-]+/).map((word) => word[0] ?? '').join('').toUpperCase();
}

/** The name ending at token `end` of a sentence; a bare word there ("Varnagaz, known as VNG") is the name it is elsewhere. */
function namedAt(all: Mention[], sentence: number, end: number, acronym: string): Mention | undefined {
  const there = all.find((mention) => mention.sentence === sentence && mention.end === end && (mention.form === 'name' || mention.form === 'bare'));
  const named = there?.form === 'bare' ? all.find((mention) => mention.form === 'name' && mention.name === there.text) : there;
  // ("Mohammed bin Salman, known as MBS": a person's own initials name the person.)
  if (named?.kind === 'Person' && spellsEveryWord(acronym, named.name)) return named;
  // ("the United Nations Interim Force in Lebanon, known as UNIFIL": a state or place at the end is not the name.)
  return named?.kind === 'Person' || named?.kind === 'Place' || named?.key.startsWith('state:') ? undefined : named;
}

/** Words for an abbreviation that a name is known by ("known by its initials X"). */
const INITIALS_WORDS = new Set(['initials', 'acronym', 'abbreviation']);

/**
 * At "known" (token `at`): the acronym a name is said to be known by, with `right`, the token the name must end at
 * (", known as KMG"), or `before`, the token the name must end before (the name last given in full).
 */
function knownAcronym(tokens: Token[], at: number): { acronym: string; right?: number; before: number } | undefined {
  const isInitials = (token: Token | undefined) => /^\p{Lu}{2,}$/u.test(token?.text ?? '');
  // ", known as (the) KMG,": set off right after the name.
  if (tokens[at + 1]?.lower === 'as' && tokens[at - 1]?.text === ',') {
    const word = tokens[at + 2]?.lower === 'the' ? at + 3 : at + 2;
    if (isInitials(tokens[word]) && endsPhrase(tokens[word + 1])) return { acronym: tokens[word].text, right: at - 1, before: at - 1 };
    return undefined;
  }
  if (tokens[at + 1]?.lower !== 'by' || !['its', 'their'].includes(tokens[at + 2]?.lower ?? '')) return undefined;
  const word = tokens[at + 3]?.capitalized || /^(own|local|\p{Ll}+ish|\p{Ll}+an)$/u.test(tokens[at + 3]?.lower ?? '') ? at + 4 : at + 3;
  if (!INITIALS_WORDS.has(tokens[word]?.lower ?? '')) return undefined;
  // "known by its Spanish initials (as) (the) BCIE".
  let next = word + 1;
  if (tokens[next]?.lower === 'as') next++;
  if (tokens[next]?.lower === 'the') next++;
  if (isInitials(tokens[next])) return { acronym: tokens[next].text, before: at };
  // "The ZLS, as the farmers' party is known by its initials,": the acronym came first.
  for (let k = at - 1; k >= 0; k--) {
    if (isInitials(tokens[k]) && tokens[k + 1]?.text === ',' && tokens[k + 2]?.lower === 'as') return { acronym: tokens[k].text, before: k };
  }
  return undefined;
}

/** True where initials set off after a name end: at a comma, a stop, a semicolon, a closing bracket or the sentence's end. */
function endsPhrase(token: Token | undefined): boolean {
  return /^[,.;)]$/.test(token?.text ?? '.');
}

/** An organisation, a state's body, or a long name read as a person's that its initials show to be neither. */
function isOrganisationLike(mention: Mention): boolean {
  return mention.kind === 'Organization' || mention.key.startsWith('body:') || (mention.kind === 'Person' && mention.name.split(/\s+/).length > 2);
}

/** "FSB" for "Federal Security Service": opens with the name's initial and has at least half its initials. */
function isApposedInitials(acronym: string, name: string): boolean {
  const letters = initials(name);
  if (!/^\p{Lu}{3,}$/u.test(acronym) || letters.length < 2 || acronym[0] !== letters[0]) return false;
  return [...acronym].filter((letter) => letters.includes(letter)).length * 2 >= acronym.length;
}

/** "Papua New Guinea" spells PNG; "Papua New Guinea's parliament" does not: a lower-case word of its own says more. */
function isSpeltWhole(name: string): boolean {
  return name.split(/[\s-]+/).every((word) => /^[\p{Lu}\d]/u.test(word) || NAME_JOINERS.has(word));
}

/** The initials of a name's capitalised words ("African Union" → AU). */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}
