// A progress bar on stderr for runs over many files, drawn only in an interactive terminal (never in CI or pipes).
// Usage: const progress = createFileProgress(ctx); await ingestInto(graph, inputs, { onFile: progress.onFile }); progress.stop();
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { CliContext } from './context.ts';

export interface FileProgress {
  /** Matches `IngestOptions.onFile` of src/pipeline.ts. */
  onFile: (done: number, total: number, file: string) => void;
  /** Draws the final state and ends the line; call it once the run is over, even after an error. */
  stop: () => void;
}

export interface FileProgressOptions {
  /** Text before the bar. */
  label?: string;
  /** Runs over fewer files than this draw nothing: a bar that flashes by says nothing. */
  minFiles?: number;
}

const NO_PROGRESS: FileProgress = { onFile: () => undefined, stop: () => undefined };

export function createFileProgress(ctx: CliContext, options: FileProgressOptions = {}): FileProgress {
  if (!ctx.interactive) return NO_PROGRESS;
  const { label = 'reading', minFiles = 2 } = options;
  let bar: cliProgress.SingleBar | undefined;
  return {
    onFile(done, total, file) {
      if (total < minFiles) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            stream: ctx.stderr,
            // ctx.interactive already decided that this stream is a terminal worth drawing on.
            noTTYOutput: true,
            format: `${label} [{bar}] {value}/{total} files | {percentage}% | eta {eta_formatted} | {file}`,
            hideCursor: true,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { file: '' });
      }
      bar.update(done, { file: basename(file) });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
