// Stage 5, graph: merges one resolved article into the knowledge graph in place — nodes gain aliases and sources,
// an edge seen again gains evidence, and merging the same article twice changes nothing.
import { createHash } from 'node:crypto';
import { edgeEnds, edgeId, slugify, PRESUMED_CONFIDENCE, type EdgeAttributes, type Evidence, type KnowledgeGraph, type NodeAttributes, type RelationKind } from './model.ts';
import type { LocalRelation, ResolvedExtraction } from '../src/types.ts';

const STATEMENT_NAME_WORDS = 12;

export function mergeExtraction(graph: KnowledgeGraph, resolved: ResolvedExtraction): void {
  const { article } = resolved;
  // Article ids come from the content: an article already in the graph has nothing new to give.
  if (graph.hasNode(article.id)) return;
  const sentence = (index: number) => resolved.sentences[index]?.text ?? '';
  const evidence = (index: number): Evidence => ({ article: article.id, sentence: sentence(index) });

  upsertNode(graph, article.id, {
    kind: 'Article',
    name: article.title,
    aliases: [article.title],
    sources: [article.id],
    title: article.title,
    ...(article.date ? { date: article.date } : {}),
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.url ? { url: article.url } : {}),
    path: article.path,
  });

  for (const entity of resolved.entities) {
    const id = resolved.ids.get(entity.key);
    if (!id) continue;
    upsertNode(graph, id, {
      kind: entity.kind,
      name: resolved.names.get(id) ?? entity.name,
      aliases: entity.aliases,
      sources: [article.id],
      ...(entity.kind === 'Person' ? { roles: entity.roles } : {}),
      ...(entity.country ? { country: entity.country } : {}),
      ...(entity.parties ? { parties: entity.parties } : {}),
    });
    addEdge(graph, 'MENTIONS', article.id, id, evidence(entity.sentences[0] ?? 0), 1);
  }

  const states = new Set(resolved.entities.filter((entity) => entity.key.startsWith('state:')).map((entity) => resolved.ids.get(entity.key)));
  const known = knownStates(graph);
  for (const state of states) if (state) known.add(state);
  for (const relation of resolved.relations) {
    const source = resolved.ids.get(relation.subject);
    const target = resolved.ids.get(relation.object);
    if (!source || !target || source === target) continue;
    const rival = rivalsOf(graph, relation.kind, target, states, known);
    if (rival && !settleAffiliation(graph, source, target, rival, relation.confidence === PRESUMED_CONFIDENCE)) continue;
    addEdge(graph, relation.kind, source, target, evidence(relation.sentence), relation.confidence, relation.props);
    // A treaty's date is the date it was signed, when the article says.
    if (relation.kind === 'SIGNS' && relation.props?.date && graph.getNodeAttribute(target, 'date') === undefined) {
      graph.setNodeAttribute(target, 'date', relation.props.date);
    }
  }

  for (const statement of resolved.statements) {
    const speaker = resolved.ids.get(statement.speaker);
    if (!speaker) continue;
    const id = statementId(statement.text);
    upsertNode(graph, id, {
      kind: 'Statement',
      name: statementName(statement.text),
      aliases: [statementName(statement.text)],
      sources: [article.id],
      text: statement.text,
      quoted: statement.quoted,
      speaker,
      ...(statement.date ? { date: statement.date } : {}),
    });
    const proof = evidence(statement.sentence);
    addEdge(graph, 'SAID', speaker, id, proof, statement.quoted ? 0.9 : 0.7);
    addEdge(graph, 'FROM_ARTICLE', id, article.id, proof, 1);
    for (const about of statement.about) {
      const target = resolved.ids.get(about);
      if (target && target !== id) addEdge(graph, 'ABOUT', id, target, proof, 0.7);
    }
    const outlet = statement.reportedBy ? resolved.ids.get(statement.reportedBy) : undefined;
    if (outlet) addEdge(graph, 'REPORTED_BY', id, outlet, proof, 0.8);
  }
}

