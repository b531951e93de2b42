// Accessibility (WCAG 2.2 AA) of every view in every locale: axe-core inside the open shadow root, reflow at
// 320 px, touch target sizes, reduced motion and forced colours.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { start, open, panelReady, shadow, LANGS } from './harness.mjs';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

async function axe(page, label, scope = 'oberih-widget') {
  await page.evaluate(AXE);
  const result = await page.evaluate(async (sel) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document.querySelector(sel), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  }, scope);
  assert.deepEqual(result, [], `${label}: axe violations`);
}

/**
 * Every view: closed, home, every step of the flow (the whole tree, each step once), the directory.
 * `scope` picks the widget (the inline panel is always open). Returns the number of flow steps seen.
 */
async function views(page, visit, scope = 'oberih-widget') {
  const $ = (sel) => page.locator(`${scope} ${sel}`);
  if (await $('[part=launcher]').isVisible()) {
    await visit('closed');
    await $('[part=launcher]').click();
  }
  await visit('home');
  if (!(await $('.home [part=choice]').count())) return 0; // no country: the 112 view has no flow
  await $('.home [part=choice]').first().click();
  const seen = new Set();
  async function step(depth) {
    const title = await $('.step-title').textContent();
    seen.add(title);
    await visit(`flow: ${title}`);
    const n = await $('.flow [part=choice]').count();
    for (let i = 0; i < n; i++) {
      await $('.flow [part=choice]').nth(i).click();
      if (!seen.has(await $('.step-title').textContent()) && depth < 15) await step(depth + 1);
      await $('.flow [part=back]').click();
    }
  }
  await step(0);
  await $('.flow [part=back]').click();
  await $('.home [part=choice]').nth(1).click();
  await visit('directory');
  return seen.size;
}

for (const country of ['UA', 'KZ']) {
  test(`axe finds no violation in any view, in any locale, for ${country}`, async () => {
    let scanned = 0;
    for (const lang of LANGS) {
      const url = env.page(`axe-${country}-${lang}`, { attrs: { 'data-lang': lang, 'data-country': country, 'data-region': country === 'UA' ? 'UA-30' : 'KZ-39' } });
      const { context, page } = await open(env, url);
      await panelReady(page);
      const steps = await views(page, async (name) => { await axe(page, `${country} ${lang} ${name}`); scanned++; });
      assert.ok(steps >= 20, `${country} ${lang}: ${steps} flow steps scanned`);
      await context.close();
    }
    console.log(`# axe ${country}: ${scanned} views scanned`);
  });
}

test('axe: the inline panel, the 112-only view of an unknown country, and the launcher bottom left', async () => {
  const inline = env.page('axe-inline', { body: '<main><h1>Help</h1><oberih-widget mode="inline" country="UA" lang="uk"></oberih-widget></main>' });
  const unknown = env.page('axe-112', { attrs: { 'data-country': null } });
  const left = env.page('axe-left', { attrs: { 'data-position': 'bottom-left', 'data-lang': 'ru' } });
  for (const [url, scope] of [[inline, 'oberih-widget[mode=inline]'], [unknown, 'oberih-widget'], [left, 'oberih-widget']]) {
    const { context, page } = await open(env, url);
    await panelReady(page);
    await page.locator(`${scope} .panel`).first().waitFor({ state: 'attached', timeout: 20000 }).catch(() => {});
    if (url === left) {
      const box = await page.locator('oberih-widget [part=launcher]').boundingBox();
      assert.ok(box.x < 200 && box.y > 400, `the launcher is bottom left: ${JSON.stringify(box)}`);
    }
    let scanned = 0;
    await views(page, async (name) => { await axe(page, `${scope} ${url} ${name}`, scope); scanned++; }, scope);
    assert.ok(scanned >= 2, `${url}: ${scanned} views`);
    await context.close();
  }
});

test('at 320 px wide (200% zoom of 640) nothing scrolls sideways and targets stay 44 px', async () => {
  const url = env.page('reflow', { attrs: { 'data-lang': 'kk' } });
  const { context, page } = await open(env, url, { viewport: { width: 320, height: 568 }, hasTouch: true, isMobile: true });
  await panelReady(page);
  await views(page, async (name) => {
    const r = await page.evaluate(() => {
      const root = document.querySelector('oberih-widget').shadowRoot;
      const panel = root.querySelector('[part=panel]');
      const small = [];
      // Inline links in a sentence (a fact's source) are exempt, as WCAG 2.5.8 allows.
      for (const el of root.querySelectorAll('a[href]:not(.source), button:not([hidden]), select, .exit')) {
        const b = el.getBoundingClientRect();
        if (b.width === 0 && b.height === 0) continue; // not shown
        if (b.height < 44 || b.width < 44) small.push(`${el.className || el.localName} ${Math.round(b.width)}x${Math.round(b.height)}`);
      }
      return {
        overflow: panel && !panel.hidden ? panel.scrollWidth - panel.clientWidth : 0,
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        small,
      };
    });
    assert.ok(r.overflow <= 0, `${name}: the panel scrolls sideways by ${r.overflow}px`);
    assert.ok(r.pageOverflow <= 0, `${name}: the host page scrolls sideways by ${r.pageOverflow}px`);
    assert.deepEqual(r.small, [], `${name}: targets under 44 px`);
  });
  await context.close();
});

test('reduced motion turns transitions off; forced colours keep the exit visible', async () => {
  const url = env.page('media');
  const { context, page } = await open(env, url, { reducedMotion: 'reduce', forcedColors: 'active' });
  await panelReady(page);
  await shadow(page, '[part=launcher]').click();
  const r = await page.evaluate(() => {
    const root = document.querySelector('oberih-widget').shadowRoot;
    const durations = [...root.querySelectorAll('*')].map((e) => getComputedStyle(e).transitionDuration + getComputedStyle(e).animationDuration);
    const exit = root.querySelector('.exit');
    const s = getComputedStyle(exit);
    return { moving: durations.filter((d) => /[1-9]/.test(d)).length, border: s.borderTopWidth, visible: s.visibility, color: s.color, bg: s.backgroundColor };
  });
  assert.equal(r.moving, 0, 'no transition or animation');
  assert.equal(r.visible, 'visible');
  // Forced colours: ButtonText on ButtonFace, which the system keeps legible; the contrast is measured all the same.
  const lum = (c) => {
    const [x, y, z] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      v /= 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * x + 0.7152 * y + 0.0722 * z;
  };
  const [l1, l2] = [lum(r.color), lum(r.bg)];
  const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  assert.ok(ratio >= 4.5, `the exit text is readable on its background in forced colours: ${r.color} on ${r.bg} (${ratio.toFixed(2)}:1)`);
  assert.notEqual(r.border, '0px', 'a visible border in forced colours');
  await context.close();
});
