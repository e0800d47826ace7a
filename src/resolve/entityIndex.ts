// The graph's entities indexed by the keys that identify them across spellings, kept per graph and updated as
// articles are resolved into it. Built from the graph's own attributes, so a graph loaded from disk works too.
import type { EntityKind, KnowledgeGraph, NodeAttributes } from '../../graph/model.ts';
import { ENTITY_KINDS } from '../../graph/model.ts';
import { bodyKey, placeKey, treatyKey } from '../extract/mentions.ts';
import { countryByCode, lookupKey } from '../extract/gazetteer.ts';
import { cachedByText } from '../extract/textCache.ts';
import { firstWord } from '../extract/treaties.ts';
import { FORCE_GROUP_NOUNS, TREATY_HEADS, TREATY_MODIFIERS } from '../extract/lexicon/headWords.ts';
import { initialsOf, isSamePerson, personKey, personParts } from './names.ts';

/** What identifies an entity: its kind, surface forms, state and treaty parties. */
export interface EntityDescription {
  kind: EntityKind;
  name: string;
  aliases: string[];
  country?: string;
  parties?: string[];
}

export class EntityIndex {
  private readonly byKey = new Map<string, string>();
  private readonly bodiesAnyState = new Map<string, Set<string>>();
  private readonly personsByPart = new Map<string, Set<string>>();
  private readonly personNames = new Map<string, Set<string>>();
  private readonly leaders = new Map<string, string>();
  private readonly countries = new Map<string, string>();
  private readonly sourceCount: (id: string) => number;

  constructor(graph: KnowledgeGraph) {
    this.sourceCount = (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'sources')?.length ?? 0 : 0);
    graph.forEachNode((id, attributes) => {
      if ((ENTITY_KINDS as readonly string[]).includes(attributes.kind)) this.register(id, describeNode(attributes));
    });
    graph.forEachEdge((_edge, attributes, source, target) => {
      if (attributes.kind !== 'LEADS') return;
      const country = graph.getNodeAttribute(target, 'country');
      if (typeof country === 'string' && isStateNode(graph.getNodeAttributes(target))) this.leaders.set(country, source);
    });
  }

  /**
   * The node this entity already is, if any. `states`: the states its article names — a body named without its
   * state ("the Ministry of National Defense") is only taken for the body of one of them.
   */
  find(entity: EntityDescription, states?: ReadonlySet<string>): string | undefined {
    for (const key of keysOf(entity, true)) {
      const id = this.byKey.get(key);
      // A body of one state is never another state's body that was first met without its state.
      const other = id && entity.country && this.countries.get(id);
      if (id && (!other || other === entity.country)) return id;
    }
    if (entity.kind === 'Government' && !entity.country) {
      for (const alias of entity.aliases) {
        const key = bodyKey(alias);
        const ids = this.bodiesAnyState.get(key);
        if (ids?.size === 1) {
          const [id] = ids;
          const country = this.countries.get(id);
          // Every state has a ministry of defence: one of another state than the article's is not this one.
          // ("The State Department" is the United States' wherever it is named.)
          if (!states?.size || !country || states.has(country) || !key.startsWith('ministry')) return id;
        }
      }
    }
    if (entity.kind === 'Person') return this.findPerson(entity);
    return undefined;
  }

  /** The person known to lead a state, for "North Korea's supreme leader" with no name. */
  leaderOf(country: string): string | undefined {
    return this.leaders.get(country);
  }

  registerLeader(country: string, personId: string): void {
    this.leaders.set(country, personId);
  }

  register(id: string, entity: EntityDescription): void {
    if (entity.country && !this.countries.has(id)) this.countries.set(id, entity.country);
    for (const key of keysOf(entity)) if (!this.byKey.has(key)) this.byKey.set(key, id);
    if (entity.kind === 'Government' && !isStateDescription(entity)) {
      for (const alias of entity.aliases) {
        const key = bodyKey(alias);
        if (!this.bodiesAnyState.has(key)) this.bodiesAnyState.set(key, new Set());
        this.bodiesAnyState.get(key)!.add(id);
      }
    }
    if (entity.kind === 'Person') {
      if (!this.personNames.has(id)) this.personNames.set(id, new Set());
      for (const alias of entity.aliases) {
        this.personNames.get(id)!.add(alias);
        for (const key of anchorKeys(alias)) {
          if (!this.personsByPart.has(key)) this.personsByPart.set(key, new Set());
          this.personsByPart.get(key)!.add(id);
        }
      }
    }
  }

  private findPerson(entity: EntityDescription): string | undefined {
    const candidates = new Set<string>();
    for (const alias of entity.aliases) for (const key of anchorKeys(alias)) for (const id of this.personsByPart.get(key) ?? []) candidates.add(id);
    const ours = entity.aliases.filter(isFullName);
    const matches = [...candidates].filter((id) => {
      const known = this.personNames.get(id)!;
      if (!entity.aliases.some((alias) => [...known].some((name) => isSamePerson(alias, name)))) return false;
      // "Emily Whitcombe" is not "Daniel Whitcombe" because both were once called "Whitcombe": full names must agree.
      if (!ours.length) return true;
      const theirs = [...known].filter(isFullName);
      return !theirs.length || ours.some((alias) => theirs.some((name) => isSamePerson(alias, name)));
    });
    // A lone surname that fits several people goes to the one the graph knows best.
    return matches.sort((a, b) => this.sourceCount(b) - this.sourceCount(a))[0];
  }
}

