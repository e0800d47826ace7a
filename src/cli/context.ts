// What every command gets besides its arguments: where to write, and where to put its exit code.
import type { Writable } from 'node:stream';

export interface CliContext {
  stdout: Writable;
  stderr: Writable;
  /** 0 done, 1 bad usage or nothing readable, 2 done with some inputs skipped. */
  exitCode: number;
  /** True when progress bars may be drawn (stderr is a terminal and CI is not set). */
  interactive: boolean;
}

export function defaultContext(): CliContext {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    exitCode: 0,
    interactive: Boolean(process.stderr.isTTY) && process.env.CI !== 'true',
  };
}
