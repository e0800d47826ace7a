// "Kazakhstan's central bank" and "the National Bank of Kazakhstan" in one story: a state's central bank written in
// lower case is the one bank of that state the article names, whatever that bank's own name; with no bank named, it
// stays its state (the story names no body of its own).
import type { ArticleEntities, ArticleEntity } from './entities.ts';

/** Merges each lower-case "central bank" body into the one named bank body of its state, else into the state. */
export function mergeCentralBanks(resolved: ArticleEntities): void {
  for (const described of [...resolved.entities.values()]) {
    if (described.kind !== 'Government' || !described.state || described.key !== `body:${described.state}:central bank`) continue;
    const named = [...resolved.entities.values()].filter((entity) => entity !== described && entity.kind === 'Government' && entity.key.startsWith('body:') && entity.state === described.state && /\bBank\b/.test(entity.name));
    const into = named.length === 1 ? named[0] : resolved.entities.get(`state:${described.state}`);
    if (into) moveEntity(resolved, described, into);
  }
}

function moveEntity(resolved: ArticleEntities, from: ArticleEntity, into: ArticleEntity): void {
  for (const mention of from.mentions) {
    into.mentions.push(mention);
    resolved.entityOf.set(mention, into.key);
  }
  if (into.key.startsWith('body:')) for (const alias of from.aliases) into.aliases.add(alias);
  for (const sentence of from.sentences) into.sentences.add(sentence);
  resolved.entities.delete(from.key);
}
