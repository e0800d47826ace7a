// Limits on what load will read, so one stray file cannot exhaust memory.

/** Largest file load reads (10 MB); news articles are a few kB, so a bigger file is almost surely not one. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
