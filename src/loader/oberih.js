/*! Oberih: the quick exit works from this file alone. MIT OR Apache-2.0 */
// Build step (xtask loader) fills the three placeholders from locales/ and content/ and strips comments.
(function () {
  'use strict';
  // Exit strings of every locale, from locales/*/exit.ftl: {lang: [label, hint, two more, one more, expired]}.
  var STRINGS = /*@STRINGS*/{};
  // The default language of each supported country (first entry of content/services/<cc>.toml `languages`).
  var COUNTRY_LANG = /*@COUNTRY_LANG*/{};
  var VERSION = '/*@VERSION*/';
  // The hash of the glue module this build made (tools/slim.mjs writes it): a changed glue is refused.
  var GLUE = '@GLUE_INTEGRITY@';
  // The exit's styles, from src/loader/exit.css: {selector or @media: declarations or rules}.
  var RULES = /*@CSS*/{};
  var CSS = '';
  for (var k in RULES) CSS += k + '{' + RULES[k] + '}';
  // Neutral, fast, not personalised, and keeps phone users in the browser rather than an app.
  var DEFAULT_EXIT = 'https://www.google.com/webhp';
  var TAG = 'oberih-widget';
  var FLOATING = TAG + ':not([mode="inline"])';
  var POSITIONS = ['bottom-right', 'bottom-left'];
  var w = window, d = document;
  // The top layer (Popover API) puts the exit above any z-index and any transformed ancestor. Without it
  // (Safari before 17, Firefox before 125) the widget goes after <body>, where the maximum z-index wins over
  // everything inside the page, and the first Tab still reaches the exit first.
  var TOP = !!w.HTMLElement.prototype.showPopover;

  if (!w.customElements || !d.head.attachShadow) {
    console.error('Oberih: this browser lacks custom elements or Shadow DOM; the widget is not shown.');
    return;
  }
  // Included twice: the first copy already did everything. (Not `window.Oberih`: an element id="Oberih" is
  // one too.)
  if (customElements.get(TAG)) return;

  var script = d.currentScript || d.querySelector('script[src*="oberih.js"]');
  var base = new URL('.', (script && script.src) || location.href);
  // The floating widget's exit, which Shift x3 also triggers.
  var main = null;

  function report(name, value, want, fallback) {
    console.error('Oberih: ' + name + ' "' + value + '" is not valid (' + want + '); using ' + fallback + '.');
  }

  function attr(el, name) {
    var v = el.getAttribute(name);
    if (v == null && script) v = script.getAttribute('data-' + name);
    return v == null ? null : String(v).trim();
  }

  function primary(tag) {
    return String(tag || '').toLowerCase().split(/[-_]/)[0];
  }

  // A language of ours: an own key, so "constructor" or "__proto__" is not one.
  function known(lang) {
    return Object.prototype.hasOwnProperty.call(STRINGS, lang);
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
        report('exit-url', exit, 'an absolute http(s) URL', DEFAULT_EXIT);
      }
    }
    var pos = attr(el, 'position');
    c.position = POSITIONS[0];
    if (pos) {
      if (POSITIONS.indexOf(pos) < 0) report('position', pos, POSITIONS.join(', '), POSITIONS[0]);
      else c.position = pos;
    }
    var lang = attr(el, 'lang');
    if (lang && !known(primary(lang))) {
      report('lang', lang, Object.keys(STRINGS).join(', '), 'the visitor\'s language');
      lang = null;
    }
    // data-lang, else the page's language, else the visitor's, else the country's, else English.
    var tries = [lang, d.documentElement.lang].concat(navigator.languages || [navigator.language]);
    tries.push(COUNTRY_LANG[String(c.country).toUpperCase()], 'en');
    for (var i = 0; i < tries.length; i++) {
      if (known(primary(tries[i]))) { c.lang = primary(tries[i]); break; }
    }
    return c;
  }

  function make(parent, tag, cls) {
    var e = d.createElement(tag);
    if (cls) e.className = cls;
    parent.appendChild(e);
    return e;
  }

  // Constructable stylesheets are not subject to a page's style-src; old browsers get a <style>. Returns the
  // sheet or the <style>, so a caller can change it later, or null when the page's CSP blocked the <style>.
  function adopt(root, css) {
    try {
      var s = new CSSStyleSheet();
      s.replaceSync(css);
      root.adoptedStyleSheets = root.adoptedStyleSheets.concat([s]);
      return s;
    } catch (e) {
      var el = make(root, 'style');
      el.textContent = css;
      return el.sheet && el;
    }
  }

  // An old browser under a CSP that blocks <style>: the plain rules of the exit's CSS become inline styles,
  // which no CSP blocks (hover, focus and media rules are lost; the size, place and colours are kept).
  function inline(x) {
    for (var k in RULES) {
      var els = k == ':host' ? [x.host] : /^\.\w+$/.test(k) ? x.root.querySelectorAll(k) : [];
      for (var i = 0; i < els.length; i++) els[i].style.cssText += ';' + RULES[k];
    }
  }

  function raise(el) {
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

  // Hide the page at once (a watcher must not see it while the next page loads), then replace this history
  // entry: Back never returns here.
  function leave(x) {
    try {
      raise(make(x.root, 'div', 'cover'));
      if (x.plain) inline(x);
      var kids = d.body ? d.body.children : [];
      for (var i = 0; i < kids.length; i++) {
        if (kids[i] !== x.host) kids[i].style.setProperty('display', 'none', 'important');
      }
    } catch (e) {}
    location.replace(x.exit);
  }

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
    else if (!TOP && main && e.key === 'Tab' && d.activeElement === d.body) {
      e.preventDefault();
      main.a.focus();
    }
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

  // The help panel is the wasm's glue module, which also carries the panel's side of this script
  // (src/loader/panel.js): nothing the panel needs is paid for before the exit works.
  // Started in a task of its own: the host page's parsing task does not also pay for the module request.
  // The glue, once per page, only if it is the file whose hash this script carries: a module preload with
  // `integrity` puts the checked module in the page's module map, where import() takes it (a <link> is no
  // Trusted Types sink); browsers without modulepreload check a module <script> instead (none of them has
  // Trusted Types). Either element leaves the page once it has loaded.
  var glue;
  function load() {
    var url = new URL('oberih_app.js', base).href;
    return glue || (glue = new Promise(function (ok, no) {
      var pre = d.createElement('link').relList.supports('modulepreload');
      var e = make(d.head, pre ? 'link' : 'script');
      if (pre) e.rel = 'modulepreload';
      else e.type = 'module';
      e.integrity = GLUE;
      e.onload = function () { e.remove(); ok(import(url)); };
      e.onerror = function () {
        e.remove();
        no('oberih_app.js was unreachable or is not the file this build expects');
      };
      e[pre ? 'href' : 'src'] = url;
    }));
  }

  // Under a CSP that blocks its styles (old browsers only), the exit alone is better than an unstyled panel.
  function panel(x, app, c, inline) {
    setTimeout(function () {
      (x.plain ? Promise.reject('this browser needs style-src \'unsafe-inline\' for it') : load().then(function (m) {
        return m.start(x, app, c, inline, kit);
      })).catch(function (e) {
        console.warn('Oberih: the help panel could not load from ' + base.href + ' (' + e + '). The exit still works.');
      });
    });
  }
  var kit = { base: base, adopt: adopt, front: front, label: label, main: function () { return main; }, ready: ready };

  // The floating widget's exit on top: in the top layer, or else after <body>.
  function front(x) {
    var h = d.documentElement;
    if (!x.host.isConnected) return;
    if (TOP) raise(x.bar);
    else if (x.host.parentNode !== h || x.host.nextSibling) h.appendChild(x.host);
  }

  function setup(host) {
    var c = config(host);
    var root = host.attachShadow({ mode: 'open' });
    var x = { host: host, root: root, exit: c.exit, lang: c.lang, plain: !adopt(root, CSS) };
    var bar = x.bar = make(root, 'div', 'bar');
    var a = x.a = make(bar, 'a', 'exit');
    a.href = c.exit;
    a.rel = 'noreferrer';
    a.setAttribute('aria-describedby', 'oberih-exit-hint');
    x.hint = make(bar, 'span', 'sr');
    x.hint.id = 'oberih-exit-hint';
    x.status = make(root, 'div', 'sr');
    x.status.setAttribute('role', 'status');
    label(x, c.lang);
    if (x.plain) inline(x);
    function go(e) {
      e.preventDefault();
      leave(x);
    }
    a.addEventListener('click', go);
    a.addEventListener('auxclick', go);
    // In the frame's own style pass, not a forced one in the host page's parsing task; before the first paint.
    requestAnimationFrame(function () { front(x); });
    panel(x, make(root, 'div', 'app ' + c.position), c, false);
    return x;
  }

  // <oberih-widget mode="inline">: the help panel in place, in the page's content, always open. The one
  // floating exit stays (the script adds it if the page has none).
  function setupInline(host) {
    var root = host.attachShadow({ mode: 'open' });
    adopt(root, ':host{display:block}');
    var x = { host: host, root: root };
    panel(x, make(root, 'div', 'app'), config(host), true);
    return x;
  }

  // Oberih.open() and close() before the panel has loaded take effect once it has.
  var want = '';
  function ready() {
    if (want && main && main.widget) {
      main.widget[want]();
      want = '';
    }
  }
  function call(k) {
    return function () {
      want = k;
      ready();
    };
  }
  w.Oberih = { version: VERSION, open: call('open'), close: call('close') };

  customElements.define(TAG, class extends HTMLElement {
    connectedCallback() {
      var x = this.oberih;
      try {
        // Moved or put back by the page: the same widget, set up once.
        if (x) { if (x.bar) front(x); }
        else x = this.oberih = this.getAttribute('mode') === 'inline' ? setupInline(this) : setup(this);
        if (x.bar && !(main && main.host.isConnected)) main = x;
      } catch (e) { console.error('Oberih: could not start: ' + e); }
    }
    // Dropped by the page (Turbo, PJAX and Swup swap <body>; frameworks move nodes): a task later, unless the
    // page has put it or another floating widget back, it goes back in, so the exit and Shift x3 keep working.
    disconnectedCallback() { setTimeout(keep); }
  });

  function keep() {
    if (!main || main.host.isConnected) return;
    var other = d.querySelector(FLOATING);
    if (!other) insert(main.host);
    else if (other.oberih) main = other.oberih;
  }

  // The widget is the first child of <body>, so the exit is the first Tab stop (after it without the top layer).
  function insert(el) {
    if (!d.body || d.querySelector(FLOATING)) return;
    if (TOP) d.body.insertBefore(el, d.body.firstChild);
    else d.documentElement.appendChild(el);
  }
  if (d.body) insert(d.createElement(TAG));
  else d.addEventListener('DOMContentLoaded', function () { insert(d.createElement(TAG)); });
})();
