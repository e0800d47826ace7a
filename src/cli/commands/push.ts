// `newsgraph push` — not built yet; its issue owns it.
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';

export function registerPush(program: Command, ctx: CliContext): void {
  program
    .command('push')
    .description('(not available yet)')
    .action(() => {
      ctx.stderr.write('newsgraph push: not available yet\n');
      ctx.exitCode = 1;
    });
}
