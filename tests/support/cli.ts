// Runs the CLI in-process with captured output, as a user would from a shell.
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.ts';
import type { CliContext } from '../../src/cli/context.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export async function runCli(...args: string[]): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const ctx: CliContext = { stdout, stderr, exitCode: 0, interactive: false };
  const code = await main(['node', 'newsgraph', ...args], ctx);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
