// Host pages made of the real libraries (issue 23): the release build from one loopback origin, the host pages and
// the libraries' own files (node_modules, Debian's wordpress) from a second, a cross-origin frame from a third, and
// the neutral site from a fourth, which records what each request told it (the Referer).
// OBERIH_DIST=<folder> tests another build (the default is the repository's dist/).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
export const DIST = path.resolve(process.env.OBERIH_DIST || path.join(ROOT, 'dist'));
const MODULES = path.join(ROOT, 'node_modules');
export const WP = process.env.WORDPRESS || '/usr/share/wordpress';
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.cjs': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

/** The libraries the fixtures load, each a file that must exist: a missing one fails the suite, never skips it. */
export const LIBS = {
  bootstrap: ['bootstrap/dist/css/bootstrap.min.css', 'bootstrap/dist/js/bootstrap.bundle.min.js'],
  uswds: ['@uswds/uswds/dist/css/uswds.min.css', '@uswds/uswds/dist/js/uswds.min.js'],
  govuk: ['govuk-frontend/dist/govuk/govuk-frontend.min.css', 'govuk-frontend/dist/govuk/govuk-frontend.min.js'],
  rrweb: ['rrweb/dist/rrweb.umd.cjs'],
};
const WP_FILES = ['wp-includes/css/dist/block-library/style.min.css', 'wp-includes/blocks/navigation/view-modal.min.js',
  'wp-content/themes/twentytwentythree/theme.json'];

export function checkLibraries() {
  const missing = Object.values(LIBS).flat().map((f) => path.join(MODULES, f)).concat(WP_FILES.map((f) => path.join(WP, f)))
    .filter((f) => !fs.existsSync(f));
  if (missing.length) throw new Error(`host libraries missing (npm ci; apt-get install wordpress wordpress-theme-twentytwentythree): ${missing.join(', ')}`);
}

/**
 * Test-only: roots attached to <oberih-widget> are made open, so a test can look inside (the contract's
 * inspection hook). Tests that prove host scripts cannot read the panel run without it.
 */
export const OPEN_ROOTS = `(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    return attach.call(this, this.localName === 'oberih-widget' ? Object.assign({}, init, { mode: 'open' }) : init);
  };
})();`;

