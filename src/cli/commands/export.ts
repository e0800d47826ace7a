// `newsgraph export` — not built yet; its issue owns it.
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';

export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('(not available yet)')
    .action(() => {
      ctx.stderr.write('newsgraph export: not available yet\n');
      ctx.exitCode = 1;
    });
}
