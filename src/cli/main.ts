// The newsgraph CLI: parses arguments and calls the pipeline, stores and exporters. No logic of its own.
import { Command, CommanderError } from 'commander';
import { NewsgraphError } from '../../graph/errors.ts';
import { defaultContext, type CliContext } from './context.ts';
import { registerBuild } from './commands/build.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerExport } from './commands/export.ts';
import { registerStats } from './commands/stats.ts';
import { registerEval } from './commands/eval.ts';
import { registerServe } from './commands/serve.ts';
import { registerPush } from './commands/push.ts';
import { registerQuery } from './commands/query.ts';

import { EXIT_FAILURE, EXIT_OK } from './exitCodes.ts';

export { EXIT_FAILURE, EXIT_OK, EXIT_SOME_SKIPPED } from './exitCodes.ts';

export function createProgram(ctx: CliContext): Command {
  const program = new Command('newsgraph')
    .description('Turn news articles into a knowledge graph of who did what to whom, and who said what.')
    .option('--verbose', 'print stack traces and more detail')
    .showHelpAfterError('(run newsgraph --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
    });
  registerBuild(program, ctx);
  registerIngest(program, ctx);
  registerExport(program, ctx);
  registerStats(program, ctx);
  registerEval(program, ctx);
  registerServe(program, ctx);
  registerPush(program, ctx);
  registerQuery(program, ctx);
  return program;
}

/** Runs the CLI and returns its exit code; errors become one line on stderr (stack traces with --verbose). */
export async function main(argv: string[], ctx: CliContext = defaultContext()): Promise<number> {
  const program = createProgram(ctx);
  try {
    await program.parseAsync(argv);
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_FAILURE;
    const message = error instanceof Error ? error.message : String(error);
    ctx.stderr.write(`newsgraph: ${message}\n`);
    if (argv.includes('--verbose') && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
    else if (!(error instanceof NewsgraphError)) ctx.stderr.write('(run again with --verbose for details)\n');
    return EXIT_FAILURE;
  }
}
