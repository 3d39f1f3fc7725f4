/**
 * UI actions only the launcher can perform (it drives the workbench page with Playwright): screenshots and key
 * presses. The launcher (scripts/vscode-test/run.mjs) serves them on TR_UI_BRIDGE; screenshots go to
 * TR_SCREENSHOT_DIR, e.g. `TR_SCREENSHOT_DIR=docs/images node scripts/vscode-test/run.mjs`.
 */

async function ask(action: string, params: Record<string, string>): Promise<Record<string, unknown>> {
  const bridge = process.env.TR_UI_BRIDGE;
  if (!bridge) {
    throw new Error('UI actions need the code-server launcher (TR_UI_BRIDGE is not set); run node scripts/vscode-test/run.mjs');
  }
  const response = await fetch(`${bridge}/${action}?${new URLSearchParams(params)}`, { method: 'POST' });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`UI bridge ${action} failed: ${String(body.error)}`);
  return body;
}

/** Saves a PNG of the whole workbench as `<TR_SCREENSHOT_DIR>/<name>.png` and returns its path. */
export async function screenshot(name: string): Promise<string> {
  const { path } = await ask('screenshot', { name });
  return String(path);
}

/** Presses a key or chord in the workbench, Playwright syntax: `Escape`, `Control+Shift+P`. */
export async function pressKey(key: string): Promise<void> {
  await ask('press', { key });
}

/** Types text into the focused element of the workbench (a menu's filter, an input box). */
export async function typeText(text: string): Promise<void> {
  await ask('type', { text });
}

/** Clicks the button whose name matches `name` (a RegExp source) once it appears; false if it did not within the time. */
export async function clickButton(name: string, timeoutMs = 5000): Promise<boolean> {
  const { clicked } = await ask('clickButton', { name, timeoutMs: String(timeoutMs) });
  return clicked === true;
}

/** The visible text of the first element matching `selector` that contains `contains` ('' if none appears in time). */
export async function visibleText(selector: string, contains = '', timeoutMs = 5000): Promise<string> {
  const { text } = await ask('text', { selector, contains, timeoutMs: String(timeoutMs) });
  return String(text);
}
