// One evaluation: a graph (built from the gold set's articles, or given) scored against a gold set.
import type { KnowledgeGraph } from '../../graph/model.ts';
import { buildGraph } from '../pipeline.ts';
import type { SkippedInput } from '../types.ts';
import { goldArticlePaths, type GoldSet } from './gold.ts';
import { matchNodesToGold } from './matchNodes.ts';
import { scoreEntities, type EntityScores } from './scoreEntities.ts';
import { scoreRelations, type RelationScores } from './scoreRelations.ts';
import { scoreStatements, type StatementScores } from './scoreStatements.ts';

export interface Evaluation {
  goldFile: string;
  entities: EntityScores;
  relations: RelationScores;
  statements: StatementScores;
}

export function evaluateGraph(graph: KnowledgeGraph, gold: GoldSet): Evaluation {
  const matches = matchNodesToGold(graph, gold);
  return {
    goldFile: gold.file,
    entities: scoreEntities(graph, gold, matches),
    relations: scoreRelations(graph, gold, matches),
    statements: scoreStatements(graph, gold, matches),
  };
}

/** Builds a fresh graph through the real pipeline (from `inputs`, or else the gold set's own articles) and scores it. */
export async function buildAndEvaluate(
  gold: GoldSet,
  inputs: string[] = [],
): Promise<{ evaluation: Evaluation; graph: KnowledgeGraph; skipped: SkippedInput[] }> {
  const { graph, skipped } = await buildGraph(inputs.length > 0 ? inputs : goldArticlePaths(gold));
  return { evaluation: evaluateGraph(graph, gold), graph, skipped };
}
