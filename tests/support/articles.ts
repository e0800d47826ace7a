// Builds clean articles from paragraphs written in the test, so extraction tests need no files.
import type { Article } from '../../src/types.ts';
import { extractArticle } from '../../src/extract/index.ts';

export function article(paragraphs: string[], options: { date?: string; id?: string; title?: string } = {}): Article {
  return { id: options.id ?? 'article:test', path: 'test.txt', title: options.title ?? 'Test article', date: options.date, paragraphs };
}

/** Extraction of paragraphs, with helpers that look entities up by name. */
export function extract(paragraphs: string[], date?: string, options: { dateline?: string; datelineRegion?: string; title?: string } = {}) {
  const extraction = extractArticle({ ...article(paragraphs, { date }), ...options });
  const nameOf = (key: string) => extraction.entities.find((entity) => entity.key === key)?.name ?? key;
  const entity = (name: string) => extraction.entities.find((candidate) => candidate.name === name || candidate.aliases.includes(name));
  const relations = extraction.relations.map((relation) => `${nameOf(relation.subject)} ${relation.kind} ${nameOf(relation.object)}`);
  const statements = extraction.statements.map((statement) => ({ ...statement, speakerName: nameOf(statement.speaker) }));
  return { extraction, entity, relations, statements, nameOf };
}
