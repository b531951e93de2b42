// Host pages that fight back, or are merely unusual: the widget must neither break them nor be broken.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, panelReady, shadow } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

async function works(page, label) {
  await panelReady(page);
  await shadow(page, '[part=launcher]').click();
  assert.ok(await shadow(page, '.now a.call').count() > 0, `${label}: the panel shows numbers`);
  await shadow(page, '.exit').click();
  await page.waitForURL(env.exitUrl, { timeout: 5000 });
}

test('a <base> tag pointing elsewhere does not redirect the widget files', async () => {
  const url = env.page('base', { head: '<base href="https://elsewhere.invalid/">' });
  const { context, page, log } = await open(env, url);
  await works(page, 'base');
  assert.ok(!log.requests.some((u) => u.includes('elsewhere.invalid')));
  await context.close();
});

test('a page in quirks mode (no doctype)', async () => {
  const url = env.page('quirks');
  const p = env.pages.get('/quirks');
  p.html = p.html.replace('<!doctype html>', '');
  const { context, page } = await open(env, url);
  assert.equal(await page.evaluate(() => document.compatMode), 'BackCompat');
  await works(page, 'quirks');
  await context.close();
});

test('another framework on the page: patched prototypes, its own globals, events stopped at the body', async () => {
  const head = `<script>
    // What old libraries do: extend built-ins and swallow events.
    Array.prototype.each = function (f) { this.forEach(f); };
    Object.prototype.polluted = 'yes';
    window.$ = window.jQuery = function () {};
    window.define = function () {}; window.define.amd = {};
  </script>`;
  const body = '<main onclick="event.stopPropagation()"><h1>Council</h1></main>';
  const url = env.page('framework', { head, body });
  const { context, page, log } = await open(env, url);
  await works(page, 'framework');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a slow network: the exit works at once, long before the panel arrives', async () => {
  const url = env.page('slow');
  const { context, page } = await open(env, url);
  await context.route('**/oberih_app_bg.wasm', async (r) => { await new Promise((ok) => setTimeout(ok, 4000)); await r.continue(); });
  await page.reload();
  await shadow(page, '.exit').waitFor({ state: 'visible', timeout: 2000 });
  assert.equal(await shadow(page, '[part=launcher]').count(), 0, 'the panel is still loading');
  await shadow(page, '.exit').click();
  await page.waitForURL(env.exitUrl, { timeout: 2000 });
  await context.close();
});

test('a page that throws and rejects on its own does not stop the widget', async () => {
  const head = `<script>setTimeout(() => { throw new Error('host bug'); }); Promise.reject(new Error('host rejection'));</script>`;
  const url = env.page('throws', { head });
  const { context, page, log } = await open(env, url);
  await works(page, 'throws');
  assert.ok(log.errors.every((e) => e.includes('host')), 'only the page errors');
  await context.close();
});
