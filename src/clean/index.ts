// Stage 2, clean: keeps the article's own text and drops page chrome (ads, counters, bylines, captions, share prompts).
import type { Article, RawArticle, SkippedInput } from '../types.ts';
import { articleIdOf } from './articleId.ts';
import { joinQuoteAttributions } from './attributionLines.ts';
import { outletOfDateline, splitDateline, splitGluedByline } from './bylines.ts';
import { classifyChrome } from './classifyChrome.ts';
import { isHeadlineLike, isSameHeadline, titleFromFirstSentence } from './headlines.ts';
import { endsLikeSentence, hasMoreWordsThan } from './paragraphShape.ts';
import { readPublishedLine } from './publishedLine.ts';
import { splitParagraphs } from './splitParagraphs.ts';

export { classifyChrome } from './classifyChrome.ts';

/** A line that does not end like a sentence and is this short is a link to another story, a subheading or a tag. */
const STRAY_LINE_MAX_WORDS = 25;
/** How many paragraphs from the top a dateline is looked for. */
const DATELINE_REACH = 3;

export function cleanArticle(raw: RawArticle): Article | SkippedInput {
  let published: string | undefined;
  let updated: string | undefined;
  /** The city a date line opens with ("Kuala Lumpur — Saturday, 21 November 2026"), a dateline of its own. */
  let linePlace: string | undefined;
  let outlet = raw.outlet;
  const kept: string[] = [];
  for (const paragraph of splitParagraphs(raw.text)) {
    const chrome = classifyChrome(paragraph);
    if (chrome === undefined) {
      kept.push(paragraph);
    } else if (chrome === 'published line') {
      const line = readPublishedLine(paragraph);
      if (line?.isUpdate) updated ??= line.date;
      else published ??= line?.date;
      linePlace ??= line?.place;
    } else if (chrome === 'outlet line') {
      outlet ??= outletOfDateline(paragraph) ?? splitGluedByline(paragraph)?.outlet;
    }
  }

  let title = raw.title;
  if (!title && kept.length > 0 && isHeadlineLike(kept[0])) title = kept.shift();
  const body = joinQuoteAttributions(kept)
    .filter((paragraph) => !title || !isSameHeadline(paragraph, title))
    .filter((paragraph) => endsLikeSentence(paragraph) || hasMoreWordsThan(paragraph, STRAY_LINE_MAX_WORDS));

  const where = raw.line === undefined ? { path: raw.path } : { path: raw.path, line: raw.line };
  if (body.length === 0) return { ...where, reason: 'no article text left after cleaning; check that the input holds the article itself, not only page chrome' };

  // The dateline opens the story's first paragraph, which a photo caption left in the text may precede.
  const candidates = body.slice(0, DATELINE_REACH).map(splitDateline);
  const lead = Math.max(0, candidates.findIndex((candidate) => candidate.city));
  const { text: opening, city: dateline, date: datelineDate, region: datelineRegion } = candidates[lead]!;
  body[lead] = opening;
  title ??= titleFromFirstSentence(body[0]);
  // (A date the source says the story was changed on comes after every date of its writing.)
  const date = raw.date ?? published ?? datelineDate ?? raw.updated ?? updated;
  const article: Article = { id: articleIdOf(title, body), path: raw.path, title, paragraphs: body };
  if (date) article.date = date;
  if (outlet) article.outlet = outlet;
  if (raw.url) article.url = raw.url;
  // A story filed from two capitals ("New Delhi/Islamabad") has no one home city: its dateline is only taken out.
  if (dateline && !dateline.includes('/')) {
    article.dateline = dateline;
    if (datelineRegion) article.datelineRegion = datelineRegion;
  } else if (!dateline && linePlace) article.dateline = linePlace;
  return article;
}
