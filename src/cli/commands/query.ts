// `newsgraph query` — not built yet; its issue owns it.
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';

export function registerQuery(program: Command, ctx: CliContext): void {
  program
    .command('query')
    .description('(not available yet)')
    .action(() => {
      ctx.stderr.write('newsgraph query: not available yet\n');
      ctx.exitCode = 1;
    });
}
