// The data that flows between pipeline stages: load → clean → extract → resolve → graph.
// Every stage imports its input and output types from here and from graph/model.ts.
import type { EntityKind, RelationKind } from '../graph/model.ts';

/** What `load` reads from one file (or one JSON record): raw text plus whatever metadata the format carried. */
export interface RawArticle {
  /** Path of the file it came from. */
  path: string;
  /** 1-based line, for records of a .jsonl file or elements of a .json array. */
  line?: number;
  format: 'txt' | 'md' | 'html' | 'json' | 'jsonl';
  text: string;
  title?: string;
  date?: string;
  /** When the source says the story was last changed: its date only when nothing else dates it. */
  updated?: string;
  url?: string;
  outlet?: string;
}

/** What `clean` returns: the article's own text, without page chrome, and its metadata. */
export interface Article {
  /** Stable id, `article:<slug>-<hash>`, derived from the content so re-ingesting changes nothing. */
  id: string;
  path: string;
  title: string;
  /** ISO date (YYYY-MM-DD) when known. */
  date?: string;
  outlet?: string;
  url?: string;
  /** The city of a wire dateline ("Dubai" from "DUBAI, United Arab Emirates (AP) — "), taken out of the text. */
  dateline?: string;
  /** The state or region the dateline names after its city ("United Arab Emirates" in the one above). */
  datelineRegion?: string;
  /** Clean paragraphs of article text, in order. */
  paragraphs: string[];
}

export interface Sentence {
  /** Index of the sentence within the article. */
  index: number;
  text: string;
}

/** One entity as an article names it, after in-article resolution: its surface forms and what was learnt of it. */
export interface LocalEntity {
  /** Key within the article. */
  key: string;
  kind: EntityKind;
  /** The fullest name the article gives. */
  name: string;
  /** Every surface form seen in the article. */
  aliases: string[];
  roles: string[];
  /** Indices of sentences that mention it. */
  sentences: number[];
  /** Government: the ISO 3166 code of the state it is (`state:` keys) or belongs to (bodies). */
  country?: string;
  /** Treaty: ISO codes of the states party to it, when the article says. */
  parties?: string[];
}

export interface LocalRelation {
  kind: RelationKind;
  /** LocalEntity keys (or a local statement key for ABOUT/REPORTED_BY subjects). */
  subject: string;
  object: string;
  sentence: number;
  /** PRESUMED_CONFIDENCE (graph/model.ts) marks what is inferred, not read ("Prime Minister X" in a story about Chile). */
  confidence: number;
  props?: { role?: string; demand?: string; count?: number; date?: string; items?: string[]; allegedBy?: string[] };
}

export interface LocalStatement {
  key: string;
  text: string;
  quoted: boolean;
  /** LocalEntity key of the speaker. */
  speaker: string;
  date?: string;
  sentence: number;
  /** LocalEntity keys the statement is about. */
  about: string[];
  /** LocalEntity key of a news organisation the article cites for it. */
  reportedBy?: string;
}

/** What `extract` returns for one article (entities already resolved within the article). */
export interface Extraction {
  article: Article;
  sentences: Sentence[];
  entities: LocalEntity[];
  relations: LocalRelation[];
  statements: LocalStatement[];
}

/** What `resolve` returns: the extraction with every local key mapped to a global node id. */
export interface ResolvedExtraction extends Extraction {
  /** LocalEntity key → global node id (`person:kim-jong-un`). */
  ids: Map<string, string>;
  /** Global canonical names chosen for each global id. */
  names: Map<string, string>;
}

/** An input that could not be read; the run reports it on one line and goes on. */
export interface SkippedInput {
  path: string;
  line?: number;
  reason: string;
}
