// Prints the score table of every gold set, built through the real pipeline: `npm run eval`, for the README.
// A gold set whose build fails is reported on stderr and left out of the table; the exit code is then 1.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGoldSet } from '../src/eval/gold.ts';
import { buildAndEvaluate, type Evaluation } from '../src/eval/evaluate.ts';
import { formatScoreTable } from '../src/eval/report.ts';

const goldFolder = resolve(fileURLToPath(import.meta.url), '../../tests/gold');
const GOLD_SETS = ['samples', 'seeds', 'heldout'];

const rows: { name: string; evaluation: Evaluation }[] = [];
for (const name of GOLD_SETS) {
  try {
    const gold = await loadGoldSet(resolve(goldFolder, `${name}.json`));
    const { evaluation, skipped } = await buildAndEvaluate(gold);
    for (const item of skipped) process.stderr.write(`${name}: skipped ${item.path}: ${item.reason}\n`);
    rows.push({ name: `${name} (${gold.articles.length} articles)`, evaluation });
  } catch (error) {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
process.stdout.write(formatScoreTable(rows));
