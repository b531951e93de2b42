/*! Oberih: the quick exit works from this file alone. MIT OR Apache-2.0 */
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
    if (lang && !STRINGS[primary(lang)]) {
      report('lang', lang, Object.keys(STRINGS).join(', '), 'the visitor\'s language');
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
  // Returns the sheet or the <style>, so a caller can change it later.
  function adopt(root, css) {
    try {
      var s = new CSSStyleSheet();
      s.replaceSync(css);
      root.adoptedStyleSheets = root.adoptedStyleSheets.concat([s]);
      return s;
    } catch (e) {
      var el = make(root, 'style');
      el.textContent = css;
      return el;
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

  // Hide the page at once (a watcher must not see it while the next page loads), then replace this history
  // entry: Back never returns here.
  function leave(x) {
    try {
      raise(x.cover);
      x.cover.hidden = false;
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
  function panel(x, app, c, inline) {
    setTimeout(function () {
      import(new URL('oberih_app.js', base).href).then(function (m) {
        return m.start(x, app, c, inline, kit);
      }).catch(function (e) {
        console.warn('Oberih: the help panel could not load from ' + base.href + ' (' + e + '). The exit still works.');
      });
    });
  }
  var kit = { base: base, adopt: adopt, raise: raise, label: label, main: function () { return main; } };

  function setup(host) {
    var c = config(host);
    var root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    adopt(root, '/*@CSS*/');
    var x = { host: host, root: root, exit: c.exit, lang: c.lang };
    var bar = x.bar = make(root, 'div', 'bar');
    var a = x.a = make(bar, 'a', 'exit');
    a.href = c.exit;
    a.rel = 'noreferrer';
    a.setAttribute('aria-describedby', 'oberih-exit-hint');
    x.hint = make(bar, 'span', 'sr');
    x.hint.id = 'oberih-exit-hint';
    x.status = make(root, 'div', 'sr');
    x.status.setAttribute('role', 'status');
    x.cover = make(root, 'div', 'cover');
    x.cover.hidden = true;
    label(x, c.lang);
    function go(e) {
      e.preventDefault();
      leave(x);
    }
    a.addEventListener('click', go);
    a.addEventListener('auxclick', go);
    // In the frame's own style pass, not a forced one in the host page's parsing task; before the first paint.
    requestAnimationFrame(function () { raise(bar); });
    main = main || x;
    panel(x, make(root, 'div', 'app ' + c.position), c, false);
    return x;
  }

  // <oberih-widget mode="inline">: the help panel in place, in the page's content, always open. The one
  // floating exit stays (the script adds it if the page has none).
  function setupInline(host) {
    var root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    adopt(root, ':host{display:block}');
    var x = { host: host, root: root };
    panel(x, make(root, 'div', 'app'), config(host), true);
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
