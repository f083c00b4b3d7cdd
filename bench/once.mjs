// One measured run, in a fresh process so that its memory is its own. Prints {"ms":…, "maxRssMiB":…} on stdout.
//   once.mjs lectern ROOT OUT [FORMAT…]        Lectern's build (no format: the default ones)
//   once.mjs lectern-force ROOT OUT [FORMAT…]  the same with --force: nothing reused, everything planned and made
//   once.mjs marp ROOT IN OUT FORMAT…          marp-cli converting the markdown in IN, one run per format
import { register } from 'tsx/esm/api';

const [tool, root, ...rest] = process.argv.slice(2);
const started = performance.now();
if (tool === 'lectern' || tool === 'lectern-force') {
  const [outDir, ...formats] = rest;
  register();
  const { build } = await import('../src/build.ts');
  await build({ root, outDir, ...(formats.length ? { formats } : {}), rebuildAll: tool === 'lectern-force' });
} else {
  const [inDir, outDir, ...formats] = rest;
  const { marpCli } = await import('@marp-team/marp-cli');
  const { MARP_ENGINE } = await (register(), import('../src/export/marp.ts'));
  for (const format of formats) {
    // The same options Lectern gives marp-cli: local files for logos, and one deck at a time for PPTX.
    const flags = format === 'html' ? [] : [`--${format}`, '--allow-local-files', ...(format === 'pptx' ? ['--no-parallel'] : [])];
    const code = await marpCli(['-I', inDir, '-o', outDir, ...flags, '--engine', MARP_ENGINE, '--theme-set', `${root}/templates/themes`, '--no-config-file']);
    if (code !== 0) throw new Error(`marp-cli exited ${code}`);
  }
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
