// The keys under which article files and JSON exports give an article's metadata, in any of their usual spellings.

export interface ArticleMetadata {
  title?: string;
  date?: string;
  /** When the story was last changed: the article's date only when nothing else dates it (src/clean). */
  updated?: string;
  url?: string;
  outlet?: string;
}

/**
 * Metadata keys, lower-cased without `_` or `-`, and the field each fills; header lines and JSON records read the same
 * keys. Besides `date` and `title`, the names feeds, site generators, CMS exports and news APIs use: `pubDate` (RSS),
 * `published_at`, `datePublished`, `posted`, `created`, `timestamp`, `publication`. An update date (`updated`, `last_updated`, `modified`) fills `updated`.
 */
const METADATA_KEYS: Readonly<Record<string, keyof ArticleMetadata>> = {
  title: 'title',
  headline: 'title',
  date: 'date',
  published: 'date',
  publishedat: 'date',
  datepublished: 'date',
  pubdate: 'date',
  publishdate: 'date',
  publicationdate: 'date',
  publishedon: 'date',
  publishtime: 'date',
  publishedtime: 'date',
  firstpublished: 'date',
  posted: 'date',
  postedat: 'date',
  postedon: 'date',
  created: 'date',
  createdat: 'date',
  issued: 'date',
  filed: 'date',
  timestamp: 'date',
  datetime: 'date',
  updated: 'updated',
  updatedat: 'updated',
  lastupdated: 'updated',
  modified: 'updated',
  datemodified: 'updated',
  lastmodified: 'updated',
  url: 'url',
  link: 'url',
  source: 'outlet',
  outlet: 'outlet',
  publication: 'outlet',
  publisher: 'outlet',
};

/** The metadata field a key fills (`published_at`, `Published-At` and `publishedAt` are one key), if it is one we read. */
export function metadataFieldOf(key: string): keyof ArticleMetadata | undefined {
  return METADATA_KEYS[key.toLowerCase().replace(/[_-]/g, '')];
}
