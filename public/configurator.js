// The demo's configurator: settings -> the live widget on this page and the exact snippet to paste, with the
// SRI hash of this build. Runs in the browser only; sends nothing.
(function () {
  'use strict';
  var form = document.getElementById('cfg');
  var out = document.getElementById('cfg-snippet');
  var status = document.getElementById('cfg-status');
  var regions = {};
  var integrity = '';
  var base = new URL('.', document.querySelector('script[src$="configurator.js"]').src.replace(/public\/configurator\.js$/, ''));

  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;'); }

  function values() {
    var v = {};
    for (var i = 0; i < form.elements.length; i++) { var e = form.elements[i]; if (e.name) v[e.name] = e.value.trim(); }
    return v;
  }

  function fillRegions() {
    var sel = form.elements.region, country = form.elements.country.value, keep = sel.value;
    while (sel.options.length > 1) sel.remove(1);
    (regions[country] || []).forEach(function (r) { sel.add(new Option(r[1] + ' (' + r[0] + ')', r[0])); });
    sel.value = (regions[country] || []).some(function (r) { return r[0] === keep; }) ? keep : '';
  }

  function snippet(v) {
    var src = new URL('oberih.js', v.base).href;
    var attrs = [['data-country', v.country], ['data-region', v.region], ['data-lang', v.lang], ['data-exit-url', v['exit-url']]];
    if (v.position !== 'bottom-right') attrs.push(['data-position', v.position]);
    var s = '<script src="' + esc(src) + '"';
    if (integrity) s += ' integrity="' + integrity + '" crossorigin="anonymous"';
    attrs.forEach(function (a) { if (a[1]) s += '\n        ' + a[0] + '="' + esc(a[1]) + '"'; });
    s += ' defer></script>';
    if (v.accent && v.accent.toLowerCase() !== '#1d4f91') s = '<style>oberih-widget { --oberih-accent: ' + esc(v.accent) + '; }</style>\n' + s;
    return s;
  }

  // The live widget: a fresh element with the chosen attributes (they override the script's).
  function apply(v) {
    var old = document.querySelector('oberih-widget:not([mode="inline"])');
    var el = document.createElement('oberih-widget');
    ['country', 'region', 'lang', 'exit-url', 'position'].forEach(function (k) { if (v[k]) el.setAttribute(k, v[k]); });
    el.style.setProperty('--oberih-accent', v.accent);
    if (old) old.replaceWith(el); else document.body.insertBefore(el, document.body.firstChild);
  }

  function update() {
    var v = values();
    out.textContent = snippet(v);
    status.textContent = form.checkValidity() ? '' : 'Please give absolute https:// addresses.';
    apply(v);
  }

  document.getElementById('cfg-copy').addEventListener('click', function () {
    navigator.clipboard.writeText(out.textContent).then(function () { status.textContent = 'Copied.'; }, function () {
      status.textContent = 'Select the snippet and copy it.';
    });
  });
  form.addEventListener('change', function (e) { if (e.target.name === 'country') fillRegions(); update(); });
  form.addEventListener('input', function (e) { if (e.target.type !== 'color') return; update(); });

  // This build's integrity hash, so the snippet pins exactly what you see.
  var hash = fetch(new URL('oberih.js', base)).then(function (r) { return r.arrayBuffer(); })
    .then(function (b) { return crypto.subtle.digest('SHA-384', b); })
    .then(function (d) { integrity = 'sha384-' + btoa(String.fromCharCode.apply(null, new Uint8Array(d))); })
    .catch(function () { integrity = ''; });
  var regs = fetch(new URL('demo-regions.json', base)).then(function (r) { return r.json(); })
    .then(function (j) { regions = j; }).catch(function () {});
  Promise.all([hash, regs]).then(function () {
    fillRegions();
    form.elements.region.value = 'UA-30';
    form.elements.lang.value = 'uk';
    out.textContent = snippet(values());
  });
})();
