// What a webmaster does with the widget: inline panels, several of them, added late by a single-page app,
// themed with custom properties and ::part(), opened from the site's own link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, open, panelReady, shadow, country, DIST } from './harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const inlineReady = (page, n) => page.waitForFunction((n) => {
  const els = [...document.querySelectorAll('oberih-widget[mode=inline]')];
  return els.length === n && els.every((e) => e.shadowRoot && e.shadowRoot.querySelector('.panel.inline .body'));
}, n, { timeout: 20000 });

test('inline panels render in place, open, without a launcher; the one floating exit stays', async () => {
  const body = `<main><h1>Domestic violence: where to get help</h1>
    <oberih-widget mode="inline" country="KZ" region="KZ-39" lang="ru"></oberih-widget>
    <p>Between the panels.</p>
    <oberih-widget mode="inline" country="UA" lang="uk"></oberih-widget></main>`;
  const url = env.page('inline', { body });
  const { context, page, log } = await open(env, url);
  await panelReady(page);
  await inlineReady(page, 2);
  const info = await page.evaluate(() => [...document.querySelectorAll('oberih-widget')].map((e) => ({
    inline: e.getAttribute('mode') === 'inline',
    exits: e.shadowRoot.querySelectorAll('.exit').length,
    launchers: [...e.shadowRoot.querySelectorAll('[part=launcher]')].filter((l) => !l.hidden).length,
    role: e.shadowRoot.querySelector('[part=panel]')?.getAttribute('role'),
    lang: e.shadowRoot.querySelector('[part=panel]')?.getAttribute('lang'),
    calls: [...e.shadowRoot.querySelectorAll('.now a.call')].map((a) => a.getAttribute('href')),
  })));
  assert.equal(info.filter((i) => !i.inline).length, 1, 'one floating widget was added');
  assert.equal(info.reduce((n, i) => n + i.exits, 0), 1, 'exactly one exit on the page');
  const [kz, ua] = info.filter((i) => i.inline);
  assert.equal(kz.launchers + ua.launchers, 0);
  assert.equal(kz.role, 'region');
  assert.equal(kz.lang, 'ru');
  assert.ok(kz.calls.includes('tel:111') && ua.calls.includes('tel:1547'), JSON.stringify(info));
  // The inline panel works: answers move through the flow in place.
  const kzPanel = page.locator('oberih-widget[country=KZ]');
  await kzPanel.locator('.home [part=choice]').first().click();
  assert.ok(await kzPanel.locator('.step-title').isVisible());
  // The page did not move focus into the inline panel on load.
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('an inline element added later by a single-page app works too', async () => {
  const url = env.page('spa');
  const { context, page } = await open(env, url);
  await panelReady(page);
  await page.evaluate(() => {
    const el = document.createElement('oberih-widget');
    el.setAttribute('mode', 'inline');
    el.setAttribute('country', 'UA');
    document.querySelector('main').append(el);
  });
  await inlineReady(page, 1);
  assert.equal(await page.locator('oberih-widget').count(), 2);
  await context.close();
});

test('a theme changes colours but can never hide the exit', async () => {
  const head = `<style>
    oberih-widget { --oberih-exit-background: transparent; --oberih-exit-color: transparent; --oberih-exit-border: transparent; --oberih-accent: #6a1b9a; }
    oberih-widget::part(launcher) { border-radius: 0; }
  </style>`;
  const url = env.page('theme', { head });
  const { context, page, log } = await open(env, url);
  await panelReady(page);
  const s = await page.evaluate(() => {
    const a = document.querySelector('oberih-widget').shadowRoot.querySelector('.exit');
    const cs = getComputedStyle(a);
    const l = getComputedStyle(document.querySelector('oberih-widget').shadowRoot.querySelector('[part=launcher]'));
    return { color: cs.color, bg: cs.backgroundColor, launcherBg: l.backgroundColor, radius: l.borderTopLeftRadius };
  });
  assert.notEqual(s.bg, 'rgba(0, 0, 0, 0)', 'the exit keeps an opaque background');
  assert.notEqual(s.color, 'rgba(0, 0, 0, 0)', 'and visible text');
  assert.equal(s.launcherBg, 'rgb(106, 27, 154)', 'the accent colour applies');
  assert.equal(s.radius, '0px', '::part() styling applies');
  assert.ok(log.console.some((m) => m.type === 'error' && m.text.includes('--oberih-exit')), 'the webmaster is told');
  await context.close();
});

test('a readable theme recolours the exit; one that fails on hover or in another colour space does not', async () => {
  const cases = [
    ['--oberih-exit-background: #1d1d1b; --oberih-exit-color: white; --oberih-exit-hover: hsl(0 0% 25%);', 'rgb(29, 29, 27)', false],
    ['--oberih-exit-background: #1d1d1b; --oberih-exit-hover: #eee;', 'rgb(164, 22, 26)', true],
    ['--oberih-exit-background: oklch(30% 0.1 250);', 'rgb(164, 22, 26)', true],
  ];
  for (const [props, bg, reported] of cases) {
    const url = env.page('theme-ok', { head: `<style>oberih-widget { ${props} }</style>` });
    const { context, page, log } = await open(env, url);
    await panelReady(page);
    const got = await page.evaluate(() => getComputedStyle(document.querySelector('oberih-widget').shadowRoot.querySelector('.exit')).backgroundColor);
    assert.equal(got, bg, props);
    assert.equal(log.console.some((m) => m.type === 'error' && m.text.includes('--oberih-exit')), reported, props);
    await context.close();
  }
});

test('the demo configurator: the live widget follows the settings, and its snippet works pasted into a page', async () => {
  // The demo page itself, as Trunk built it, from the widget's origin.
  const { context, page, log } = await open(env, `${env.widgetOrigin}/index.html`, { before: false });
  await panelReady(page);
  await page.waitForFunction(() => /integrity="sha384-/.test(document.getElementById('cfg-snippet').textContent));
  await page.selectOption('#cfg [name=country]', 'KZ');
  await page.selectOption('#cfg [name=region]', 'KZ-39');
  await page.selectOption('#cfg [name=lang]', 'ru');
  await page.fill('#cfg [name=exit-url]', env.exitUrl);
  await page.fill('#cfg [name=base]', env.widgetOrigin + '/');
  await page.locator('#cfg [name=base]').dispatchEvent('change');
  const snippet = await page.locator('#cfg-snippet').textContent();
  assert.match(snippet, /data-country="KZ"/);
  assert.match(snippet, /data-region="KZ-39"/);
  assert.match(snippet, /integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/);
  // For the region chosen: how many local services the widget lists (counted from the content), and a link to
  // the README's section on adding one's own.
  const kostanay = country('KZ').service.filter((s) => s.regions.includes('KZ-39')).length;
  const local = await page.locator('#cfg-local').innerText();
  assert.ok(local.includes(kostanay ? `Oberih lists ${kostanay} local service${kostanay === 1 ? '' : 's'} for Kostanay Region` : 'Oberih lists no local service for Kostanay Region'), local);
  assert.match(local, /add your own local services/);
  // The guide in each language, served beside the demo.
  for (const lang of ['uk', 'ru', 'kk', 'en']) {
    const href = await page.locator(`.guides a[hreflang=${lang}]`).getAttribute('href');
    const guide = await page.evaluate((u) => fetch(u).then((r) => r.text()), new URL(href, `${env.widgetOrigin}/`).href);
    assert.match(guide, /mode="inline"/, lang);
  }
  await page.selectOption('#cfg [name=region]', 'KZ-71');
  assert.match(await page.locator('#cfg-local').innerText(), /Astana/);
  await page.selectOption('#cfg [name=region]', 'KZ-39');
  // The live widget on the demo page changed too.
  await page.waitForFunction(() => document.querySelectorAll('oberih-widget').length === 1 && document.querySelector('oberih-widget').getAttribute('country') === 'KZ');
  assert.equal(await shadow(page, '.exit').getAttribute('lang'), 'ru');
  assert.deepEqual(log.errors, []);
  await context.close();

  // Pasted into a page on another origin, the snippet works, integrity and all.
  const url = env.page('pasted', { snippet });
  const pasted = await open(env, url);
  await panelReady(pasted.page);
  await shadow(pasted.page, '[part=launcher]').click();
  const hrefs = await shadow(pasted.page, '.now a.call').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.includes('tel:111'), hrefs.join(' '));
  await shadow(pasted.page, '.home [part=choice]').nth(1).click();
  const directory = await shadow(pasted.page, '.directory').innerText();
  assert.match(directory, /Костанайская область/, 'the region chosen in the configurator');
  assert.match(directory, /\b111\b/);
  await shadow(pasted.page, '.exit').click();
  await pasted.page.waitForURL(env.exitUrl);
  await pasted.context.close();
});

// The configurator's own texts, read as the page reads them: simple messages only (enough for these checks).
function configuratorFtl(lang) {
  const text = fs.readFileSync(path.join(ROOT, 'docs/locales', lang, 'configurator.ftl'), 'utf8');
  return Object.fromEntries([...text.matchAll(/^([a-z][a-z0-9-]*) = (.+)$/gm)].map((m) => [m[1], m[2].trim()]));
}

const demo = async () => {
  const opened = await open(env, `${env.widgetOrigin}/index.html`, { before: false });
  await panelReady(opened.page);
  await opened.page.waitForSelector('#cfg-section[data-ready]');
  return opened;
};

test('the configurator speaks English, Ukrainian, Russian and Kazakh, from its Fluent files, region names too', async () => {
  const { context, page, log } = await demo();
  for (const lang of ['uk', 'ru', 'kk', 'en']) {
    await page.selectOption('#cfg-ui-lang', lang);
    const msgs = configuratorFtl(lang);
    await page.waitForFunction((t) => document.getElementById('cfg-title').textContent === t, msgs['cfg-title']);
    assert.equal(await page.locator('#cfg-section').getAttribute('lang'), lang);
    // Every text of the configurator is its language's, none is left empty or shows its id.
    const shown = await page.$$eval('#cfg-section [data-l10n-id]', (els) => els.map((e) => [e.getAttribute('data-l10n-id'), e.textContent]));
    assert.ok(shown.length > 60, `${shown.length} texts`);
    for (const [id, text] of shown) {
      if (msgs[id] !== undefined) assert.equal(text, msgs[id], `${lang} ${id}`);
      else assert.ok(text && text !== id, `${lang} ${id}: ${text}`);
    }
    // Region names come from the widget's own translations.
    await page.selectOption('#cfg [name=country]', 'KZ');
    const kostanay = await page.locator('#cfg [name=region] option[value=KZ-39]').textContent();
    const widgetName = fs.readFileSync(path.join(ROOT, 'locales', lang, 'services.ftl'), 'utf8').match(/^region-kz-39 = (.+)$/m)[1];
    assert.equal(kostanay, `${widgetName} (KZ-39)`);
    await page.selectOption('#cfg [name=region]', 'KZ-39');
    assert.ok((await page.locator('#cfg-local').textContent()).includes(widgetName), lang);
    await page.selectOption('#cfg [name=country]', 'UA');
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the configurator offers self-hosting or an npm CDN, pinned to the version with the release integrity', async () => {
  const { context, page } = await demo();
  const releaseFile = path.join(ROOT, 'dist/release.json');
  const release = fs.existsSync(releaseFile) ? JSON.parse(fs.readFileSync(releaseFile, 'utf8')) : null;
  const version = await page.evaluate(() => window.Oberih.version);
  for (const [host, url] of [['jsdelivr', `https://cdn.jsdelivr.net/npm/oberih-widget@${version}/oberih.js`],
    ['unpkg', `https://unpkg.com/oberih-widget@${version}/oberih.js`]]) {
    await page.check(`#cfg [name=host][value=${host}]`);
    const snippet = await page.locator('#cfg-snippet').textContent();
    assert.ok(snippet.startsWith(`<script data-cfasync="false" src="${url}"`), snippet);
    const note = await page.locator('#cfg-host-note').textContent();
    if (release) {
      assert.equal(release.version, version);
      assert.ok(snippet.includes(`integrity="${release.integrity}" crossorigin="anonymous"`), snippet);
      assert.match(note, /pins every file/);
    } else {
      assert.ok(!snippet.includes('integrity='), snippet);
      assert.match(note, /Run \.\/dev release/);
    }
    assert.ok(await page.locator('#cfg [name=base]').isDisabled());
  }
  await page.check('#cfg [name=host][value=self]');
  assert.ok(await page.locator('#cfg [name=base]').isEnabled());
  assert.match(await page.locator('#cfg-snippet').textContent(), /^<script data-cfasync="false" src="https:\/\/your-site\.example\/oberih\/oberih-0\.1\.0\/oberih\.js"\n {8}integrity="sha384-/);
  await context.close();
});

/** A script tag's attributes, in order: [name, value], the value null for a bare one such as `defer`. */
function attrsOf(tag) {
  const open = /^<script\b([^>]*)>/.exec(tag)[1];
  return [...open.matchAll(/([a-z][\w-]*)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2] ?? null]);
}

/** The snippets that load oberih.js with an integrity in the README, the guides and the demo page, as written. */
function guideSnippets() {
  const files = ['README.md', 'index.html', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  return files.flatMap((file) => [...fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .matchAll(/<script\b[^>]*><\/script>/g)].map((m) => ({ file, tag: m[0] }))
    .filter((s) => /\bsrc="[^"]*\/oberih\.js"/.test(s.tag) && /\bintegrity="/.test(s.tag)));
}

/** A snippet's text with its address and hash left out, which differ by site and release. */
const shape = (tag) => tag.replace(/\bsrc="[^"]*"/, 'src="…"').replace(/\bintegrity="[^"]*"/, 'integrity="…"');

/** The WordPress plugin's tag, in order (wordpress/oberih/includes/front.php): the keep-away attributes, then the
 * settings (history last). */
function pluginOrder() {
  const php = fs.readFileSync(path.join(ROOT, 'wordpress/oberih/includes/front.php'), 'utf8');
  const keep = /function oberih_keep_away_attributes\(\) \{([\s\S]*?)\n\}/.exec(php)[1];
  const map = /\$map = array\(([\s\S]*?)\);/.exec(php)[1];
  return {
    keepAway: [...keep.matchAll(/'(data-[a-z-]+)'\s*=>\s*'([^']*)'/g)].map((m) => [m[1], m[2]]),
    settings: [...map.matchAll(/=>\s*'(data-[a-z-]+)'/g)].map((m) => m[1]).concat(/\$attrs\['data-history'\] = 'replace'/.test(php) ? ['data-history'] : []),
  };
}

const cornerOf = (box, vw) => `${box.y + box.height / 2 < vw.height / 2 ? 'top' : 'bottom'}-${box.x + box.width / 2 < vw.width / 2 ? 'left' : 'right'}`;

test("the configurator's snippet carries the optimisation tools' attributes as the guides print them, the corners and history chosen; pasted, the exit is in its corner and one Back after it leaves the site", async () => {
  const { context, page, log } = await demo();
  const vw = page.viewportSize();
  // The defaults (Ukraine, Kyiv, Ukrainian, self-hosted): the guides' own example, the same text but for the
  // address and hash, and the exit address (the configurator always prints it), attribute for attribute.
  const first = await page.locator('#cfg-snippet').textContent();
  const guides = guideSnippets();
  assert.ok(guides.length >= 10, guides.map((g) => g.file).join(' '));
  const readme = guides.find((g) => g.file === 'README.md').tag;
  assert.equal(shape(first).replace(/\s+data-exit-url="[^"]*"/, ''), shape(readme));
  // Every guide's snippet starts as the configurator's does: data-cfasync before src (Rocket Loader reads it
  // only there), then the integrity, then the other tools' attributes, with the same values and lines.
  const head = (tag) => shape(tag).slice(0, shape(tag).indexOf('data-country='));
  for (const g of guides) assert.equal(head(g.tag), head(first), `${g.file}: ${g.tag}`);
  const { keepAway, settings } = pluginOrder();
  assert.deepEqual(keepAway.map(([k]) => k), ['data-cfasync', 'data-no-optimize', 'data-no-defer', 'data-jetpack-boost']);
  const firstAttrs = attrsOf(first);
  assert.deepEqual(firstAttrs.filter(([k]) => keepAway.some(([n]) => n === k)), keepAway, 'the plugin\'s attributes, values and order');
  assert.deepEqual(firstAttrs.slice(0, 2).map(([k]) => k), ['data-cfasync', 'src']);
  // The defaults are not printed: the corners the widget takes without them, and no history mode.
  assert.ok(!/data-exit-position|data-position|data-history/.test(first), first);

  // Other corners, and history: in the snippet, in the plugin's order, after the other settings.
  await page.fill('#cfg [name=exit-url]', env.exitUrl);
  await page.fill('#cfg [name=base]', env.widgetOrigin + '/');
  await page.locator('#cfg [name=base]').dispatchEvent('change');
  await page.selectOption('#cfg [name=exit-position]', 'top-right');
  await page.selectOption('#cfg [name=position]', 'bottom-left');
  await page.check('#cfg [name=history]');
  const snippet = await page.locator('#cfg-snippet').textContent();
  const attrs = attrsOf(snippet);
  assert.deepEqual(attrs.map(([k]) => k), ['data-cfasync', 'src', 'integrity', 'crossorigin', 'data-no-optimize', 'data-no-defer',
    'data-jetpack-boost', 'data-country', 'data-region', 'data-lang', 'data-exit-url', 'data-exit-position', 'data-position',
    'data-history', 'defer'], snippet);
  const own = attrs.map(([k]) => k).filter((k) => settings.includes(k));
  assert.deepEqual(own, settings.filter((k) => own.includes(k)), `the plugin's order: ${settings.join(' ')}`);
  const value = (k) => attrs.find(([n]) => n === k)[1];
  assert.equal(value('data-exit-position'), 'top-right');
  assert.equal(value('data-position'), 'bottom-left');
  assert.equal(value('data-history'), 'replace');
  // Said in one line beside the choice: one Back after the exit leaves the site.
  assert.match(await page.locator('#cfg label:has([name=history])').innerText(), /Back/);
  // The live widget on this page follows the corners.
  await page.waitForFunction(() => document.querySelector('oberih-widget:not([mode=inline])')?.getAttribute('exit-position') === 'top-right');
  await panelReady(page);
  assert.equal(cornerOf(await shadow(page, '.exit').boundingBox(), vw), 'top-right', 'the live exit moved');
  assert.equal(cornerOf(await shadow(page, '[part=launcher]').boundingBox(), vw), 'bottom-left', 'the live launcher moved');
  // Back to the defaults: the attributes go from the snippet, and the live widget takes the defaults' corners.
  await page.selectOption('#cfg [name=exit-position]', 'bottom-left');
  await page.selectOption('#cfg [name=position]', 'bottom-right');
  await page.uncheck('#cfg [name=history]');
  assert.ok(!/data-exit-position|data-position|data-history/.test(await page.locator('#cfg-snippet').textContent()));
  await page.waitForFunction(() => document.querySelector('oberih-widget:not([mode=inline])')?.getAttribute('exit-position') === 'bottom-left');
  await panelReady(page);
  assert.equal(cornerOf(await shadow(page, '.exit').boundingBox(), vw), 'bottom-left');
  assert.equal(cornerOf(await shadow(page, '[part=launcher]').boundingBox(), vw), 'bottom-right');
  assert.deepEqual(log.errors, []);
  await context.close();

  // Pasted into two pages of another site: the exit in its corner, the launcher in its own; a link between the
  // pages adds no history entry, so one Back after the exit leaves the site.
  const one = env.page('cfg-corners-1', { snippet, body: '<main><h1>Council</h1><p><a id="next" href="/cfg-corners-2">Services</a></p></main>' });
  const two = env.page('cfg-corners-2', { snippet });
  const pasted = await open(env, one);
  await panelReady(pasted.page);
  const length = await pasted.page.evaluate(() => history.length);
  await pasted.page.click('#next');
  await pasted.page.waitForURL(two);
  await panelReady(pasted.page);
  assert.equal(await pasted.page.evaluate(() => history.length), length, 'the link replaced the entry');
  assert.equal(cornerOf(await shadow(pasted.page, '.exit').boundingBox(), vw), 'top-right');
  assert.equal(cornerOf(await shadow(pasted.page, '[part=launcher]').boundingBox(), vw), 'bottom-left');
  assert.ok(!pasted.log.console.some((m) => m.type === 'error'), JSON.stringify(pasted.log.console));
  await shadow(pasted.page, '.exit').click();
  await pasted.page.waitForURL(env.exitUrl);
  await pasted.page.goBack();
  assert.equal(pasted.page.url(), `${env.hostOrigin}/before`, 'one Back leaves the site');
  await pasted.context.close();
});

test("the form checks with the widget's own code, in the wasm: its verdict on every shared case (tests/custom-services-cases.json)", async () => {
  const { context, page } = await demo();
  const { cases } = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/custom-services-cases.json'), 'utf8'));
  const results = await page.evaluate((cases) => cases.map((c) => {
    const r = window.OberihConfigurator.check(c.block ?? JSON.stringify(c.entries), c.country);
    return { ok: r.ok, errors: r.errors.map((e) => e.message) };
  }), cases);
  const differ = [];
  cases.forEach((c, i) => {
    const r = results[i];
    const errorsOk = c.error_starts ? r.errors.length === 1 && r.errors[0].startsWith(c.error_starts)
      : JSON.stringify(r.errors) === JSON.stringify(c.errors);
    if (JSON.stringify(r.ok) !== JSON.stringify(c.ok) || !errorsOk) differ.push(`${c.name}: ${JSON.stringify(r)}`);
  });
  assert.ok(cases.length > 50);
  assert.deepEqual(differ, []);
  // No checker of its own: the page loads no script but the configurator, the translators' tool and the widget.
  const scripts = await page.$$eval('script[src]', (s) => s.map((e) => e.getAttribute('src')));
  assert.deepEqual(scripts.sort(), ['oberih.js', 'public/configurator.js', 'public/translators.js']);
  await context.close();
});

// A webmaster's deployment: the versioned folder of `./dev release` (dist/oberih-<version>/), as it is, on a
// server of its own (another origin than the demo's), with the self-hosting code the demo's configurator prints.
test("the configurator's self-hosting code works with the release's files, deployed elsewhere: the exit leaves", async () => {
  const release = JSON.parse(fs.readFileSync(path.join(DIST, 'release.json'), 'utf8'));
  const folder = `oberih-${release.version}`;
  const dir = path.join(DIST, folder);
  assert.ok(fs.existsSync(path.join(dir, 'oberih.js')), `dist/${folder}/ is missing: run node tools/release.mjs (./dev test does)`);
  const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.ftl': 'text/plain; charset=utf-8' };
  const served = [];
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    served.push(req.url);
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Access-Control-Allow-Origin': '*' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}/${folder}/`;
  try {
    const { context, page } = await demo();
    await page.fill('#cfg [name=exit-url]', env.exitUrl);
    await page.fill('#cfg [name=base]', base);
    await page.locator('#cfg [name=base]').dispatchEvent('change');
    const snippet = await page.locator('#cfg-snippet').textContent();
    // The configurator's default corners, which its snippet leaves out.
    const defaults = await page.$$eval('#cfg [name=exit-position], #cfg [name=position]', (ss) => ss.map((s) => [...s.options].find((o) => o.defaultSelected).value));
    await context.close();
    assert.ok(!/data-exit-position|data-position/.test(snippet), snippet);
    // The integrity printed is that of the file deployed, and the release's.
    const deployed = 'sha384-' + crypto.createHash('sha384').update(fs.readFileSync(path.join(dir, 'oberih.js'))).digest('base64');
    assert.equal(deployed, release.integrity);
    assert.ok(snippet.startsWith(`<script data-cfasync="false" src="${base}oberih.js"\n        integrity="${deployed}" crossorigin="anonymous"`), snippet);

    const url = env.page('release-pasted', { snippet });
    const pasted = await open(env, url);
    // The whole chain of hashes holds: the panel starts from the deployed folder.
    await panelReady(pasted.page);
    assert.ok(served.some((u) => u.endsWith('/oberih_app_bg.wasm')), served.join(' '));
    assert.ok(!pasted.log.console.some((m) => m.type === 'error'), JSON.stringify(pasted.log.console));
    // Without the attributes, the widget's own defaults are the configurator's.
    const vw = pasted.page.viewportSize();
    assert.deepEqual([cornerOf(await shadow(pasted.page, '.exit').boundingBox(), vw),
      cornerOf(await shadow(pasted.page, '[part=launcher]').boundingBox(), vw)], defaults);
    await shadow(pasted.page, '.exit').click();
    await pasted.page.waitForURL(env.exitUrl);
    assert.equal(await pasted.page.title(), 'Weather');
    await pasted.context.close();
  } finally {
    server.close();
  }
});

test('the demo offers translators the pseudo-locale, with the release\'s files unchanged', async () => {
  const opened = await open(env, `${env.widgetOrigin}/index.html?pseudo`, { before: false });
  const { context, page, log } = opened;
  await panelReady(page);
  await page.waitForSelector('#cfg-section[data-ready]');
  const en = fs.readFileSync(path.join(ROOT, 'locales/en/panel.ftl'), 'utf8').match(/^panel-launcher = (.+)$/m)[1];
  const launcher = (await shadow(page, '[part=launcher]').textContent()).trim();
  // Every letter accented, about 40% longer: "Get help" becomes "Ĝéţ ĥéĺþ ~~".
  const accent = (t) => t.replace(/[A-Za-z]/g, (c) => 'áƀçďéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓƤǪŔŠŢÚṼŴẊÝŽ'['abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.indexOf(c)]);
  assert.ok(launcher.startsWith(accent(en)) && /~+$/.test(launcher), `${launcher} from ${en}`);
  // The configurator still pins the file it serves, which is the release's (no pseudo-locale built in).
  const snippet = await page.locator('#cfg-snippet').textContent();
  const served = 'sha384-' + crypto.createHash('sha384').update(fs.readFileSync(path.join(DIST, 'oberih.js'))).digest('base64');
  assert.ok(snippet.includes(`integrity="${served}"`), snippet);
  assert.ok(!fs.readFileSync(path.join(DIST, 'oberih_app_bg.wasm')).includes('en-XA'), 'no pseudo-locale in the wasm');
  assert.equal(await page.locator('#cfg-pseudo').getAttribute('href'), '/index.html#cfg-section');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a local service added in the form shows in the live widget, and its block works pasted into a page', async () => {
  const { context, page, log } = await demo();
  await page.selectOption('#cfg-ui-lang', 'uk');
  await page.waitForFunction(() => document.getElementById('cfg-section').lang === 'uk');
  // Refused, with the widget's reason in the webmaster's language: a phone number with spaces in "dial".
  await page.fill('#svc [name=id]', 'district-centre');
  await page.fill('#svc [name=name-uk]', 'Центр <img src=x onerror="window.pwned=1"> району');
  await page.fill('#svc [name=name-en]', 'District centre');
  await page.fill('#svc-contacts [name=display]', '044 000 00 00');
  await page.fill('#svc-contacts [name=dial]', '044 000 00 00');
  await page.click('#svc [type=submit]');
  const uk = configuratorFtl('uk');
  assert.equal(await page.locator('#svc-status').textContent(),
    uk['svc-rejected'].replace('{ $field }', 'contacts[0].dial').replace('{ $reason }', uk['svc-why-dial']));
  assert.equal(await page.locator('#svc-list li').count(), 0);
  // Accepted once corrected; a second contact, a region and a role.
  await page.fill('#svc-contacts [name=dial]', '+380440000000');
  await page.click('#svc-contact-add');
  await page.locator('#svc-contacts .svc-contact').nth(1).locator('[name=channel]').selectOption('website');
  await page.locator('#svc-contacts .svc-contact').nth(1).locator('[name=display]').fill('centre.example.gov.ua');
  await page.locator('#svc-contacts .svc-contact').nth(1).locator('[name=dial]').fill('https://centre.example.gov.ua/');
  await page.check('#svc-regions input[value=UA-30]');
  await page.check('#svc input[name=roles][value=shelter]');
  await page.click('#svc [type=submit]');
  assert.match(await page.locator('#svc-status').textContent(), /^Додано: /);
  assert.equal(await page.locator('#svc-list li').count(), 1);
  // The name stays text everywhere: nothing of it became an element.
  assert.equal(await page.locator('#cfg-section img').count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  const block = await page.locator('#svc-block').textContent();
  assert.ok(block.startsWith('<script type="application/json" data-oberih-services>\n['), block);
  assert.ok(!block.slice(10, -10).includes('<img'), 'the < in a text is escaped in the block');
  const services = JSON.parse(block.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''));
  assert.deepEqual(services, [{
    id: 'district-centre', name: { uk: 'Центр <img src=x onerror="window.pwned=1"> району', en: 'District centre' },
    roles: ['shelter', 'local'], regions: ['UA-30'],
    contacts: [{ channel: 'phone', display: '044 000 00 00', dial: '+380440000000' },
      { channel: 'website', display: 'centre.example.gov.ua', dial: 'https://centre.example.gov.ua/' }],
  }]);
  // The live widget on the page reads the page's block: its directory lists the service.
  await page.selectOption('#cfg [name=lang]', 'en');
  await page.waitForFunction(() => document.querySelector('oberih-widget')?.shadowRoot?.querySelector('[part=launcher]'));
  await shadow(page, '[part=launcher]').click();
  await shadow(page, '.home [part=choice]').nth(1).click();
  await page.waitForFunction(() => document.querySelector('oberih-widget').shadowRoot.querySelector('.directory')?.innerText.includes('District centre'));
  assert.deepEqual(log.errors, []);
  assert.ok(!log.console.some((m) => m.type === 'error'), JSON.stringify(log.console));
  // Another country: the service's region is not one of its own, and the webmaster is told.
  await page.selectOption('#cfg [name=country]', 'KZ');
  assert.ok((await page.locator('#svc-status').textContent()).includes(
    uk['svc-rejected'].replace('{ $field }', 'regions').replace('{ $reason }', uk['svc-why-not-allowed'].replace('{ $value }', 'UA-30'))));
  await page.selectOption('#cfg [name=country]', 'UA');
  // Removed: the block goes from the page.
  await page.click('#svc-list button');
  await page.waitForFunction(() => !document.querySelector('script[data-oberih-services]') &&
    document.getElementById('svc-output').hidden && !document.querySelector('#svc-list li'));
  await context.close();

  // Pasted before the snippet in another page, the block gives the same service.
  const url = env.page('pasted-services', { attrs: { 'data-region': 'UA-30' }, head: block });
  const pasted = await open(env, url);
  await panelReady(pasted.page);
  await shadow(pasted.page, '[part=launcher]').click();
  await shadow(pasted.page, '.home [part=choice]').nth(1).click();
  assert.match(await shadow(pasted.page, '.directory').innerText(), /District centre/);
  assert.ok(!pasted.log.console.some((m) => m.type === 'error'), JSON.stringify(pasted.log.console));
  await pasted.context.close();
});