const AFFILIATIONS: ReadonlySet<RelationKind> = new Set(['LEADS', 'MEMBER_OF']);

type Rival = (kind: RelationKind, target: string) => boolean;

/**
 * Which of a person's edges would contradict this one: one person serves one state (LEADS, MEMBER_OF a state) and
 * speaks for one body (SPEAKS_FOR); other relations have no rivals.
 */
function rivalsOf(graph: KnowledgeGraph, kind: RelationKind, target: string, states: Set<string | undefined>, known: Set<string>): Rival | undefined {
  if (kind === 'SPEAKS_FOR') return (other) => other === 'SPEAKS_FOR';
  // A state any merged article named (an article that names a state only by its adjective, "Chilean trawlers", still
  // meets it here), or, in a graph read from a file, a Government that is part of nothing.
  const isState = (id: string) => known.has(id) || (graph.getNodeAttribute(id, 'kind') === 'Government' && !graph.someOutEdge(id, (_edge, attributes) => attributes.kind === 'PART_OF'));
  if (AFFILIATIONS.has(kind) && states.has(target)) return (other, otherTarget) => AFFILIATIONS.has(other) && isState(otherTarget);
  return undefined;
}

/**
 * One person, one state, one body spoken for: a presumed one (from what the story is about, or from the body named
 * last) gives way to one read in a sentence, in this article or another, whichever is merged first. False when the
 * new relation is the one to drop.
 */
function settleAffiliation(graph: KnowledgeGraph, person: string, target: string, rival: Rival, presumed: boolean): boolean {
  for (const edge of affiliationsOf(graph, person)) {
    if (!graph.hasEdge(edge)) continue;
    const attributes = graph.getEdgeAttributes(edge);
    const other = graph.target(edge);
    if (other === target || !rival(attributes.kind, other)) continue;
    const otherPresumed = attributes.confidence === PRESUMED_CONFIDENCE;
    if (presumed && !otherPresumed) return false;
    if (!presumed && otherPresumed) graph.dropEdge(edge);
  }
  return true;
}

/** The states each graph has met in the articles merged into it (a graph read from a file learns them again). */
const stateIndex = new WeakMap<KnowledgeGraph, Set<string>>();

function knownStates(graph: KnowledgeGraph): Set<string> {
  let known = stateIndex.get(graph);
  if (!known) stateIndex.set(graph, (known = new Set()));
  return known;
}

/** The kinds of edge that can rival one another (see rivalsOf). */
const RIVAL_KINDS: ReadonlySet<RelationKind> = new Set(['LEADS', 'MEMBER_OF', 'SPEAKS_FOR']);
/**
 * Each person's LEADS, MEMBER_OF and SPEAKS_FOR edge keys, per graph: a person who speaks in thousands of articles has
 * thousands of SAID edges, and scanning them for every office would make merging quadratic. Built on first use from
 * the graph's edges, then kept up to date by addEdge; keys of edges dropped since are skipped.
 */
const affiliationIndex = new WeakMap<KnowledgeGraph, Map<string, Set<string>>>();

function affiliationsOf(graph: KnowledgeGraph, person: string): ReadonlySet<string> {
  let index = affiliationIndex.get(graph);
  if (!index) {
    const built = new Map<string, Set<string>>();
    graph.forEachEdge((edge, attributes, source) => {
      if (RIVAL_KINDS.has(attributes.kind)) indexAffiliation(built, source, edge);
    });
    affiliationIndex.set(graph, built);
    index = built;
  }
  return index.get(person) ?? new Set();
}

function indexAffiliation(index: Map<string, Set<string>>, person: string, edge: string): void {
  if (!index.has(person)) index.set(person, new Set());
  index.get(person)!.add(edge);
}

/** `statement:<first words>-<hash>`: the same words said again, in any article, are one statement. */
export function statementId(text: string): string {
  const normalised = text.replace(/\s+/g, ' ').trim().toLowerCase();
  const hash = createHash('sha1').update(normalised).digest('hex').slice(0, 10);
  return `statement:${slugify(normalised.split(' ').slice(0, 6).join(' '))}-${hash}`;
}

