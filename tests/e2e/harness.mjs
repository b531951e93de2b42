// End-to-end harness: the release build (dist/) served from one loopback origin, host pages from another,
// and the "neutral site" the exit goes to from a third; headless Debian Chromium driven by playwright-core.
import http from 'node:http';
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// OBERIH_DIST=<folder>: the same tests against another build (an older one, to see a new test fail on it).
export const DIST = process.env.OBERIH_DIST ? path.resolve(process.env.OBERIH_DIST) : path.join(ROOT, 'dist');
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.md': 'text/plain; charset=utf-8' };

function listen(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Starts the three servers. `pages` maps a host path to {html, headers}; tests add their own. */
/** `extra` maps more URL paths on the widget origin to files (the benchmark serves GOV.UK's exit there). */
/** `gzip`: the widget's files sent gzip -9 encoded when the browser accepts it, as a server that compresses
 * would (Chromium asks for brotli only over HTTPS; the benchmark's throttled run uses this). */
/** `bfcache`: the back/forward cache on (Playwright turns it off by default), as visitors have it. */
export async function start({ extra = {}, gzip = false, bfcache = false } = {}) {
  const packed = new Map();
  if (!fs.existsSync(path.join(DIST, 'oberih.js'))) throw new Error('dist/oberih.js is missing: run `trunk build --release` (./dev test does)');
  const requests = [];
  const pages = new Map();
  const widget = await listen((req, res) => {
    requests.push('widget ' + req.url);
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = extra[pathname] || path.join(DIST, pathname);
    if (!(extra[pathname] || file.startsWith(DIST)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    // What a CDN must send: the wasm MIME type (streaming compilation) and CORS for the module and the wasm.
    const zip = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-store',
      ...(zip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (zip) {
      if (!packed.has(file)) packed.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
      res.end(packed.get(file));
      return;
    }
    fs.createReadStream(file).pipe(res);
  });
  const host = await listen((req, res) => {
    const p = pages.get(new URL(req.url, 'http://x').pathname);
    // The browser asks every origin for a favicon; answer so it is not logged as an error.
    if (req.url === '/favicon.ico') { res.writeHead(204).end(); return; }
    if (!p) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...(p.headers || {}) });
    res.end(p.html);
  });
  // What the neutral site was told: each request's path and Referer header.
  const arrivals = [];
  const neutral = await listen((req, res) => {
    // Pages only: the browser's own favicon request names the neutral page itself as its referrer.
    if (req.url !== '/favicon.ico') arrivals.push({ url: req.url, referer: req.headers.referer ?? null });
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Weather</title><h1>Weather</h1>');
  });
  // Three origins: 127.0.0.1 and localhost differ, and so do ports.
  const widgetOrigin = `http://127.0.0.1:${widget.address().port}`;
  const hostOrigin = `http://localhost:${host.address().port}`;
  const exitUrl = `http://127.0.0.1:${neutral.address().port}/weather`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    ...(bfcache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
  });
  const env = {
    browser, pages, requests, arrivals, widgetOrigin, hostOrigin, exitUrl,
    scriptUrl: `${widgetOrigin}/oberih.js`,
    /** Registers a host page made of `body` with the real snippet, and returns its URL. */
    page(name, { attrs = {}, head = '', body = '<main><h1>City council</h1><p>News.</p></main>', headers, snippet } = {}) {
      const a = { 'data-country': 'UA', 'data-lang': 'en', 'data-exit-url': exitUrl, ...attrs };
      const attrText = Object.entries(a).filter(([, v]) => v !== null).map(([k, v]) => ` ${k}="${v}"`).join('');
      const tag = snippet ?? `<script src="${env.scriptUrl}"${attrText} defer></script>`;
      pages.set('/' + name, {
        html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>${head}${tag}</head><body>${body}</body></html>`,
        headers,
      });
      return `${hostOrigin}/${name}`;
    },
    async close() {
      await browser.close();
      widget.close(); host.close(); neutral.close();
    },
  };
  pages.set('/before', { html: '<!doctype html><title>Before</title><p>An unrelated page visited earlier.</p>' });
  return env;
}

/**
 * Test-only: the widget's shadow roots are closed, so that no script of the host page can read the panel. For
 * the tests to inspect them, this wraps `attachShadow` before any page script runs so that roots attached to
 * `oberih-widget` elements are open. Used by `open()` unless `openRoots: false` (the tests that prove a host
 * script cannot read the panel), and written into pages for engines whose drivers have no init scripts.
 */
export function openRoots() {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    return attach.call(this, this.localName === 'oberih-widget' ? { ...init, mode: 'open' } : init);
  };
}
export const OPEN_ROOTS = `<script>(${openRoots})()</script>`;

/** A fresh context and page; collects console messages, page errors and every request's origin. */
export async function open(env, url, { before, openRoots: open = true, ...options } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  if (open) await context.addInitScript(openRoots);
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [], violations: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  if (before !== false) await page.goto(`${env.hostOrigin}/before`);
  await page.goto(url);
  return { context, page, log };
}

/** Waits until the help panel (wasm) has mounted. */
export async function panelReady(page) {
  await page.waitForFunction(() => {
    const r = document.querySelector('oberih-widget')?.shadowRoot;
    return !!r && !!r.querySelector('[part=launcher]');
  }, null, { timeout: 20000 });
}

/** Evaluates inside the widget's shadow root. */
export function inShadow(page, fn, arg) {
  return page.evaluate(([src, a]) => {
    const root = document.querySelector('oberih-widget').shadowRoot;
    return new Function('root', 'arg', `return (${src})(root, arg)`)(root, a);
  }, [fn.toString(), arg]);
}

export function shadow(page, selector) {
  // Playwright's CSS engine pierces open shadow roots.
  return page.locator(`oberih-widget ${selector}`);
}

/** Messages in the exit strings of the built embed script, to compare what is shown with the .ftl files. */
export function ftl(lang, file) {
  const text = fs.readFileSync(path.join(ROOT, 'locales', lang, file), 'utf8');
  const out = {};
  for (const m of text.matchAll(/^([a-z][a-z0-9-]*) = (.*)$/gm)) out[m[1]] = m[2].trim();
  return out;
}

/**
 * The content as the build read it (crates/oberih-data, through `cargo xtask content`): `languages` and
 * `countries`, each country with the fields of its content/services/<code>.toml (`region`, `service`, each
 * service's `contact`), so the tests expect exactly what the widget was built from.
 */
export const CONTENT = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--package', 'xtask', '--', 'content'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
export const LANGS = CONTENT.languages.map((l) => l.code);
/** A country's content: `{country, region: [...], service: [...]}`. */
export const country = (code) => CONTENT.countries.find((c) => c.country === code) || assert.fail(`no content/services/${code.toLowerCase()}.toml`);

/**
 * Runs in the page: what the browser remembers of it, the things a person inspecting the device could find.
 * One list for every suite (panel.test.mjs in Chromium, engines.test.mjs in all three engines).
 */
export async function pageTraces() {
  return {
    history: history.length,
    // history.replaceState(state) keeps the length and the URL; window.name outlives the page in the tab.
    state: JSON.stringify(history.state),
    name: window.name,
    url: location.href,
    title: document.title,
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  };
}
