// `newsgraph eval` — not built yet; its issue owns it.
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';

export function registerEval(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('(not available yet)')
    .action(() => {
      ctx.stderr.write('newsgraph eval: not available yet\n');
      ctx.exitCode = 1;
    });
}
