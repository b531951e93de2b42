// The scenarios that must hold in every engine a visitor may use: Chromium, Firefox (ESR) and WebKit (WebKitGTK,
// Safari's engine). Written once against the driver layer in engines.mjs; each engine runs them in a suite of its
// own, which prints the engine's version and the suite's time. OBERIH_ENGINES=firefox,webkit picks engines.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { start, ftl, DIST, pageTraces } from './harness.mjs';
import { ENGINES, CAN, engineSuite, poll } from './engines.mjs';

let env;
before(async () => {
  // /noglue/ serves the embed script alone: its glue module and wasm 404, for engines that cannot block requests.
  env = await start({ extra: { '/noglue/oberih.js': path.join(DIST, 'oberih.js') } });
});
after(async () => { await env?.close(); });

/** Runs `fn` inside the widget's shadow root. */
const inShadow = (s, fn, arg) => s.evaluate(([src, a]) => {
  const root = document.querySelector('oberih-widget').shadowRoot;
  return new Function('root', 'arg', `return (${src})(root, arg)`)(root, a);
}, [fn.toString(), arg ?? null]);

const panelReady = (s) => s.waitFor(() => !!document.querySelector('oberih-widget')?.shadowRoot?.querySelector('[part=launcher]'),
  null, { timeout: 20000, what: 'the panel (wasm) to mount' });

const exitShown = (s) => s.waitFor(() => {
  const a = document.querySelector('oberih-widget')?.shadowRoot?.querySelector('.exit');
  const r = a?.getBoundingClientRect();
  return !!r && r.width > 0 && { width: r.width, height: r.height, href: a.getAttribute('href') };
}, null, { what: 'the exit' });

const panelOpen = (s) => s.waitFor(() => {
  const p = document.querySelector('oberih-widget').shadowRoot.querySelector('[part=panel]');
  return !!p && p.getClientRects().length > 0;
}, null, { what: 'the panel to open' });

const RU = { ...ftl('ru', 'services.ftl'), ...ftl('ru', 'panel.ftl') };

const text = (s, selector) => inShadow(s, (root, sel) => root.querySelector(sel)?.textContent ?? null, selector);

/** What the browser remembers of a page (harness.mjs `pageTraces`), and its cookies. */
const traces = async (s) => ({
  ...(await s.evaluate(pageTraces)),
  cookies: await s.cookies(),
});

/** Every origin the session asked for anything, as the engine's proxy saw it (requests that failed included). */
function origins(s) {
  const set = new Set(s.requests().map((u) => new URL(u).origin));
  set.delete(env.hostOrigin);
  set.delete(env.widgetOrigin);
  return [...set];
}

// A test that hangs fails after a minute instead of holding up the run (each takes a few seconds).
const T = { timeout: 60000 };