function listen(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function sendFile(res, file, headers = {}) {
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', ...headers });
  fs.createReadStream(file).pipe(res);
}

/** WordPress's global styles for twentytwentythree, from its real theme.json (WordPress makes them in PHP). */
export function wpGlobalStyles() {
  const t = JSON.parse(fs.readFileSync(path.join(WP, 'wp-content/themes/twentytwentythree/theme.json'), 'utf8'));
  const s = t.settings;
  const vars = [
    ...s.color.palette.map((c) => `--wp--preset--color--${c.slug}:${c.color}`),
    ...s.typography.fontSizes.map((f) => `--wp--preset--font-size--${f.slug}:${f.size}`),
    ...(s.spacing.spacingSizes || []).map((z) => `--wp--preset--spacing--${z.slug}:${z.size}`),
    `--wp--style--global--content-size:${s.layout.contentSize}`, `--wp--style--global--wide-size:${s.layout.wideSize}`,
  ];
  const pad = t.styles.spacing?.padding || {};
  const v = (x) => String(x || 0).replace(/var:preset\|([a-z-]+)\|([a-z0-9-]+)/, 'var(--wp--preset--$1--$2)');
  return `body{${vars.join(';')};background:${t.styles.color.background};color:${t.styles.color.text};margin:0;` +
    `font-family:system-ui,sans-serif;font-size:${t.styles.typography.fontSize};line-height:${t.styles.typography.lineHeight};` +
    `padding:${v(pad.top)} ${v(pad.right)} ${v(pad.bottom)} ${v(pad.left)}}` +
    '.is-layout-constrained>*{max-width:var(--wp--style--global--content-size);margin-left:auto!important;margin-right:auto!important}' +
    '.is-layout-constrained>.alignwide{max-width:var(--wp--style--global--wide-size)}' +
    '.is-layout-flex{display:flex;flex-wrap:wrap;align-items:center;gap:0.5em}' +
    `a{color:${t.styles.elements?.link?.color?.text || 'inherit'}}`;
}

/**
 * Starts the servers and Chromium with the back/forward cache ON (Playwright turns it off by default; real
 * browsers have it). Fixture files in tests/e2e/hosts/*.html carry `<!--oberih-->` where the snippet goes.
 */
export async function start({ bfcache = true } = {}) {
  checkLibraries();
  if (!fs.existsSync(path.join(DIST, 'oberih.js'))) throw new Error(`${DIST}/oberih.js is missing: build first (trunk build --release)`);
  const requests = [];
  const neutralLog = [];
  const pages = new Map();
  const widget = await listen((req, res) => {
    requests.push(req.url);
    const file = path.join(DIST, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(DIST)) { res.writeHead(404).end(); return; }
    sendFile(res, file, { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' });
  });
  const hostHandler = (req, res) => {
    const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (p === '/favicon.ico') { res.writeHead(204).end(); return; }
    if (p.startsWith('/lib/')) { sendFile(res, path.join(MODULES, p.slice(5))); return; }
    if (p.startsWith('/wp/')) { sendFile(res, path.join(WP, p.slice(4))); return; }
    // GOV.UK Frontend's CSS asks for its fonts and images at /assets/.
    if (p.startsWith('/assets/')) { sendFile(res, path.join(MODULES, 'govuk-frontend/dist/govuk', p)); return; }
    const page = pages.get(p);
    if (!page) { res.writeHead(404).end(); return; }
    // no-cache, not no-store: a no-store page is never put in the back/forward cache.
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', ...(page.headers || {}) });
    res.end(page.html);
  };
  const host = await listen(hostHandler);
  const other = await listen(hostHandler);
  const neutral = await listen((req, res) => {
    neutralLog.push({ url: req.url, referer: req.headers.referer ?? null });
    const reply = () => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end('<!doctype html><title>Weather</title><h1>Weather</h1>');
    // /slow: the neutral site answers late, so a test can see the host page between the exit and the next page.
    if (req.url.startsWith('/slow')) setTimeout(reply, 3000); else reply();
  });
  const port = (s) => s.address().port;
  const widgetOrigin = `http://127.0.0.1:${port(widget)}`;
  const hostOrigin = `http://localhost:${port(host)}`;
  const otherOrigin = `http://127.0.0.1:${port(other)}`;
  const neutralOrigin = `http://127.0.0.1:${port(neutral)}`;
  const exitUrl = `${neutralOrigin}/weather`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    ignoreDefaultArgs: bfcache ? ['--disable-back-forward-cache'] : [],
  });
  const env = {
    browser, pages, requests, neutralLog, widgetOrigin, hostOrigin, otherOrigin, neutralOrigin, exitUrl,
    scriptUrl: `${widgetOrigin}/oberih.js`,
    /** The real snippet with `attrs` (null drops one). */
    snippet(attrs = {}, { defer = true } = {}) {
      const a = { 'data-country': 'UA', 'data-lang': 'en', 'data-exit-url': exitUrl, ...attrs };
      const text = Object.entries(a).filter(([, v]) => v !== null).map(([k, v]) => ` ${k}="${v}"`).join('');
      return `<script src="${env.scriptUrl}"${text}${defer ? ' defer' : ''}></script>`;
    },
    /** Registers a page; `html` may be a fixture name (tests/e2e/hosts/<name>.html). Returns its URL. */
    page(name, html, { attrs, defer, headers, origin = hostOrigin, replace = {} } = {}) {
      let text = /^[a-z0-9-]+$/.test(html) ? fs.readFileSync(path.join(HERE, `${html}.html`), 'utf8') : html;
      text = text.replace('<!--oberih-->', env.snippet(attrs, { defer })).replace('<!--wp-global-styles-->',
        () => `<style id="global-styles-inline-css">${wpGlobalStyles()}</style>`);
      for (const [k, v] of Object.entries(replace)) text = text.split(k).join(v);
      pages.set('/' + name, { html: text, headers });
      return `${origin}/${name}`;
    },
    async close() {
      await browser.close();
      for (const s of [widget, host, other, neutral]) { s.closeAllConnections(); s.close(); }
    },
  };
  pages.set('/before', { html: '<!doctype html><title>Before</title><p>An unrelated page visited earlier.</p>' });
  return env;
}

/**
 * A fresh context and page, the roots open for inspection unless `closed`. Collects console messages, errors,
 * requests and any JavaScript dialog (a beforeunload prompt included); dialogs are dismissed.
 */
export async function open(env, url, { closed = false, before = true, viewport = { width: 1280, height: 800 }, ...options } = {}) {
  const context = await env.browser.newContext({ viewport, ...options });
  if (!closed) await context.addInitScript(OPEN_ROOTS);
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('dialog', (d) => { log.dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  if (before) await page.goto(`${env.hostOrigin}/before`);
  await page.goto(url);
  return { context, page, log };
}

/** The floating widget (not an inline one). */
export const FLOATING = 'oberih-widget:not([mode=inline])';

/** Runs `fn(root, arg)` in the floating widget's shadow root (open for inspection), in `frame` or the page. */
export function inRoot(frame, fn, arg) {
  return frame.evaluate(([src, a, sel]) => {
    const root = document.querySelector(sel)?.shadowRoot;
    if (!root) throw new Error('no open root on the floating widget');
    return new Function('root', 'arg', `return (${src})(root, arg)`)(root, a);
  }, [fn.toString(), arg ?? null, FLOATING]);
}

export async function panelReady(frame) {
  await frame.waitForFunction((sel) => !!document.querySelector(sel)?.shadowRoot?.querySelector('[part=launcher]'),
    FLOATING, { timeout: 20000 });
}

/** The exit's box, once it is shown (its root open for inspection). */
export async function exitBox(frame) {
  await frame.waitForFunction((sel) => {
    const r = document.querySelector(sel)?.shadowRoot?.querySelector('.exit')?.getBoundingClientRect();
    return r && r.width > 0 && r.height > 0;
  }, FLOATING, { timeout: 10000 }).catch(() => { throw new assert.AssertionError({ message: 'the exit is not shown (no box after 10 s)' }); });
  return inRoot(frame, (root) => { const r = root.querySelector('.exit').getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; });
}

/** What a tap at the centre of `selector` reaches, through the root: itself, or what covers it. */
export function hitAtCentre(frame, selector) {
  return inRoot(frame, (root, sel) => {
    const el = root.querySelector(sel);
    if (!el) return `no ${sel}`;
    const r = el.getBoundingClientRect();
    const x = r.x + r.width / 2, y = r.y + r.height / 2;
    const hit = root.elementFromPoint(x, y);
    if (hit && (hit === el || el.contains(hit))) return 'itself';
    const top = document.elementFromPoint(x, y);
    return `covered by ${top ? top.outerHTML.slice(0, 80) : 'nothing'} (in root: ${hit ? hit.outerHTML.slice(0, 60) : 'none'})`;
  }, selector);
}

/** Presses Tab up to `max` times until the exit has focus; returns the number of presses, or 0. */
export async function tabToExit(page, frame = page, max = 40) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    const on = await inRoot(frame, (root) => root.activeElement?.classList.contains('exit') ?? false).catch(() => false);
    if (on) return i;
  }
  return 0;
}

/** Is the exit in the accessibility tree (Chromium's, through CDP), named and not ignored? */
export async function exitInAxTree(page, name) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const named = nodes.filter((n) => n.name?.value === name);
  return { found: named.some((n) => !n.ignored && n.role?.value === 'link'), nodes: named.map((n) => ({ role: n.role?.value, ignored: n.ignored, reasons: (n.ignoredReasons || []).map((r) => r.name) })) };
}

