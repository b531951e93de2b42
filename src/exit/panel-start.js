// The panel's side of the embed script, appended by tools/slim.mjs to the wasm-bindgen glue module
// (oberih_app.js): it arrives with the glue, in the same request, after the exit already works.
// `__wbg_init`, `prepare` and `mount` are the glue's own functions: the line below lists exactly the glue's names
// this file uses, and tools/glue.mjs checks it against both files (a wasm-bindgen upgrade that renames one fails).
/* global __wbg_init, prepare, mount, check_services */

// The hashes of the files this glue loads, written by tools/slim.mjs: {file: 'sha256-…'}.
const HASH = /*@INTEGRITY*/{};

// A file that is not the one this build made: the panel does not start (or keeps its language), whatever
// else the widget's host serves. Thrown once the browser has refused it.
class Tampered extends Error {}

// Fetches one of the widget's files; the browser checks it against its hash. When that fails, was the file
// changed or just not reached? It is fetched again and hashed here (where the page's context allows): the right
// file after all is used, a different one is refused as changed.
async function get(base, file) {
  const url = new URL(file, base).href;
  const want = HASH[file];
  if (!want) throw new Tampered(file + ' is not part of this build');
  try {
    const r = await fetch(url, { integrity: want });
    if (!r.ok) throw new Error('HTTP ' + r.status);
    return r;
  } catch (e) {
    const r = await fetch(url).catch(() => null);
    if (!r || !r.ok || !globalThis.crypto || !crypto.subtle) throw e;
    const body = await r.arrayBuffer();
    const got = 'sha256-' + btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', body))));
    if (got !== want) throw new Tampered(file + ' is not the file this build expects (its hash differs)');
    return new Response(body, { headers: r.headers });
  }
}

// A language's messages (none is built into the wasm, English neither), fetched once per page from the
// widget's origin; a failed download is forgotten, so the next choice of that language tries again.
const fetched = {};
function messages(base, code) {
  return fetched[code] || (fetched[code] = get(base, 'locales/' + code + '.ftl').then((r) => r.text()).catch((e) => {
    delete fetched[code];
    throw e;
  }));
}

// A failure inside the panel (a wasm trap in a callback) is the widget's, reported as such: never an
// unhandled rejection on the host page.
const report = (e) => console.error('Oberih: the help panel failed (' + e + '). The exit still works.');

// A theme may recolour the exit (--oberih-exit-color, -background, -border, -hover on oberih-widget) but never
// hide it: it applies only while every colour is opaque and the text has a contrast of at least 4.5:1 with
// both backgrounds. Until it is checked, and whenever it fails, the exit keeps its default colours.
// The defaults are those of src/exit/exit.css.
// From src/exit/exit.css, written in by tools/slim.mjs: one place for the exit's colours.
const DEFAULTS = /*@EXIT_COLOURS*/{};
const themed = (k) => `var(--oberih-exit-${k},${DEFAULTS[k]})`;
// The colours as checked, never live var()s: a theme that changes later (a dark-mode class) cannot undo the check.
const css = (c) => `@media (forced-colors:none){.exit{color:${c.color};background:${c.background};border-color:${c.border}}.exit:hover{background:${c.hover}}}`;

// Relative luminance (WCAG 2) of a computed `rgb()`/`rgba()` colour; null if it is not opaque or not sRGB.
function luminance(css) {
  const m = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:(?:,| \/) ([\d.]+%?))?\)$/.exec(css);
  if (!m || (m[4] !== undefined && m[4] !== '1' && m[4] !== '100%')) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    v /= 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

function theme(x) {
  const sheet = x.theme || (x.theme = x.kit.adopt(x.root, ''));
  const set = (text) => (sheet.replaceSync ? sheet.replaceSync(text) : (sheet.textContent = text));
  const host = getComputedStyle(x.host);
  const keys = Object.keys(DEFAULTS);
  const raw = keys.map((k) => host.getPropertyValue('--oberih-exit-' + k).trim()).join();
  if (raw === x.raw) return;
  x.raw = raw;
  if (raw === ',,,') return set('');
  // Each colour as the browser resolves it, read from a probe inside the shadow root.
  const probe = x.root.appendChild(document.createElement('i'));
  probe.hidden = true;
  const c = {}, l = {};
  for (const k of keys) {
    probe.style.color = themed(k);
    c[k] = getComputedStyle(probe).color;
    l[k] = luminance(c[k]);
  }
  probe.remove();
  const ok = Object.values(l).every((v) => v !== null) && contrast(l.color, l.background) >= 4.5 && contrast(l.color, l.hover) >= 4.5;
  if (!ok && !x.themeReported) {
    x.themeReported = true;
    console.error('Oberih: the theme would make the exit hard to see: --oberih-exit-* must be opaque sRGB colours (hex, rgb(), hsl(), names) with a text contrast of at least 4.5:1; using the default colours.');
  }
  set(ok ? css(c) : '');
}

