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
  // The exit's styles, from src/exit/exit.css: {selector or @media: declarations or rules}.
  var RULES = /*@CSS*/{};
  // Own keys only (Object.keys): a polluted Object.prototype cannot add a rule that hides the exit.
  var CSS = Object.keys(RULES).map(function (k) { return k + '{' + RULES[k] + '}'; }).join('');
  // Neutral, fast, not personalised, and keeps phone users in the browser rather than an app.
  var DEFAULT_EXIT = 'https://www.google.com/webhp';
  var TAG = 'oberih-widget';
  var FLOATING = TAG + ':not([mode="inline"])';
  // Corners, for the exit (data-exit-position) and the launcher (data-position). The exit's default corner is
  // EXIT_CORNER, in this one place: bottom-left covered no control of the real host pages measured on phones
  // (top corners hold their menu buttons: tests/e2e/hosts/corners.mjs), and is not the launcher's corner.
  var POSITIONS = ['top-right', 'top-left', 'bottom-right', 'bottom-left'];
  var EXIT_CORNER = POSITIONS[3];
  var w = window, d = document;
  // The top layer (Popover API) puts the exit above any z-index and any transformed ancestor. Without it
  // (Safari before 17, Firefox before 125) the widget goes after <body>, where the maximum z-index wins over
  // everything inside the page, and the first Tab still reaches the exit first.
  var TOP = !!w.HTMLElement.prototype.showPopover;

  if (!w.customElements || !d.head.attachShadow) {
    console.error('Oberih: this browser is too old for it.');
    return;
  }
  // Included twice: the first copy already did everything. (Not `window.Oberih`: an element id="Oberih" is
  // one too.)
  if (customElements.get(TAG)) return;

  var script = d.currentScript || d.querySelector('script[src*="oberih.js"]');
  var base = new URL('.', (script && script.src) || location.href);
  // The floating widget in use (its exit is the one on the page, and the one Shift x3 triggers).
  var active = null;


  function attr(el, name) {
    var v = el.getAttribute(name);
    if (v == null && script) v = script.getAttribute('data-' + name);
    return v == null ? null : v.trim();
  }

  function corner(el, name, fallback) {
    var v = attr(el, name);
    return POSITIONS.indexOf(v) < 0 ? fallback : v;
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
    var conf = { country: attr(el, 'country'), region: attr(el, 'region') };
    var exit = attr(el, 'exit-url');
    conf.exit = DEFAULT_EXIT;
    if (exit) {
      try {
        var u = new URL(exit);
        if (u.protocol !== 'https:' && u.protocol !== 'http:') throw 0;
        conf.exit = u.href;
      } catch (e) {}
    }
    conf.corner = corner(el, 'exit-position', EXIT_CORNER);
    conf.position = corner(el, 'position', POSITIONS[2]);
    // A value that is not valid gets the default; panel-start.js says so in the console (what a webmaster needs to
    // read is not paid for before the exit works).
    var lang = attr(el, 'lang');
    // data-lang, else the page's language, else the visitor's, else the country's, else English.
    var tries = [lang, d.documentElement.lang].concat(navigator.languages);
    tries.push(COUNTRY_LANG[String(conf.country).toUpperCase()], 'en');
    for (var i = 0; i < tries.length; i++) {
      if (known(primary(tries[i]))) { conf.lang = primary(tries[i]); break; }
    }
    return conf;
  }

  function add(parent, tag, cls) {
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
      var el = add(root, 'style');
      el.textContent = css;
      return el.sheet && el;
    }
  }

  // An old browser under a CSP that blocks <style>: the plain rules of the exit's CSS become inline styles,
  // which no CSP blocks (hover, focus and media rules are lost; the size, place and colours are kept).
  function inline(parts) {
    Object.keys(RULES).forEach(function (k) {
      var els = k == ':host' ? [parts.host] : /^\.\w+$/.test(k) ? parts.root.querySelectorAll(k) : [];
      for (var i = 0; i < els.length; i++) els[i].style.cssText += ';' + RULES[k];
    });
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

  function label(parts, lang) {
    var s = STRINGS[lang] || STRINGS.en;
    parts.lang = lang;
    parts.a.lang = lang;
    parts.a.textContent = s[0];
    parts.hint.textContent = s[1];
  }

  // Blank the title and hide the page at once (a watcher must not see it while the next page loads), send no
  // referrer, let no "Leave site?" prompt stop it, then replace this history entry: Back never returns here.
  // In a frame, the whole tab leaves too when the browser allows it (a click or Shift x3 is a user activation).
  var leaving;
  function leave(parts) {
    leaving = 1;
    d.title = '';
    try {
      w.onbeforeunload = null;
      var meta = add(d.head, 'meta');
      meta.name = 'referrer';
      meta.content = 'no-referrer';
      raise(add(parts.root, 'div', 'cover'));
      if (parts.plain) inline(parts);
      // The page goes invisible; the widget's host resets `visibility` (all:initial), so the cover stays.
      d.body.style.setProperty('visibility', 'hidden', 'important');
      // An empty document in its place: document.open() also erases every listener of the window, so no
      // "Leave site?" handler the page added, before or after this script, can stop the exit.
      d.open();
    } catch (e) {}
    location.replace(parts.exit);
    // After the frame's own navigation has started: a sandboxed frame (no allow-top-navigation) throws here, and
    // only the frame leaves; Chromium's console names the missing flag (our own message did not fit the budget).
    if (w !== top) top.location.replace(parts.exit);
  }

  // While leaving, the page's beforeunload listeners do not run: document.open() in leave() erases them, and
  // this one (first of those added after this script) stops the others if that fails.
  w.addEventListener('beforeunload', function (e) {
    if (leaving) e.stopImmediatePropagation();
  }, true);

  // Shift pressed three times, each within 5 s of the last. Shift used with another key does not count and
  // any other key starts again; left and right Shift both count, alternating or not.
  var presses = 0, combo = false, timer = 0;
  function announce(i) {
    if (active) active.status.textContent = (STRINGS[active.lang] || STRINGS.en)[i];
  }
  function reset(expired) {
    clearTimeout(timer);
    if (presses && expired) announce(4);
    presses = 0;
  }
  // On-screen keyboards report Shift while typing (a known GOV.UK problem): ignore it in text fields on
  // touch screens. Keyboards with a physical Shift still work everywhere.
  function typingOnTouch(e) {
    // composedPath and matchMedia: in every browser that has custom elements.
    var t = e.composedPath()[0];
    return !!(t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) && w.matchMedia('(pointer: coarse)').matches);
  }
  // Without the top layer, the first Tab from the page's start goes to the exit (none after a click or Tab).
  var fresh = 1;
  w.addEventListener('pointerdown', function () { fresh = 0; }, true);
  w.addEventListener('keydown', function (e) {
    if (e.key === 'Shift') return;
    reset(false);
    if (e.shiftKey) combo = true;
    else if (active && e.key === 'Tab') {
      if (!TOP && fresh && d.activeElement === d.body) {
        e.preventDefault();
        active.a.focus();
      }
      fresh = 0;
    }
  }, true);
  w.addEventListener('keyup', function (e) {
    if (e.key !== 'Shift' || !active || e.isComposing) return;
    if (combo) { combo = e.shiftKey; return; }
    if (typingOnTouch(e)) return;
    clearTimeout(timer);
    presses++;
    // Ours alone: another exit on the page (GOV.UK's exit-this-page) never sees the third press.
    if (presses >= 3) { presses = 0; e.stopImmediatePropagation(); leave(active); return; }
    announce(presses === 1 ? 2 : 3);
    timer = setTimeout(function () { reset(true); }, 5000);
  }, true);

  // The help panel is the wasm's glue module, which also carries the panel's side of this script
  // (src/exit/panel-start.js): nothing the panel needs is paid for before the exit works.
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
      var e = d.createElement(pre ? 'link' : 'script');
      if (pre) e.rel = 'modulepreload';
      else e.type = 'module';
      e.integrity = GLUE;
      e.onload = function () { e.remove(); ok(import(url)); };
      e.onerror = function () {
        e.remove();
        no('oberih_app.js: unreachable or changed');
      };
      // Its address before it is in the page (else Chromium warns of a modulepreload with no href).
      e[pre ? 'href' : 'src'] = url;
      d.head.appendChild(e);
    }));
  }

  // Under a CSP that blocks its styles (old browsers only), the exit alone is better than an unstyled panel.
  function panel(parts, app, conf, inline) {
    setTimeout(function () {
      (parts.plain ? Promise.reject('style-src') : load().then(function (m) {
        return m.start(parts, app, conf, inline, helpers);
      })).catch(function (e) {
        console.warn('Oberih: the help panel could not load from ' + base.href + ' (' + e + '). The exit still works.');
      });
    });
  }
  var helpers = { base: base, adopt: adopt, front: toFront, label: label, main: function () { return active; }, ready: ready, reset: reset, attr: attr };

  // The floating widget's exit on top: in the top layer, or else after <body>; inside the host page's open
  // modal dialog, if any, since everything outside it is inert (the top layer too).
  function toFront(parts) {
    var html = d.documentElement;
    if (!parts.host.isConnected) return;
    if (TOP) raise(parts.bar);
    else if (!parts.back && (parts.host.parentNode !== html || parts.host.nextSibling)) html.appendChild(parts.host);
  }

  // Modal libraries hide the rest of the page (aria-hidden, inert) and trap focus, and everything outside an
  // open modal <dialog> is inert, the top layer included. So while the page shows a modal (a <dialog> opened by
  // showModal(), or an element with aria-modal="true": Bootstrap, USWDS, Headless UI, React Aria), the exit goes
  // in as its first child, on top, and back where it was once it closes. Never hidden or inert itself.
  function guard(records) {
    var parts = active, host = parts && parts.host, back = parts && parts.back, found, modal, i;
    // A page that animates calls this every frame, and a scan of the whole page is not free (it doubled the
    // script time of such a page): only changes that can show a modal, or touch the widget or a parent of it
    // (aria-hidden, inert), count, and any change while a modal holds the widget.
    if (!host || records && !back && !records.some(function (record) {
      var node = record.target;
      return node.contains(host) || node.closest(MODAL) || node.querySelector(MODAL);
    })) return;
    try {
      found = d.querySelectorAll('dialog:modal,[aria-modal=true]');
    } catch (e) {
      found = d.querySelectorAll('[aria-modal=true]');
    }
    for (i = found.length; i-- && !modal;) if (found[i].getClientRects().length) modal = found[i];
    host.removeAttribute('inert');
    host.removeAttribute('aria-hidden');
    if (modal && host.parentNode !== modal) {
      if (!back) parts.back = [host.parentNode, host.nextSibling];
      modal.insertBefore(host, modal.firstChild);
    } else if (!modal && back) {
      parts.back = null;
      // Where it was (its old place gone with the page's content: keep() puts it back in <body>).
      back[0].insertBefore(host, back[1] && back[1].parentNode === back[0] ? back[1] : null);
    }
  }
  // Any attribute (`open`, aria-modal, aria-hidden, inert, and the class or style that shows a modal) and any
  // node added (a modal inserted already shown, as React portals do); guard() looks further only when the change
  // is on or around the widget, or on, in or around one of these.
  var MODAL = '[aria-modal],dialog';
  new MutationObserver(guard).observe(d.documentElement, { attributes: true, childList: true, subtree: true });

  // A closed shadow root: no script of the page reads the panel (panel-start.js adds the replay tools' hints).
  var CLOSED = { mode: 'closed' };

  function setup(host) {
    var conf = config(host);
    var root = host.attachShadow(CLOSED);
    // Every field the code reads is an own property, null until set: a polluted Object.prototype (`bar`, `back`,
    // `widget`) cannot supply one.
    var parts = { host: host, root: root, exit: conf.exit, lang: conf.lang, plain: !adopt(root, CSS), back: null, widget: null };
    var bar = parts.bar = add(root, 'div', 'bar ' + conf.corner.replace('-', ' '));
    var link = parts.a = add(bar, 'a', 'exit');
    // No rel="noreferrer": the exit navigates by location.replace, where only the page's referrer policy counts.
    link.href = conf.exit;
    link.setAttribute('aria-describedby', 'oberih-exit-hint');
    parts.hint = add(bar, 'span', 'sr');
    parts.hint.id = 'oberih-exit-hint';
    parts.status = add(root, 'div', 'sr');
    parts.status.setAttribute('role', 'status');
    label(parts, conf.lang);
    if (parts.plain) inline(parts);
    function go(e) {
      e.preventDefault();
      leave(parts);
    }
    link.addEventListener('click', go);
    link.addEventListener('auxclick', go);
    // In the frame's own style pass, not a forced one in the host page's parsing task; before the first paint.
    requestAnimationFrame(function () { toFront(parts); guard(); });
    panel(parts, add(root, 'div', 'app'), conf, false);
    return parts;
  }

  // <oberih-widget mode="inline">: the help panel in place, in the page's content, always open. The one
  // floating exit stays (the script adds it if the page has none).
  function setupInline(host) {
    var root = host.attachShadow(CLOSED);
    // Room for the panel's first view is kept while it loads: the page below does not jump (CLS).
    adopt(root, ':host{display:block;min-height:45rem}');
    var parts = { host: host, root: root, bar: null, a: null, widget: null };
    panel(parts, add(root, 'div', 'app'), config(host), true);
    return parts;
  }

  // Oberih.open() and close() before the panel has loaded take effect once it has.
  var pending = '';
  function ready() {
    if (pending && active && active.widget) {
      active.widget[pending]();
      pending = '';
    }
  }
  function deferred(k) {
    return function () {
      pending = k;
      ready();
    };
  }
  w.Oberih = { version: VERSION, open: deferred('open'), close: deferred('close') };

  customElements.define(TAG, class extends HTMLElement {
    connectedCallback() {
      var parts = this.oberih;
      try {
        // Moved or put back by the page: the same widget, set up once.
        if (parts) { if (parts.bar) toFront(parts); }
        else parts = this.oberih = this.getAttribute('mode') === 'inline' ? setupInline(this) : setup(this);
        if (parts.bar && !(active && active.host.isConnected)) active = parts;
      } catch (e) { console.error('Oberih: could not start: ' + e); }
    }
    // Dropped by the page (Turbo, PJAX and Swup swap <body>; frameworks move nodes): a task later, unless the
    // page has put it or another floating widget back, it goes back in, so the exit and Shift x3 keep working.
    disconnectedCallback() { setTimeout(keep); }
  });

  function keep() {
    if (!active || active.host.isConnected) return;
    var other = d.querySelector(FLOATING);
    if (!other) insert(active.host);
    else if (other.oberih) active = other.oberih;
  }

  // The widget is the first child of <body>, so the exit is the first Tab stop (after it without the top layer).
  function insert(el) {
    if (!d.body || d.querySelector(FLOATING)) return;
    if (TOP) d.body.insertBefore(el, d.body.firstChild);
    else d.documentElement.appendChild(el);
  }
  // Once the page is parsed (a script run in <body> comes before the page's own <oberih-widget>, which would make
  // two exits). Shift x3 works from now.
  if (d.readyState != 'loading') insert(d.createElement(TAG));
  else d.addEventListener('DOMContentLoaded', function () { insert(d.createElement(TAG)); });
})();
