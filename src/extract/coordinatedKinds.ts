// Names joined by "and" or "or" are things of one kind: "Thailand's Sa Kaeo province and Cambodia's Banteay Meanchey"
// are two provinces, though the second, standing alone, would read as a person's name.
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import { placeKey } from './mentionKeys.ts';

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
