// The article id is derived from the content, so ingesting the same text again (from any path) finds the same node.
import { createHash } from 'node:crypto';
import { slugify } from '../../graph/model.ts';

/** Longest slug kept in an id; enough to recognise the title, short enough to read. */
const TITLE_SLUG_LENGTH = 48;

/** `article:<slug of the title, 48 chars at most>-<first 10 hex of sha1 of the paragraphs>`. */
export function articleIdOf(title: string, paragraphs: string[]): string {
  const slug = slugify(title).slice(0, TITLE_SLUG_LENGTH).replace(/-+$/, '');
  const hash = createHash('sha1').update(paragraphs.join('\n')).digest('hex').slice(0, 10);
  return `article:${slug}-${hash}`;
}