// A theme can change later (a dark-mode class or attribute on <html> or <body>, the system's colour scheme,
// a stylesheet that arrives at `load`): check it again then, at most once a frame.
function watch(x) {
  let queued = 0;
  const again = () => queued || (queued = requestAnimationFrame(() => {
    queued = 0;
    theme(x);
  }));
  const seen = new MutationObserver(again);
  for (const el of [document.documentElement, document.body, x.host]) if (el) seen.observe(el, { attributes: true });
  const dark = matchMedia('(prefers-color-scheme: dark)');
  if (dark.addEventListener) dark.addEventListener('change', again);
  if (document.readyState !== 'complete') addEventListener('load', again);
}

// One download and one start of the wasm per page, however many widgets: a second `__wbg_init` would fetch it
// again and could swap the instance under panels already mounted. A failed start is forgotten (tried again).
let booted;
function boot(base) {
  if (!booted) {
    booted = __wbg_init({ module_or_path: get(base, 'oberih_app_bg.wasm') });
    booted.catch(() => { booted = null; });
  }
  return booted;
}

// Back/forward cache: a page left for another (or for the neutral site, from a later page of the site) keeps
// its memory, and Back would show the panel as the visitor left it. When the page is hidden, every panel
// closes and forgets the visit; a restored page is reset again, and so is the count of Shift presses.
const mounted = [];
let forget = () => {};
const clear = () => { forget(); for (const w of mounted) w.reset(); };
addEventListener('pagehide', clear);
addEventListener('pageshow', (e) => { if (e.persisted) clear(); });

// data-history="replace" (opt-in): the site's own links replace the history entry instead of adding one, so one
// Back after the exit leaves the site. Plain left clicks on same-origin links only, that no script has handled
// (at `window`, after the page's own listeners). From the moment the panel's module has loaded.
function replace(e) {
  const a = e.target.closest && e.target.closest('a[href]');
  if (!a || e.defaultPrevented || e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || a.hasAttribute('download')
    || !/^(_self)?$/i.test(a.target) || a.origin !== location.origin) return;
  e.preventDefault();
  location.replace(a.href);
}

// Runs `step` in a task of its own: the host page never waits for the whole start at once.
const task = (step) => new Promise((ok, fail) => setTimeout(() => {
  try { ok(step()); } catch (e) { fail(e); }
}));

/**
 * Loads the wasm and mounts the panel of one widget. `x` is the embed script's record of it (with its exit,
 * unless inline), `c` its checked configuration, `kit` the embed script's helpers.
 */
export function start(x, app, c, inline, kit) {
  return run(x, app, c, inline, kit).catch((e) => {
    if (!(e instanceof Tampered)) throw e;
    console.error('Oberih: ' + e.message + ', so the help panel does not start. The exit still works.');
  });
}

// What each option accepts. The embed script uses the default for a value that is not valid, silently (its bytes
// go to the exit): the messages are here, found by comparing what the page asked for with what the exit uses.
const CORNERS = ['top-right', 'top-left', 'bottom-right', 'bottom-left'];
// The languages of this build: those whose messages it carries the hashes of.
const LANGS = Object.keys(HASH).filter((f) => f.startsWith('locales/')).map((f) => f.slice(8, -4));
function tell(x, c, kit) {
  const bad = (name, want) => {
    const v = kit.attr(x.host, name);
    if (v && !want(v)) console.error(`Oberih: ${name} "${v}" is not valid (${name === 'exit-url' ? 'an absolute http(s) URL' : name === 'lang' ? LANGS.join(', ') : CORNERS.join(', ')}); using the default.`);
  };
  bad('lang', (v) => LANGS.includes(v.toLowerCase().split(/[-_]/)[0]));
  if (x.a) {
    bad('exit-url', (v) => { try { return new URL(v).href === c.exit; } catch { return false; } });
    bad('exit-position', (v) => CORNERS.includes(v));
    bad('position', (v) => CORNERS.includes(v));
  }
}

// While the exit sits in the host page's modal (the embed script's `guard`), Tab from the modal's last control
// goes to the exit: modal libraries' focus traps loop from their last control to their first (USWDS), and would
// never reach it. At `window`, in the capture phase: before the trap's own listener, which is then skipped.
let kit0;
addEventListener('keydown', (e) => {
  const m = kit0 && kit0.main();
  if (e.key !== 'Tab' || e.shiftKey || !m || !m.back) return;
  const f = [...m.host.parentNode.querySelectorAll('a[href],button,input,select,textarea,[tabindex]')]
    .filter((el) => !el.disabled && el.tabIndex >= 0 && el.getClientRects().length);
  if (f.length && document.activeElement === f[f.length - 1]) {
    e.preventDefault();
    e.stopImmediatePropagation();
    m.a.focus();
  }
}, true);

