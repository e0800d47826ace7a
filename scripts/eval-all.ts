// Prints the score table of every gold set, built through the real pipeline: `npm run eval`, for the README. Two last
// rows pool the development sets and the held-out sets (counts added, ratios taken again).
// With --write-floors, also sets tests/gold/floors.json to the measured scores, rounded down to two decimals.
// A gold set whose build fails is reported on stderr and left out of the table; the exit code is then 1.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGoldSet } from '../src/eval/gold.ts';
import { buildAndEvaluate, type Evaluation } from '../src/eval/evaluate.ts';
import { formatScoreTable, headlineScores } from '../src/eval/report.ts';
import { poolEvaluations } from '../src/eval/pool.ts';

const goldFolder = resolve(fileURLToPath(import.meta.url), '../../tests/gold');
const floorsFile = resolve(goldFolder, 'floors.json');
const GOLD_SETS = ['samples', 'seeds', 'heldout', 'heldout-real', 'dev-real3', 'heldout-real2', 'heldout-real3', 'heldout-real4', 'heldout-real5', 'heldout-real6', 'heldout-real7', 'heldout-real8', 'heldout-real9', 'heldout-real10', 'heldout-real11', 'heldout-real12', 'heldout-real13', 'heldout-real14', 'heldout-real15', 'heldout-real16', 'heldout-real17', 'heldout-real18', 'heldout-real19', 'heldout-real20', 'heldout-real21', 'heldout-real22', 'heldout-real23', 'heldout-real24', 'heldout-real25'];
/** The sets nobody writing rules reads (docs/eval.md); the others are development sets. */
const HELD_OUT = new Set(['heldout-real21', 'heldout-real22', 'heldout-real23', 'heldout-real24', 'heldout-real25']);
const writeFloors = process.argv.includes('--write-floors');

const rows: { name: string; evaluation: Evaluation }[] = [];
const pools = { development: { evaluations: [] as Evaluation[], articles: 0 }, 'held-out': { evaluations: [] as Evaluation[], articles: 0 } };
const measured: Record<string, Record<string, number>> = {};
for (const name of GOLD_SETS) {
  try {
    const gold = await loadGoldSet(resolve(goldFolder, `${name}.json`));
    const { evaluation, skipped } = await buildAndEvaluate(gold);
    for (const item of skipped) process.stderr.write(`${name}: skipped ${item.path}: ${item.reason}\n`);
    rows.push({ name: `${name} (${gold.articles.length} articles)`, evaluation });
    const pool = pools[HELD_OUT.has(name) ? 'held-out' : 'development'];
    pool.evaluations.push(evaluation);
    pool.articles += gold.articles.length;
    measured[name] = headlineScores(evaluation);
  } catch (error) {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
for (const [label, pool] of Object.entries(pools)) {
  if (pool.evaluations.length > 1) rows.push({ name: `${label} sets pooled (${pool.articles} articles)`, evaluation: poolEvaluations(pool.evaluations, label) });
}
process.stdout.write(formatScoreTable(rows));

if (writeFloors) {
  if (process.exitCode) {
    process.stderr.write('floors not written: a gold set failed to build\n');
  } else {
    const floors = JSON.parse(await readFile(floorsFile, 'utf8')) as Record<string, unknown>;
    for (const [name, scores] of Object.entries(measured)) {
      // (A hair above the product: 0.58 * 100 is 57.99999999999999 in floating point, and must floor to 58.)
      floors[name] = Object.fromEntries(Object.entries(scores).map(([metric, value]) => [metric, Math.floor(value * 100 + 1e-9) / 100]));
    }
    await writeFile(floorsFile, `${JSON.stringify(floors, null, 2)}\n`);
    process.stdout.write(`floors written to ${floorsFile}\n`);
  }
}
