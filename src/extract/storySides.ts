// Which states a story is about, from what frames it: the state it was filed from (its dateline) and the two states
// its headline names.
import type { Article } from '../types.ts';
import type { ArticleEntities } from './entities.ts';
import { findMentions } from './mentions.ts';
import { countryByCapital, countryByName, type Country } from './gazetteer.ts';

/**
 * The state a story was filed from: the state of the dateline's capital ("PANAMA CITY —") or the one the dateline
 * names after its city ("BATKEN, Kyrgyzstan —"), when the article names it.
 */
export function homeState(resolved: ArticleEntities, article: Article): string | undefined {
  const country = filedFrom(article);
  return country && resolved.entities.has(`state:${country.code}`) ? `state:${country.code}` : undefined;
}

/** The state of a dateline: its capital's ("PANAMA CITY —"), or the one it names after its city ("BATKEN, Kyrgyzstan —"). */
export function filedFrom(article: Article): Country | undefined {
  if (!article.dateline) return undefined;
  return countryByCapital(article.dateline) ?? (article.datelineRegion ? countryByName(article.datelineRegion) : undefined);
}

/**
 * "Chile and Argentina sign lithium protocol": a headline that names two states of the article, and no third, names
 * the two sides of the story, however often a third is named in the text.
 */
export function titlePair(resolved: ArticleEntities, title: string, directional: Map<string, string>): [string, string] | undefined {
  const states = new Set(findMentions(-1, title, directional).mentions.map((mention) => mention.key).filter((key) => key?.startsWith('state:')));
  const [a, b] = [...states];
  return states.size === 2 && resolved.entities.has(a!) && resolved.entities.has(b!) ? [a!, b!] : undefined;
}
