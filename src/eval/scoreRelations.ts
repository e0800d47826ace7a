// Relation scores on (subject, kind, object) triples, through the node-to-gold matching; symmetric kinds match either way.
import { SYMMETRIC_RELATIONS, type KnowledgeGraph, type RelationKind } from '../../graph/model.ts';
import { SCORED_RELATIONS, type GoldRelation, type GoldSet } from './gold.ts';
import { goldAliasIndex, goldEntityNamed } from './goldAliases.ts';
import { f1, ratio } from './ratio.ts';

const SCORED: ReadonlySet<string> = new Set(SCORED_RELATIONS);

export interface RelationScores {
  gold: number;
  predicted: number;
  /** Gold relations that at least one predicted edge matches. */
  found: number;
  /** Predicted edges that match some gold relation. */
  correct: number;
  recall: number;
  precision: number;
  f1: number;
  missed: (GoldRelation & { text: string })[];
  /** Per relation kind: gold relations, how many found, predicted edges, how many correct. */
  byKind: Record<string, { gold: number; found: number; predicted: number; correct: number }>;
  /** Missed gold relations whose ends the graph does link, by another kind or the other way round: the near misses. */
  nearMisses: { gold: string; predicted: string[] }[];
  falsePositives: { edge: string; text: string }[];
}

export function scoreRelations(graph: KnowledgeGraph, gold: GoldSet, matches: Map<string, number>): RelationScores {
  const index = goldAliasIndex(gold);
  const toGold = (names: string[]) => new Set(names.map((name) => goldEntityNamed(gold, name, index)));
  const expected = gold.relations.map((relation) => ({ relation, subjects: toGold(relation.subject), objects: toGold(relation.object) }));
  const found = new Set<number>();
  /** Predicted edges between matched nodes, for near misses: [subject gold, object gold, text]. */
  const linked: [number, number, string][] = [];
  const falsePositives: RelationScores['falsePositives'] = [];
  let predicted = 0;
  let correct = 0;
  const byKind: RelationScores['byKind'] = {};
  const tally = (kind: string) => (byKind[kind] ??= { gold: 0, found: 0, predicted: 0, correct: 0 });
  for (const relation of gold.relations) tally(relation.kind).gold++;
  graph.forEachEdge((edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (!SCORED.has(attributes.kind)) return;
    predicted++;
    tally(attributes.kind).predicted++;
    const subject = matches.get(source);
    const object = matches.get(target);
    let hit = false;
    if (subject !== undefined && object !== undefined) {
      linked.push([subject, object, describeTriple(sourceAttributes.name, attributes.kind, targetAttributes.name)]);
      expected.forEach(({ relation, subjects, objects }, position) => {
        if (relation.kind !== attributes.kind) return;
        const forward = subjects.has(subject) && objects.has(object);
        const backward = SYMMETRIC_RELATIONS.has(attributes.kind) && subjects.has(object) && objects.has(subject);
        if (forward || backward) {
          found.add(position);
          hit = true;
        }
      });
    }
    if (hit) {
      correct++;
      tally(attributes.kind).correct++;
    } else falsePositives.push({ edge, text: describeTriple(sourceAttributes.name, attributes.kind, targetAttributes.name) });
  });
  for (const position of found) tally(gold.relations[position]!.kind).found++;
  const missedPositions = gold.relations.map((_, position) => position).filter((position) => !found.has(position));
  const nearMisses = missedPositions
    .map((position) => {
      const { relation, subjects, objects } = expected[position]!;
      const predicted = linked
        .filter(([a, b]) => (subjects.has(a) && objects.has(b)) || (subjects.has(b) && objects.has(a)))
        .map(([, , text]) => text);
      return { gold: describeTriple(relation.subject.join(' | '), relation.kind, relation.object.join(' | ')), predicted };
    })
    .filter((nearMiss) => nearMiss.predicted.length > 0);
  const recall = ratio(found.size, gold.relations.length, 1);
  const precision = ratio(correct, predicted, 0);
  return {
    gold: gold.relations.length,
    predicted,
    found: found.size,
    correct,
    recall,
    precision,
    f1: f1(precision, recall),
    byKind,
    missed: missedPositions.map((position) => {
      const relation = gold.relations[position]!;
      return { ...relation, text: describeTriple(relation.subject.join(' | '), relation.kind, relation.object.join(' | ')) };
    }),
    nearMisses,
    falsePositives,
  };
}

export function describeTriple(subject: string, kind: RelationKind, object: string): string {
  return `${subject} -${kind}-> ${object}`;
}
