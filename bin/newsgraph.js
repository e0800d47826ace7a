#!/usr/bin/env node
// Launcher: runs the TypeScript CLI through tsx, so no build step stands between `npm ci` and `newsgraph`.
import { register } from 'tsx/esm/api';

// `newsgraph export … | head`: a reader that stops early closes the pipe; stop quietly, as other command-line tools do.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
