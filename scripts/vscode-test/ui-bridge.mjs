// A loopback HTTP endpoint through which integration tests (running in the extension host, which cannot
// see the browser) ask the launcher to act on the workbench page: take a screenshot or press a key.
// Tests reach it through test/integration/helpers/ui.ts, which reads its address from TR_UI_BRIDGE.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/;

/**
 * @param {{ page: import('playwright-core').Page, screenshotDir: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startUiBridge({ page, screenshotDir }) {
  const actions = {
    async screenshot(params) {
      const name = params.get('name') ?? '';
      if (!SAFE_NAME.test(name)) throw new Error(`screenshot name must match ${SAFE_NAME}, got "${name}"`);
      mkdirSync(screenshotDir, { recursive: true });
      const path = join(screenshotDir, name.endsWith('.png') ? name : `${name}.png`);
      await page.screenshot({ path });
      return { path };
    },
    async press(params) {
      const key = params.get('key');
      if (!key) throw new Error('press needs a key, e.g. ?key=Escape');
      await page.keyboard.press(key);
      return {};
    },
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const action = actions[url.pathname.slice(1)];
    const reply = (status, body) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST' || !action) {
      reply(404, { error: `unknown action ${request.method} ${url.pathname}; try POST /screenshot?name=x or /press?key=x` });
      return;
    }
    action(url.searchParams).then((result) => reply(200, result), (error) => reply(400, { error: String(error.message ?? error) }));
  });
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolveClose) => {
      server.closeAllConnections();
      server.close(() => resolveClose());
    }),
  };
}
