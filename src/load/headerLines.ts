// Metadata written at the top of a text or markdown file (`date: …`, `title: …`, front matter) is metadata, not article text.
import { leadingDate, toIsoDate } from './isoDate.ts';
import { metadataFieldOf, type ArticleMetadata } from './metadataKeys.ts';

const KEYED_LINE = /^\s*([A-Za-z][A-Za-z_-]*)\s*:\s*(.*)$/;
// Scrapers also write `date 2025-04-28 …` without a colon; that form counts only when a date follows the key.
const BARE_DATE_LINE = /^\s*(date|published)\s+(.+)$/i;

/** Splits leading header lines (and markdown front matter) from the body. */
export function splitHeaderLines(text: string): { metadata: ArticleMetadata; body: string } {
  const lines = text.split(/\r?\n/);
  const metadata: ArticleMetadata = {};
  let index = 0;
  while (index < lines.length && lines[index].trim() === '') index++;
  if (lines[index]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > index && line.trim() === '---');
    if (end !== -1) {
      for (const line of lines.slice(index + 1, end)) readKeyedLine(line, metadata);
      index = end + 1;
    }
  }
  for (; index < lines.length; index++) {
    const line = lines[index];
    if (line.trim() === '') continue;
    if (!readKeyedLine(line, metadata) && !readBareDateLine(line, metadata)) break;
  }
  return { metadata, body: lines.slice(index).join('\n') };
}

function readKeyedLine(line: string, metadata: ArticleMetadata): boolean {
  const match = KEYED_LINE.exec(line);
  const field = match && metadataFieldOf(match[1]);
  if (!match || !field) return false;
  const value = unquote(match[2]);
  if (field === 'date' || field === 'updated') {
    const iso = toIsoDate(value);
    if (!iso) return false;
    metadata[field] ??= iso;
  } else if (value !== '') {
    metadata[field] ??= value;
  }
  return true;
}

function readBareDateLine(line: string, metadata: ArticleMetadata): boolean {
  const match = BARE_DATE_LINE.exec(line);
  const date = match && leadingDate(match[2]);
  if (!date) return false;
  metadata.date ??= date.iso;
  // Whatever is glued after the date is a headline when it reads like one, and ticker noise when it is numbers.
  if (readsLikeHeadline(date.rest)) metadata.title ??= date.rest;
  return true;
}

/** Words, mostly letters: a headline. Digits, currency signs and punctuation only: not. */
export function readsLikeHeadline(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word));
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return words.length >= 2 && letters >= text.replace(/\s/g, '').length * 0.6;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted ? quoted[2] : trimmed;
}
