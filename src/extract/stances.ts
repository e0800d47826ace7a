// Stances read from what is said: a statement that calls what another side did illegal, a provocation or bullying
// condemns that side, whether or not a verb of condemning is used ("“This is economic coercion,” the ministry's
// spokesman said", after the other state's tariffs); one that lays a wrong at its door ("arbitrary", "hostile",
// "crimes") accuses it.
import type { LocalRelation, LocalStatement } from '../types.ts';
import type { ArticleEntities } from './entities.ts';
import { ACCUSING_WORDS, CONDEMNING_WORDS } from './lexicon/stanceWords.ts';

const ACTOR_KINDS = new Set(['Person', 'Government', 'Organization']);
/** Objects beyond these are a list of everyone the statement names, not the side it condemns. */
const MAX_TARGETS = 2;

export function condemnationsInStatements(statements: LocalStatement[], resolved: ArticleEntities, representedBy: Map<string, string>, actions: LocalRelation[] = []): LocalRelation[] {
  const found: LocalRelation[] = [];
  // One stance per speaker and side: an accusation adds nothing where the speaker condemns or accuses it already.
  const stanced = new Set(actions.filter((relation) => relation.kind === 'CONDEMNS' || relation.kind === 'ACCUSES').map((relation) => `${relation.subject}>${relation.object}`));
  for (const [kind, words] of [['CONDEMNS', CONDEMNING_WORDS], ['ACCUSES', ACCUSING_WORDS]] as const) {
    for (const statement of statements) {
      if (!says(statement.text, words)) continue;
      for (const target of targetsOf(statement, resolved, representedBy)) {
        const pair = `${statement.speaker}>${target}`;
        if (kind === 'ACCUSES' && stanced.has(pair)) continue;
        stanced.add(pair);
        found.push({ kind, subject: statement.speaker, object: target, sentence: statement.sentence, confidence: 0.5 });
      }
    }
  }
  return found;
}

/** Whom a statement's stance is aimed at: the actors it names off the speaker's side, else the story's other state. */
function targetsOf(statement: LocalStatement, resolved: ArticleEntities, representedBy: Map<string, string>): string[] {
  const side = sideOf(resolved, representedBy, statement.speaker);
  const targets = statement.about.filter((key) => {
    const entity = resolved.entities.get(key);
    return entity && ACTOR_KINDS.has(entity.kind) && !side.has(key) && !(entity.state && side.has(`state:${entity.state}`)) && representedBy.get(key) !== statement.speaker;
  });
  // A statement naming nobody, in a story between two states, is aimed at the other one.
  if (!targets.length && resolved.bothStates) {
    const [a, b] = resolved.bothStates;
    if (side.has(a)) return [b];
    if (side.has(b)) return [a];
  }
  return targets.length > MAX_TARGETS ? [] : targets;
}

/** One search per word list, compiled once: statements are many, and splitting each into words cost more. */
const SEARCHES = new Map<ReadonlySet<string>, RegExp>([CONDEMNING_WORDS, ACCUSING_WORDS].map((words) => [words, new RegExp(`(?<![\\p{L}-])(?:${[...words].join('|')})(?![\\p{L}-])`, 'iu')]));

/** True when a statement uses one of the words ("illegal", "a grave provocation", "bullying"). */
function says(text: string, words: ReadonlySet<string>): boolean {
  return SEARCHES.get(words)!.test(text);
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
