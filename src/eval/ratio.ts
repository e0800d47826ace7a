// Ratios for scores, with the empty case stated by the caller.

/**
 * part / whole; when whole is 0 returns `empty`. Recall passes 1 (nothing to find, nothing missed);
 * precision passes 0, so that a graph with no predictions never looks precise.
 */
export function ratio(part: number, whole: number, empty: number): number {
  return whole === 0 ? empty : part / whole;
}

/** Harmonic mean of precision and recall. */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
