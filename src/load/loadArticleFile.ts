// One file to raw articles: read it safely, then hand its text to the reader for its format.
import type { RawArticle, SkippedInput } from '../types.ts';
import { splitHeaderLines } from './headerLines.ts';
import { htmlToArticle } from './htmlArticle.ts';
import { formatOfFile, SUPPORTED_EXTENSIONS } from './inputFormats.ts';
import { readJsonArticles, readJsonLinesArticles } from './jsonRecords.ts';
import { markdownToText } from './markdownToText.ts';
import { readTextFile } from './readTextFile.ts';
import { skip } from './skipReasons.ts';

type Loaded = { articles: RawArticle[]; skipped: SkippedInput[] };

export async function loadArticleFile(file: string): Promise<Loaded> {
  const format = formatOfFile(file);
  if (!format) return { articles: [], skipped: [skip(file, `unsupported file type; newsgraph reads ${SUPPORTED_EXTENSIONS.join(', ')}`)] };
  const read = await readTextFile(file);
  if (!('text' in read)) return { articles: [], skipped: [read] };
  const { text } = read;
  switch (format) {
    case 'json':
      return readJsonArticles(file, text);
    case 'jsonl':
      return readJsonLinesArticles(file, text);
    case 'html':
      return single(file, { path: file, format, ...htmlToArticle(text) });
    case 'md': {
      const { metadata, body } = splitHeaderLines(text);
      const markdown = markdownToText(body);
      return single(file, { path: file, format, ...withTitle(metadata, markdown.title), text: markdown.text });
    }
    case 'txt': {
      const { metadata, body } = splitHeaderLines(text);
      return single(file, { path: file, format, ...metadata, text: body });
    }
  }
}

function withTitle<T extends { title?: string }>(metadata: T, title: string | undefined): T {
  return metadata.title || !title ? metadata : { ...metadata, title };
}

function single(file: string, article: RawArticle): Loaded {
  if (article.text.trim() === '') {
    return { articles: [], skipped: [skip(file, 'no article text found (only metadata or page chrome); check that the file holds the article itself')] };
  }
  return { articles: [article], skipped: [] };
}
