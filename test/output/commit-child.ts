/**
 * Commits a small staged output over the one in argv[2], as a separate process, killing itself
 * before the commit's step argv[3] (counted from 0), so tests see what each point leaves.
 */
import { Staging } from '../../src/output.ts';

const [outDir, killAt] = process.argv.slice(2);
const staging = new Staging(outDir!);
for (const [path, text] of Object.entries({ 'course/one/deck.md': 'new one', 'course/two/deck.md': 'new two', 'manifest.json': '{"new": true}', 'index.html': 'new page' })) staging.write(path, text);
let step = 0;
staging.commit(['course/one', 'course/two', 'manifest.json', 'index.html'], ['course/gone'], () => {
  if (step++ === Number(killAt)) process.kill(process.pid, 'SIGKILL');
});