function isFullName(name: string): boolean {
  return personParts(name).length > 1;
}

/**
 * Where to look for another spelling of a name. A full name is filed under its consonant skeleton (Byongsam,
 * Byung-sam and Byoungsam all give "pnksm"; Ha Gyu and Ha-kyu, al-Hadadi and Al-Haddadi agree too), and under its
 * first and last parts, so that "Putin" finds "Vladimir Putin" and "Al-Haddadi" finds "Youssef Al-Haddadi".
 */
function anchorKeys(name: string): string[] {
  const parts = personParts(name);
  if (!parts.length) return [];
  // The surname's skeleton too, so that "Zelenskyy" alone finds "Volodymyr Zelensky".
  const keys = [`part:${parts[0]}`, `part:${parts.at(-1)}`];
  // (Only long skeletons: short ones, "km" of Kim and Kam, would file half the graph together.)
  const surname = consonantSkeleton(parts.at(-1)!);
  if (surname.length >= 4) keys.push(`surname:${surname}`);
  if (parts.length > 1) keys.push(`skeleton:${consonantSkeleton(parts.join(''))}`);
  return [...new Set(keys)];
}

/** Consonants only, voiced and unvoiced pairs folded, doubles collapsed: what transliterations of a name share. */
const consonantSkeleton = cachedByText((text: string): string =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    // ("Ouahab" is the French spelling of "Wahab": "ou" before a vowel is a w; "Youssef" keeps its vowel.)
    .replace(/ou(?=[aeiy])/g, 'w')
    .replace(/ph/g, 'f')
    .replace(/[aeiouyh]/g, '')
    .replace(/g/g, 'k')
    .replace(/b/g, 'p')
    .replace(/d/g, 't')
    .replace(/z/g, 's')
    .replace(/v/g, 'w')
    .replace(/(.)\1+/g, '$1'),
);

const indexes = new WeakMap<KnowledgeGraph, EntityIndex>();

/** The index of a graph, built on first use and kept for the graph's life. */
export function entityIndexOf(graph: KnowledgeGraph): EntityIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = new EntityIndex(graph);
    indexes.set(graph, index);
  }
  return index;
}

