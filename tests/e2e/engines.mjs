// One driver layer for the three engines, so the scenarios in engines.test.mjs are written once:
//   chromium  Debian chromium, playwright-core (the same launch as harness.mjs)
//   firefox   Debian firefox-esr, puppeteer-core over WebDriver BiDi
//   webkit    Debian webkit2gtk-driver: WebKitWebDriver with WebKitGTK's MiniBrowser under xvfb-run, selenium-webdriver
// Each driver opens a host page in a fresh profile and offers the few operations the scenarios need. What an
// engine cannot do is said in `CAN`, and the scenarios cope: no request blocking (a widget path whose glue 404s
// instead), no console from the driver (a recorder in the host page instead). Every engine's requests go through
// a logging proxy, so what a page asked for is known the same way everywhere.
import { spawn } from 'node:child_process';
import { before, after } from 'node:test';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { chromium } from 'playwright-core';
import { OPEN_ROOTS } from './harness.mjs';

export const ENGINES = (process.env.OBERIH_ENGINES || 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);

/** What each driver can do: block requests, read the console. */
export const CAN = {
  chromium: { block: true, console: true },
  firefox: { block: true, console: true },
  webkit: { block: false, console: false },
};

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
// Debian puts MiniBrowser under the architecture's library folder (x86_64-linux-gnu, aarch64-linux-gnu, ...).
const MINIBROWSER = process.env.MINIBROWSER || fs.readdirSync('/usr/lib').map((d) => `/usr/lib/${d}/webkit2gtk-4.1/MiniBrowser`)
  .find((f) => fs.existsSync(f)) || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns something truthy; errors while a page navigates count as "not yet". */
export async function poll(check, { timeout = 10000, interval = 50, what = 'a condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await sleep(interval);
  }
}

/**
 * Every engine sends all its requests, loopback included, through this HTTP proxy, which logs each one and
 * passes it on only to the test's own loopback servers: the engine-independent proof that nothing goes to
 * another origin, which also sees requests that fail (Resource Timing, and some drivers' logs, do not).
 */
export function startProxy() {
  const log = [];
  const server = http.createServer((req, res) => {
    log.push(req.url);
    let target;
    try { target = new URL(req.url); } catch { res.writeHead(400).end(); return; }
    if (target.protocol !== 'http:' || !['127.0.0.1', 'localhost'].includes(target.hostname)) {
      res.writeHead(502).end();
      return;
    }
    const out = http.request({ host: '127.0.0.1', port: target.port, method: req.method, path: target.pathname + target.search,
      headers: req.headers }, (r) => { res.writeHead(r.statusCode, r.headers); r.pipe(res); });
    out.on('error', () => { if (!res.headersSent) res.writeHead(502); res.end(); });
    req.pipe(out);
  });
  // HTTPS goes through CONNECT: logged, never connected.
  server.on('connect', (req, socket) => { log.push(`https://${req.url}`); socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'); });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    address: `127.0.0.1:${server.address().port}`,
    log,
    close: () => { server.closeAllConnections(); server.close(); },
  })));
}

/**
 * A host page script that records console.error and console.warn calls and uncaught errors, for an engine whose
 * driver cannot read the console. It sees what page scripts log, not what the browser itself logs.
 */
const RECORDER = `<script>(function () {
  var log = window.__oberihLog = [];
  [['error', 'error'], ['warn', 'warning']].forEach(function (t) {
    var original = console[t[0]];
    console[t[0]] = function () {
      log.push({ type: t[1], text: Array.prototype.map.call(arguments, String).join(' ') });
      return original.apply(console, arguments);
    };
  });
  addEventListener('error', function (e) { if (e instanceof ErrorEvent) log.push({ type: 'pageerror', text: String(e.message) }); });
  addEventListener('unhandledrejection', function (e) { log.push({ type: 'pageerror', text: String(e.reason) }); });
})();</script>`;