function statementName(text: string): string {
  const words = text.split(/\s+/);
  return words.length > STATEMENT_NAME_WORDS ? `${words.slice(0, STATEMENT_NAME_WORDS).join(' ')}…` : text;
}

const LIST_ATTRIBUTES = ['aliases', 'sources', 'roles', 'parties'] as const;

/**
 * Adds a node, or merges into the one there. Lists grow in place: a node that a thousand articles mention must not
 * be copied a thousand times.
 */
function upsertNode(graph: KnowledgeGraph, id: string, attributes: NodeAttributes): void {
  if (!graph.hasNode(id)) {
    graph.addNode(id, { ...attributes, aliases: unique([attributes.name, ...attributes.aliases]) });
    return;
  }
  const current = graph.getNodeAttributes(id);
  for (const [key, value] of Object.entries(attributes)) {
    if (current[key] === undefined && !LIST_ATTRIBUTES.includes(key as (typeof LIST_ATTRIBUTES)[number])) current[key] = value;
  }
  if (attributes.kind !== 'Article' && attributes.name !== current.name) current.name = attributes.name;
  for (const key of LIST_ATTRIBUTES) {
    const values = attributes[key] as string[] | undefined;
    if (!values?.length) continue;
    const list = ((current[key] as string[] | undefined) ??= []);
    // Sources only ever gain the article being merged, which is then the last one: no need to search the list.
    if (key === 'sources') for (const value of values) addLast(list, value);
    else for (const value of values) addOnce(list, value);
  }
  addOnce(current.aliases, current.name);
}

function addEdge(graph: KnowledgeGraph, kind: RelationKind, source: string, target: string, proof: Evidence, confidence: number, props?: LocalRelation['props']): void {
  const key = edgeId(kind, source, target);
  if (!graph.hasEdge(key)) {
    const [from, to] = edgeEnds(kind, source, target);
    const attributes: EdgeAttributes = { kind, sources: [proof.article], evidence: [proof], confidence: round(confidence), ...cleanProps(props) };
    graph.addDirectedEdgeWithKey(key, from, to, attributes);
    const index = RIVAL_KINDS.has(kind) ? affiliationIndex.get(graph) : undefined;
    if (index) indexAffiliation(index, from, key);
    return;
  }
  const current = graph.getEdgeAttributes(key);
  // An article is merged once, so its evidence sits at the end of the list: look back only that far.
  for (let i = current.evidence.length - 1; i >= 0 && current.evidence[i].article === proof.article; i--) {
    if (current.evidence[i].sentence === proof.sentence) return;
  }
  for (const [name, value] of Object.entries(cleanProps(props))) {
    if (current[name] === undefined) current[name] = value;
  }
  addLast(current.sources, proof.article);
  current.evidence.push(proof);
  // Independent pieces of evidence raise confidence: 1 - Π(1 - c). A presumption made again is the same guess, not
  // new evidence: a presumed edge stays presumed (and so still gives way to a rival read in the text).
  const presumedAgain = confidence === PRESUMED_CONFIDENCE && current.confidence === PRESUMED_CONFIDENCE;
  if (!presumedAgain) current.confidence = round(1 - (1 - current.confidence) * (1 - confidence));
  if (props?.allegedBy) current.allegedBy = unique([...(current.allegedBy ?? []), ...props.allegedBy]);
  if (props?.items) current.items = unique([...(current.items ?? []), ...props.items]);
}

/** Appends a value unless it is already the last: for lists that grow one article at a time, in order. */
function addLast(list: string[], value: string): void {
  if (list.at(-1) !== value) list.push(value);
}

/** Appends a value unless the list has it; news repeats the latest article's values, so look at the end first. */
function addOnce(list: string[], value: string): void {
  if (value && list.at(-1) !== value && !list.includes(value)) list.push(value);
}

function cleanProps(props: LocalRelation['props']): Partial<EdgeAttributes> {
  if (!props) return {};
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined)) as Partial<EdgeAttributes>;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
