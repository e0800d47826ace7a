// The CLI's exit codes, as documented in the README.
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_SOME_SKIPPED = 2;
