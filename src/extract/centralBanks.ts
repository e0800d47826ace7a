// "Kazakhstan's central bank" and "the National Bank of Kazakhstan" in one story: a state's central bank written in
// lower case is the one bank of that state the article names, whatever that bank's own name; with no bank named, it
// stays its state (the story names no body of its own).
import { moveEntity, type ArticleEntities } from './entities.ts';

/** Merges each lower-case "central bank" body into the one named bank body of its state, else into the state. */
export function mergeCentralBanks(resolved: ArticleEntities): void {
  for (const described of [...resolved.entities.values()]) {
    if (described.kind !== 'Government' || !described.state || described.key !== `body:${described.state}:central bank`) continue;
    const named = [...resolved.entities.values()].filter((entity) => entity !== described && entity.kind === 'Government' && entity.key.startsWith('body:') && entity.state === described.state && /\bBank\b/.test(entity.name));
    const into = named.length === 1 ? named[0] : resolved.entities.get(`state:${described.state}`);
    // (A state takes no "central bank" among its names.)
    if (into) moveEntity(resolved, described, into, into.key.startsWith('body:'));
  }
}
