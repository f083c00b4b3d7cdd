#!/usr/bin/env node
// The `lectern` command. Lectern is written in TypeScript and runs from source through tsx's
// loader, so there is no compile step between editing the code and using it.
import { register } from 'tsx/esm/api';

register();
// NOTE: `lectern ingest paper.txt | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
