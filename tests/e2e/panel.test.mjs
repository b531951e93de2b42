// The help panel on the release build: every path of the guided flow in every locale, the directory, and the
// proof that using it leaves no trace in the browser and talks to no other origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, panelReady, shadow, ftl, LANGS, pageTraces } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const titleOf = (page) => shadow(page, '.step-title').textContent();

/** What the browser remembers of a page (harness.mjs `pageTraces`), and its cookies. */
async function traces(page, context) {
  const inPage = await page.evaluate(pageTraces);
  inPage.cookies = (await context.cookies()).length;
  return inPage;
}

/** Walks every path of the flow from the start, depth first, using the answers and Back. Returns the ends. */
async function walk(page, seen = new Set(), depth = 0) {
  const title = await titleOf(page);
  // Tick every safety-plan box on the way: kept in memory only.
  const boxes = shadow(page, '.flow .checklist input[type=checkbox]');
  for (let i = 0; i < await boxes.count(); i++) {
    await boxes.nth(i).check();
    seen.ticked = (seen.ticked || 0) + 1;
  }
  const answers = shadow(page, '.flow [part=choice]');
  const n = await answers.count();
  if (n === 0) {
    // Every end offers something to call.
    assert.ok(await shadow(page, '.flow a.call[href^="tel:"]').count() > 0, `the end "${title}" shows a number to call`);
    return 1;
  }
  let ends = 0;
  for (let i = 0; i < n; i++) {
    const label = await answers.nth(i).textContent();
    const key = title + ' > ' + label;
    if (seen.has(key) || depth > 12) continue;
    seen.add(key);
    await answers.nth(i).click();
    // The new step's heading takes focus, so screen readers announce it.
    const focused = await page.evaluate(() => document.querySelector('oberih-widget').shadowRoot.activeElement?.className);
    assert.equal(focused, 'step-title');
    ends += await walk(page, seen, depth + 1);
    await shadow(page, '.flow [part=back]').click();
    assert.equal(await titleOf(page), title, 'Back returns one step');
  }
  return ends;
}

for (const country of ['UA', 'KZ']) {
  test(`every path of the flow, in every locale, for ${country}: no trace and no other origin`, async () => {
    for (const lang of LANGS) {
      const url = env.page(`flow-${country}-${lang}`, { attrs: { 'data-country': country, 'data-lang': lang } });
      const { context, page, log } = await open(env, url);
      // What a fresh browser holds for this page, known before anything ran: so whatever start-up might
      // write is caught too, not only what the flow writes.
      // History: the new tab's blank page, the page before, this page.
      const fresh = { history: 3, state: 'null', name: '', url, title: 'Host page', cookie: '', local: 0, session: 0, idb: [], caches: [], workers: 0, cookies: 0 };
      await panelReady(page);
      assert.deepEqual(await traces(page, context), fresh, `${country}/${lang}: start-up leaves no trace`);
      await shadow(page, '[part=launcher]').click();
      await shadow(page, '.home [part=choice]').first().click();
      const text = await shadow(page, '[part=panel]').innerText();
      assert.doesNotMatch(text, /\b(flow|panel|service|region)-[a-z0-9-]+\b/, `no raw message id in ${lang}`);
      const seen = new Set();
      const ends = await walk(page, seen);
      assert.ok(ends >= 10, `${ends} ends reached`);
      assert.ok(seen.ticked > 0, 'safety-plan boxes were ticked');
      // The other views too: the directory, each audience filter, another region; a safety-plan tick.
      await shadow(page, '.flow [part=back]').click();
      await shadow(page, '.home [part=choice]').nth(1).click();
      for (let i = 0; i < await shadow(page, '.filter').count(); i++) await shadow(page, '.filter').nth(i).click();
      await shadow(page, 'select.region').selectOption({ index: 3 });
      assert.deepEqual(await traces(page, context), fresh, `${country}/${lang}: the browser holds the same as before`);
      const origins = new Set(log.requests.map((u) => new URL(u).origin));
      origins.delete(env.hostOrigin);
      origins.delete(env.widgetOrigin);
      assert.deepEqual([...origins], [], 'no request to any other origin');
      assert.deepEqual(log.console.filter((m) => m.type === 'error'), [], 'no console error');
      assert.deepEqual(log.errors, []);
      await context.close();
    }
  });
}

