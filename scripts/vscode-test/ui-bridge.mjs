// A loopback HTTP endpoint through which integration tests (running in the extension host, which cannot
// see the browser) ask the launcher to act on the workbench page: take a screenshot, press keys, type, click a
// button, or read the text of an element.
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
    // Types text into whatever has the focus (e.g. to filter a menu).
    async type(params) {
      const text = params.get('text');
      if (!text) throw new Error('type needs text, e.g. ?text=project');
      await page.keyboard.type(text);
      return {};
    },
    // Clicks the button whose accessible name matches `name` (a regular expression), waiting up to `timeoutMs` for
    // it to appear (a dialog the workbench is about to show). `{ clicked: false }` when it never did.
    async clickButton(params) {
      const name = params.get('name');
      if (!name) throw new Error('clickButton needs a name, e.g. ?name=Undo in \\d+ Files');
      const timeout = Number(params.get('timeoutMs') ?? 5000);
      const button = page.getByRole('button', { name: new RegExp(name) }).first();
      try {
        await button.waitFor({ state: 'visible', timeout });
      } catch {
        return { clicked: false };
      }
      await button.click();
      return { clicked: true };
    },
    // The visible text of the first element matching a CSS selector (e.g. the notification toasts), waiting up to
    // `timeoutMs` for one that contains `contains`; '' when none did.
    async text(params) {
      const selector = params.get('selector');
      if (!selector) throw new Error('text needs a CSS selector');
      const contains = params.get('contains') ?? '';
      const timeout = Number(params.get('timeoutMs') ?? 5000);
      const element = page.locator(selector, contains ? { hasText: contains } : {}).first();
      try {
        await element.waitFor({ state: 'visible', timeout });
      } catch {
        return { text: '' };
      }
      return { text: await element.innerText() };
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