/** Chromium: playwright-core, a fresh context per page; the harness's browser when it has one. */
async function chromiumDriver(env, proxy) {
  const own = !env?.browser;
  const browser = env?.browser || await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    can: CAN.chromium,
    async open(url, { block, before } = {}) {
      // `<-loopback>`: through the proxy even to loopback, which Chromium bypasses by default.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 },
        proxy: { server: `http://${proxy.address}`, bypass: '<-loopback>' } });
      const page = await context.newPage();
      const log = { console: [] };
      page.on('console', (m) => log.console.push({ type: m.type() === 'warning' ? 'warning' : m.type(), text: m.text() }));
      page.on('pageerror', (e) => log.console.push({ type: 'pageerror', text: String(e) }));
      if (block) await context.route(`**/*${block}*`, (r) => r.abort());
      if (before) await page.goto(before);
      await page.goto(url);
      return {
        log,
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        click: (selector, index = 0) => page.locator(`oberih-widget ${selector}`).nth(index).click(),
        press: (key) => page.keyboard.press(key),
        goto: (u) => page.goto(u),
        url: async () => page.url(),
        back: () => page.goBack(),
        historyBack: () => page.evaluate(() => { setTimeout(() => history.back()); }),
        cookies: async () => (await context.cookies()).length,
        close: () => context.close(),
      };
    },
    close: async () => { if (own) await browser.close(); },
  };
}

