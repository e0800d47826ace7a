// Autocomplete over names and aliases: accent- and case-insensitive; whole-name matches first, then word
// prefixes, then anywhere; ties go to the better-connected node.
import { foldText } from '../../../graph/text.ts';
import type { KnowledgeGraph } from '../../../graph/model.ts';

export interface SearchHit {
  node: string;
  name: string;
  kind: string;
  /** The alias that matched, when it is not the name. */
  matchedAlias?: string;
}

interface Entry {
  node: string;
  name: string;
  kind: string;
  forms: { text: string; folded: string }[];
  degree: number;
}

export const foldForSearch = foldText;

export class SearchIndex {
  private readonly entries: Entry[] = [];

  constructor(graph: KnowledgeGraph, degrees: Map<string, number>) {
    graph.forEachNode((node, attributes) => {
      const name = attributes.kind === 'Statement' ? String(attributes.label ?? attributes.name) : attributes.name;
      const texts = new Set([name, ...(attributes.aliases ?? [])].filter((text): text is string => typeof text === 'string' && text !== ''));
      this.entries.push({
        node,
        name,
        kind: attributes.kind,
        forms: [...texts].map((text) => ({ text, folded: foldForSearch(text) })),
        degree: degrees.get(node) ?? 0,
      });
    });
  }

  search(query: string, limit = 10): SearchHit[] {
    const folded = foldForSearch(query);
    if (!folded) return [];
    const scored: { hit: SearchHit; score: number; degree: number }[] = [];
    for (const entry of this.entries) {
      let best = 0;
      let matched: string | undefined;
      for (const form of entry.forms) {
        const score =
          form.folded === folded ? 4 : form.folded.startsWith(folded) ? 3 : ` ${form.folded}`.includes(` ${folded}`) ? 2 : form.folded.includes(folded) ? 1 : 0;
        if (score > best) {
          best = score;
          matched = form.text;
        }
      }
      if (best === 0) continue;
      const hit: SearchHit = { node: entry.node, name: entry.name, kind: entry.kind };
      if (matched && matched !== entry.name) hit.matchedAlias = matched;
      scored.push({ hit, score: best, degree: entry.degree });
    }
    scored.sort((a, b) => b.score - a.score || b.degree - a.degree || a.hit.name.localeCompare(b.hit.name));
    return scored.slice(0, limit).map((item) => item.hit);
  }
}
