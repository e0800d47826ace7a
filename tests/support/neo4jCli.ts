// Runs the newsgraph CLI in-process with captured output, for the Neo4j command tests.
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.ts';
import type { CliContext } from '../../src/cli/context.ts';

export async function runNewsgraph(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) => new Writable({ write: (chunk, _encoding, done) => (into.push(String(chunk)), done()) });
  const ctx: CliContext = { stdout: sink(out), stderr: sink(err), exitCode: 0, interactive: false };
  const code = await main(['node', 'newsgraph', ...args], ctx);
  return { code, out: out.join(''), err: err.join('') };
}
