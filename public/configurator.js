// The demo's configurator: settings -> the live widget on this page and the exact snippet to paste, with the
// SRI hash of this build. Runs in the browser only; sends nothing.
(function () {
  'use strict';
  var form = document.getElementById('cfg');
  var out = document.getElementById('cfg-snippet');
  var local = document.getElementById('cfg-local');
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

  // How many local services the widget lists for the chosen region (demo-regions.json, written at build time
  // from content/services/: [code, name, number of the region's own services]), and that the site can add its own.
  function describeLocal(v) {
    var r = (regions[v.country] || []).filter(function (x) { return x[0] === v.region; })[0];
    while (local.firstChild) local.removeChild(local.firstChild);
    var text;
    if (!r) text = 'Choose a region to see how many local services Oberih lists for it. ';
    else if (!r[2]) text = 'Oberih lists no local service for ' + r[1] + ' yet: visitors there see the national lines. ';
    else text = 'Oberih lists ' + r[2] + ' local service' + (r[2] === 1 ? '' : 's') + ' for ' + r[1] +
      ': the directory shows ' + (r[2] === 1 ? 'it' : 'them') + ' first, after the emergency numbers. ';
    local.appendChild(document.createTextNode(text + 'You can add your own local services to your page, without rebuilding: see '));
    var a = document.createElement('a');
    a.href = new URL('README.md#your-own-local-services', base).href;
    a.textContent = '“Your own local services” in the README';
    local.appendChild(a);
    local.appendChild(document.createTextNode('.'));
  }

  function update() {
    var v = values();
    describeLocal(v);
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
    describeLocal(values());
  });
})();
