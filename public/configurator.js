// The demo's configurator: settings -> the live widget on this page and the exact code to paste, with the SRI
// hash; the site's own local services through a form checked by the widget's own code (src/custom.rs, called in
// the wasm that the widget on this page loaded: `checkServices`, which src/exit/panel-start.js exports);
// in English, Ukrainian, Russian or Kazakh, from docs/locales/<lang>/configurator.ftl (Fluent, as the widget's
// messages; never shipped to visitors). Runs in the browser only; sends nothing. Text from the webmaster only
// ever goes into text nodes, attribute values and JSON: never innerHTML.
(function () {
  'use strict';
  // The languages of these tools: the options of the page's own language menu, so index.html lists them once.
  var UI_LANGS = [].map.call(document.querySelectorAll('#cfg-ui-lang option'), function (o) { return o.value; });
  var form = document.getElementById('cfg');
  var out = document.getElementById('cfg-snippet');
  var local = document.getElementById('cfg-local');
  var status = document.getElementById('cfg-status');
  var hostNote = document.getElementById('cfg-host-note');
  var svc = document.getElementById('svc');
  var svcStatus = document.getElementById('svc-status');
  var svcList = document.getElementById('svc-list');
  var svcBlock = document.getElementById('svc-block');
  var regions = {};
  var integrity = '';
  var release = null;
  var services = [];
  var base = new URL('.', document.querySelector('script[src$="configurator.js"]').src.replace(/public\/configurator\.js$/, ''));

  // ---- Fluent, the part these files use: messages, multi-line values, { $variables }, and selectors on a
  // number by its plural category. Attributes and comments are skipped.
  function parseFtl(text) {
    var msgs = {}, id = null, lines = [];
    function end() {
      if (id) {
        while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
        var rest = lines.slice(1).filter(function (l) { return l.trim(); });
        var indent = rest.length ? Math.min.apply(null, rest.map(function (l) { return l.match(/^ */)[0].length; })) : 0;
        var value = [lines[0].trim()].concat(lines.slice(1).map(function (l) { return l.slice(indent); }));
        msgs[id] = value.join('\n').replace(/^\n+/, '');
      }
      id = null; lines = [];
    }
    text.split(/\r?\n/).forEach(function (line) {
      var m = /^(-?[a-zA-Z][\w-]*) *= *(.*)$/.exec(line);
      if (m) { end(); id = m[1]; lines = [m[2]]; }
      else if (id && /^\s+\.[a-zA-Z]/.test(line)) end();
      else if (id && (/^ /.test(line) || !line.trim())) lines.push(line);
      else end();
    });
    end();
    return msgs;
  }

  function closing(p, open) {
    for (var depth = 0, i = open; i < p.length; i++) {
      if (p[i] === '{') depth++;
      else if (p[i] === '}' && --depth === 0) return i;
    }
    return p.length;
  }

  function format(p, args, lang, msgs) {
    var s = '', i = 0;
    while (i < p.length) {
      var j = p.indexOf('{', i);
      if (j < 0) { s += p.slice(i); break; }
      s += p.slice(i, j);
      var k = closing(p, j);
      s += placeable(p.slice(j + 1, k).trim(), args, lang, msgs);
      i = k + 1;
    }
    return s;
  }

  function placeable(e, args, lang, msgs) {
    var m;
    if ((m = /^\$([\w-]+)\s*->\s*([\s\S]*)$/.exec(e))) {
      var v = args[m[1]], variants = [], fallback = '';
      m[2].split(/\n(?=\s*\*?\[)/).forEach(function (part) {
        var x = /^\s*(\*?)\[\s*([^\]\s]+)\s*\]\s*([\s\S]*)$/.exec(part);
        if (!x) return;
        variants.push([x[2], x[3].trim()]);
        if (x[1]) fallback = x[3].trim();
      });
      var plural = typeof v === 'number' ? new Intl.PluralRules(lang).select(v) : null;
      var pick = variants.filter(function (x) { return x[0] === String(v); })[0] ||
        variants.filter(function (x) { return x[0] === plural; })[0];
      return format(pick ? pick[1] : fallback, args, lang, msgs);
    }
    if ((m = /^\$([\w-]+)$/.exec(e))) return args[m[1]] === undefined ? '' : String(args[m[1]]);
    if ((m = /^"(.*)"$/.exec(e))) return m[1];
    if ((m = /^(-[\w-]+)$/.exec(e)) && msgs[m[1]] !== undefined) return format(msgs[m[1]], args, lang, msgs);
    return '{' + e + '}';
  }

  // ---- Messages: the configurator's in the chosen language and English (the fallback), and the widget's own
  // region names (dist/locales/<lang>.ftl; English ones come with demo-regions.json).
  var ui = { lang: 'en', msgs: {}, en: {}, widget: {} };
  function t(id, args) {
    var own = ui.msgs[id] !== undefined;
    var p = own ? ui.msgs[id] : ui.en[id];
    if (p === undefined) return id;
    return format(p, args || {}, own ? ui.lang : 'en', own ? ui.msgs : ui.en);
  }
  function fetchText(path) {
    return fetch(new URL(path, base)).then(function (r) { if (!r.ok) throw new Error(path + ': ' + r.status); return r.text(); });
  }
  function loadUi(lang) {
    var want = [fetchText('docs/locales/' + lang + '/configurator.ftl').then(parseFtl)];
    want.push(lang === 'en' ? Promise.resolve({}) : fetchText('locales/' + lang + '.ftl').then(parseFtl).catch(function () { return {}; }));
    return Promise.all(want).then(function (r) {
      ui.lang = lang; ui.msgs = r[0]; ui.widget = r[1];
      if (lang === 'en') ui.en = r[0];
    });
  }
  function regionName(r) {
    return ui.widget[r[3]] !== undefined ? format(ui.widget[r[3]], {}, ui.lang, ui.widget) : r[1];
  }
  function localize() {
    var section = document.getElementById('cfg-section');
    section.lang = ui.lang;
    section.querySelectorAll('[data-l10n-id]').forEach(function (el) { el.textContent = t(el.getAttribute('data-l10n-id')); });
    if (pseudo) pseudo.textContent = t('cfg-pseudo-off');
    fillRegions();
    renderServices();
    refresh();
  }

  // ---- The settings and the snippet.
  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;'); }

  function values() {
    var v = {};
    for (var i = 0; i < form.elements.length; i++) {
      var e = form.elements[i];
      if (!e.name || e.disabled || ((e.type === 'radio' || e.type === 'checkbox') && !e.checked)) continue;
      v[e.name] = e.value.trim();
    }
    return v;
  }

  function regionsOf(country) { return regions[country] || []; }

  function fillRegions() {
    var sel = form.elements.region, keep = sel.value;
    while (sel.options.length > 1) sel.remove(1);
    regionsOf(form.elements.country.value).forEach(function (r) { sel.add(new Option(regionName(r) + ' (' + r[0] + ')', r[0])); });
    sel.value = regionsOf(form.elements.country.value).some(function (r) { return r[0] === keep; }) ? keep : '';
    fillServiceRegions();
  }

  /** The script's address and the integrity to pin it with, for the host chosen. */
  function source(v) {
    if (v.host === 'self') return { src: new URL('oberih.js', v.base).href, integrity: integrity };
    var version = release ? release.version : (window.Oberih && window.Oberih.version) || '';
    var pkg = release ? release.package : 'oberih-widget';
    var src = v.host === 'unpkg' ? 'https://unpkg.com/' + pkg + '@' + version + '/oberih.js'
      : 'https://cdn.jsdelivr.net/npm/' + pkg + '@' + version + '/oberih.js';
    return { src: src, integrity: release ? release.integrity : '', version: version, pkg: pkg };
  }

  // The attributes that keep optimisation tools away from the script (docs/optimisation.md: a rewritten file
  // fails its integrity check, so no exit; a delayed one exits late), as the guides and the WordPress plugin
  // print them: data-cfasync before src (Cloudflare Rocket Loader reads it only there), the others after the
  // integrity.
  var KEEP_AWAY = [['data-no-optimize', '1'], ['data-no-defer', '1'], ['data-jetpack-boost', 'ignore']];

  // The value the form starts with: the widget's default, which the snippet leaves out.
  function byDefault(name, value) {
    var e = form.elements[name];
    return [].some.call(e.options, function (o) { return o.defaultSelected && o.value === value; });
  }

  function attrLine(attrs) {
    return attrs.filter(function (a) { return a[1]; }).map(function (a) { return a[0] + '="' + esc(a[1]) + '"'; }).join(' ');
  }

  function snippet(v) {
    var from = source(v);
    var lines = ['<script data-cfasync="false" src="' + esc(from.src) + '"'];
    if (from.integrity) lines.push('integrity="' + from.integrity + '" crossorigin="anonymous"');
    lines.push(attrLine(KEEP_AWAY));
    // The settings in the plugin's order (wordpress/oberih/includes/front.php); corners only when not the default.
    lines.push(attrLine([['data-country', v.country], ['data-region', v.region], ['data-lang', v.lang]]));
    lines.push(attrLine([['data-exit-url', v['exit-url']]]));
    lines.push(attrLine([
      ['data-exit-position', byDefault('exit-position', v['exit-position']) ? '' : v['exit-position']],
      ['data-position', byDefault('position', v.position) ? '' : v.position],
      ['data-history', v.history]
    ]));
    var s = lines.filter(Boolean).join('\n        ') + ' defer></script>';
    if (v.accent && v.accent.toLowerCase() !== '#1d4f91') s = '<style>oberih-widget { --oberih-accent: ' + esc(v.accent) + '; }</style>\n' + s;
    return s;
  }

  function describeHost(v) {
    var from = source(v);
    var parts = [];
    if (v.host === 'self') parts.push(t('cfg-host-self-note'));
    else parts.push(t('cfg-host-cdn-note', { version: from.version, package: from.pkg }));
    parts.push(from.integrity ? t('cfg-integrity-pinned') : t('cfg-integrity-unknown'));
    hostNote.textContent = parts.join(' ');
  }

  // The live widget: a fresh element with the chosen attributes (they override the script's); a fresh one also
  // reads the services block again. Not history: its listener, once added, stays on this page until it is left.
  function apply(v) {
    var old = document.querySelector('oberih-widget:not([mode="inline"])');
    var el = document.createElement('oberih-widget');
    ['country', 'region', 'lang', 'exit-url', 'exit-position', 'position'].forEach(function (k) { if (v[k]) el.setAttribute(k, v[k]); });
    el.style.setProperty('--oberih-accent', v.accent);
    if (old) old.replaceWith(el); else document.body.insertBefore(el, document.body.firstChild);
  }

  // How many local services the widget lists for the chosen region (demo-regions.json, written at build time
  // from content/services/: [code, English name, number of the region's own services, message id]).
  function describeLocal(v) {
    var r = regionsOf(v.country).filter(function (x) { return x[0] === v.region; })[0];
    var text;
    if (!r) text = t('cfg-local-choose');
    else if (!r[2]) text = t('cfg-local-none', { region: regionName(r) });
    else text = t('cfg-local-some', { count: r[2], region: regionName(r) });
    local.textContent = text + ' ' + t('cfg-local-add');
  }

  // The texts that follow the settings; update() also re-creates the live widget.
  function refresh() {
    form.elements.base.disabled = values().host !== 'self';
    var v = values();
    describeLocal(v);
    describeHost(v);
    out.textContent = snippet(v);
    status.textContent = form.checkValidity() ? '' : t('cfg-invalid');
    return v;
  }
  function update() { apply(refresh()); }

  function copy(text, where) {
    navigator.clipboard.writeText(text).then(function () { where.textContent = t('cfg-copied'); }, function () {
      where.textContent = t('cfg-copy-failed');
    });
  }

  // ---- The site's own services.
  var LANGS = ['uk', 'ru', 'kk', 'en'];

  function fillServiceRegions() {
    var box = document.getElementById('svc-regions');
    var keep = {};
    box.querySelectorAll('input').forEach(function (i) { keep[i.value] = i.checked; });
    while (box.firstChild) box.removeChild(box.firstChild);
    regionsOf(form.elements.country.value).forEach(function (r) {
      var label = document.createElement('label');
      var input = document.createElement('input');
      input.type = 'checkbox'; input.name = 'regions'; input.value = r[0]; input.checked = !!keep[r[0]];
      label.append(input, ' ' + regionName(r));
      box.appendChild(label);
    });
  }

  // No limit on the rows here: the widget's check says when there are too many contacts, in its own words.
  function addContactRow() {
    var rows = document.getElementById('svc-contacts');
    var row = document.getElementById('svc-contact-template').content.firstElementChild.cloneNode(true);
    row.querySelectorAll('[data-l10n-id]').forEach(function (el) { el.textContent = t(el.getAttribute('data-l10n-id')); });
    row.querySelector('.svc-contact-remove').addEventListener('click', function () {
      if (rows.children.length > 1) row.remove();
    });
    rows.appendChild(row);
  }

  function texts(name) {
    var o = {}, any = false;
    LANGS.forEach(function (l) {
      var e = svc.elements[name + '-' + l];
      if (e && e.value.trim()) { o[l] = e.value; any = true; }
    });
    return any ? o : undefined;
  }

  function checked(name) {
    return [].slice.call(svc.querySelectorAll('input[name="' + name + '"]:checked')).map(function (i) { return i.value; });
  }

  /** The service the form describes, as the widget reads it. */
  function entry() {
    var s = {};
    if (svc.elements.id.value.trim()) s.id = svc.elements.id.value.trim();
    var name = texts('name'); if (name) s.name = name;
    var description = texts('description'); if (description) s.description = description;
    var roles = checked('roles'); if (roles.length) s.roles = roles;
    var serves = checked('serves'); if (serves.length) s.serves = serves;
    var regs = checked('regions'); if (regs.length) s.regions = regs;
    if (svc.elements.always.checked) s.hours = '24/7';
    else { var hours = texts('hours'); if (hours) s.hours = hours; }
    if (svc.elements.free.value) s.free = svc.elements.free.value === 'true';
    var langs = svc.elements.languages.value.split(/[\s,;]+/).filter(Boolean);
    if (langs.length) s.languages = langs;
    s.contacts = [].slice.call(document.querySelectorAll('#svc-contacts .svc-contact')).map(function (row) {
      return { channel: row.querySelector('[name=channel]').value, display: row.querySelector('[name=display]').value, dial: row.querySelector('[name=dial]').value };
    });
    return s;
  }

  function blockText(list) {
    // `<` escaped, so no text can close the <script> element the block sits in.
    return JSON.stringify(list, null, 2).replace(/</g, '\\u003c');
  }

  // The widget's verdict on a block, against the country's regions as the widget knows them:
  // {ok: [ids], errors: [{entry (0-based; null for the whole block), field, code, args, message}]}.
  var checkServices = null;
  function check(text, country) {
    if (!checkServices) {
      return { ok: [], errors: [{ entry: null, code: 'unavailable', message: 'Oberih: the widget did not start on this page, so the form cannot check services.' }] };
    }
    return JSON.parse(checkServices(text, country));
  }

  function reason(e) {
    var key = 'svc-why-' + e.code;
    return ui.en[key] !== undefined ? t('svc-rejected', { field: e.field, reason: t(key, e.args) }) : e.message;
  }

  function nameOf(s) {
    return typeof s.name === 'string' ? s.name : s.name[ui.lang] || s.name.en || s.name[Object.keys(s.name)[0]];
  }

  function renderServices() {
    while (svcList.firstChild) svcList.removeChild(svcList.firstChild);
    document.getElementById('svc-count').textContent = services.length ? t('svc-list-title', { count: services.length }) : t('svc-empty');
    services.forEach(function (s, i) {
      var li = document.createElement('li');
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = t('svc-remove');
      remove.setAttribute('aria-label', t('svc-remove') + ': ' + nameOf(s));
      remove.addEventListener('click', function () { services.splice(i, 1); servicesChanged(); });
      li.append(nameOf(s) + ' (' + s.id + ') ', remove);
      svcList.appendChild(li);
    });
    svcBlock.textContent = services.length
      ? '<script type="application/json" data-oberih-services>\n' + blockText(services) + '\n</script>' : '';
    document.getElementById('svc-output').hidden = !services.length;
  }

  // The page's own block, which the widget reads: the preview shows exactly what the pasted block would.
  function servicesChanged() {
    var b = document.querySelector('script[type="application/json"][data-oberih-services]');
    if (!services.length) { if (b) b.remove(); }
    else {
      if (!b) {
        b = document.createElement('script');
        b.type = 'application/json';
        b.setAttribute('data-oberih-services', '');
        document.body.appendChild(b);
      }
      b.textContent = blockText(services);
    }
    renderServices();
    update();
  }

  svc.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var s = entry();
    var result = check(blockText(services.concat([s])), form.elements.country.value);
    // A problem with the whole block (too many services, or no check on this page) refuses this one too.
    var whole = result.errors.filter(function (e) { return e.entry === null; })[0];
    if (whole && whole.code === 'too-many') { svcStatus.textContent = t('svc-full'); return; }
    var mine = whole || result.errors.filter(function (e) { return e.entry === services.length; })[0];
    if (mine) { svcStatus.textContent = reason(mine); return; }
    services.push(s);
    svcStatus.textContent = t('svc-added', { name: nameOf(s) });
    svc.reset();
    var rows = document.getElementById('svc-contacts');
    while (rows.firstChild) rows.removeChild(rows.firstChild);
    addContactRow();
    servicesChanged();
  });
  document.getElementById('svc-contact-add').addEventListener('click', addContactRow);
  document.getElementById('svc-block-copy').addEventListener('click', function () { copy(svcBlock.textContent, svcStatus); });
  document.getElementById('cfg-copy').addEventListener('click', function () { copy(out.textContent, status); });
  // Services already in the block are checked again for the new country: one whose regions are another
  // country's would be skipped by the widget, so the webmaster is told which.
  function recheck() {
    var errors = check(blockText(services), form.elements.country.value).errors;
    if (errors.length) svcStatus.textContent = errors.map(function (e) { return (e.entry !== null ? nameOf(services[e.entry]) + ': ' : '') + reason(e); }).join(' ');
  }
  form.addEventListener('change', function (e) {
    if (e.target.name === 'country') { fillRegions(); recheck(); }
    update();
  });
  form.addEventListener('input', function (e) { if (e.target.type !== 'color') return; update(); });
  var uiSelect = document.getElementById('cfg-ui-lang');
  uiSelect.addEventListener('change', function () { loadUi(uiSelect.value).then(localize); });

  // For the tests: the form's check, against the regions of a country as this page knows them.
  window.OberihConfigurator = { check: check };

  // This build's integrity hash, so the self-hosted snippet pins exactly what you see; the release's, for the
  // npm package (dist/release.json, written by ./dev release).
  var hash = fetch(new URL('oberih.js', base)).then(function (r) { return r.arrayBuffer(); })
    .then(function (b) { return crypto.subtle.digest('SHA-384', b); })
    .then(function (d) { integrity = 'sha384-' + btoa(String.fromCharCode.apply(null, new Uint8Array(d))); })
    .catch(function () { integrity = ''; });
  var rel = fetch(new URL('release.json', base)).then(function (r) { return r.ok ? r.json() : null; })
    .then(function (j) { release = j; }).catch(function () {});
  var regs = fetch(new URL('demo-regions.json', base)).then(function (r) { return r.json(); })
    .then(function (j) { regions = j; }).catch(function () {});
  var wanted = (navigator.languages || [navigator.language || 'en']).map(function (l) { return l.slice(0, 2).toLowerCase(); })
    .filter(function (l) { return UI_LANGS.indexOf(l) >= 0; })[0] || 'en';
  var messages = loadUi('en').then(function () { return wanted === 'en' ? null : loadUi(wanted); });
  // The checker is the wasm's: the glue module the widget imported (the same URL, so the same module and wasm),
  // usable once the widget has started the wasm, which it does as soon as the page has loaded. Imported only
  // after the widget has fetched the module, with its integrity, so this page never bypasses that check.
  var glue = new URL('oberih_app.js', base).href;
  var checker = new Promise(function (ok, no) {
    var tries = 0, module = null;
    (function again() {
      if (!module && performance.getEntriesByName(glue).length) module = import(glue);
      Promise.resolve(module).then(function (m) {
        m.checkServices('[]', null);
        checkServices = m.checkServices;
        ok();
      }).catch(function (e) {
        if (++tries > 300) no(e); else setTimeout(again, 100);
      });
    })();
  });
  // The translators' link (public/translators.js) leads back once the pseudo-locale is on.
  var pseudo = document.documentElement.hasAttribute('data-pseudo') && document.getElementById('cfg-pseudo');
  if (pseudo) {
    pseudo.href = location.pathname + '#cfg-section';
    pseudo.removeAttribute('data-l10n-id');
  }
  // Without the widget's wasm the rest of the configurator still works; the services form then says why not.
  Promise.all([hash, rel, regs, messages, checker.catch(function () {})]).then(function () {
    uiSelect.value = ui.lang;
    addContactRow();
    fillRegions();
    form.elements.region.value = 'UA-30';
    form.elements.lang.value = 'uk';
    localize();
    document.getElementById('cfg-section').setAttribute('data-ready', '');
  });
})();
