/**
 * Runs one markdown-only build of the project in argv[2], as a separate process, so tests can kill
 * it at a chosen step of its commit (argv[3], counted from 0) or run two at once.
 */
import { build } from '../../src/build.ts';

const [root, killAt] = process.argv.slice(2);
let step = 0;
await build({
  root,
  formats: [],
  beforeCommitStep: () => {
    if (killAt !== undefined && step++ === Number(killAt)) process.kill(process.pid, 'SIGKILL');
  },
});
