// Stances read from what is said: a statement that calls what another side did illegal, a provocation or bullying
// condemns that side, whether or not a verb of condemning is used ("“This is economic coercion,” the ministry's
// spokesman said", after the other state's tariffs).
import type { LocalRelation, LocalStatement } from '../types.ts';
import type { ArticleEntities } from './entities.ts';
import { CONDEMNING_WORDS } from './lexicon/stanceWords.ts';

const ACTOR_KINDS = new Set(['Person', 'Government', 'Organization']);
/** Objects beyond these are a list of everyone the statement names, not the side it condemns. */
const MAX_TARGETS = 2;

export function condemnationsInStatements(statements: LocalStatement[], resolved: ArticleEntities, representedBy: Map<string, string>): LocalRelation[] {
  const found: LocalRelation[] = [];
  for (const statement of statements) {
    if (!condemns(statement.text)) continue;
    const side = sideOf(resolved, representedBy, statement.speaker);
    let targets = statement.about.filter((key) => {
      const entity = resolved.entities.get(key);
      return entity && ACTOR_KINDS.has(entity.kind) && !side.has(key) && !(entity.state && side.has(`state:${entity.state}`)) && representedBy.get(key) !== statement.speaker;
    });
    // A statement naming nobody, in a story between two states, is aimed at the other one.
    if (!targets.length && resolved.bothStates) {
      const [a, b] = resolved.bothStates;
      if (side.has(a)) targets = [b];
      else if (side.has(b)) targets = [a];
    }
    if (targets.length > MAX_TARGETS) continue;
    for (const target of targets) {
      found.push({ kind: 'CONDEMNS', subject: statement.speaker, object: target, sentence: statement.sentence, confidence: 0.5 });
    }
  }
  return found;
}

/** True when the words of a statement condemn ("illegal", "a grave provocation", "bullying"). */
function condemns(text: string): boolean {
  for (const word of text.toLowerCase().split(/[^\p{L}-]+/u)) if (CONDEMNING_WORDS.has(word)) return true;
  return false;
}

/** The speaker, the body or state it speaks for, and that state: whom its words are not aimed at. */
function sideOf(resolved: ArticleEntities, representedBy: Map<string, string>, speaker: string): Set<string> {
  const side = new Set([speaker]);
  for (let key: string | undefined = representedBy.get(speaker); key && !side.has(key); key = representedBy.get(key)) side.add(key);
  for (const key of [...side]) {
    const state = resolved.entities.get(key)?.state;
    if (state) side.add(`state:${state}`);
  }
  return side;
}
