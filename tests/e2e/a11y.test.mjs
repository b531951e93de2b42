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

async function axe(page, label) {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document.querySelector('oberih-widget'), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  });
  assert.deepEqual(result, [], `${label}: axe violations`);
}

/** Every view: closed, home, each flow step along the first answers, the directory. */
async function views(page, visit) {
  await visit('closed');
  await shadow(page, '[part=launcher]').click();
  await visit('home');
  await shadow(page, '.home [part=choice]').first().click();
  await visit('flow start');
  const topics = await shadow(page, '.flow [part=choice]').count();
  for (let i = 0; i < topics; i++) {
    await shadow(page, '.flow [part=choice]').nth(i).click();
    await visit(`flow topic ${i + 1}`);
    await shadow(page, '.flow [part=back]').click();
  }
  await shadow(page, '.flow [part=back]').click();
  await shadow(page, '.home [part=choice]').nth(1).click();
  await visit('directory');
}

test('axe finds no violation in any view, in any locale', async () => {
  let scanned = 0;
  for (const lang of LANGS) {
    const url = env.page('axe-' + lang, { attrs: { 'data-lang': lang, 'data-region': 'UA-30' } });
    const { context, page } = await open(env, url);
    await panelReady(page);
    await views(page, async (name) => { await axe(page, `${lang} ${name}`); scanned++; });
    await context.close();
  }
  console.log(`# axe: ${scanned} views scanned`);
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
  assert.notEqual(r.color, r.bg, 'the exit text differs from its background');
  assert.notEqual(r.border, '0px', 'a visible border in forced colours');
  await context.close();
});
