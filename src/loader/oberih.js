/*! Oberih embed script. The quick exit works from this file alone, before and without the wasm. */
// Build step (xtask loader) fills the three placeholders from locales/ and content/ and strips comments.
(function () {
  'use strict';
  // Exit strings of every locale, from locales/*/exit.ftl: {lang: [label, hint, two more, one more, expired]}.
  var STRINGS = /*@STRINGS*/{};
  // The default language of each supported country (first entry of content/services/<cc>.toml `languages`).
  var COUNTRY_LANG = /*@COUNTRY_LANG*/{};
  var VERSION = '/*@VERSION*/';
  // Neutral, fast, not personalised, and keeps phone users in the browser rather than an app.
  var DEFAULT_EXIT = 'https://www.google.com/webhp';
  var TAG = 'oberih-widget';
  var POSITIONS = ['bottom-right', 'bottom-left'];
  var w = window, d = document;

  // Included twice: the first copy already did everything.
  if (w.Oberih) return;

  var script = d.currentScript || d.querySelector('script[src*="oberih.js"]');
  var base = new URL('.', (script && script.src) || location.href);
  // The floating widget's exit, which Shift x3 also triggers.
  var main = null;
  var hidden = [];
  var leaving = false;
  var loading = null;

  function report(name, value, fallback) {
    console.error('Oberih: ' + name + ' "' + value + '" is not valid; using ' + fallback + '.');
  }

  function attr(el, name) {
    var v = el.getAttribute(name);
    if (v == null && script) v = script.getAttribute('data-' + name);
    return v == null ? null : String(v).trim();
  }

  function primary(tag) {
    return String(tag || '').toLowerCase().split(/[-_]/)[0];
  }

  // The one place the exit's configuration is checked: no input can break the exit.
  function config(el) {
    var c = { country: attr(el, 'country'), region: attr(el, 'region') };
    var exit = attr(el, 'exit-url');
    c.exit = DEFAULT_EXIT;
    if (exit) {
      try {
        var u = new URL(exit);
        if (u.protocol !== 'https:' && u.protocol !== 'http:') throw 0;
        c.exit = u.href;
      } catch (e) {
        report('exit-url (data-exit-url)', exit, DEFAULT_EXIT + ' (an absolute http or https URL is required)');
      }
    }
    var pos = attr(el, 'position');
    c.position = POSITIONS[0];
    if (pos) {
      if (POSITIONS.indexOf(pos) < 0) report('position (data-position)', pos, POSITIONS[0] + ' (one of ' + POSITIONS.join(', ') + ')');
      else c.position = pos;
    }
    var lang = attr(el, 'lang');
    if (lang && !STRINGS[primary(lang)]) {
      report('lang (data-lang)', lang, 'the visitor\'s language (one of ' + Object.keys(STRINGS).join(', ') + ')');
      lang = null;
    }
    // data-lang, else the page's language, else the visitor's, else the country's, else English.
    var tries = [lang, d.documentElement.lang].concat(navigator.languages || [navigator.language]);
    tries.push(COUNTRY_LANG[String(c.country || '').toUpperCase()], 'en');
    for (var i = 0; i < tries.length; i++) {
      if (STRINGS[primary(tries[i])]) { c.lang = primary(tries[i]); break; }
    }
    return c;
  }

  function make(parent, tag, cls) {
    var e = d.createElement(tag);
    if (cls) e.className = cls;
    parent.appendChild(e);
    return e;
  }

  // Constructable stylesheets are not subject to a page's style-src; a <style> is the fallback for old browsers.
  function adopt(root, css) {
    try {
      var s = new CSSStyleSheet();
      s.replaceSync(css);
      root.adoptedStyleSheets = root.adoptedStyleSheets.concat([s]);
    } catch (e) {
      make(root, 'style').textContent = css;
    }
  }

  // The top layer puts the exit above any z-index and any transformed ancestor of the host page.
  function raise(el) {
    if (!el.showPopover) return;
    try {
      if (!el.hasAttribute('popover')) el.setAttribute('popover', 'manual');
      if (el.matches(':popover-open')) el.hidePopover();
      el.showPopover();
    } catch (e) {
      el.removeAttribute('popover');
    }
  }

  function label(x, lang) {
    var s = STRINGS[lang] || STRINGS.en;
    x.lang = lang;
    x.a.lang = lang;
    x.a.textContent = s[0];
    x.hint.textContent = s[1];
  }

  // A theme (--oberih-exit-*) may recolour the exit, never hide it: text and background must be opaque with
  // a contrast of at least 4.5:1, else the defaults come back and the webmaster is told.
  function rgb(s) {
    var m = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+))?/.exec(s) || [];
    return m.length ? [+m[1], +m[2], +m[3], m[4] == null ? 1 : +m[4]] : null;
  }
  function lum(c) {
    var v = c.slice(0, 3).map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  }
  function guard(a) {
    var s = getComputedStyle(a), fg = rgb(s.color), bg = rgb(s.backgroundColor);
    if (!fg || !bg) return;
    var hi = Math.max(lum(fg), lum(bg)), lo = Math.min(lum(fg), lum(bg));
    if (fg[3] < 1 || bg[3] < 1 || (hi + 0.05) / (lo + 0.05) < 4.5) {
      console.error('Oberih: the theme (--oberih-exit-color, --oberih-exit-background) would make the exit hard to see; using the default colours.');
      a.style.setProperty('color', '#fff', 'important');
      a.style.setProperty('background', '#a4161a', 'important');
      a.style.setProperty('border-color', '#fff', 'important');
    }
  }

  // Hide the page at once (a watcher must not see it while the next page loads), then replace this history
  // entry: Back never returns here.
  function leave(x) {
    if (leaving) return;
    leaving = true;
    try {
      raise(x.cover);
      x.cover.hidden = false;
      var kids = d.body ? d.body.children : [];
      for (var i = 0; i < kids.length; i++) {
        if (kids[i] !== x.host) {
          hidden.push([kids[i], kids[i].style.getPropertyValue('display'), kids[i].style.getPropertyPriority('display')]);
          kids[i].style.setProperty('display', 'none', 'important');
        }
      }
    } catch (e) {}
    location.replace(x.exit);
  }

  // Restored from the back-forward cache: show a clean, usable page again.
  w.addEventListener('pageshow', function (e) {
    if (!e.persisted || !leaving) return;
    leaving = false;
    hidden.forEach(function (h) { h[0].style.setProperty('display', h[1], h[2]); });
    hidden = [];
    if (main) {
      main.cover.hidden = true;
      if (main.cover.hidePopover && main.cover.matches(':popover-open')) main.cover.hidePopover();
    }
  });

  // Shift pressed three times, each within 5 s of the last. Shift used with another key does not count and
  // any other key starts again; left and right Shift both count, alternating or not.
  var presses = 0, combo = false, timer = 0;
  function announce(i) {
    if (main) main.status.textContent = (STRINGS[main.lang] || STRINGS.en)[i];
  }
  function reset(expired) {
    clearTimeout(timer);
    if (presses && expired) announce(4);
    presses = 0;
  }
  // On-screen keyboards report Shift while typing (a known GOV.UK problem): ignore it in text fields on
  // touch screens. Keyboards with a physical Shift still work everywhere.
  function typingOnTouch(e) {
    var t = e.composedPath ? e.composedPath()[0] : e.target;
    return !!(t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) && w.matchMedia && w.matchMedia('(pointer: coarse)').matches);
  }
  w.addEventListener('keydown', function (e) {
    if (e.key === 'Shift') return;
    reset(false);
    if (e.shiftKey) combo = true;
  }, true);
  w.addEventListener('keyup', function (e) {
    if (e.key !== 'Shift' || !main || e.isComposing) return;
    if (combo) { combo = e.shiftKey; return; }
    if (typingOnTouch(e)) return;
    clearTimeout(timer);
    presses++;
    if (presses >= 3) { presses = 0; leave(main); return; }
    announce(presses === 1 ? 2 : 3);
    timer = setTimeout(function () { reset(true); }, 5000);
  }, true);

  function load() {
    return loading || (loading = import(new URL('oberih_app.js', base).href).then(function (m) {
      return m.default({ module_or_path: new URL('oberih_app_bg.wasm', base) }).then(function () { return m; });
    }));
  }

  function setup(host) {
    var c = config(host);
    var root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    adopt(root, '/*@CSS*/');
    var x = { host: host, exit: c.exit, lang: c.lang };
    var bar = x.bar = make(root, 'div', 'bar');
    var a = x.a = make(bar, 'a', 'exit');
    a.setAttribute('part', 'exit');
    a.href = c.exit;
    a.rel = 'noreferrer';
    a.setAttribute('aria-describedby', 'oberih-exit-hint');
    x.hint = make(bar, 'span', 'sr');
    x.hint.id = 'oberih-exit-hint';
    x.status = make(root, 'div', 'sr');
    x.status.setAttribute('role', 'status');
    x.cover = make(root, 'div', 'cover');
    x.cover.hidden = true;
    var app = make(root, 'div', 'app ' + c.position);
    label(x, c.lang);
    function go(e) {
      e.preventDefault();
      leave(x);
    }
    a.addEventListener('click', go);
    a.addEventListener('auxclick', go);
    // Shift+Tab from the exit while the panel is open goes back into the panel, not out to the page.
    a.addEventListener('keydown', function (e) {
      var panel = root.querySelector('.panel:not([hidden])');
      // Escape closes the panel from the exit too (focus may rest here while the panel is open).
      if (e.key === 'Escape' && panel && x.widget) { x.widget.close(); return; }
      if (e.key === 'Tab' && e.shiftKey && panel) {
        var f = panel.querySelectorAll('a[href],button:not([hidden]),select,input');
        if (f.length) { e.preventDefault(); f[f.length - 1].focus(); }
      }
    });
    raise(bar);
    main = main || x;
    guard(a);
    w.addEventListener('load', function () { guard(a); });
    mount(x, app, api(c, root, false, {
      setLang: function (l) { if (STRINGS[l]) { x.lang = l; label(x, l); } },
      raise: function () { raise(bar); },
      focusExit: function () { a.focus(); }
    }));
    return x;
  }

  // What the panel (wasm) may ask of the page: its configuration and a few services. See src/view.rs `Host`.
  function api(c, root, inline, more) {
    var o = {
      country: c.country, region: c.region, lang: c.lang, inline: inline,
      // A webmaster's own services: read as text and validated by the panel; never inserted as HTML.
      get services() {
        var b = d.querySelector('script[type="application/json"][data-oberih-services]');
        return b ? b.textContent : null;
      },
      style: function (css) { adopt(root, css); },
      messages: null,
      fetchLocale: function (code, done) {
        messages(code).then(function (t) { done(t); }, function (e) {
          console.warn('Oberih: the messages for "' + code + '" could not load (' + e + ').');
          done(undefined);
        });
      },
      setLang: function () {}, raise: function () {},
      focusExit: function () { if (main) main.a.focus(); }
    };
    for (var k in more) o[k] = more[k];
    return o;
  }

  // The panel's messages for one language (English is built into the wasm), fetched once per page.
  var fetched = {};
  function messages(code) {
    return fetched[code] || (fetched[code] = fetch(new URL('locales/' + code + '.ftl', base).href).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.text();
    }));
  }

  // Mount in a task of its own, after the wasm is instantiated: no single long task for the host page. The
  // language's messages download in parallel with the wasm; without them the panel shows English.
  function mount(x, app, host) {
    var text = host.lang === 'en' ? Promise.resolve(null) : messages(host.lang).catch(function () { return null; });
    Promise.all([load(), text]).then(function (r) {
      host.messages = r[1];
      return new Promise(function (ok) { setTimeout(ok, 0); }).then(function () { x.widget = r[0].mount(app, host); });
    }).catch(function (e) {
      console.warn('Oberih: the help panel could not load from ' + base.href + ' (' + e + '). The exit still works.');
    });
  }

  // <oberih-widget mode="inline">: the help panel in place, in the page's content, always open. The one
  // floating exit stays (the script adds it if the page has none).
  function setupInline(host) {
    var c = config(host);
    var root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    adopt(root, ':host{display:block}');
    var x = { host: host, inline: true };
    mount(x, make(root, 'div', 'app'), api(c, root, true, {}));
    return x;
  }

  if (!w.customElements || !d.head.attachShadow) {
    console.error('Oberih: this browser lacks custom elements or Shadow DOM; the widget is not shown.');
    return;
  }

  w.Oberih = {
    version: VERSION,
    open: function () { if (main && main.widget) main.widget.open(); },
    close: function () { if (main && main.widget) main.widget.close(); }
  };

  if (!customElements.get(TAG)) {
    customElements.define(TAG, class extends HTMLElement {
      connectedCallback() {
        if (this.oberih) { if (this.oberih.bar) raise(this.oberih.bar); return; }
        this.oberih = {};
        try {
          this.oberih = this.getAttribute('mode') === 'inline' ? setupInline(this) : setup(this);
        } catch (e) { console.error('Oberih: could not start: ' + e); }
      }
      // A page (or the demo's configurator) that replaces the widget: the new one takes over the shortcut.
      disconnectedCallback() {
        var self = this;
        if (main && main.host === this) {
          main = null;
          this.oberih = null;
          var next = d.querySelector(TAG + ':not([mode="inline"])');
          if (next && next !== self && next.oberih && next.oberih.a) main = next.oberih;
        }
      }
    });
  }

  // The widget is the first child of <body>, so the exit is the first Tab stop.
  function insert() {
    if (!d.querySelector(TAG + ':not([mode="inline"])')) d.body.insertBefore(d.createElement(TAG), d.body.firstChild);
  }
  if (d.body) insert();
  else d.addEventListener('DOMContentLoaded', insert);
})();
