// Names that share one plural site word ("the Varnai and Kelminai checkpoints", "the Orsk and Tavda border
// crossings") are each a place, though either alone would read as a person's name or as nothing.
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import { placeKey } from './mentionKeys.ts';

/** Plural site words that several names may share. */
const PLURAL_SITES = /^(checkpoints|crossings|airports|ports|harbours|harbors|dams|bridges|mines|camps|bases|refineries|oilfields|reservoirs|valleys)$/;
/**
 * One lower-case word that may stand between the last name and the site word ("border crossings", "air bases"); fewer
 * than mentions.ts's SITE_MODIFIERS for one site, and "border" besides.
 */
const LIST_SITE_MODIFIERS = /^(border|army|air|naval|military|refugee|oil|gas|copper|gold)$/;

/** Whether a mention is a lone name that nothing else has given a kind: a bare word or a person's by default. */
function isUnkindedName(mention: Mention): boolean {
  return (mention.form === 'bare' || (mention.form === 'name' && mention.kind === 'Person' && !mention.title)) && !mention.possessive;
}

/** Makes places of the names in a list before a plural site word. */
export function placeNamesSharingSites(tokens: Token[], mentions: Mention[]): void {
  for (let index = 0; index < mentions.length; index++) {
    const last = mentions[index];
    if (!isUnkindedName(last)) continue;
    let site = last.end;
    if (LIST_SITE_MODIFIERS.test(tokens[site]?.lower ?? '') && !tokens[site].capitalized) site++;
    const word = tokens[site];
    if (!word || word.capitalized || !PLURAL_SITES.test(word.lower)) continue;
    // (Only a list: at least one more name joined by "and", "or" or a comma.)
    const list = [last];
    for (let at = index - 1; at >= 0; at--) {
      const [other, joiner] = [mentions[at], tokens[list[0].start - 1]];
      if (!joiner || !/^(and|or|,)$/.test(joiner.lower) || other.end !== list[0].start - 1 || !isUnkindedName(other)) break;
      list.unshift(other);
    }
    if (list.length < 2) continue;
    for (const name of list) Object.assign(name, { form: 'name', kind: 'Place', key: `place:${placeKey(name.name)}` });
  }
}