test('the first view shows emergency and domestic-violence numbers as tel: links with badges', async () => {
  const url = env.page('first-ua', { attrs: { 'data-country': 'UA', 'data-region': 'UA-30' } });
  const { context, page } = await open(env, url);
  await panelReady(page);
  await shadow(page, '[part=launcher]').click();
  const hrefs = await shadow(page, '.now a.call').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const h of ['tel:102', 'tel:103', 'tel:112', 'tel:1547']) assert.ok(hrefs.includes(h), `${h} in ${hrefs}`);
  assert.ok(hrefs.filter((h) => h.startsWith('tel:')).every((h) => /^tel:\+?\d+$/.test(h)), `digits only: ${hrefs}`);
  assert.ok(hrefs.every((h) => /^(tel:|https:)/.test(h)), `every call button links somewhere: ${hrefs}`);
  const badges = await shadow(page, '.now .badge').allTextContents();
  assert.ok(badges.includes('24/7') && badges.includes('Free'));
  // Two taps to a local service: the directory, filtered by the configured region.
  await shadow(page, '.home [part=choice]').nth(1).click();
  const list = await shadow(page, '.directory').innerText();
  assert.match(list, /15-00/, 'Kyiv city line for UA-30');
  await context.close();
});

// Kostanay has no regional service listed since 2026-11-25 (its police line could not be confirmed): the
// directory says so under the region's name, after the emergency numbers. Adding a Kostanay service changes this.
test('Kazakhstan, Kostanay region: 111 first; the directory names the region and says no local service is listed yet', async () => {
  const RU = { ...ftl('ru', 'services.ftl'), ...ftl('ru', 'panel.ftl') };
  const url = env.page('kz39', { attrs: { 'data-country': 'KZ', 'data-region': 'KZ-39', 'data-lang': 'ru' } });
  const { context, page } = await open(env, url);
  await panelReady(page);
  await shadow(page, '[part=launcher]').click();
  const hrefs = await shadow(page, '.now a.call').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const h of ['tel:102', 'tel:103', 'tel:111']) assert.ok(hrefs.includes(h), `${h} in ${hrefs}`);
  await shadow(page, '.home [part=choice]').nth(1).click();
  const heading = shadow(page, '.directory h3.group').first();
  assert.equal((await heading.textContent()).trim(), RU['region-kz-39']);
  assert.equal((await shadow(page, '.directory h3.group + p.note').textContent()).trim(), RU['panel-region-none']);
  assert.match(await shadow(page, '.directory').innerText(), /\b111\b/, 'the national line 111 is listed below');
  await shadow(page, 'select.region').selectOption('KZ-71');
  assert.equal((await shadow(page, '.directory h3.group').first().textContent()).trim(), RU['region-kz-71']);
  await context.close();
});

test('a webmaster block: good entries show, each bad one is skipped with one console error', async () => {
  const block = `<script type="application/json" data-oberih-services>[
    {"id": "district-centre", "name": {"uk": "Районний центр", "en": "District centre"}, "regions": ["UA-30"],
     "contacts": [{"channel": "phone", "display": "044 000 00 00", "dial": "+380440000000"}]},
    {"id": "evil", "name": "<img src=x onerror=alert(1)>", "contacts": [{"channel": "website", "display": "x", "dial": "javascript:alert(1)"}]},
    {"id": "typo", "nmae": "x", "contacts": []}
  ]</script>`;
  const url = env.page('webmaster', { attrs: { 'data-region': 'UA-30' }, body: '<main><h1>Help</h1></main>' + block });
  const { context, page, log } = await open(env, url);
  await panelReady(page);
  await shadow(page, '[part=launcher]').click();
  await shadow(page, '.home [part=choice]').nth(1).click();
  const list = await shadow(page, '.directory').innerText();
  assert.match(list, /District centre/);
  assert.equal(await shadow(page, '.directory img').count(), 0, 'nothing is inserted as HTML');
  const errors = log.console.filter((m) => m.type === 'error').map((m) => m.text);
  assert.equal(errors.length, 2, JSON.stringify(errors));
  assert.ok(errors[0].includes('evil') && errors[0].includes('contacts[0].dial'));
  assert.ok(errors[1].includes('typo') && errors[1].includes('nmae'));
  await context.close();
});

test('keyboard only: exit first, the launcher opens a dialog that keeps focus, Escape returns it', async () => {
  const url = env.page('keyboard');
  const { context, page } = await open(env, url);
  await panelReady(page);
  const active = () => page.evaluate(() => {
    const a = document.querySelector('oberih-widget').shadowRoot.activeElement;
    return a ? (a.getAttribute('part') || a.className || a.localName) : document.activeElement.localName;
  });
  await page.keyboard.press('Tab');
  assert.equal(await active(), 'exit');
  await page.keyboard.press('Tab');
  assert.equal(await active(), 'launcher');
  await page.keyboard.press('Enter');
  assert.equal(await active(), 'panel', 'focus moves into the dialog');
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => !!document.querySelector('oberih-widget').shadowRoot.activeElement);
    assert.ok(inside, `Tab ${i + 1} stays in the widget (the panel or the exit)`);
  }
  await page.keyboard.press('Escape');
  assert.equal(await active(), 'launcher', 'focus returns to the launcher');
  assert.ok(await shadow(page, '[part=panel]').isHidden());
  await context.close();
});