for (const name of ENGINES) {
  describe(name, { concurrency: 1 }, () => {
    const drv = engineSuite(name, () => env);
    const beforePage = () => `${env.hostOrigin}/before`;

    /** The exit without the panel: it shows, leaves by location.replace, and Back skips the host page. */
    async function exitAlone(s, message) {
      const box = await exitShown(s);
      assert.ok(box.width >= 44 && box.height >= 44, `exit is ${box.width}x${box.height}`);
      assert.equal(box.href, env.exitUrl);
      const length = await s.evaluate(() => history.length);
      // Give the panel's start time to fail, as it would on a real page.
      await poll(async () => (await s.warnings()).some((m) => m.text.includes('The exit still works')),
        { timeout: 10000, what: `the warning that the panel did not load (${message})` });
      // The browser reports the failed load (Chromium as a console error, Firefox as an error): nothing else.
      const errors = (await s.errors()).filter((m) => !m.text.includes('/oberih_app') && m.text !== 'Failed to load resource: net::ERR_FAILED');
      assert.deepEqual(errors, [], 'no console error but the failed load');
      await s.click('.exit');
      await s.waitForUrl(env.exitUrl);
      assert.equal(await s.evaluate(() => history.length), length, 'no history entry was added');
      // The neutral site learns nothing of where the visitor was.
      assert.equal(await s.evaluate(() => document.referrer), '', 'no document.referrer');
      assert.equal(env.arrivals.at(-1).referer, null, 'no Referer header');
      await s.back();
      await s.waitForUrl(beforePage());
    }

    test('the exit works when the panel\'s glue and wasm 404, and Back skips the host page', T, async () => {
      const url = drv.hostPage(env, `${name}-noglue`);
      // The same page with the snippet pointing at /noglue/, where only the embed script exists.
      const page = env.pages.get(`/${name}-noglue`);
      page.html = page.html.replace(env.scriptUrl, `${env.widgetOrigin}/noglue/oberih.js`);
      const s = await drv.open(url, { before: beforePage() });
      try {
        await exitAlone(s, 'glue 404');
        assert.ok(env.requests.includes('widget /noglue/oberih_app.js'), 'the glue was asked for and not found');
      } finally { await s.close(); }
    });

    test('the exit works when the panel\'s requests are blocked (where the engine can block)', { ...T, skip: !CAN[name].block && `${name}'s driver cannot block requests` }, async () => {
      const url = drv.hostPage(env, `${name}-blocked`);
      const s = await drv.open(url, { before: beforePage(), block: 'oberih_app' });
      try {
        await exitAlone(s, 'blocked');
      } finally { await s.close(); }
    });

    test('the exit works with the panel loaded: history is replaced, Back goes to the page before', T, async () => {
      const url = drv.hostPage(env, `${name}-withwasm`);
      const s = await drv.open(url, { before: beforePage() });
      try {
        await panelReady(s);
        assert.deepEqual(await s.errors(), [], 'no console error');
        const length = await s.evaluate(() => history.length);
        await s.click('.exit');
        await s.waitForUrl(env.exitUrl);
        assert.equal(await s.evaluate(() => history.length), length, 'no history entry was added');
        await s.back();
        await s.waitForUrl(beforePage());
      } finally { await s.close(); }
    });

    test('a modal <dialog> opened on the page: the exit moves into it, and a click on it leaves', T, async () => {
      const body = '<main><h1>Council</h1></main><dialog id="d"><p>Cookies?</p><button>OK</button></dialog>';
      const url = drv.hostPage(env, `${name}-dialog`, { body });
      const s = await drv.open(url, { before: beforePage() });
      try {
        await panelReady(s);
        await s.evaluate(() => document.getElementById('d').showModal());
        await s.waitFor(() => document.querySelector('oberih-widget').parentElement.id === 'd', null, { what: 'the exit in the dialog' });
        await s.click('.exit');
        await s.waitForUrl(env.exitUrl);
        await s.back();
        await s.waitForUrl(beforePage());
      } finally { await s.close(); }
    });

    test('Shift three times exits, another key in between resets the count, Back goes to the page before', T, async () => {
      const url = drv.hostPage(env, `${name}-shift`);
      const s = await drv.open(url, { before: beforePage() });
      try {
        await panelReady(s);
        const status = () => text(s, '[role=status]');
        await s.press('Shift');
        const two = await status();
        await s.press('Shift');
        const one = await status();
        assert.ok(two && one && two !== one, `announces the countdown: ${two} / ${one}`);
        await s.press('a'); // any other key starts again
        await s.press('Shift');
        await s.press('Shift');
        // Leaving covers the page at once, before location.replace: no cover means no exit.
        await new Promise((r) => setTimeout(r, 300));
        assert.equal(await inShadow(s, (root) => !!root.querySelector('.cover')), false, 'not yet: the sequence was broken');
        assert.equal(await s.url(), url);
        assert.ok(ftl('en', 'exit.ftl')['exit-shift-expired']);
        assert.deepEqual(await s.errors(), [], 'no console error');
        // Left and right Shift alternate freely.
        await s.press('ShiftRight');
        await s.press('ShiftLeft');
        await s.press('ShiftRight');
        await s.waitForUrl(env.exitUrl);
        await s.back();
        await s.waitForUrl(beforePage());
      } finally { await s.close(); }
    });

    test('the panel shows emergency and domestic-violence numbers as tel: links; the directory filters by region', T, async () => {
      const url = drv.hostPage(env, `${name}-first-ua`, { attrs: { 'data-country': 'UA', 'data-region': 'UA-30' } });
      const s = await drv.open(url);
      try {
        await panelReady(s);
        await s.click('[part=launcher]');
        await panelOpen(s);
        const hrefs = await inShadow(s, (root) => [...root.querySelectorAll('.now a.call')].map((a) => a.getAttribute('href')));
        for (const h of ['tel:102', 'tel:103', 'tel:112', 'tel:1547']) assert.ok(hrefs.includes(h), `${h} in ${hrefs}`);
        assert.ok(hrefs.filter((h) => h.startsWith('tel:')).every((h) => /^tel:\+?\d+$/.test(h)), `digits only: ${hrefs}`);
        const badges = await inShadow(s, (root) => [...root.querySelectorAll('.now .badge')].map((b) => b.textContent));
        assert.ok(badges.includes('24/7') && badges.includes('Free'), `badges: ${badges}`);
        await s.click('.home [part=choice]', 1);
        await s.waitFor(() => document.querySelector('oberih-widget').shadowRoot.querySelector('.directory') !== null, null, { what: 'the directory' });
        assert.match(await text(s, '.directory'), /15-00/, 'Kyiv city line for UA-30');
        assert.deepEqual(await s.errors(), [], 'no console error');
      } finally { await s.close(); }
    });

    test('a flow path to an end with a number, the directory with another region: no trace, no other origin, no console error', T, async () => {
      const url = drv.hostPage(env, `${name}-kz39`, { attrs: { 'data-country': 'KZ', 'data-region': 'KZ-39', 'data-lang': 'ru' } });
      // What a fresh profile holds for the host's origin, read on the page before, where the widget never ran.
      const s = await drv.open(beforePage());
      try {
        const empty = await traces(s);
        assert.deepEqual(empty, { history: empty.history, state: 'null', name: '', url: beforePage(), title: 'Before', cookie: '', local: 0, session: 0,
          idb: [], caches: [], workers: 0, cookies: 0 }, 'a fresh profile');
        await s.goto(url);
        const fresh = { ...empty, history: empty.history + 1, url, title: 'Host page' };
        await panelReady(s);
        assert.deepEqual(await traces(s), fresh, 'start-up leaves no trace');

        await s.click('[part=launcher]');
        await panelOpen(s);
        const hrefs = await inShadow(s, (root) => [...root.querySelectorAll('.now a.call')].map((a) => a.getAttribute('href')));
        for (const h of ['tel:102', 'tel:103', 'tel:111']) assert.ok(hrefs.includes(h), `${h} in ${hrefs}`);
        // The flow: the first answer at every step, to an end; one Back on the way.
        await s.click('.home [part=choice]', 0);
        const start = await s.waitFor(() => document.querySelector('oberih-widget').shadowRoot.querySelector('.flow .step-title')?.textContent,
          null, { what: 'the first step' });
        let steps = 0;
        for (;;) {
          const n = await inShadow(s, (root) => root.querySelectorAll('.flow [part=choice]').length);
          if (n === 0) break;
          const title = await text(s, '.flow .step-title');
          await s.click('.flow [part=choice]', 0);
          await s.waitFor((t) => document.querySelector('oberih-widget').shadowRoot.querySelector('.flow .step-title')?.textContent !== t,
            title, { what: 'the next step' });
          // The new step's heading takes focus, so screen readers announce it.
          assert.equal(await inShadow(s, (root) => root.activeElement?.className), 'step-title');
          if (steps === 0) {
            await s.click('.flow [part=back]');
            await s.waitFor((t) => document.querySelector('oberih-widget').shadowRoot.querySelector('.flow .step-title')?.textContent === t,
              start, { what: 'Back to the first step' });
            await s.click('.flow [part=choice]', 0);
          }
          assert.ok(++steps < 15, 'the flow ends');
        }
        const calls = await inShadow(s, (root) => [...root.querySelectorAll('.flow a.call')].map((a) => a.getAttribute('href')));
        assert.ok(calls.some((h) => h.startsWith('tel:')), `the end "${await text(s, '.flow .step-title')}" shows a number to call: ${calls}`);
        assert.ok(steps >= 1, `${steps} steps`);

        // Home again, one Back at a time, then the directory: the configured region, then another.
        for (let i = 0; i < 15; i++) {
          const title = await text(s, '.flow .step-title');
          if (title === null) break;
          await s.click('.flow [part=back]');
          await s.waitFor((t) => document.querySelector('oberih-widget').shadowRoot.querySelector('.flow .step-title')?.textContent !== t,
            title, { what: 'the step before' });
        }
        await s.click('.home [part=choice]', 1);
        // The region's own group comes first, under its name (Kostanay lists no service of its own yet).
        const group = () => inShadow(s, (root) => root.querySelector('.directory h3.group')?.textContent.trim() ?? null);
        await s.waitFor(() => document.querySelector('oberih-widget').shadowRoot.querySelector('.directory') !== null, null, { what: 'the directory' });
        assert.equal(await group(), RU['region-kz-39']);
        assert.match(await text(s, '.directory'), /\b111\b/, 'the national line 111');
        await inShadow(s, (root) => {
          const select = root.querySelector('select.region');
          select.value = 'KZ-71';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        });
        await poll(async () => (await group()) === RU['region-kz-71'], { what: 'the Astana group' });

        assert.deepEqual(await traces(s), fresh, 'the browser holds the same as before');
        assert.deepEqual(origins(s), [], 'no request to any other origin');
        assert.ok(s.requests().some((u) => u.endsWith('/oberih_app_bg.wasm')), 'the proxy saw the wasm');
        assert.deepEqual(await s.errors(), [], 'no console error');
        // The check can fail: a request to another (loopback) origin, even one that fails, is seen.
        await s.evaluate(() => fetch('http://127.0.0.2:8081/probe').catch(() => null));
        assert.deepEqual(origins(s), ['http://127.0.0.2:8081'], 'the proxy sees a request to another origin');
      } finally { await s.close(); }
    });
  });
}