function keysOf(entity: EntityDescription, lookup = false): string[] {
  const aliases = [entity.name, ...entity.aliases];
  switch (entity.kind) {
    case 'Government':
      if (isStateDescription(entity)) return [`country:${entity.country}`];
      // A body of a known state is found under its state; one whose state no article gave yet, under '?'.
      return aliases.flatMap((alias) => [`body:${entity.country ?? '?'}:${bodyKey(alias)}`, ...(lookup && entity.country ? [`body:?:${bodyKey(alias)}`] : [])]);
    case 'Person':
      return aliases.filter((alias) => personParts(alias).length > 1).map((alias) => `person:${personKey(alias)}`);
    case 'Organization': {
      // The initials this node's long names spell out (a long name with no part abbreviated), gathered when first asked.
      let spelt: Set<string> | undefined;
      const spells = (acronym: string) => (spelt ??= new Set(aliases.filter((alias) => alias.includes(' ') && !hasAbbreviatedWord(alias)).map(initialsOf))).has(acronym);
      return aliases.flatMap((alias) => {
        const keys = [`org:${lookupKey(alias)}`];
        // "UN", and "UN Security Council" (a name part abbreviated): what a long name's initials may stand for.
        const abbreviated = /^[\p{Lu}.]{2,}$/u.test(alias) || (alias.includes(' ') && hasAbbreviatedWord(alias));
        if (abbreviated) {
          // An acronym finds the long name it stands for; it is filed as an acronym only while its own node has no
          // long name that spells it, so "University of Nicosia" does not find the "United Nations" through "UN".
          const acronym = alias.includes(' ') ? initialsOf(alias) : alias.replace(/\./g, '');
          if (lookup) keys.push(`org-initials:${acronym}`, `org-acronym:${acronym}`);
          else if (!spells(acronym)) keys.push(`org-acronym:${acronym}`);
        } else if (alias.includes(' ')) {
          // A long name finds an acronym, not another long name that happens to share its initials.
          const initials = initialsOf(alias);
          if (initials.length >= 2) keys.push(lookup ? `org-acronym:${initials}` : `org-initials:${initials}`);
        }
        return keys;
      });
    }
    case 'Place':
      return aliases.map((alias) => `place:${placeKey(alias)}`);
    case 'Treaty': {
      // "the Peace Agreement", short for the Dayton Peace Agreement in one article and for another in the next: a
      // treaty with a name of its own finds others by that name only ("the mutual defence pact", known by nothing
      // else, still finds the "mutual defence treaty").
      const distinct = aliases.filter((alias) => !isGenericTreatyName(alias));
      const named = distinct.length ? distinct : aliases;
      // "the 2019 Merrow accord" in one article, "the Merrow Bay Fisheries Agreement" in another.
      const first = named.map((alias) => firstWord({ name: alias.replace(/^(the|a|an|\d{4})\s+/i, '') })).filter(Boolean);
      return [
        ...named.map((alias) => `treaty:${treatyKey(alias)}`),
        ...(entity.parties?.length ? [`parties:${entity.parties.join('+')}`] : []),
        ...first.map((word) => `treaty-first:${word}`),
      ];
    }
    case 'Group':
      // "North Korean soldiers" and "North Korean forces" are the group the extractor names "North Korean troops".
      return aliases.map((alias) => `group:${entity.country ?? ''}:${lookupKey(alias).split(' ').map((word) => (FORCE_GROUP_NOUNS.has(word) ? 'troops' : word)).join(' ')}`);
  }
}

/** "Peace Agreement", "the border treaty": a treaty's name made only of the words any such text is called by. */
function isGenericTreatyName(alias: string): boolean {
  const words = alias.toLowerCase().replace(/^(the|a|an)\s+/, '').split(/\s+/);
  return words.every((word) => TREATY_HEADS.has(word) || TREATY_MODIFIERS.has(word));
}

function isStateDescription(entity: EntityDescription): boolean {
  return Boolean(entity.country && countryByCode(entity.country)?.name === entity.name);
}

function isStateNode(attributes: NodeAttributes): boolean {
  return typeof attributes.country === 'string' && countryByCode(attributes.country)?.name === attributes.name;
}

function describeNode(attributes: NodeAttributes): EntityDescription {
  return {
    kind: attributes.kind as EntityKind,
    name: attributes.name,
    aliases: attributes.aliases ?? [attributes.name],
    country: typeof attributes.country === 'string' ? attributes.country : undefined,
    parties: Array.isArray(attributes.parties) ? (attributes.parties as string[]) : undefined,
  };
}

/** A name with a part written in capitals ("UN Security Council"). */
function hasAbbreviatedWord(name: string): boolean {
  return name.split(/[\s-]+/).some((word) => /^\p{Lu}{2,}$/u.test(word));
}
