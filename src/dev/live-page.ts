/** Where the served pages listen for the dev server's news, and fetch the script that listens. */
export const EVENTS_PATH = '/__lectern/events';
export const SCRIPT_PATH = '/__lectern/live.js';

/**
 * The script served pages load: it reloads the page after each successful rebuild, and shows the
 * error of a failed one over the page (as text, never as HTML) until the next build succeeds.
 */
export const LIVE_SCRIPT = `(() => {
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  let box;
  const show = (message) => {
    if (!box) {
      box = document.createElement('pre');
      box.id = 'lectern-dev-error';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;inset:auto 0 0 0;z-index:2147483647;margin:0;padding:16px 20px;max-height:60vh;overflow:auto;background:#2b0b0b;color:#ffd7d7;font:15px/1.4 monospace;white-space:pre-wrap;border-top:4px solid #e5484d';
      document.body.append(box);
    }
    box.textContent = 'lectern dev: the build failed; the page shows the last good build.\\n\\n' + message;
  };
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('failed', (event) => show(JSON.parse(event.data).message));
})();
`;

/** Adds the live script to a served HTML page (never to the files in the output folder). */
export function withLiveScript(html: string): string {
  const tag = `<script src="${SCRIPT_PATH}"></script>`;
  const end = html.lastIndexOf('</body>');
  return end === -1 ? `${html}${tag}` : `${html.slice(0, end)}${tag}${html.slice(end)}`;
}

/** What a page that is not there (yet) shows: the first build failed, or the path names nothing. */
export function missingPage(path: string): string {
  const text = path.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return withLiveScript(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not built</title></head><body><p>Nothing is built at ${text} (yet).</p></body></html>`);
}