// The launcher and the panel go into the top layer too (as manual popovers, shown once; never hidden and shown
// again, which would move focus), so a host overlay at the maximum z-index does not cover them; then the exit
// is raised above them. Again when the panel opens, as the widget may have been moved meanwhile.
function lift(x) {
  for (const el of x.root.querySelectorAll('.launcher,.panel')) {
    try {
      if (!el.hasAttribute('popover')) el.setAttribute('popover', 'manual');
      if (!el.matches(':popover-open')) el.showPopover();
    } catch {
      el.removeAttribute('popover');
    }
  }
  x.kit.front(x);
}

async function run(x, app, c, inline, kit) {
  kit0 = kit;
  tell(x, c, kit);
  // The replay tools' own hints to skip the widget (the shadow root is closed as well): rrweb's class rr-block,
  // Yandex Metrica's class ym-hide-content, Microsoft Clarity's data-clarity-mask, Hotjar's data-hj-suppress.
  x.host.classList.add('rr-block', 'ym-hide-content');
  x.host.setAttribute('data-clarity-mask', 'true');
  x.host.setAttribute('data-hj-suppress', '');
  // The launcher's corner, and where the panel opens: beside the exit, never under it.
  if (x.a) app.className += ` ${c.position} exit-${c.corner.split('-')[0]}${c.position === c.corner ? ' stack' : ''}`;
  // Every field this file reads, set here: a polluted Object.prototype supplies none of them.
  Object.assign(x, { kit, theme: null, raw: null, themeReported: false });
  forget = () => kit.reset(false);
  if (x.a && kit.attr(x.host, 'history') === 'replace') addEventListener('click', replace);
  // The wasm first, the longest download; its failure is handled below, where it is awaited.
  const wasm = boot(kit.base);
  wasm.catch(() => {});
  // What the panel (wasm) may ask of the page: see src/view/mod.rs `Host`.
  const host = {
    country: c.country, region: c.region, lang: c.lang, inline,
    // A webmaster's own services: read as text and validated by the panel; never inserted as HTML.
    get services() {
      const b = document.querySelector('script[type="application/json"][data-oberih-services]');
      return b ? b.textContent : null;
    },
    style(css) { kit.adopt(x.root, css); },
    fetchLocale(code, done) {
      messages(kit.base, code).then(done, (e) => {
        // A changed file is refused like an unreachable one: the panel keeps its language.
        console[e instanceof Tampered ? 'error' : 'warn']('Oberih: the messages for "' + code + '" could not load (' + e.message + ').');
        done(undefined);
      }).catch(report);
    },
    // The panel's language changed: the widget's own exit follows (an inline panel has none).
    setLang(l) { if (x.a) kit.label(x, l); },
    raise() { if (x.bar) lift(x); },
    focusExit() { const m = x.a ? x : kit.main(); if (m) m.a.focus(); },
  };
  // The language's messages download while the wasm does, and the theme is checked: each in a task of its
  // own. If they cannot be fetched, the panel is in English (fetched then); changed ones (Tampered), or no
  // messages at all, and it does not start: without messages it would show nothing readable (the rejection is
  // reported by the embed script; the exit keeps working).
  let text;
  await task(() => {
    text = messages(kit.base, c.lang).catch((e) => {
      if (c.lang === 'en' || e instanceof Tampered) throw e;
      console.warn('Oberih: the messages for "' + c.lang + '" could not load (' + e.message + '); the panel is in English.');
      host.lang = 'en';
      return messages(kit.base, 'en');
    });
    text.catch(() => {}); // awaited below, after the wasm: not an unhandled rejection meanwhile
  });
  if (x.a) {
    await task(() => theme(x));
    watch(x);
  }
  await wasm;
  const ftl = await text.catch((e) => { throw e instanceof Tampered ? e : new Error('its messages could not load (' + e.message + ')'); });
  await task(() => prepare(host, ftl));
  x.widget = await task(() => mount(app, host));
  mounted.push(x.widget);
  if (x.a) lift(x);
  kit.ready();
  if (x.a) {
    x.a.addEventListener('keydown', (e) => {
      const open = x.root.querySelector('.panel:not([hidden])');
      if (!open) return;
      // Escape closes the panel from the exit too (focus may rest there while the panel is open).
      if (e.key === 'Escape') x.widget.close();
      // Shift+Tab from the exit goes back into the open panel, not out to the page.
      if (e.key === 'Tab' && e.shiftKey) {
        const f = open.querySelectorAll('a[href],button:not([hidden]),select,input');
        if (f.length) { e.preventDefault(); f[f.length - 1].focus(); }
      }
    });
  }
}

// For the demo page's configurator: a services block checked by the widget's own code (src/custom.rs), once a
// panel has started the wasm. Returns JSON text (see `custom::verdict`).
export function checkServices(text, country) {
  return check_services(text, country);
}