test('Oberih.open() and close() from the host page; one global only', async () => {
  const url = env.page('api');
  const { context, page } = await open(env, url);
  const before = await page.evaluate(() => Object.keys(window));
  await panelReady(page);
  await page.evaluate(() => window.Oberih.open());
  await shadow(page, '[part=panel]').waitFor({ state: 'visible' });
  await page.evaluate(() => window.Oberih.close());
  await shadow(page, '[part=panel]').waitFor({ state: 'hidden' });
  const added = (await page.evaluate(() => Object.keys(window))).filter((k) => !before.includes(k));
  assert.deepEqual(added, [], 'nothing added to window after start');
  const fresh = await context.newPage();
  await fresh.goto(`${env.hostOrigin}/before`);
  const baseline = await fresh.evaluate(() => Object.keys(window));
  const ours = before.filter((k) => !baseline.includes(k));
  assert.deepEqual(ours, ['Oberih']);
  assert.match(await page.evaluate(() => window.Oberih.version), /^\d+\.\d+\.\d+$/);
  await context.close();
});

test('switching language in the panel fetches only that language, from the widget origin', async () => {
  const url = env.page('switch', { attrs: { 'data-lang': 'en' } });
  const { context, page, log } = await open(env, url);
  await panelReady(page);
  await shadow(page, '[part=launcher]').click();
  const before = await shadow(page, '#oberih-title').textContent();
  // No language is built into the wasm: the page's own, English here, is the one download at start.
  assert.deepEqual(log.requests.filter((u) => u.includes('/locales/')), [`${env.widgetOrigin}/locales/en.ftl`], 'only the page\'s language at start');
  await shadow(page, 'select.lang').selectOption('kk');
  await page.waitForFunction((b) => document.querySelector('oberih-widget').shadowRoot.querySelector('#oberih-title').textContent !== b, before);
  assert.deepEqual(log.requests.filter((u) => u.includes('/locales/')), [`${env.widgetOrigin}/locales/en.ftl`, `${env.widgetOrigin}/locales/kk.ftl`]);
  assert.equal(await shadow(page, '[part=panel]').getAttribute('lang'), 'kk');
  assert.equal(await shadow(page, '.exit').getAttribute('lang'), 'kk', 'the exit follows');
  await context.close();
});

test('when a language file cannot load, the panel still works, in English', async () => {
  const url = env.page('nolocale', { attrs: { 'data-lang': 'uk' } });
  const { context, page, log } = await open(env, url);
  await context.route('**/locales/uk.ftl', (r) => r.abort());
  await page.reload();
  await panelReady(page);
  await shadow(page, '[part=launcher]').click();
  assert.equal(await shadow(page, '#oberih-title').textContent(), 'Help and safety');
  assert.equal(await shadow(page, '[part=panel]').getAttribute('lang'), 'en', 'the panel says it is in English');
  assert.equal(await shadow(page, 'select.lang').inputValue(), 'en');
  assert.equal(await shadow(page, '.exit').textContent(), 'Швидкий вихід', 'the exit keeps its built-in Ukrainian label');
  assert.ok(log.console.some((m) => m.type === 'warning' && m.text.includes('"uk" could not load')), 'the failure is reported');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('when no language file can load, the panel does not start, says why, and the exit still works', async () => {
  const url = env.page('nolocales', { attrs: { 'data-lang': 'uk' } });
  const { context, page, log } = await open(env, url);
  await context.route('**/locales/**', (r) => r.abort());
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/oberih_app_bg.wasm') && e.responseEnd > 0));
  const said = () => log.console.some((m) => m.type === 'warning' && m.text.includes('help panel could not load') && m.text.includes('messages could not load'));
  for (const end = Date.now() + 10000; !said() && Date.now() < end;) await new Promise((ok) => setTimeout(ok, 50));
  assert.ok(said(), 'the console says why: ' + JSON.stringify(log.console));
  // Never a panel of raw message ids or empty buttons: no launcher, no panel.
  assert.equal(await shadow(page, '[part=launcher]').count(), 0);
  assert.equal(await shadow(page, '[part=panel]').count(), 0);
  assert.equal(await shadow(page, '.exit').textContent(), 'Швидкий вихід');
  await page.evaluate(() => window.Oberih.open());
  assert.equal(await shadow(page, '[part=panel]').count(), 0, 'Oberih.open() does nothing');
  assert.deepEqual(log.errors, []);
  await shadow(page, '.exit').click();
  await page.waitForURL(env.exitUrl);
  await context.close();
});
