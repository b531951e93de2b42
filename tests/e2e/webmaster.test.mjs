// What a webmaster does with the widget: inline panels, several of them, added late by a single-page app,
// themed with custom properties and ::part(), opened from the site's own link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
    exits: e.shadowRoot.querySelectorAll('[part=exit]').length,
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
    const a = document.querySelector('oberih-widget').shadowRoot.querySelector('[part=exit]');
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
