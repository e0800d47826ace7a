// `newsgraph stats` — not built yet; its issue owns it.
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';

export function registerStats(program: Command, ctx: CliContext): void {
  program
    .command('stats')
    .description('(not available yet)')
    .action(() => {
      ctx.stderr.write('newsgraph stats: not available yet\n');
      ctx.exitCode = 1;
    });
}
