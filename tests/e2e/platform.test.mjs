// public/platform-demo.html, the page a platform's shared template renders for one site (docs/platform.*.md):
// under its strict Content-Security-Policy the one script starts the exit and the panel, with the region and
// the services the template filled in from the site's record.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, panelReady, shadow } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => env?.close());

test('the platform demo: under a strict CSP, the region and the services from the site, no error', async () => {
  const { context, page, log } = await open(env, `${env.widgetOrigin}/public/platform-demo.html`, { before: false });
  const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  await panelReady(page);
  assert.equal(await page.locator('oberih-widget').count(), 1, 'one widget');
  assert.ok(await shadow(page, '.exit').isVisible(), 'the exit is shown');
  await shadow(page, '[part=launcher]').click();
  await shadow(page, '.home [part=choice]').nth(1).click();
  const directory = await shadow(page, '.directory').innerText();
  // The region's own section (its name, then its services), after the emergency numbers: the region the template
  // rendered (KZ-39), in the page's language, with the site's service from the JSON block.
  assert.match(directory, /\b112\b[\s\S]*\nҚостанай облысы\nӘкімдіктің әлеуметтік қызметі \(демо\)\n/, directory);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), [], 'no error, no CSP violation, no missing file');
  await context.close();
});
