// Skips as values: one constructor per bad-input case, so every message says what is wrong and what to do.
import { InputError } from '../../graph/errors.ts';
import type { SkippedInput } from '../types.ts';

export function skip(path: string, reason: string, line?: number): SkippedInput {
  return line === undefined ? { path, reason } : { path, line, reason };
}

/** One line for the user, `file:line: reason`, formatted exactly as InputError formats its message. */
export function formatSkippedInput(skipped: SkippedInput): string {
  return new InputError(skipped.path, skipped.reason, skipped.line).message;
}
