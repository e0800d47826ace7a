// The entry of an extraction thread (extractPool.ts): TypeScript through tsx, as bin/newsgraph.js runs the CLI (a
// loader given to a worker as `--import` is not applied on Node 20), then the thread's own code.
import { register } from 'tsx/esm/api';

register();
await import('./extractWorker.ts');
