// Issue 23: the exit and the no-trace promise on host pages built from the REAL libraries (Bootstrap 5.3, USWDS 3,
// GOV.UK Frontend, WordPress 6.1's twentytwentythree, rrweb 2, a native <dialog>), with the back/forward cache ON.
// Every scenario asks the same of the exit: shown, on top at its centre, >= 44 px, and working by a click at its
// coordinates, by Enter after Tab and by Shift x3, ending on the neutral page by location.replace.
// OBERIH_DIST=<folder> runs them against another build. The widget's roots are opened for inspection by a
// test-only init script (hosts/hosts.mjs OPEN_ROOTS), except where a test proves host scripts cannot read them.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  start, open, inRoot, panelReady, exitBox, hitAtCentre, tabToExit, exitInAxTree, exitWorks, useFlow, panelState,
  FLOATING, coveredControls, OPEN_ROOTS,
} from './hosts/hosts.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const T = { timeout: 180000 };
const HOW = ['click', 'enter', 'shift'];
const plain = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>City council</title>${head}<!--oberih--></head>
<body><header><a href="/">City council</a></header>${body}</body></html>`;
// Records each pageshow's `persisted`: true means the page came back from the back/forward cache.
const SHOWS = '<script>window.__shows = []; addEventListener("pageshow", (e) => window.__shows.push(e.persisted));</script>';

/** Runs each check, keeps going, and fails once with every reason: one test then says all that is wrong. */
async function checks(list) {
  const problems = [];
  for (const [what, fn] of list) {
    try { await fn(); } catch (e) { problems.push(`${what}: ${e.message.split('\n')[0]}`); }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
}

const exitLabel = (frame) => inRoot(frame, (root) => root.querySelector('.exit').textContent);

describe('1. Back after the exit (back/forward cache on)', () => {
  for (const how of HOW) {
    test(`page A used, exit on page B by ${how}, Back: A comes from the cache with no panel and the flow at its start`, T, async () => {
      const a = env.page(`bf-a-${how}`, plain(`<main><h1>Page A</h1><p><a id="to-b" href="/bf-b-${how}">Opening hours</a></p></main>`, SHOWS));
      const b = env.page(`bf-b-${how}`, plain('<main><h1>Page B</h1><p>Opening hours.</p></main>'));
      const { context, page } = await open(env, a);
      try {
        await panelReady(page);
        const used = await useFlow(page);
        assert.equal((await panelState(page)).open, true);
        await page.click('#to-b');
        await page.waitForURL(b);
        await panelReady(page);
        await exitWorks(env, page, how, { message: 'on page B' });
        await page.goBack({ waitUntil: 'commit' });
        assert.equal(page.url(), a, 'Back goes to page A');
        const shows = await page.evaluate(() => window.__shows);
        assert.equal(shows.at(-1), true, `A was restored from the back/forward cache (pageshow persisted: ${shows})`);
        const after = await panelState(page);
        assert.equal(after.open, false, `the panel is closed after Back (it showed "${after.step}")`);
        assert.equal(after.ticked, 0, 'no safety-plan tick survives');
        // Opened again, it starts from its first view: not the step the visitor had reached.
        await inRoot(page, (root) => root.querySelector('[part=launcher]').click());
        await page.waitForTimeout(300);
        const reopened = await panelState(page);
        assert.notEqual(reopened.step, used.plan, 'the flow is not at the step reached before the exit');
        assert.equal(reopened.step, null, `the flow is at its start (shows "${reopened.step}")`);
        assert.equal(reopened.ticked, 0);
      } finally { await context.close(); }
    });
  }

  test('data-history="replace": A then B by a link, exit: one Back leaves the site', T, async () => {
    const attrs = { 'data-history': 'replace' };
    const a = env.page('hr-a', plain('<main><h1>Page A</h1><p><a id="to-b" href="/hr-b">Opening hours</a></p></main>'), { attrs });
    const b = env.page('hr-b', plain('<main><h1>Page B</h1></main>'), { attrs });
    const { context, page } = await open(env, a);
    try {
      await panelReady(page);
      await page.click('#to-b');
      await page.waitForURL(b);
      await exitWorks(env, page, 'click', { message: 'history=replace' });
      await page.goBack({ waitUntil: 'commit' });
      assert.equal(page.url(), `${env.hostOrigin}/before`, 'one Back after the exit leaves the site (it showed page A)');
    } finally { await context.close(); }
  });
});

describe('2. a native modal <dialog> (showModal)', () => {
  const showModal = '<script>document.getElementById("consent").showModal()</script>';
  for (const when of ['before', 'after']) {
    for (const how of [...HOW, 'tap']) {
      test(`dialog opened ${when} the widget loads: the exit works by ${how}; it and the launcher are on top and in the accessibility tree`, T, async () => {
        const url = env.page(`dialog-${when}-${how}`, 'dialog', { replace: { '<!--open-->': when === 'before' ? showModal : '' } });
        const { context, page } = await open(env, url, { hasTouch: how === 'tap' });
        try {
          await panelReady(page);
          if (when === 'after') await page.evaluate(() => document.getElementById('consent').showModal());
          assert.equal(await page.evaluate(() => document.getElementById('consent').matches(':modal')), true, 'the dialog is modal');
          await page.waitForTimeout(200);
          await checks([
            ['accessibility tree', async () => {
              const ax = await exitInAxTree(page, await exitLabel(page));
              assert.ok(ax.found, `the exit is not in it (named nodes: ${JSON.stringify(ax.nodes)})`);
            }],
            ['launcher', async () => { const hit = await hitAtCentre(page, '[part=launcher]'); assert.equal(hit, 'itself', `the launcher is ${hit}`); }],
            ...(how === 'click' ? [['launcher click', async () => {
              // The launcher opens the panel by a click at its place, the dialog still open.
              const b = await inRoot(page, (root) => { const r = root.querySelector('[part=launcher]').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; });
              await page.mouse.click(b.x, b.y);
              await page.waitForTimeout(300);
              assert.equal((await panelState(page)).open, true, 'a click on the launcher did not open the panel');
            }]] : []),
            ['exit', () => exitWorks(env, page, how, { message: `dialog ${when}` })],
          ]);
        } finally { await context.close(); }
      });
    }
  }
});

/** Hidden from assistive technology or inert, by itself or an ancestor. */
const hiddenHost = (page) => page.evaluate((sel) => {
  const h = document.querySelector(sel);
  const by = h.closest('[aria-hidden="true"],[inert]');
  return by ? by.localName + (by.id ? '#' + by.id : '') + ' ' + (by.getAttribute('aria-hidden') ? 'aria-hidden' : 'inert') : null;
}, FLOATING);

const MODALS = {
  // Opened from the keyboard: at 1280 px the exit covers Bootstrap's Search button (section 10).
  bootstrap: { open: '#search-open', shown: '#search.show', label: 'Bootstrap 5.3 search modal' },
  uswds: { open: '#consent-open', shown: '.usa-modal-wrapper.is-visible', label: 'USWDS 3 consent modal' },
};

async function openModal(page, m) {
  await page.focus(m.open);
  await page.keyboard.press('Enter');
  // USWDS's wrapper has no box of its own: wait for it to be there, not visible.
  await page.waitForSelector(m.shown, { state: 'attached' });
  await page.waitForTimeout(400);
}

describe('3. focus traps: Bootstrap and USWDS modals', () => {
  for (const [lib, m] of Object.entries(MODALS)) {
    for (const how of HOW) {
      test(`${m.label} open: the exit works by ${how}, is not aria-hidden and is in the accessibility tree`, T, async () => {
        const { context, page } = await open(env, env.page(`${lib}-trap-${how}`, lib));
        try {
          await panelReady(page);
          await openModal(page, m);
          await checks([
            ['aria-hidden', async () => assert.equal(await hiddenHost(page), null, 'the widget is hidden from assistive technology')],
            ['accessibility tree', async () => {
              const ax = await exitInAxTree(page, await exitLabel(page));
              assert.ok(ax.found, `the exit is not in it (named nodes: ${JSON.stringify(ax.nodes)})`);
            }],
            ['exit', () => exitWorks(env, page, how, { message: m.label })],
          ]);
        } finally { await context.close(); }
      });
    }
    test(`${m.label} open: the help panel opened from the launcher keeps the focus`, T, async () => {
      const { context, page } = await open(env, env.page(`${lib}-panel`, lib));
      try {
        await panelReady(page);
        await openModal(page, m);
        const b = await inRoot(page, (root) => { const r = root.querySelector('[part=launcher]').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; });
        await page.mouse.click(b.x, b.y);
        await page.waitForTimeout(400);
        assert.equal((await panelState(page)).open, true, 'the launcher opened the panel');
        const inPanel = () => page.evaluate((sel) => {
          const h = document.querySelector(sel);
          return document.activeElement === h && !!h.shadowRoot.activeElement?.closest('[part=panel]');
        }, FLOATING);
        assert.equal(await inPanel(), true, 'focus is in the panel after it opens');
        for (let i = 0; i < 3; i++) {
          await page.keyboard.press('Tab');
          await page.waitForTimeout(100);
          assert.equal(await inPanel(), true, `focus stays in the panel after Tab ${i + 1} (the modal did not pull it back)`);
        }
      } finally { await context.close(); }
    });
  }
});

// The widget watches the page's attributes for modals, but looks at the page only when a change can show one
// (src/exit/oberih.js guard()): each way a page's own script shows an aria-modal element, with no other
// attribute set anywhere, must still take the widget in, and out again once it is hidden.
describe('3b. a modal shown by the page\'s own class, hidden or style change', () => {
  const SHOW = {
    'a class on a wrapper around it': ['wrap', (m) => m.parentNode.classList.add('on'), (m) => m.parentNode.classList.remove('on')],
    'the hidden attribute on it': ['hidden', (m) => { m.hidden = false; }, (m) => { m.hidden = true; }],
    'its style': ['style', (m) => { m.style.display = 'block'; }, (m) => { m.style.display = 'none'; }],
  };
  for (const [how, [id]] of Object.entries(SHOW)) {
    test(`shown by ${how}: the widget goes into the modal, the exit works there by Tab and Enter, and it comes back`, T, async () => {
      const modal = {
        wrap: '<div class="w"><div id="m" role="dialog" aria-modal="true" aria-label="Search"><input aria-label="Find"></div></div>',
        hidden: '<div id="m" role="dialog" aria-modal="true" aria-label="Search" hidden><input aria-label="Find"></div>',
        style: '<div id="m" role="dialog" aria-modal="true" aria-label="Search" style="display:none"><input aria-label="Find"></div>',
      }[id];
      const css = '<style>.w:not(.on) { display: none }</style>';
      const url = env.page(`own-modal-${id}`, plain(`<main><h1>Services</h1><p><a href="/a">Opening hours</a></p>${modal}</main>`, css));
      const { context, page } = await open(env, url);
      try {
        await panelReady(page);
        const home = await page.evaluate((sel) => document.querySelector(sel).parentNode.localName, FLOATING);
        const where = () => page.evaluate((sel) => { const p = document.querySelector(sel).parentNode; return p.id || p.localName; }, FLOATING);
        // Noise first: attribute changes elsewhere on the page move nothing.
        await page.evaluate(() => { for (let i = 0; i < 20; i++) document.querySelector('main a').setAttribute('data-n', i); });
        await page.waitForTimeout(100);
        assert.equal(await where(), home, 'changes elsewhere leave the widget where it was');
        const [, show, hide] = SHOW[how];
        await page.evaluate(`(${show})(document.getElementById('m'))`);
        await page.waitForTimeout(100);
        assert.equal(await where(), 'm', 'the widget is the modal\'s first child while it shows');
        await page.evaluate(`(${hide})(document.getElementById('m'))`);
        await page.waitForTimeout(100);
        assert.equal(await where(), home, 'and back where it was once the modal is hidden');
        await page.evaluate(`(${show})(document.getElementById('m'))`);
        await page.waitForTimeout(100);
        await exitWorks(env, page, 'enter', { message: how });
      } finally { await context.close(); }
    });
  }

  // As React portals do (Radix, MUI, Headless UI): the modal is added to <body> already shown, with no attribute
  // changed anywhere; here the widget is the page's own element inside the app's root, not a child of <body>.
  test('a modal added already shown, the widget inside the page\'s app root: it goes in, and back once the modal is removed', T, async () => {
    const url = env.page('own-modal-portal', plain('<div id="root"><main><h1>Services</h1><p><a href="/a">Opening hours</a></p></main>' +
      '<footer><oberih-widget></oberih-widget></footer></div>'));
    const { context, page } = await open(env, url);
    try {
      await panelReady(page);
      const where = () => page.evaluate((sel) => { const p = document.querySelector(sel).parentNode; return p.id || p.localName; }, FLOATING);
      assert.equal(await where(), 'footer', 'the widget starts where the page put it');
      const add = () => page.evaluate(() => {
        const m = document.createElement('div');
        m.id = 'portal';
        m.innerHTML = '<div role="dialog" aria-modal="true" aria-label="Search"><input aria-label="Find"></div>';
        document.body.append(m);
      });
      await add();
      await page.waitForTimeout(100);
      assert.equal(await page.evaluate((sel) => document.querySelector(sel).parentNode.getAttribute('role'), FLOATING), 'dialog', 'the widget is in the added modal');
      await page.evaluate(() => document.getElementById('portal').remove());
      await page.waitForTimeout(100);
      assert.equal(await where(), 'footer', 'and back in the footer once the modal is gone with it inside');
      await add();
      await page.waitForTimeout(100);
      await exitWorks(env, page, 'enter', { message: 'portal' });
    } finally { await context.close(); }
  });
});

describe('4. the widget in an iframe: the exit replaces the TOP page', () => {
  const inner = (name) => plain(`<main><h2>Help (${name})</h2></main>`);
  const KINDS = {
    'same-origin src': () => `<iframe name="help" src="${env.page('frame-inner-same', inner('same'))}" style="width:100%;height:600px;border:0"></iframe>`,
    'cross-origin src': () => `<iframe name="help" src="${env.page('frame-inner-cross', inner('cross'), { origin: env.otherOrigin })}" style="width:100%;height:600px;border:0"></iframe>`,
    srcdoc: () => `<iframe name="help" srcdoc="${inner('srcdoc').replace('<!--oberih-->', env.snippet()).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" style="width:100%;height:600px;border:0"></iframe>`,
  };
  for (const [kind, frame] of Object.entries(KINDS)) {
    for (const how of HOW) {
      test(`${kind}: the exit by ${how} replaces the top page`, T, async () => {
        const top = env.page(`frame-top-${kind.replace(/\W/g, '')}-${how}`, `<!doctype html><title>Portal</title><h1>Portal</h1>${frame()}`);
        const { context, page } = await open(env, top);
        try {
          const f = await (await page.waitForSelector('iframe[name=help]')).contentFrame();
          await panelReady(f);
          // Shift x3 is heard where the focus is: the visitor has clicked in the frame's content.
          if (how === 'shift') {
            const fb = await (await f.frameElement()).boundingBox();
            await page.mouse.click(fb.x + 20, fb.y + 300);
          }
          await exitWorks(env, page, how, { frame: f, message: kind });
        } finally { await context.close(); }
      });
    }
  }
});

describe('5. beforeunload handlers', () => {
  // The usual unsaved-changes guards: the handler property, and a listener added on the form's first edit (after
  // the widget's script), and one added BEFORE the widget's script, which runs first: the exit's document.open()
  // erases every listener of the window before it navigates, so none of them can hold it.
  const GUARDS = {
    'window.onbeforeunload': { head: '<script>window.onbeforeunload = () => "You have unsaved changes";</script>' },
    'a listener added on the first edit': { head: '<script>addEventListener("DOMContentLoaded", () => document.getElementById("t").addEventListener("input", () => ' +
      'addEventListener("beforeunload", (e) => { e.preventDefault(); e.returnValue = ""; }), { once: true }));</script>' },
    'a listener added before the widget\'s script': {
      head: '<script>addEventListener("beforeunload", (e) => { e.preventDefault(); e.returnValue = ""; });</script>' },
  };
  for (const [kind, g] of Object.entries(GUARDS)) {
    for (const how of HOW) {
      test(`${kind}: the exit by ${how} reaches the neutral page with no prompt`, T, async () => {
        const url = env.page(`unload-${kind.replace(/\W/g, '')}-${how}`, plain('<main><label>Message <textarea id="t"></textarea></label></main>', g.head));
        const { context, page, log } = await open(env, url);
        try {
          await panelReady(page);
          // The visitor typed in the form: the page has sticky activation, so the browser would ask "Leave site?".
          await page.click('#t');
          await page.keyboard.type('draft');
          await checks([
            ['exit', () => exitWorks(env, page, how, { message: 'beforeunload' })],
            ['prompt', async () => assert.deepEqual(log.dialogs, [], 'a prompt was shown')],
          ]);
        } finally { await context.close(); }
      });
    }
  }
});

/**
 * The closed root as only the browser's inspector can reach it (CDP, with pierce): what no host script can do.
 * Returns `call(fn, arg)` running `fn` with `this` = the floating widget's shadow root.
 */
async function inspector(page) {
  const cdp = await page.context().newCDPSession(page);
  const find = (n) => {
    if (n.localName === 'oberih-widget' && !(n.attributes || []).includes('mode') && n.shadowRoots?.length) return n.shadowRoots[0];
    for (const c of [...(n.children || []), ...(n.shadowRoots || [])]) { const r = find(c); if (r) return r; }
    return null;
  };
  let root;
  for (let i = 0; i < 100 && !root; i++) {
    const doc = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const r = find(doc.root);
    if (r) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: r.backendNodeId });
      const ready = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { return !!this.querySelector("[part=launcher]"); }', returnByValue: true });
      if (ready.result.value) root = object;
    }
    if (!root) await page.waitForTimeout(200);
  }
  assert.ok(root, 'the panel mounted (seen through the inspector)');
  return async (fn, arg) => {
    const r = await cdp.send('Runtime.callFunctionOn', { objectId: root.objectId, functionDeclaration: fn.toString(),
      arguments: [{ value: arg ?? null }], returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description || r.exceptionDetails.text);
    return r.result.value;
  };
}

describe('6. a session-replay script (rrweb 2) on the host page', () => {
  test('rrweb records none of the panel\'s text, and no host DOM API reads it', T, async () => {
    // rrweb starts in <head> before the widget, as replay products are installed.
    const rec = '<script src="/lib/rrweb/dist/rrweb.umd.cjs"></script><script>window.__events = [];' +
      'window.__stop = rrweb.record({ emit(e) { window.__events.push(e); } });</script>';
    const url = env.page('rrweb', plain('<main><h1>Family support</h1><p>Opening hours: 9 to 5.</p></main>', rec));
    const { context, page } = await open(env, url, { closed: true });
    try {
      const call = await inspector(page);
      // The visitor uses the panel: opens it, the flow, the safety plan; ticks an item. The lines they read are kept.
      const lines = new Set();
      const read = async () => {
        await page.waitForTimeout(300);
        for (const l of await call(function () {
          const p = this.querySelector('[part=panel]');
          const out = [];
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) { const t = n.data.trim(); if (t.length >= 12) out.push(t); }
          return out;
        })) lines.add(l);
      };
      await call(function () { this.querySelector('[part=launcher]').click(); });
      await read();
      await call(function () { this.querySelector('.home [part=choice]').click(); });
      await read();
      await call(function () { this.querySelectorAll('.flow [part=choice]')[3].click(); });
      await read();
      await call(function () { this.querySelector('.flow .checklist input[type=checkbox]').click(); });
      await read();
      assert.ok(lines.size >= 10, `the visitor read ${lines.size} lines`);
      const json = await page.evaluate(() => { window.__stop(); return JSON.stringify(window.__events); });
      assert.ok(json.includes('Opening hours: 9 to 5.'), 'rrweb did record the host page');
      const found = [...lines].filter((l) => json.includes(JSON.stringify(l).slice(1, -1)));
      assert.equal(found.length, 0, `rrweb recorded ${found.length} of ${lines.size} lines of panel text, e.g. "${found[0]}"`);
      // What a host script can read of the widget through the DOM.
      const seen = await page.evaluate(([sel, ls]) => {
        const h = document.querySelector(sel);
        const texts = [h.textContent, h.innerHTML, h.outerHTML, h.innerText, document.body.innerText,
          document.documentElement.outerHTML, h.getHTML ? h.getHTML({ serializableShadowRoots: true }) : '',
          document.body.getHTML ? document.body.getHTML({ serializableShadowRoots: true }) : '',
          String(document.getSelection ? (document.execCommand('selectAll'), document.getSelection()) : '')].join('\n');
        return { shadowRoot: h.shadowRoot === null ? null : 'readable', leaked: ls.filter((l) => texts.includes(l)).length };
      }, [FLOATING, [...lines]]);
      assert.equal(seen.shadowRoot, null, 'el.shadowRoot is null for host scripts');
      assert.equal(seen.leaked, 0, 'no panel text through textContent, innerHTML, innerText, getHTML or a selection');
    } finally { await context.close(); }
  });
});

describe('7. the neutral site learns nothing of where the visitor was', () => {
  for (const how of HOW) {
    test(`no Referer and an empty document.referrer after the exit by ${how}`, T, async () => {
      const { context, page } = await open(env, env.page(`referrer-${how}`, plain('<main><h1>Help</h1></main>')));
      try {
        await panelReady(page);
        const from = env.neutralLog.length;
        await exitWorks(env, page, how, { message: 'referrer' });
        const hits = env.neutralLog.slice(from).filter((r) => r.url === '/weather');
        assert.equal(hits.length, 1, 'one request to the neutral page');
        assert.equal(hits[0].referer, null, `the neutral site got Referer: ${hits[0].referer}`);
        assert.equal(await page.evaluate(() => document.referrer), '', 'document.referrer is empty');
      } finally { await context.close(); }
    });
  }
});

describe('8. a polluted Object.prototype', () => {
  // A rule that hides the exit, and the names of the fields the embed script reads from its widgets' records.
  const pollute = '<script>Object.prototype[".bar,.exit"] = "display:none!important";' +
    ' for (const k of ["bar", "a", "back", "widget"]) Object.prototype[k] = "1";</script>';
  for (const how of HOW) {
    test(`the exit still shows and works by ${how}`, T, async () => {
      const url = env.page(`polluted-${how}`, plain('<main><h1>Help</h1><oberih-widget mode="inline"></oberih-widget></main>', pollute));
      const { context, page, log } = await open(env, url);
      try {
        // Plain evaluations: Playwright's own polling (waitForFunction) throws in a page whose Object.prototype has
        // an `a` (its UtilityScript reads `builtins` through one), which would count as the page's error here.
        const mounted = () => page.evaluate((sel) => !!document.querySelector(sel)?.shadowRoot?.querySelector('[part=launcher]'), FLOATING);
        for (let i = 0; i < 100 && !(await mounted()); i++) await page.waitForTimeout(100);
        assert.ok(await mounted(), 'the panel mounts');
        // A change the modal guard looks at (on the widget's parent): it must not read a polluted field either.
        await page.evaluate(() => document.body.classList.add('scrolled'));
        await page.waitForTimeout(100);
        assert.deepEqual(log.errors, [], 'no error on the page');
        await exitWorks(env, page, how, { message: 'polluted prototype' });
      } finally { await context.close(); }
    });
  }
});

describe('9. GOV.UK Frontend\'s exit-this-page on the same page', () => {
  for (const how of ['shift', 'click']) {
    test(`${how}: the tab goes to OUR exit URL and one Back does not return to the page`, T, async () => {
      const url = env.page(`govuk-${how}`, 'govuk', { replace: { GOVUK_EXIT: `${env.neutralOrigin}/govuk-exit` } });
      const { context, page } = await open(env, url);
      try {
        await panelReady(page);
        await page.waitForSelector('.govuk-exit-this-page__indicator', { state: 'attached' });
        await exitWorks(env, page, how, { message: 'GOV.UK page' });
        // GOV.UK's own navigation, if it also fired, lands a moment later.
        await page.waitForTimeout(1500);
        assert.equal(page.url(), env.exitUrl, 'the tab stays on our exit URL');
        await page.goBack({ waitUntil: 'commit' });
        assert.equal(page.url(), `${env.hostOrigin}/before`, 'one Back leaves: it does not return to the page');
      } finally { await context.close(); }
    });
  }
});

const VIEWPORTS = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];
const CORNER_PAGES = ['bootstrap', 'uswds', 'wordpress', 'dialog'];

describe('10. host controls in the corners', () => {
  for (const vp of VIEWPORTS) {
    test(`at ${vp.width}x${vp.height}, the default corners cover none of the fixtures' controls`, T, async () => {
      const problems = [];
      for (const fixture of CORNER_PAGES) {
        const { context, page } = await open(env, env.page(`corner-${fixture}`, fixture), { viewport: vp });
        try {
          await panelReady(page);
          for (const sel of ['.exit', '[part=launcher]']) {
            const r = await inRoot(page, (root, s) => { const b = root.querySelector(s).getBoundingClientRect(); return { left: b.left, right: b.right, top: b.top, bottom: b.bottom }; }, sel);
            const hit = await page.evaluate(`(${coveredControls})(${JSON.stringify(r)})`);
            if (hit.length) problems.push(`${fixture} ${sel}: ${hit.join(' | ')}`);
          }
        } finally { await context.close(); }
      }
      assert.deepEqual(problems, [], 'controls covered by the default corners');
    });
  }

  const CORNERS = ['top-right', 'top-left', 'bottom-right', 'bottom-left'];
  test('data-exit-position and data-position put the exit and the launcher in each corner, never overlapping', T, async () => {
    const problems = [];
    for (const exitAt of CORNERS) {
      for (const launcherAt of CORNERS) {
        const url = env.page(`corner-${exitAt}-${launcherAt}`, plain('<main><h1>Help</h1></main>'), { attrs: { 'data-exit-position': exitAt, 'data-position': launcherAt } });
        const { context, page } = await open(env, url, { viewport: { width: 390, height: 844 }, before: false });
        try {
          await panelReady(page);
          await page.waitForTimeout(200);
          const r = await inRoot(page, (root) => {
            const b = (s) => { const x = root.querySelector(s).getBoundingClientRect(); return { left: x.left, right: x.right, top: x.top, bottom: x.bottom }; };
            return { exit: b('.exit'), launcher: b('[part=launcher]'), w: innerWidth, h: innerHeight };
          });
          const where = (b) => `${b.top + b.bottom < r.h ? 'top' : 'bottom'}-${b.left + b.right < r.w ? 'left' : 'right'}`;
          if (where(r.exit) !== exitAt) problems.push(`exit asked ${exitAt}, drawn ${where(r.exit)}`);
          if (where(r.launcher) !== launcherAt) problems.push(`launcher asked ${launcherAt}, drawn ${where(r.launcher)}`);
          const meet = r.exit.left < r.launcher.right && r.exit.right > r.launcher.left && r.exit.top < r.launcher.bottom && r.exit.bottom > r.launcher.top;
          if (meet) problems.push(`exit ${exitAt} and launcher ${launcherAt} overlap`);
        } finally { await context.close(); }
      }
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  test('a full-screen host overlay at the maximum z-index covers neither the exit nor the launcher', T, async () => {
    const overlay = '<div id="overlay" style="position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483647;background:rgb(0 0 0 / .4)"><p style="background:#fff">Subscribe to our newsletter</p></div>';
    const { context, page } = await open(env, env.page('overlay', plain(`<main><h1>News</h1></main>${overlay}`)));
    try {
      await panelReady(page);
      await page.waitForTimeout(300);
      assert.equal(await hitAtCentre(page, '.exit'), 'itself', 'the exit is above the overlay');
      assert.equal(await hitAtCentre(page, '[part=launcher]'), 'itself', 'the launcher is above the overlay');
      await exitWorks(env, page, 'click', { message: 'overlay' });
    } finally { await context.close(); }
  });
});

// The rule docs/guide.en.md tells webmasters to add for an inline panel.
const GUIDE_INLINE_RULE = (() => {
  const guide = fs.readFileSync(new URL('../../docs/guide.en.md', import.meta.url), 'utf8');
  const rule = /```css\n(oberih-widget\[mode="inline"\][^\n]*)\n```/.exec(guide);
  assert.ok(rule, 'docs/guide.en.md prints the inline panel rule');
  return rule[1];
})();

describe('11. smaller', () => {
  const CLS = `window.__cls = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });`;
  for (const vp of VIEWPORTS) {
    // The script comes last (the footer), after the page is drawn: only the page's own stylesheet can keep the
    // panel's room from the first paint, so the test uses the rule the guide prints (section 5).
    test(`the inline panel on the WordPress page with the guide's rule: CLS <= 0.1 at ${vp.width}x${vp.height}`, T, async () => {
      const url = env.page('wp-inline', 'wordpress', { replace: { '<!--inline-->': `<style>${GUIDE_INLINE_RULE}</style><oberih-widget mode="inline"></oberih-widget>` } });
      const context = await env.browser.newContext({ viewport: vp });
      await context.addInitScript(OPEN_ROOTS);
      await context.addInitScript(CLS);
      const page = await context.newPage();
      try {
        await page.goto(url);
        await page.waitForFunction(() => !!document.querySelector('oberih-widget[mode=inline]')?.shadowRoot?.querySelector('.home, [part=choice]'), null, { timeout: 20000 });
        await page.waitForTimeout(1000);
        const cls = await page.evaluate(() => window.__cls);
        assert.ok(cls <= 0.1, `CLS ${cls.toFixed(3)}`);
      } finally { await context.close(); }
    });
  }

  test('no console warning "modulepreload has no href"', T, async () => {
    const { context, page, log } = await open(env, env.page('preload', plain('<main><h1>Help</h1></main>')));
    try {
      await panelReady(page);
      await page.waitForTimeout(300);
      const warned = log.console.filter((m) => /modulepreload/i.test(m.text));
      assert.deepEqual(warned, [], 'no modulepreload warning');
    } finally { await context.close(); }
  });

  test('two inline panels and the floating one: the wasm is fetched once', T, async () => {
    const body = '<main><h1>Help</h1><oberih-widget mode="inline"></oberih-widget><oberih-widget mode="inline"></oberih-widget></main>';
    const { context, page, log } = await open(env, env.page('three', plain(body)));
    try {
      await panelReady(page);
      await page.waitForFunction(() => [...document.querySelectorAll('oberih-widget[mode=inline]')].every((w) => w.shadowRoot?.querySelector('[part=choice]')), null, { timeout: 20000 });
      const wasm = log.requests.filter((u) => u.endsWith('/oberih_app_bg.wasm'));
      assert.equal(wasm.length, 1, `the wasm was fetched ${wasm.length} times`);
    } finally { await context.close(); }
  });

  test('the script without defer, synchronous in <body> before a page-authored <oberih-widget>: one exit', T, async () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City council</title></head><body>
      <main><h1>Help</h1></main>${env.snippet({}, { defer: false })}<oberih-widget></oberih-widget></body></html>`;
    const { context, page } = await open(env, env.page('sync', html));
    try {
      await panelReady(page);
      const n = await page.evaluate(() => [...document.querySelectorAll('oberih-widget')].filter((w) => w.shadowRoot?.querySelector('.exit')).length);
      assert.equal(n, 1, `${n} exits on the page`);
      await exitWorks(env, page, 'shift', { message: 'sync script' });
    } finally { await context.close(); }
  });

  for (const how of HOW) {
    test(`the title becomes '' as the exit starts (${how})`, T, async () => {
      // The page reports each change of its title on the console, which Playwright still hears as the page goes.
      const watch = '<script>new MutationObserver(() => console.log("title:[" + document.title + "]"))' +
        '.observe(document.head, { subtree: true, childList: true, characterData: true });</script>';
      const url = env.page(`title-${how}`, plain('<main><h1>Help</h1></main>', watch), { attrs: { 'data-exit-url': `${env.neutralOrigin}/slow` } });
      const { context, page, log } = await open(env, url);
      try {
        await panelReady(page);
        const box = await exitBox(page);
        const t0 = Date.now();
        if (how === 'click') await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        else if (how === 'enter') { assert.ok(await tabToExit(page)); await page.keyboard.press('Enter'); }
        else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
        // The neutral page answers 3 s later: the title must be blank well before it arrives.
        await page.waitForTimeout(1000);
        const titles = log.console.filter((m) => m.text.startsWith('title:[')).map((m) => m.text);
        assert.ok(Date.now() - t0 < 3000 || page.url() === url, 'measured before the neutral page arrived');
        assert.ok(titles.includes('title:[]'), `the title went blank as the exit started (title changes seen: ${JSON.stringify(titles)})`);
      } finally { await context.close(); }
    });
  }
});
