// Jaro-Winkler similarity of two spellings (talisman), shared by resolution within and across articles.
import jaroWinklerModule from 'talisman/metrics/jaro-winkler.js';

// A CommonJS module with __esModule: loaders differ on whether the default import is the function or the exports.
export const jaroWinkler: (a: string, b: string) => number =
  typeof jaroWinklerModule === 'function' ? jaroWinklerModule : (jaroWinklerModule as unknown as { default: (a: string, b: string) => number }).default;
