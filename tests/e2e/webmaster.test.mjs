// What a webmaster does with the widget: inline panels, several of them, added late by a single-page app,
// themed with custom properties and ::part(), opened from the site's own link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, open, panelReady, shadow } from './harness.mjs';

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
  const kostanay = (fs.readFileSync(new URL('../../content/services/kz.toml', import.meta.url), 'utf8').match(/^regions = \[[^\]]*"KZ-39"/gm) || []).length;
  const local = await page.locator('#cfg-local').innerText();
  assert.ok(local.includes(kostanay ? `Oberih lists ${kostanay} local service${kostanay === 1 ? '' : 's'} for Kostanay Region` : 'Oberih lists no local service for Kostanay Region'), local);
  assert.match(local, /add your own local services/);
  const readme = await page.locator('#cfg-local a').getAttribute('href');
  assert.ok(readme.endsWith('/README.md#your-own-local-services'), readme);
  assert.match(await page.evaluate((u) => fetch(u).then((r) => r.text()), readme), /^### Your own local services$/m);
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
