// Trust: one integrity hash pins the whole widget (the embed script carries the glue's hash, the glue the
// hashes of the wasm and of each language's messages), and hardened host pages (Trusted Types) work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, open, panelReady, shadow, ftl, DIST } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const strict = () => `default-src 'none'; script-src ${env.widgetOrigin} 'wasm-unsafe-eval'; connect-src ${env.widgetOrigin}; style-src 'self'`;

/** Serves `file` from the widget's origin with one byte appended, so its hash differs (CORS as the real one). */
async function tamper(context, file) {
  const body = Buffer.concat([fs.readFileSync(path.join(DIST, file)), Buffer.from('\n')]);
  await context.route(`**/${file}`, (r) => r.fulfill({ body, headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': file.endsWith('.wasm') ? 'application/wasm' : file.endsWith('.js') ? 'text/javascript' : 'text/plain' } }));
}

for (const [file, lang] of [['oberih_app.js', 'en'], ['oberih_app_bg.wasm', 'en'], ['locales/uk.ftl', 'uk']]) {
  for (const csp of [false, true]) {
    test(`a changed ${file}${csp ? ', under a strict CSP' : ''}: the panel does not start, one message names it, the exit works`, async () => {
      const url = env.page(`tamper-${file.replace(/\W/g, '')}-${csp}`, { attrs: { 'data-lang': lang }, headers: csp ? { 'Content-Security-Policy': strict() } : undefined });
      const { context, page, log } = await open(env, url);
      await tamper(context, file);
      await page.reload();
      await shadow(page, '.exit').waitFor({ state: 'visible', timeout: 5000 });
      // Long enough for the panel to have started if it were going to (it takes well under a second here).
      await page.waitForTimeout(3000);
      assert.equal(await shadow(page, '[part=launcher]').count(), 0, 'the panel did not start');
      const ours = log.console.filter((m) => m.text.startsWith('Oberih:'));
      assert.equal(ours.length, 1, `one message of the widget's: ${JSON.stringify(ours)}`);
      assert.ok(ours[0].text.includes(file.split('/').pop()), `it names the file: ${ours[0].text}`);
      assert.ok(ours[0].text.includes('The exit still works'), ours[0].text);
      assert.deepEqual(log.errors, []);
      await shadow(page, '.exit').click();
      await page.waitForURL(env.exitUrl);
      await context.close();
    });
  }
}

test('a language changed after the panel started is refused: the panel keeps its language and says why', async () => {
  const url = env.page('tamper-switch');
  const { context, page, log } = await open(env, url);
  await tamper(context, 'locales/ru.ftl');
  await panelReady(page);
  await shadow(page, '[part=launcher]').click();
  const title = await shadow(page, '.title').textContent();
  await shadow(page, 'select.lang').selectOption('ru');
  await page.waitForFunction(() => true);
  await page.waitForTimeout(500);
  assert.equal(await shadow(page, '.title').textContent(), title, 'still English');
  const ours = log.console.filter((m) => m.type === 'error' && m.text.startsWith('Oberih:'));
  assert.equal(ours.length, 1, JSON.stringify(ours));
  assert.match(ours[0].text, /ru\.ftl is not the file this build expects/);
  await context.close();
});

// Trusted Types: the widget sets no HTML from strings anywhere, so it needs no policy, even where the page
// allows none (`trusted-types 'none'`).
for (const [label, tt] of [['enforced', "require-trusted-types-for 'script'"], ['enforced, no policy allowed', "require-trusted-types-for 'script'; trusted-types 'none'"]]) {
  test(`Trusted Types ${label}, under a strict CSP: the panel, a flow path and the directory work with no violation`, async () => {
    const url = env.page('tt-' + label.length, { attrs: { 'data-region': 'UA-30' }, headers: { 'Content-Security-Policy': `${strict()}; ${tt}` } });
    const { context, page, log } = await open(env, url);
    await panelReady(page);
    await shadow(page, '[part=launcher]').click();
    // A flow path to its end, always the first answer, then back home and into the directory.
    await shadow(page, '.home [part=choice]').first().click();
    for (let i = 0; i < 12 && await shadow(page, '.flow [part=choice]').count(); i++) await shadow(page, '.flow [part=choice]').first().click();
    assert.ok(await shadow(page, '.flow a.call').count() > 0, 'the end shows numbers');
    for (const box of await shadow(page, '.flow .checklist input').all()) await box.check();
    await shadow(page, '[part=close]').click();
    await shadow(page, '[part=launcher]').click();
    while (await shadow(page, '.flow [part=back]').count()) await shadow(page, '.flow [part=back]').click();
    await shadow(page, '.home [part=choice]').nth(1).click();
    await shadow(page, 'select.region').selectOption('UA-46');
    await shadow(page, 'select.lang').selectOption('kk');
    assert.ok(await shadow(page, 'ul.services li').count() > 0, 'the directory lists services');
    const violations = log.console.filter((m) => /Trusted|TrustedHTML|Content.Security.Policy|Refused/i.test(m.text));
    assert.deepEqual(violations, []);
    assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
    assert.deepEqual(log.errors, []);
    await shadow(page, '.exit').click();
    await page.waitForURL(env.exitUrl);
    await context.close();
  });
}

test('a lost request is not a changed file: the file is fetched again, hashed, and used', async () => {
  const url = env.page('lost-once', { attrs: { 'data-lang': 'uk' } });
  const { context, page, log } = await open(env, url);
  let lost = 1;
  await context.route('**/locales/uk.ftl', (r) => (lost-- > 0 ? r.abort() : r.continue()));
  await panelReady(page);
  await shadow(page, '[part=launcher]').click();
  assert.equal(await shadow(page, '.title').textContent(), ftl('uk', 'panel.ftl')['panel-title'], 'Ukrainian, not English');
  assert.deepEqual(log.console.filter((m) => m.text.startsWith('Oberih:')), []);
  await context.close();
});

test('a browser without modulepreload checks the glue with a module script instead', async () => {
  const noPreload = `{ const s = DOMTokenList.prototype.supports; DOMTokenList.prototype.supports = function (t) { return t === 'modulepreload' ? false : s.call(this, t); }; }`;
  for (const changed of [false, true]) {
    const url = env.page('no-preload-' + changed);
    const { context, page, log } = await open(env, url);
    await page.addInitScript(noPreload);
    if (changed) await tamper(context, 'oberih_app.js');
    const scripts = [];
    page.on('request', (r) => { if (r.url().endsWith('oberih_app.js')) scripts.push(r.resourceType()); });
    await page.reload();
    await shadow(page, '.exit').waitFor({ state: 'visible' });
    if (changed) {
      await page.waitForTimeout(2000);
      assert.equal(await shadow(page, '[part=launcher]').count(), 0, 'a changed glue is refused');
      assert.equal(log.console.filter((m) => m.text.startsWith('Oberih:') && m.text.includes('oberih_app.js')).length, 1);
    } else {
      await panelReady(page);
      assert.equal(await page.evaluate(() => document.querySelectorAll('script[type=module], link[rel=modulepreload]').length), 0, 'the element left the page');
    }
    assert.ok(scripts.includes('script'), `loaded as a script: ${scripts}`);
    await shadow(page, '.exit').click();
    await page.waitForURL(env.exitUrl);
    await context.close();
  }
});

test('no script of the host page can read the panel: closed shadow roots, and the replay tools\' masking hints', async () => {
  const body = '<main><h1>Help</h1><oberih-widget mode="inline"></oberih-widget></main>';
  const url = env.page('closed-roots', { body });
  // Without the harness's test-only script that opens the roots: as a host page (or a replay script) has them.
  const { context, page, log } = await open(env, url, { openRoots: false });
  await page.waitForFunction(() => document.querySelectorAll('oberih-widget').length === 2);
  await page.waitForTimeout(2000); // the panels mount meanwhile
  const seen = await page.evaluate(() => [...document.querySelectorAll('oberih-widget')].map((w) => ({
    root: w.shadowRoot,
    text: w.textContent + w.innerHTML,
    classes: [...w.classList].sort(),
    clarity: w.getAttribute('data-clarity-mask'),
    hotjar: w.hasAttribute('data-hj-suppress'),
  })));
  for (const w of seen) {
    assert.deepEqual(w, { root: null, text: '', classes: ['rr-block', 'ym-hide-content'], clarity: 'true', hotjar: true });
  }
  // The exit works all the same (located by its place on screen: the page cannot query it).
  assert.deepEqual(log.errors, []);
  // The default corner, bottom left (EXIT_CORNER in src/exit/oberih.js).
  const vp = page.viewportSize();
  await page.mouse.click(40, vp.height - 30);
  await page.waitForURL(env.exitUrl, { timeout: 5000 });
  await context.close();
});
