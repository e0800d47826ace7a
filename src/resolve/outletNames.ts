// The outlet that published the article ("told the Harbour Ledger") is an organisation: a name the page's own
// masthead gives is no person, however the text reads it. (A place may be: an outlet line "DESK | Central Asia"
// read from plain text may give a region for the outlet.)
import type { Article, LocalEntity } from '../types.ts';

/** The entities, those named as the article's outlet made organisations. */
export function outletsAsOrganisations(entities: LocalEntity[], article: Article): LocalEntity[] {
  const outlet = article.outlet?.trim().toLowerCase().replace(/^the\s+/, '');
  if (!outlet || !outlet.includes(' ')) return entities;
  const named = (name: string) => name.trim().toLowerCase().replace(/^the\s+/, '') === outlet;
  return entities.map((entity) => entity.kind === 'Person' && (named(entity.name) || entity.aliases.some(named)) ? { ...entity, kind: 'Organization', country: undefined } : entity);
}
