import { request, type IncomingMessage } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENTS_PATH } from '../../src/dev/live-page.ts';
import { startDevServer, type DevServer } from '../../src/dev/server.ts';
import { tempDir } from '../helpers.ts';

/** Opens the event stream as the live script of the page at `referer` does, collecting what it is told. */
function openEvents(server: DevServer, referer: string): Promise<{ text: () => string; response: IncomingMessage }> {
  const url = new URL(EVENTS_PATH, server.url);
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { referer: new URL(referer, server.url).href } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      resolve({ text: () => text, response });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('dev server', () => {
  const servers: DevServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  it('knows which pages are open, and tells only those a reload is for', async () => {
    const server = await startDevServer(tempDir('lectern-serve-'), 0);
    servers.push(server);
    const deck = await openEvents(server, '/demo/public/01-intro.html');
    const course = await openEvents(server, '/');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.viewing().sort()).toEqual(['demo/public/01-intro.html', 'index.html']);

    const told = server.tell({ kind: 'reload' }, (page) => page.startsWith('demo/public/'));
    expect(told).toEqual(['demo/public/01-intro.html']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(deck.text()).toContain('event: reload');
    expect(course.text()).not.toContain('event: reload');

    // The page told to reload opens its stream again when it has: that is what `reopened` waits for.
    let reopened = false;
    const waiting = server.reopened(told, 10_000).then(() => (reopened = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reopened).toBe(false);
    const again = await openEvents(server, '/demo/public/01-intro.html');
    await waiting;
    expect(reopened).toBe(true);
    again.response.destroy();
    // A page that never comes back is waited for no longer than asked.
    const started = performance.now();
    await server.reopened(['demo/public/02-gone.html'], 200);
    expect(performance.now() - started).toBeLessThan(2_000);

    server.tell({ kind: 'reload' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(course.text()).toContain('event: reload');
    deck.response.destroy();
    course.response.destroy();
  });
});
