// The quick exit: the part that must never fail. Release build, widget on another origin than the host page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, panelReady, shadow, ftl, LANGS } from './harness.mjs';

// The exit's default corner (EXIT_CORNER in src/exit/oberih.js): the one that covered no host control measured.
const DEFAULT_EXIT_CORNER = 'bottom-left';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

async function exitBox(page) {
  const exit = shadow(page, '.exit');
  await exit.waitFor({ state: 'visible', timeout: 5000 });
  return exit.boundingBox();
}

/** The exit is what a tap at its centre reaches: nothing of the host page covers it. */
async function exitIsOnTop(page) {
  const box = await exitBox(page);
  return page.evaluate(({ x, y }) => {
    const root = document.querySelector('oberih-widget').shadowRoot;
    const hit = root.elementFromPoint(x, y);
    return !!hit && hit.classList.contains('exit');
  }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

/**
 * The exit was not triggered: leaving covers the page at once (synchronously, before `location.replace`,
 * which is asynchronous), so no cover means no exit; and the page is still there a moment later.
 */
async function stays(page, url, message) {
  const covered = await page.evaluate(() => !!document.querySelector('oberih-widget').shadowRoot.querySelector('.cover'));
  assert.equal(covered, false, message);
  await page.waitForTimeout(500);
  assert.equal(page.url(), url, message);
}

test('the exit works without the wasm and replaces the page, so Back skips it', async () => {
  const url = env.page('nowasm');
  const { context, page, log } = await open(env, url, {});
  // Block the panel entirely: glue and wasm never arrive.
  await context.route('**/oberih_app*', (r) => r.abort());
  await page.reload();
  const box = await exitBox(page);
  assert.ok(box.width >= 44 && box.height >= 44, `exit is ${box.width}x${box.height}`);
  assert.equal(await shadow(page, '.exit').getAttribute('href'), env.exitUrl);
  const length = await page.evaluate(() => history.length);
  await shadow(page, '.exit').click();
  await page.waitForURL(env.exitUrl);
  assert.equal(await page.evaluate(() => history.length), length, 'no history entry was added');
  // The neutral site learns nothing of where the visitor was: no Referer header, no document.referrer.
  assert.equal(env.arrivals.at(-1).referer, null, 'no Referer header');
  assert.equal(await page.evaluate(() => document.referrer), '', 'no document.referrer');
  await page.goBack();
  assert.equal(page.url(), `${env.hostOrigin}/before`, 'Back goes to the page before, never the host page');
  assert.ok(log.console.some((m) => m.type === 'warning' && m.text.includes('The exit still works')));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the exit works with the panel loaded, by click and by Enter', async () => {
  const url = env.page('withwasm');
  for (const how of ['click', 'enter']) {
    const { context, page } = await open(env, url);
    await panelReady(page);
    if (how === 'click') await shadow(page, '.exit').click();
    else {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.querySelector('oberih-widget').shadowRoot.activeElement?.className);
      assert.equal(focused, 'exit', 'the exit is the first Tab stop');
      await page.keyboard.press('Enter');
    }
    await page.waitForURL(env.exitUrl);
    await page.goBack();
    assert.equal(page.url(), `${env.hostOrigin}/before`);
    await context.close();
  }
});

test('Shift pressed three times exits; Shift with another key and other keys reset the count', async () => {
  const url = env.page('shift', { body: '<main><h1>Council</h1><input id="q" aria-label="Search"></main>' });
  const { context, page } = await open(env, url);
  await panelReady(page);
  const status = () => page.evaluate(() => document.querySelector('oberih-widget').shadowRoot.querySelector('[role=status]').textContent);
  const en = ftl('en', 'exit.ftl');
  await page.keyboard.press('Shift');
  const two = await status();
  await page.keyboard.press('Shift');
  const one = await status();
  assert.ok(two && one && two !== one, `announces the countdown: ${two} / ${one}`);
  await page.keyboard.press('a'); // any other key starts again
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift+A'); // Shift used as a modifier does not count
  await page.keyboard.press('Shift');
  await stays(page, url, 'not yet: the sequence was broken');
  // Left and right Shift alternate freely (a known GOV.UK problem): three alternating presses from a fresh count.
  await page.keyboard.press('a');
  await page.keyboard.press('ShiftRight');
  await page.keyboard.press('ShiftLeft');
  await stays(page, url, 'two alternating presses are not three');
  await page.keyboard.press('ShiftRight');
  await page.waitForURL(env.exitUrl);
  assert.ok(en['exit-shift-expired'], 'the expiry message exists');
  await context.close();
});

test('the Shift count expires after five seconds and says so', async () => {
  const url = env.page('expire');
  const { context, page } = await open(env, url);
  await page.clock.install();
  await page.reload();
  await panelReady(page);
  await page.keyboard.press('Shift');
  await page.clock.runFor(5100);
  const text = await page.evaluate(() => document.querySelector('oberih-widget').shadowRoot.querySelector('[role=status]').textContent);
  assert.equal(text, ftl('en', 'exit.ftl')['exit-shift-expired']);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await stays(page, url, 'the expired press no longer counts');
  await context.close();
});

test('including the script twice gives one widget and no error', async () => {
  const tag = `<script src="${env.scriptUrl}" data-country="UA" data-exit-url="${env.exitUrl}" defer></script>`;
  const url = env.page('twice', { snippet: tag + tag });
  const { context, page, log } = await open(env, url);
  await panelReady(page);
  assert.equal(await page.locator('oberih-widget').count(), 1);
  assert.equal(await shadow(page, '.exit').count(), 1);
  assert.equal(await page.evaluate(() => document.body.firstElementChild.localName), 'oberih-widget', 'first child of body');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('bad configuration: one clear message each, safe defaults, a working widget', async () => {
  const url = env.page('badconfig', {
    attrs: { 'data-exit-url': 'javascript:alert(1)', 'data-lang': 'xx', 'data-position': 'top-middle', 'data-country': 'ZZ', 'data-region': 'ZZ-1' },
  });
  const { context, page, log } = await open(env, url);
  await panelReady(page);
  const errors = log.console.filter((m) => m.type === 'error').map((m) => m.text);
  const warnings = log.console.filter((m) => m.type === 'warning').map((m) => m.text);
  for (const [name, value] of [['exit-url', 'javascript:alert(1)'], ['lang', 'xx'], ['position', 'top-middle'], ['region', 'ZZ-1']]) {
    const hits = errors.filter((e) => e.includes(name) && e.includes(value));
    assert.equal(hits.length, 1, `one error for ${name}: ${JSON.stringify(errors)}`);
  }
  assert.equal(warnings.filter((w) => w.includes('"ZZ"') && w.includes('112')).length, 1);
  assert.equal(await shadow(page, '.exit').getAttribute('href'), 'https://www.google.com/webhp', 'the documented default');
  await shadow(page, '[part=launcher]').click();
  assert.equal(await shadow(page, '.now a[href="tel:112"]').count(), 1, 'an unknown country shows 112');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('hostile host CSS cannot hide, cover or shrink the exit', async () => {
  const css = `<style>
    * { all: unset !important; display: none !important; }
    html, body, main { display: block !important; }
    oberih-widget { display: none !important; visibility: hidden !important; opacity: 0 !important; transform: scale(0) !important; }
    oberih-widget { translate: -9999px 0 !important; scale: 0 !important; zoom: 0.01 !important; filter: opacity(0) !important;
      mask-image: linear-gradient(transparent, transparent) !important; content-visibility: hidden !important;
      position: absolute !important; left: -9999px !important; clip-path: inset(50%) !important; }
    oberih-widget::part(exit), oberih-widget::part(launcher) { display: none !important; translate: -9999px 0 !important; }
    .overlay { display: block !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; background: #000 !important; }
    body { transform: translateZ(0) !important; filter: blur(0) !important; }
  </style>`;
  const url = env.page('hostile', { head: css, body: '<main><div class="overlay"></div><p>Page</p></main>' });
  const { context, page } = await open(env, url);
  await panelReady(page);
  const box = await exitBox(page);
  assert.ok(box.width >= 44 && box.height >= 44, `exit is ${box.width}x${box.height}`);
  const vw = page.viewportSize();
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= vw.width && box.y + box.height <= vw.height, `exit is on screen: ${JSON.stringify(box)}`);
  assert.ok(await exitIsOnTop(page), 'nothing covers the exit');
  await shadow(page, '.exit').click();
  await page.waitForURL(env.exitUrl);
  await context.close();
});

test('under a strict Content-Security-Policy the exit and the panel work with no violation', async () => {
  const csp = `default-src 'none'; script-src ${env.widgetOrigin} 'wasm-unsafe-eval'; connect-src ${env.widgetOrigin}; style-src 'self'; img-src 'self'`;
  const url = env.page('csp', { headers: { 'Content-Security-Policy': csp } });
  const { context, page, log } = await open(env, url);
  await panelReady(page);
  await shadow(page, '[part=launcher]').click();
  await shadow(page, '[part=panel]').waitFor({ state: 'visible' });
  const violations = log.console.filter((m) => /Content.Security.Policy|Refused to/i.test(m.text));
  assert.deepEqual(violations, []);
  await shadow(page, '.exit').click();
  await page.waitForURL(env.exitUrl);
  await context.close();
});

test('a CSP without wasm-unsafe-eval: the panel cannot load, the exit still works', async () => {
  const csp = `default-src 'none'; script-src ${env.widgetOrigin}; connect-src ${env.widgetOrigin}`;
  const url = env.page('csp-nowasm', { headers: { 'Content-Security-Policy': csp } });
  const { context, page } = await open(env, url);
  await exitBox(page);
  await shadow(page, '.exit').click();
  await page.waitForURL(env.exitUrl);
  await context.close();
});

test('on a 360x640 touch screen the exit is visible, big enough, and a tap leaves', async () => {
  const url = env.page('phone', { body: '<main>' + '<p>Long news text.</p>'.repeat(200) + '</main>' });
  const { context, page } = await open(env, url, { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  await panelReady(page);
  await page.mouse.wheel(0, 3000);
  await page.evaluate(() => window.scrollTo(0, 5000));
  const box = await exitBox(page);
  assert.ok(box.y >= 0 && box.y + box.height <= 640 && box.x + box.width <= 360, `in the viewport: ${JSON.stringify(box)}`);
  assert.ok(box.width >= 44 && box.height >= 44);
  await shadow(page, '.exit').tap();
  await page.waitForURL(env.exitUrl);
  await context.close();
});

test('each locale labels the exit from its .ftl file from the first paint', async () => {
  for (const lang of LANGS) {
    const url = env.page('lang-' + lang, { attrs: { 'data-lang': lang } });
    const { context, page } = await open(env, url);
    await context.route('**/oberih_app*', (r) => r.abort()); // before and without the wasm
    await page.reload();
    const label = await shadow(page, '.exit').textContent();
    assert.equal(label, ftl(lang, 'exit.ftl')['exit-button'], lang);
    assert.equal(await shadow(page, '.exit').getAttribute('lang'), lang);
    await context.close();
  }
});

test('the page language, then the visitor language, then the country choose the language', async () => {
  const cases = [
    [{ 'data-lang': null }, '<html lang="ru">', 'en-US', 'ru'],
    [{ 'data-lang': null, 'data-country': 'KZ' }, '', 'de-DE', 'kk'],
    [{ 'data-lang': null }, '', 'uk-UA', 'uk'],
  ];
  for (const [i, [attrs, , locale, want]] of cases.entries()) {
    let url = env.page('neg' + i, { attrs });
    if (i === 0) {
      const p = env.pages.get('/neg0');
      p.html = p.html.replace('<html lang="en">', '<html lang="ru">');
    } else {
      const p = env.pages.get('/neg' + i);
      p.html = p.html.replace('<html lang="en">', '<html>');
    }
    const { context, page } = await open(env, url, { locale });
    await exitBox(page);
    assert.equal(await shadow(page, '.exit').getAttribute('lang'), want, `case ${i}`);
    await context.close();
  }
});

test('fuzz: no exit-url, lang, position or country a page can set breaks the exit or its label', async () => {
  const urls = ['javascript:alert(1)', 'JaVaScRiPt:x', 'java\tscript:x', 'data:text/html,x', 'vbscript:x', 'ftp://x.example/',
    '//evil.example/', '/relative', 'https://ok.example/a?b=c#d', 'HTTP://UPPER.EXAMPLE', ' https://spaced.example ', 'https://',
    'http://[::1]/', 'https://xn--80ak6aa92e.com/', 'https://пример.укр/', 'blob:https://x/1', 'about:blank', '', ' ', '\u0000',
    'https://x.example/' + 'a'.repeat(3000), 'mailto:x@example.org', 'tel:102', 'https://user:pass@x.example/'];
  const langs = ['uk', 'UK', 'uk-UA', 'kk_KZ', 'ru-RU-x-y', 'en', 'xx', '', '-', '_', 'constructor', '__proto__', 'toString',
    'hasOwnProperty', 'uk ', ' ru', 'kk\n', 'ua', 'Ru-', 'en-GB-oxendict', '😀', 'x'.repeat(500)];
  const CORNERS = ['top-right', 'top-left', 'bottom-right', 'bottom-left'];
  const positions = [...CORNERS, 'BOTTOM-LEFT', ' bottom-left', 'top-middle', '__proto__', 'indexOf', '', '0', 'length'];
  const countries = ['UA', 'ua', 'KZ', 'kz', 'ZZ', '', 'constructor', '__proto__', 'U A', 'UKR'];
  let seed = 7;
  const pick = (list) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const v = list[seed % list.length];
    // One in four values is mangled: a character dropped or doubled.
    if (v && (seed >> 8) % 4 === 0) {
      const at = (seed >> 10) % v.length;
      return (seed >> 12) % 2 ? v.slice(0, at) + v.slice(at + 1) : v.slice(0, at) + v[at] + v.slice(at);
    }
    return v;
  };
  const trials = Array.from({ length: 240 }, () => ({ 'exit-url': pick(urls), lang: pick(langs), position: pick(positions), 'exit-position': pick(positions), country: pick(countries) }));
  const url = env.page('fuzz-config');
  const { context, page } = await open(env, url);
  await context.route('**/oberih_app*', (r) => r.abort()); // the exit alone: its configuration is the embed script's
  await page.reload();
  await page.waitForFunction(() => document.querySelector('oberih-widget')?.shadowRoot?.querySelector('.exit'));
  const got = await page.evaluate((list) => list.map((attrs) => {
    const el = document.createElement('oberih-widget');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.body.append(el);
    const root = el.shadowRoot;
    const a = root?.querySelector('.exit');
    const out = { href: a?.getAttribute('href'), lang: a?.lang, label: a?.textContent, app: root?.querySelector('.app')?.className,
      bar: root?.querySelector('.bar')?.className };
    el.remove();
    return out;
  }), trials);
  const labels = Object.fromEntries(LANGS.map((l) => [l, ftl(l, 'exit.ftl')['exit-button']]));
  let custom = 0;
  for (const [i, t] of trials.entries()) {
    const g = got[i];
    const label = JSON.stringify(t);
    let want = 'https://www.google.com/webhp';
    try {
      const u = new URL(t['exit-url'].trim());
      if (u.protocol === 'https:' || u.protocol === 'http:') want = u.href;
    } catch { /* the default */ }
    if (want !== 'https://www.google.com/webhp') custom++;
    assert.equal(g.href, want, `exit-url of ${label}`);
    assert.ok(LANGS.includes(g.lang), `lang ${g.lang} of ${label}`);
    assert.equal(g.label, labels[g.lang], `label of ${label}`);
    // The exit's corner is the embed script's (the launcher's is set by the panel, which is blocked here).
    const corner = CORNERS.includes(t['exit-position'].trim()) ? t['exit-position'].trim() : DEFAULT_EXIT_CORNER;
    assert.equal(g.bar, `bar ${corner.replace('-', ' ')}`, `exit corner of ${label}`);
  }
  assert.ok(custom > 20, `${custom} of ${trials.length} trials had a valid exit URL of their own`);
  console.log(`# config fuzz: ${trials.length} configurations, ${custom} with their own exit URL`);
  await context.close();
});

// ---- Issue 23: the exit on the pages people really have.

test('as the exit starts, the tab title goes blank and the neutral site gets no referrer (Shift x3 too)', async () => {
  // What the page looked like as it went, kept where the page before (same origin) can read it after Back: the
  // observer's callback runs right after the exit's handler, before the navigation commits.
  // (The exit empties the document as it goes: the referrer policy is read from the nodes it added.)
  const head = `<script>new MutationObserver((records) => sessionStorage.setItem('seen', JSON.stringify({ title: document.title,
    referrer: records.flatMap((r) => [...r.addedNodes]).find((n) => n.name === 'referrer')?.content ?? null })))
    .observe(document, { subtree: true, childList: true, characterData: true });</script>`;
  const url = env.page('blank-title', { head });
  for (const how of ['click', 'shift']) {
    const { context, page } = await open(env, url);
    await panelReady(page);
    if (how === 'click') await shadow(page, '.exit').click();
    else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(env.exitUrl);
    assert.equal(env.arrivals.at(-1).referer, null, `${how}: no Referer header`);
    assert.equal(await page.evaluate(() => document.referrer), '', `${how}: no document.referrer`);
    await page.goBack();
    assert.equal(page.url(), `${env.hostOrigin}/before`);
    assert.deepEqual(JSON.parse(await page.evaluate(() => sessionStorage.getItem('seen'))), { title: '', referrer: 'no-referrer' }, how);
    await context.close();
  }
});

test('corners: data-exit-position and data-position take the four corners; in one corner they stack', async () => {
  const vw = { width: 1280, height: 800 };
  const cases = [
    [{}, DEFAULT_EXIT_CORNER, 'bottom-right'],
    [{ 'data-exit-position': 'top-right', 'data-position': 'bottom-left' }, 'top-right', 'bottom-left'],
    [{ 'data-exit-position': 'bottom-left', 'data-position': 'top-right' }, 'bottom-left', 'top-right'],
    [{ 'data-exit-position': 'top-left', 'data-position': 'top-left' }, 'top-left', 'top-left'],
    [{ 'data-exit-position': 'bottom-right', 'data-position': 'bottom-right' }, 'bottom-right', 'bottom-right'],
  ];
  for (const [i, [attrs, exitAt, launcherAt]] of cases.entries()) {
    const url = env.page('corner' + i, { attrs });
    const { context, page, log } = await open(env, url);
    await panelReady(page);
    const exit = await exitBox(page);
    const launcher = await shadow(page, '[part=launcher]').boundingBox();
    const where = (b) => `${b.y + b.height / 2 < vw.height / 2 ? 'top' : 'bottom'}-${b.x + b.width / 2 < vw.width / 2 ? 'left' : 'right'}`;
    assert.equal(where(exit), exitAt, `case ${i}: the exit's corner`);
    assert.equal(where(launcher), launcherAt, `case ${i}: the launcher's corner`);
    const apart = exit.x + exit.width <= launcher.x || launcher.x + launcher.width <= exit.x
      || exit.y + exit.height <= launcher.y || launcher.y + launcher.height <= exit.y;
    assert.ok(apart, `case ${i}: the exit and the launcher do not overlap: ${JSON.stringify({ exit, launcher })}`);
    assert.ok(await exitIsOnTop(page), `case ${i}: on top`);
    assert.deepEqual(log.console.filter((m) => m.type === 'error'), [], `case ${i}`);
    await context.close();
  }
  // A wrong value: one message, the default corner.
  const url = env.page('corner-bad', { attrs: { 'data-exit-position': 'middle' } });
  const { context, page, log } = await open(env, url);
  const exit = await exitBox(page);
  assert.ok(exit.y > 700 && exit.x < 100, 'the default corner, bottom left');
  assert.equal(log.console.filter((m) => m.type === 'error' && m.text.includes('exit-position') && m.text.includes('"middle"')).length, 1);
  await context.close();
});

test('data-history="replace": the site\'s own links add no history entry, so one Back after the exit leaves the site', async () => {
  const links = (n) => `<main><h1>Page ${n}</h1><p><a id="next" href="/hist${n + 1}">Next</a> <a id="new" href="/hist${n + 1}" target="_blank">New tab</a>
    <a id="away" href="${env.exitUrl}?away">Elsewhere</a></p></main>`;
  const urls = [1, 2, 3].map((n) => env.page('hist' + n, { attrs: { 'data-history': 'replace' }, body: links(n) }));
  const { context, page } = await open(env, urls[0]);
  // From the moment the panel's module has loaded (panel-start.js).
  await panelReady(page);
  const length = await page.evaluate(() => history.length);
  await page.click('#next');
  await page.waitForURL(urls[1]);
  await panelReady(page);
  await page.click('#next');
  await page.waitForURL(urls[2]);
  assert.equal(await page.evaluate(() => history.length), length, 'same-origin link clicks replaced the entry');
  await shadow(page, '.exit').click();
  await page.waitForURL(env.exitUrl);
  await page.goBack();
  assert.equal(page.url(), `${env.hostOrigin}/before`, 'one Back leaves the site');
  await context.close();

  // Without the option, and for links that are not the site's own plain ones, links push as usual.
  const plain = env.page('hist-plain', { body: '<main><a id="next" href="/hist-plain2">Next</a></main>' });
  env.page('hist-plain2');
  const o = await open(env, plain);
  const before = await o.page.evaluate(() => history.length);
  await o.page.click('#next');
  await o.page.waitForURL(/hist-plain2/);
  assert.equal(await o.page.evaluate(() => history.length), before + 1, 'default: a link adds an entry');
  await o.context.close();
  const o2 = await open(env, urls[0]);
  await panelReady(o2.page);
  const n = await o2.page.evaluate(() => history.length);
  await o2.page.click('#away');
  await o2.page.waitForURL(/away/);
  assert.equal(await o2.page.evaluate(() => history.length), n + 1, 'a link to another origin adds an entry');
  await o2.context.close();
});

test('the script run synchronously in <body> before a page-authored <oberih-widget> gives one exit', async () => {
  const tag = `<script src="${env.scriptUrl}" data-country="UA" data-lang="en" data-exit-url="${env.exitUrl}"></script>`;
  const url = env.page('sync-body', { snippet: '', body: `${tag}<main><h1>Council</h1>${'<p>Text.</p>'.repeat(50)}</main><oberih-widget></oberih-widget>` });
  const { context, page, log } = await open(env, url);
  await panelReady(page);
  assert.equal(await page.locator('oberih-widget').count(), 1, 'one widget');
  assert.equal(await shadow(page, '.exit').count(), 1, 'one exit');
  assert.deepEqual(log.errors, []);
  await shadow(page, '.exit').click();
  await page.waitForURL(env.exitUrl);
  await context.close();
});

test('Back after the exit never shows the visit: the back/forward cache restores a reset panel', async () => {
  const bf = await start({ bfcache: true });
  try {
    // Cacheable pages (no-store keeps a page out of Chromium's back/forward cache), each recording a restore.
    const headers = { 'Cache-Control': 'max-age=0' };
    const head = '<script>addEventListener("pageshow", (e) => { if (e.persisted) window.__restored = true; });</script>';
    const b = bf.page('bf-b', { headers, head });
    const a = bf.page('bf-a', { headers, head, body: `<main><h1>Help</h1><a id="next" href="${b}">Next page</a></main>` });
    const { context, page } = await open(bf, a);
    await panelReady(page);
    await shadow(page, '[part=launcher]').click();
    // What the visitor did: into the flow, to the safety plan, one item ticked, another language.
    await shadow(page, '.home [part=choice]').first().click();
    await shadow(page, '.flow [part=choice]').nth(3).click();
    await shadow(page, '.checklist input').first().check();
    await shadow(page, '.lang').selectOption('uk');
    await page.waitForFunction(() => document.querySelector('oberih-widget').shadowRoot.querySelector('.exit').lang === 'uk');
    const deep = await page.evaluate(() => !!document.querySelector('oberih-widget').shadowRoot.querySelector('.flow'));
    assert.ok(deep, 'the visitor was in the flow');
    await page.click('#next');
    await page.waitForURL(b);
    await panelReady(page);
    await shadow(page, '.exit').click();
    await page.waitForURL(bf.exitUrl);
    // A page restored from the cache fires no load event: wait for the navigation to commit only.
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForURL(a, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__restored === true, null, { timeout: 5000 }).catch(() => {});
    assert.equal(await page.evaluate(() => window.__restored === true), true, 'page A came back from the back/forward cache');
    const state = await page.evaluate(() => {
      const root = document.querySelector('oberih-widget').shadowRoot;
      const panel = root.querySelector('[part=panel]');
      return {
        open: !!panel && !panel.hidden,
        flow: !!root.querySelector('.flow'),
        ticked: root.querySelectorAll('input:checked').length,
        exitLang: root.querySelector('.exit').lang,
      };
    });
    assert.deepEqual(state, { open: false, flow: false, ticked: 0, exitLang: 'en' }, 'closed, at its start, nothing ticked, the first language');
    // Opened again, it starts from the beginning.
    await shadow(page, '[part=launcher]').click();
    assert.equal(await page.evaluate(() => !!document.querySelector('oberih-widget').shadowRoot.querySelector('.flow')), false);
    assert.equal(await page.evaluate(() => document.querySelector('oberih-widget').shadowRoot.querySelector('.lang').value), 'en');
    await context.close();
  } finally {
    await bf.close();
  }
});
