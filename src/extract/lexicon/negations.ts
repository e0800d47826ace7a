// Words that deny the verb after them ("did not sign", "never met", "didn't say"): English's negators, with the
// contracted forms the tokenizer keeps whole ("didn't", "won't", "hasn’t").

const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "n't", 'no', 'neither', 'nor']);

/** True for a negator, written alone or as a contraction ending in n't. */
export function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || /n['’]t$/.test(word);
}
