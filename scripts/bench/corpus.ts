// Generates a benchmark corpus of any size from the project's sample articles: paragraphs recombined across articles,
// and every proper name varied per "world", so that people, places, states and organisations keep appearing and the
// graph grows with the corpus instead of repeating six articles' worth of nodes.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listInputFiles, loadFile } from '../../src/load/index.ts';
import { cleanArticle } from '../../src/clean/index.ts';
import type { Article } from '../../src/types.ts';

export interface CorpusOptions {
  /** Folder (or file) of sample articles to recombine. */
  samples: string;
  /** Folder to write the corpus into (emptied first). */
  out: string;
  /** Stop once this many bytes of article text have been written. */
  targetBytes: number;
  /** Consecutive articles that share one world (so the resolver sees the same names across articles); default 3. */
  articlesPerWorld?: number;
  /**
   * How many distinct name worlds to draw from; by default one per three articles, so the graph grows with the corpus.
   * A small fixed number gives a corpus whose text grows while its graph does not (the memory control).
   */
  worlds?: number;
  seed?: number;
}

export interface Corpus {
  dir: string;
  files: string[];
  articles: number;
  bytes: number;
  worlds: number;
}

// Capitalised words that are not names: calendar words, pronouns and the like are left alone. General English, no corpus names.
const NOT_NAMES = new Set(
  [
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
    'I', 'Mr', 'Mrs', 'Ms', 'Dr', 'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'This', 'That',
    'Ministry', 'Minister', 'Foreign', 'Defence', 'Defense', 'President', 'Prime', 'Council', 'Coast', 'Guard',
    'Agency', 'News', 'Agreement', 'Treaty', 'Bay', 'Port', 'Security', 'United', 'Nations', 'Department', 'State',
  ],
);
// Demonym and country endings kept on the varied stem, so "Xania"/"Xanian" stay one family after varying.
const NAME_SUFFIXES = ['ians', 'ian', 'ia', 'an', 'ese'];
// 40 syllables, at least three to a name: 64,000+ stems, so names of different worlds rarely collide by accident.
const SYLLABLES = [
  'ka', 'lo', 'ver', 'mi', 'dra', 'sen', 'tor', 'ba', 'rel', 'qui', 'no', 'sha', 'vel', 'ar', 'ten', 'zo', 'lin', 'gor', 'ema', 'pa',
  'ru', 'dan', 'is', 'mor', 'fe', 'tal', 'yo', 'bri', 'ces', 'hu', 'vo', 'nel', 'ost', 'ki', 'dum', 'ra', 'sel', 'po', 'wen', 'ga',
];

/** Small deterministic PRNG (mulberry32): the same seed gives the same corpus. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** A pronounceable made-up word for (stem, world), capitalised like the stem and about as long. */
function inventedStem(stem: string, world: number): string {
  const random = randomFrom(hashOf(`${stem}#${world}`));
  let word = '';
  for (let syllables = 0; syllables < 3 || word.length < stem.length - 1; syllables++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return word[0].toUpperCase() + word.slice(1);
}

function splitSuffix(word: string): [string, string] {
  for (const suffix of NAME_SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return [word.slice(0, -suffix.length), suffix];
  }
  return [word, ''];
}

/** Capitalised words seen in the middle of a sentence somewhere in the samples: the names to vary. */
function learnNames(articles: Article[]): Set<string> {
  const names = new Set<string>();
  for (const article of articles) {
    for (const paragraph of [article.title, ...article.paragraphs]) {
      for (const match of paragraph.matchAll(/(?<=[a-z,;’'"]\s+|[a-z]-)([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)/g)) {
        if (!NOT_NAMES.has(match[1])) names.add(match[1]);
      }
    }
  }
  return names;
}

/** Rewrites every learnt name; each name draws its world from `world` or its neighbour, so worlds overlap and link up. */
function varyNames(text: string, names: Set<string>, world: number): string {
  return text.replace(/\b[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\b/g, (word) => {
    if (!names.has(word)) return word;
    const [stem, suffix] = splitSuffix(word);
    const nameWorld = hashOf(stem) % 4 === 0 && world > 0 ? world - 1 : world;
    return inventedStem(stem, nameWorld) + suffix;
  });
}

function shiftDate(iso: string | undefined, days: number): string {
  const base = iso ? Date.parse(iso) : Date.UTC(2030, 0, 1);
  return new Date(base + days * 86_400_000).toISOString().slice(0, 10);
}

export async function readSampleArticles(samples: string): Promise<Article[]> {
  const { files } = await listInputFiles([samples]);
  const articles: Article[] = [];
  for (const file of files) {
    for (const raw of (await loadFile(file)).articles) {
      const article = cleanArticle(raw);
      if ('paragraphs' in article && article.paragraphs.length > 0) articles.push(article);
    }
  }
  if (articles.length === 0) throw new Error(`${samples}: no sample articles to build a corpus from`);
  return articles;
}

/** Writes the corpus as .txt files with header lines (title, date, outlet), 500 to a folder. */
export async function generateCorpus(options: CorpusOptions): Promise<Corpus> {
  const samples = await readSampleArticles(options.samples);
  const names = learnNames(samples);
  const random = randomFrom(options.seed ?? 1);
  const meanBytes = samples.reduce((sum, a) => sum + a.paragraphs.join('\n\n').length, 0) / samples.length;
  const perWorld = options.articlesPerWorld ?? 3;
  const worlds = options.worlds ?? Math.max(1, Math.round(options.targetBytes / meanBytes / perWorld));
  await rm(options.out, { recursive: true, force: true });
  const files: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < options.targetBytes; index++) {
    // Worlds come in order, so the first half of the corpus holds about half of the names.
    const world = Math.floor(index / perWorld) % worlds;
    const base = samples[Math.floor(random() * samples.length)];
    const other = samples[Math.floor(random() * samples.length)];
    // The lead paragraph stays first; the rest, plus one or two borrowed paragraphs, come in a new order.
    const rest = [...base.paragraphs.slice(1), ...other.paragraphs.slice(1).filter(() => random() < 0.3)].sort(() => random() - 0.5);
    const body = [base.paragraphs[0], ...rest].map((paragraph) => varyNames(paragraph, names, world)).join('\n\n');
    const header = [
      `title: ${varyNames(base.title, names, world)}`,
      `date: ${shiftDate(base.date, world % 3000)}`,
      ...(base.outlet ? [`outlet: ${varyNames(base.outlet, names, world)}`] : []),
    ].join('\n');
    const text = `${header}\n\n${body}\n`;
    const folder = join(options.out, String(Math.floor(index / 500)).padStart(3, '0'));
    if (index % 500 === 0) await mkdir(folder, { recursive: true });
    const file = join(folder, `${String(index).padStart(6, '0')}.txt`);
    await writeFile(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { dir: options.out, files, articles: files.length, bytes, worlds };
}