/**
 * The exit is shown, on top at its centre, at least 44 px, and works `how` ('click' at its coordinates, 'enter'
 * after Tab, 'shift' x3): the tab ends on the neutral page by location.replace (no new history entry).
 * `frame` is where the widget is; the TOP page must be the one replaced.
 */
export async function exitWorks(env, page, how, { frame = page, message = '' } = {}) {
  const box = await exitBox(frame);
  assert.ok(box.width >= 44 && box.height >= 44, `${message}: the exit is ${box.width}x${box.height}`);
  const hit = await hitAtCentre(frame, '.exit');
  assert.equal(hit, 'itself', `${message}: the exit is not on top at its centre: ${hit}`);
  const length = await page.evaluate(() => history.length);
  if (how === 'click') {
    // A real click at the exit's place in the top page's coordinates (a frame's offset added).
    const off = frame === page ? { x: 0, y: 0 } : await (await frame.frameElement()).boundingBox();
    await page.mouse.click(off.x + box.x + box.width / 2, off.y + box.y + box.height / 2);
  } else if (how === 'tap') {
    const off = frame === page ? { x: 0, y: 0 } : await (await frame.frameElement()).boundingBox();
    await page.touchscreen.tap(off.x + box.x + box.width / 2, off.y + box.y + box.height / 2);
  } else if (how === 'enter') {
    const presses = await tabToExit(page, frame);
    assert.ok(presses > 0, `${message}: Tab never reached the exit`);
    await page.keyboard.press('Enter');
  } else if (how === 'shift') {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  } else throw new Error(how);
  await page.waitForURL(env.exitUrl, { timeout: 8000 }).catch(() => {
    const where = frame === page ? '' : `; the frame shows ${frame.isDetached() ? '(detached)' : frame.url()}`;
    throw new assert.AssertionError({ message: `${message}: the ${how} did not bring the tab to the neutral page (it shows ${page.url()}${where})` });
  });
  assert.equal(await page.evaluate(() => history.length), length, `${message}: location.replace, no new history entry`);
}

