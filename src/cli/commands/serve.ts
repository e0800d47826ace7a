// `newsgraph serve` — not built yet; its issue owns it.
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('(not available yet)')
    .action(() => {
      ctx.stderr.write('newsgraph serve: not available yet\n');
      ctx.exitCode = 1;
    });
}
