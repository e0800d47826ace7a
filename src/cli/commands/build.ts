// `newsgraph build` — not built yet; its issue owns it.
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';

export function registerBuild(program: Command, ctx: CliContext): void {
  program
    .command('build')
    .description('(not available yet)')
    .action(() => {
      ctx.stderr.write('newsgraph build: not available yet\n');
      ctx.exitCode = 1;
    });
}
