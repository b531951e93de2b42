// The demo page's tool for translators: with `?pseudo` in the address, the widget on this page shows the
// pseudo-locale, every text of English accented and about 40% longer, so text that shows plain does not come
// from Fluent, and a layout that breaks with long translations breaks here first. The widget's files stay the
// release's (the configurator's integrity hash is theirs): this page, the host, answers the widget's request for
// its English messages with their pseudo form, as any host page could change what runs in it. Never on a real
// site. Loaded before oberih.js. The transformation is build.rs's `pseudo` (which the component tests build into
// the wasm), written again in JavaScript for this page.
(function () {
  'use strict';
  if (!/[?&]pseudo(=|&|$)/.test(location.search)) return;
  var FROM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  var TO = Array.from('áƀçďéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓƤǪŔŠŢÚṼŴẊÝŽ');

  // The text outside braces, accented, plus ~ for 40% of its letters; `depth` carries open braces across lines.
  function text(t, state) {
    var out = '', letters = 0;
    Array.from(t).forEach(function (c) {
      if (c === '{') state.depth++;
      else if (c === '}') state.depth = Math.max(0, state.depth - 1);
      if (state.depth === 0 && c !== '}') {
        if (/\p{Alphabetic}/u.test(c)) letters++;
        var i = FROM.indexOf(c);
        out += i < 0 ? c : TO[i];
      } else out += c;
    });
    if (letters > 3) out += ' ' + '~'.repeat(Math.floor(letters * 2 / 5));
    return out;
  }
  function braces(line, state) {
    Array.from(line).forEach(function (c) {
      if (c === '{') state.depth++;
      else if (c === '}') state.depth = Math.max(0, state.depth - 1);
    });
  }

  // Ids, placeables and variant keys stay as they are.
  function pseudo(src) {
    var out = '', state = { depth: 0 };
    src.split('\n').forEach(function (line) {
      var trimmed = line.replace(/^\s+/, '');
      var eq = line.indexOf(' = ');
      if (line[0] === '#' || !trimmed) return;
      if (eq >= 0 && line[0] !== ' ') out += line.slice(0, eq + 3) + text(line.slice(eq + 3), state);
      else if (state.depth > 0 && /^\*?\[/.test(trimmed)) {
        var close = line.indexOf(']') + 1;
        out += line.slice(0, close) + text(line.slice(close), { depth: 0 });
      } else if (state.depth > 0) { out += line; braces(line, state); }
      else if (line[0] === ' ') out += line.slice(0, line.length - trimmed.length) + text(trimmed, state);
      else out += line;
      out += '\n';
    });
    return out;
  }

  // The widget's English messages, as the pseudo-locale; every other request as it was.
  var fetch = window.fetch;
  window.fetch = function (input, init) {
    var url = String(input && input.url || input);
    if (!/\/locales\/en\.ftl$/.test(url)) return fetch.apply(this, arguments);
    return fetch(url).then(function (r) { return r.ok ? r.text() : Promise.reject(new Error('HTTP ' + r.status)); })
      .then(function (t) { return new Response(pseudo(t), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } }); });
  };
  // The widget in English, the language the pseudo-locale is made from.
  var script = document.querySelector('script[src$="oberih.js"]');
  if (script) script.setAttribute('data-lang', 'en');
  document.documentElement.setAttribute('data-pseudo', '');
})();
