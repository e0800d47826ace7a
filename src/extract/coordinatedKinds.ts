// Names joined by "and" or "or" are things of one kind: "Thailand's Sa Kaeo province and Cambodia's Banteay Meanchey"
// are two provinces, though the second, standing alone, would read as a person's name.
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import { placeKey } from './mentionKeys.ts';
import { lookupKey } from './gazetteer.ts';

/** Gives a name read as a person's by default, joined to a place by "and" or "or", the place's kind. */
export function alignCoordinatedPlaces(tokens: Token[], mentions: Mention[]): void {
  for (const [index, place] of mentions.entries()) {
    if (place.kind !== 'Place' || place.form !== 'name') continue;
    let at = index + 1;
    const joiner = tokens[place.end];
    if (!joiner || !/^(and|or)$/.test(joiner.lower)) continue;
    // ("… and Cambodia's Banteay Meanchey": the second may be owned by a state as the first was.)
    if (mentions[at]?.start === place.end + 1 && mentions[at]!.key.startsWith('state:') && mentions[at]!.possessive) at++;
    const other = mentions[at];
    const ownedLikeFirst = at === index + 2 ? tokens[place.start - 1]?.possessive === true : true;
    if (!other || other.kind !== 'Person' || other.form !== 'name' || other.title || !ownedLikeFirst) continue;
    if (other.start !== (at === index + 2 ? mentions[index + 1]!.end : place.end + 1)) continue;
    Object.assign(other, { kind: 'Place', key: `place:${placeKey(other.name)}` });
  }
}

/** Words that join the items of a list. */
const LIST_JOINERS = /^(,|and|or)$/;

/**
 * Gives a bare one-word name owned by a state and listed next to an organisation the organisation's kind: in "Russia's
 * Transneft, Kazakhstan's state oil company KazMunayGas and …", "Transneft" is a company, though alone it could be a surname.
 */
export function alignCoordinatedOrganisations(tokens: Token[], mentions: Mention[]): void {
  for (const [index, bare] of mentions.entries()) {
    // (Owned by a state, as companies are: "Russia's Transneft"; a surname alone stands for a person named before.)
    const owner = mentions[index - 1];
    if (bare.form !== 'bare' || bare.end - bare.start !== 1 || !owner?.key.startsWith('state:') || !owner.possessive || owner.end !== bare.start) continue;
    if (isOrganisation(listNeighbourAfter(tokens, mentions, index)) || isOrganisation(listNeighbourBefore(tokens, mentions, index))) {
      Object.assign(bare, { form: 'name', kind: 'Organization', key: `org:${lookupKey(bare.name)}` });
    }
  }
}

function isOrganisation(mention: Mention | undefined): boolean {
  return mention?.kind === 'Organization' && mention.form === 'name';
}

/** The named item after a list joiner that follows mention `index`: past a state's possessive and up to three lower-case words. */
function listNeighbourAfter(tokens: Token[], mentions: Mention[], index: number): Mention | undefined {
  const joiner = mentions[index].end;
  if (!LIST_JOINERS.test(tokens[joiner]?.lower ?? '')) return undefined;
  let at = index + 1;
  let from = joiner + 1;
  if (mentions[at]?.start === from && mentions[at]!.key.startsWith('state:') && mentions[at]!.possessive) from = mentions[at++]!.end;
  const next = mentions[at];
  // ("Kazakhstan's state oil company KazMunayGas": lower-case words saying what it is may come between.)
  const between = next ? tokens.slice(from, next.start) : [];
  return next && between.length <= 3 && between.every((token) => !token.capitalized && !token.punct) ? next : undefined;
}

/** The named item before a list joiner that precedes mention `index` (or the state's possessive before it). */
function listNeighbourBefore(tokens: Token[], mentions: Mention[], index: number): Mention | undefined {
  let at = index - 1;
  let start = mentions[index].start;
  if (mentions[at]?.key.startsWith('state:') && mentions[at]!.possessive && mentions[at]!.end === start) start = mentions[at--]!.start;
  const previous = mentions[at];
  return previous && previous.end === start - 1 && LIST_JOINERS.test(tokens[start - 1]?.lower ?? '') ? previous : undefined;
}