/** Firefox ESR: puppeteer-core over WebDriver BiDi, a fresh user context (profile) per page. */
async function firefoxDriver(env, proxy) {
  const { default: puppeteer } = await import('puppeteer-core');
  // The proxy is the user context's, so Firefox's own background requests do not go through it; the pref lets
  // it see loopback requests too.
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true,
    extraPrefsFirefox: { 'network.proxy.allow_hijacking_localhost': true },
  });
  const version = (await browser.version()).replace('firefox/', 'Firefox ');
  return {
    name: 'firefox',
    version,
    can: CAN.firefox,
    async open(url, { block, before } = {}) {
      const context = await browser.createBrowserContext({ proxyServer: proxy.address });
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      const log = { console: [] };
      const types = { warn: 'warning', warning: 'warning', error: 'error' };
      page.on('console', (m) => log.console.push({ type: types[m.type()] || m.type(), text: m.text() }));
      page.on('pageerror', (e) => log.console.push({ type: 'pageerror', text: String(e) }));
      if (block) {
        await page.setRequestInterception(true);
        page.on('request', (r) => (r.url().includes(block) ? r.abort() : r.continue()).catch(() => {}));
      }
      if (before) await page.goto(before);
      await page.goto(url);
      return {
        log,
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        // `>>>` pierces open shadow roots; the locator waits until the element is visible and stable.
        // A function locator (its source is sent to the page, so the selector is written into it): it waits until
        // the element is there, visible and stable, then clicks its centre.
        click: (selector, index = 0) => page.locator(new Function(
          `return document.querySelector('oberih-widget')?.shadowRoot?.querySelectorAll(${JSON.stringify(selector)})[${index}];`)).click(),
        press: (key) => page.keyboard.press(key),
        goto: (u) => page.goto(u),
        url: async () => page.url(),
        back: () => page.goBack(),
        // Back from the page's own script: puppeteer's Back waits for a load event, which a page restored from the
        // back/forward cache does not fire.
        historyBack: () => page.evaluate(() => { setTimeout(() => history.back()); }),
        cookies: async () => (await page.cookies()).length,
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** The process groups that have a running process (Linux /proc; a killed process lingering as a zombie does not count). */
function runningGroups() {
  const running = new Set();
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      // pid (comm) state ppid pgrp ...: the command name may hold spaces, so read after its last ')'.
      const [state, , pgrp] = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop().trim().split(' ');
      if (state !== 'Z') running.add(Number(pgrp));
    } catch { /* ended meanwhile */ }
  }
  return running;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/**
 * WebKitGTK: WebKitWebDriver under xvfb-run (MiniBrowser has no headless mode), selenium-webdriver over classic
 * W3C WebDriver (no BiDi), a new session, so a new ephemeral MiniBrowser, per page.
 *
 * WebKitWebDriver (WebKitGTK 2.50) never answers a script command whose page goes into the back/forward cache while
 * the script is pending: the pending call is failed only when its window is cleared (an unload), which a cached page
 * never has, and the script timeout is suspended with the page. A script sent just as the page itself starts a
 * navigation (`history.back()` from a script) lands there now and then, and the command waits for ever (measured:
 * with MiniBrowser's page cache off it fails at once, "Callback was not called before the unload event"). So this
 * driver goes Back with WebDriver's own Back, which waits for the navigation, cached page included; every command has
 * a deadline, and a session that missed one is given up with its processes, so one test fails, not the whole run.
 */
const WEBKIT_TIMEOUTS = { script: 10000, pageLoad: 20000 };
const NAVIGATIONS = new Set(['get', 'goBack', 'goForward', 'refresh']);
/** How long a command may go unanswered: the engine's own timeout for it and a margin, a few seconds for the rest. */
function webkitDeadline(command) {
  if (command === 'newSession') return 30000; // a new MiniBrowser, on a busy machine
  if (command === 'quit') return 5000;
  if (NAVIGATIONS.has(command)) return WEBKIT_TIMEOUTS.pageLoad + 5000;
  if (command === 'executeScript' || command === 'executeAsyncScript') return WEBKIT_TIMEOUTS.script + 5000;
  return 15000;
}

async function webkitDriver(env, proxy) {
  const { By, Capabilities, WebDriver } = await import('selenium-webdriver');
  const { Executor, HttpClient } = await import('selenium-webdriver/http/index.js');
  const caps = new Capabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    proxy: { proxyType: 'manual', httpProxy: proxy.address, sslProxy: proxy.address },
  });
  // Every WebKitWebDriver started (each under its own xvfb-run, in a process group of its own with its Xvfb and
  // MiniBrowser), so that none outlives the run, even when the test process exits early.
  const servers = new Set();
  const groups = []; // every process group started, for the test that nothing outlives a session given up
  const killAll = () => { for (const s of servers) try { process.kill(-s.pid, 'SIGKILL'); } catch { /* gone */ } };
  process.once('exit', killAll);
  async function startServer() {
    const port = await freePort();
    const proc = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', WEBKIT_DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore' });
    const exited = new Promise((r) => proc.once('exit', r));
    const s = {
      pid: proc.pid,
      url: `http://127.0.0.1:${port}`,
      // TERM first, so xvfb-run removes its lock and folder; then KILL whatever of the group is left.
      async stop() {
        servers.delete(s);
        try { process.kill(-proc.pid, 'SIGTERM'); } catch { return; }
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000).unref())]); // unref: no wait at the end of a run
        try { process.kill(-proc.pid, 'SIGKILL'); } catch { return; }
        // Done when no process of the group runs any more.
        await poll(() => !runningGroups().has(proc.pid), { timeout: 5000, what: `WebKitWebDriver's process group ${proc.pid} to end` })
          .catch((e) => console.log(`webkit: ${e.message}`));
      },
    };
    servers.add(s);
    groups.push(proc.pid);
    try {
      await poll(async () => (await fetch(`${s.url}/status`)).ok, { timeout: 20000, what: 'WebKitWebDriver to start' });
    } catch (e) { await s.stop(); throw e; }
    return s;
  }
  let server = null;
  /** A session whose every command has a deadline (`webkitDeadline`); after a miss it is given up, its commands fail at once. */
  async function newSession() {
    if (!server) server = await startServer();
    const state = { lost: null, recent: [] };
    const executor = new Executor(new HttpClient(server.url));
    const execute = executor.execute.bind(executor);
    executor.execute = (cmd) => {
      const command = cmd.getName();
      if (state.lost) return Promise.reject(new Error(`webkit: the session was given up (${state.lost})`));
      const ms = webkitDeadline(command);
      const answer = execute(cmd);
      answer.catch(() => {}); // once given up, its answer (or the killed driver's error) goes nowhere
      let timer;
      const late = new Promise((_, reject) => { timer = setTimeout(() => {
        state.lost = `${command} had no answer in ${ms / 1000} s`;
        reject(new Error(`WebKitWebDriver gave no answer to ${command} in ${ms / 1000} s (the commands before: ${state.recent.join(', ')}): `
          + 'the session and its processes are ended, the next page gets new ones'));
      }, ms); });
      state.recent = [...state.recent.slice(-4), command];
      return Promise.race([answer, late]).finally(() => clearTimeout(timer));
    };
    const d = WebDriver.createSession(executor, caps);
    try { await d.getSession(); } catch (e) { await dropServer(); throw e; }
    return { d, state };
  }
  async function dropServer() {
    const s = server;
    server = null;
    await s?.stop();
  }
  // On a busy machine a new MiniBrowser now and then never answers: start WebKitWebDriver (and Xvfb) again and try
  // once more, rather than fail the test.
  async function session() {
    try { return await newSession(); } catch (e) {
      console.log(`webkit: no session (${e.message.split('\n')[0]}), starting WebKitWebDriver again`);
      return newSession();
    }
  }
  /** Ends a session; one that lost a command, or does not quit in time, goes with its WebKitWebDriver and browser. */
  async function endSession({ d, state }) {
    if (!state.lost) {
      try { await d.quit(); return; } catch { /* killed below */ }
    }
    await dropServer();
  }
  // The version is WebKitGTK's, read from a first session.
  const probe = await session();
  const version = `WebKitGTK ${(await probe.d.getCapabilities()).get('browserVersion')}`;
  await endSession(probe);
  const KEYS = { Shift: '\uE008', ShiftLeft: '\uE008', ShiftRight: '\uE050', Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C' };
  return {
    name: 'webkit',
    version,
    can: CAN.webkit,
    async open(url, { block, before } = {}) {
      if (block) throw new Error('WebKitWebDriver cannot block requests');
      const ses = await session();
      const { d } = ses;
      try {
        await d.manage().setTimeouts(WEBKIT_TIMEOUTS);
        await d.manage().window().setRect({ width: 1280, height: 800 });
        if (before) await d.get(before);
        await d.get(url);
      } catch (e) { await endSession(ses); throw e; }
      const evaluate = async (fn, arg) => {
        const r = await d.executeAsyncScript(`const done = arguments[arguments.length - 1];
          Promise.resolve().then(() => (${fn})(arguments[0])).then((v) => done({ v: v === undefined ? null : v }), (e) => done({ e: String(e) }));`, arg ?? null);
        if (r && 'e' in r) throw new Error(r.e);
        return r.v;
      };
      const find = (selector, index) => poll(async () => {
        const root = await d.findElement(By.css('oberih-widget')).getShadowRoot();
        const all = await root.findElements(By.css(selector));
        const el = all[index];
        return el && (await el.isDisplayed()) && el;
      }, { what: selector });
      return {
        // What the page's recorder saw: read it before the page goes away.
        log: { console: [] },
        async readLog() { this.log.console = (await evaluate(() => window.__oberihLog || [])); },
        evaluate,
        // WebKitWebDriver does not scroll an element inside a scrolling panel into view (ElementNotInteractable):
        // scroll it as a person would, then click.
        click: async (selector, index = 0) => {
          const el = await find(selector, index);
          await d.executeScript('arguments[0].scrollIntoView({ block: "center" })', el);
          await el.click();
        },
        press: (key) => {
          const k = KEYS[key] || key;
          return d.actions().keyDown(k).keyUp(k).perform();
        },
        goto: (u) => d.get(u),
        url: () => d.getCurrentUrl(),
        back: () => d.navigate().back(),
        // WebDriver's Back waits for a page restored from the cache too; a Back from a script would race the next
        // command into the page being cached (above).
        historyBack: () => d.navigate().back(),
        cookies: async () => (await d.manage().getCookies()).length,
        close: () => endSession(ses),
      };
    },
    /** The process groups (WebKitWebDriver, Xvfb, MiniBrowser) this driver started that still have a running process. */
    alive: () => { const running = runningGroups(); return groups.filter((pid) => running.has(pid)); },
    close: async () => { await Promise.all([...servers].map((s) => s.stop())); process.off('exit', killAll); },
  };
}

