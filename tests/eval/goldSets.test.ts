// The gold sets themselves: they load, their articles exist, and every key phrase occurs in the article it cites.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldArticlePaths, loadGoldSet } from '../../src/eval/gold.ts';
import { containsPhrase } from '../../src/eval/normalise.ts';

const goldFolder = resolve(import.meta.dirname, '../gold');

/** Just enough of each format to search the words: the text field of .json, tags dropped from .html. */
function plainText(path: string): string {
  const raw = readFileSync(path, 'utf8');
  if (path.endsWith('.json')) {
    const data = JSON.parse(raw) as { text: string } | { text: string }[];
    return Array.isArray(data) ? data.map((record) => record.text).join('\n') : data.text;
  }
  if (path.endsWith('.html')) return raw.replace(/<[^>]+>/g, ' ');
  return raw;
}

describe.each(['samples', 'seeds', 'heldout', 'heldout-real', 'heldout-real2', 'heldout-real3', 'heldout-real4', 'heldout-real5', 'heldout-real6', 'heldout-real7', 'heldout-real8', 'heldout-real9', 'heldout-real10', 'heldout-real11', 'heldout-real12', 'heldout-real13', 'heldout-real14', 'heldout-real15', 'heldout-real16', 'heldout-real17', 'heldout-real18', 'heldout-real19', 'heldout-real20', 'heldout-real21', 'heldout-real22', 'heldout-real23', 'heldout-real24', 'heldout-real25', 'dev-real3'])('gold set %s', (name) => {
  it('loads, and its key phrases and aliases occur in its articles', async () => {
    const gold = await loadGoldSet(resolve(goldFolder, `${name}.json`));
    const texts = new Map(goldArticlePaths(gold).map((path, index) => [gold.articles[index]!, plainText(path)]));
    const everything = [...texts.values()].join('\n');
    expect(gold.entities.length).toBeGreaterThan(0);
    const badArticles = [...gold.relations, ...gold.statements].filter((item) => item.article && !texts.has(item.article));
    expect(badArticles).toEqual([]);
    const keysNotFound = gold.statements
      .filter((statement) => !containsPhrase(statement.article ? texts.get(statement.article)! : everything, statement.key))
      .map((statement) => statement.key);
    expect(keysNotFound).toEqual([]);
    // Every alias but the canonical name is a surface form seen in the articles.
    const aliasesNotFound = gold.entities.flatMap((entity) =>
      entity.aliases.filter((alias) => alias !== entity.name && !containsPhrase(everything, alias)),
    );
    expect(aliasesNotFound).toEqual([]);
  });
});
