// `newsgraph ingest` — not built yet; its issue owns it.
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';

export function registerIngest(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('(not available yet)')
    .action(() => {
      ctx.stderr.write('newsgraph ingest: not available yet\n');
      ctx.exitCode = 1;
    });
}