const DRIVERS = { chromium: chromiumDriver, firefox: firefoxDriver, webkit: webkitDriver };

/**
 * Starts an engine (Chromium: `env.browser` from harness.mjs's `start` if given) behind its own logging proxy.
 * Every session it opens also gets `requests`, `waitFor`, `waitForUrl`, `errors` and `warnings`.
 */
export async function launch(name, env) {
  const make = DRIVERS[name];
  if (!make) throw new Error(`unknown engine ${name}: one of ${Object.keys(DRIVERS).join(', ')}`);
  const proxy = await startProxy();
  const drv = await make(env, proxy);
  const { open, close } = drv;
  drv.close = async () => { await close(); proxy.close(); };
  drv.open = async (url, options) => {
    const from = proxy.log.length;
    const s = await open(url, options);
    /** Every URL this session asked for, as the proxy saw it. */
    s.requests = () => proxy.log.slice(from);
    s.waitFor = (fn, arg, opts = {}) => poll(() => s.evaluate(fn, arg), { what: opts.what || String(fn), ...opts });
    s.waitForUrl = (want, opts = {}) => poll(async () => (await s.url()) === want, { what: `the URL ${want}`, ...opts });
    /**
     * Back to `want`, which may come from the back/forward cache, then the URL as the page itself says (puppeteer's
     * URL, Firefox over BiDi, is not updated by a Back from the page's script).
     */
    s.backTo = async (want) => {
      await s.historyBack();
      await poll(async () => (await s.evaluate(() => location.href)) === want, { timeout: 10000, what: `Back to ${want}` })
        .catch(async (e) => { throw new Error(`${e.message}; the tab shows ${await s.evaluate(() => location.href).catch(() => '?')}`); });
    };
    /** Console errors and uncaught errors (for WebKit: those page scripts saw; read before leaving the page). */
    s.errors = async () => {
      if (s.readLog) await s.readLog();
      return s.log.console.filter((m) => m.type === 'error' || m.type === 'pageerror');
    };
    s.warnings = async () => {
      if (s.readLog) await s.readLog();
      return s.log.console.filter((m) => m.type === 'warning');
    };
    return s;
  };
  /**
   * The host page as `env.page` makes it, with the console recorder for an engine whose driver has no console,
   * and the test-only script that opens the widget's (closed) shadow roots for inspection (harness.mjs), first in
   * <head>: not every driver has init scripts.
   */
  drv.hostPage = (env, name, options = {}) =>
    env.page(name, { ...options, head: OPEN_ROOTS + (drv.can.console ? '' : RECORDER) + (options.head || '') });
  return drv;
}

/**
 * A suite's engine: launched in the suite's `before` (with `env()`, the environment its file started), closed in its
 * `after`, with the engine's version and the suite's time printed. The returned object is filled in by `before`.
 */
export function engineSuite(name, env) {
  const drv = {};
  let started;
  before(async () => {
    started = Date.now();
    Object.assign(drv, await launch(name, env()));
    console.log(`engine ${name}: ${drv.version}`);
  });
  after(async () => {
    await drv.close?.();
    console.log(`engine ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s for its suite, launch included`);
  });
  return drv;
}