/**
 * A visitor's use of the panel: opens it, starts the flow, goes to the safety plan (the flow's 4th answer, see
 * content/flow.toml), ticks two items, and goes one step further. Returns the titles seen and the texts ticked.
 */
export async function useFlow(frame) {
  const step = async (fn) => { const v = await inRoot(frame, fn); await frame.waitForTimeout(150); return v; };
  await step((root) => root.querySelector('[part=launcher]').click());
  await frame.waitForFunction((sel) => !!document.querySelector(sel).shadowRoot.querySelector('.home [part=choice]'), FLOATING);
  await step((root) => root.querySelector('.home [part=choice]').click());
  const start = await step((root) => root.querySelector('.flow .step-title')?.textContent);
  await step((root) => root.querySelectorAll('.flow [part=choice]')[3].click());
  const plan = await step((root) => {
    const boxes = root.querySelectorAll('.flow .checklist input[type=checkbox]');
    boxes[0].click(); boxes[2].click();
    return { title: root.querySelector('.flow .step-title').textContent, ticked: [...boxes].filter((b) => b.checked).length };
  });
  assert.equal(plan.ticked, 2, 'two safety-plan items ticked');
  return { start, plan: plan.title };
}

/** What the panel shows now: open or not, the step title if in the flow, and the number of ticked boxes. */
export function panelState(frame) {
  return inRoot(frame, (root) => {
    const p = root.querySelector('[part=panel]');
    return {
      open: !!p && p.getClientRects().length > 0,
      step: root.querySelector('.flow .step-title')?.textContent ?? null,
      ticked: root.querySelectorAll('input[type=checkbox]:checked').length,
    };
  });
}

/** Host controls (links, buttons, fields) whose box meets `rect`. Runs in the page. */
export function coveredControls(rect) {
  const sel = 'a[href],button,input:not([type=hidden]),select,textarea,[role=button],[tabindex]:not([tabindex="-1"])';
  return [...document.querySelectorAll(sel)].filter((el) => {
    if (el.closest('oberih-widget')) return false;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden') return false;
    return [...el.getClientRects()].some((r) => r.width > 0 && r.height > 0 && r.left < rect.right && r.right > rect.left && r.top < rect.bottom && r.bottom > rect.top);
  }).map((el) => el.outerHTML.slice(0, 60));
}

