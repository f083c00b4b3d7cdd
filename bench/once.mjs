// One measured run, in a fresh process so that its memory is its own: either Lectern's build or
// marp-cli over the same decks. Prints {"ms":…, "maxRssMiB":…} on stdout.
import { register } from 'tsx/esm/api';

const [tool, root, outDir, ...formats] = process.argv.slice(2);
const started = performance.now();
if (tool === 'lectern') {
  register();
  const { build } = await import('../src/build.ts');
  await build({ root, outDir, formats });
} else {
  const { marpCli } = await import('@marp-team/marp-cli');
  const { MARP_ENGINE } = await (register(), import('../src/export/marp.ts'));
  const flags = formats.flatMap((f) => (f === 'html' ? [] : [`--${f}`]));
  const code = await marpCli(['-I', outDir, '-o', outDir, ...flags, '--engine', MARP_ENGINE, '--theme-set', `${root}/templates/themes`, '--no-config-file']);
  if (code !== 0) throw new Error(`marp-cli exited ${code}`);
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
