// The checks the widget makes of a webmaster's services block (src/custom.rs, src/directory.rs `dialable` and
// `safe_url`, src/json.rs's limits), in JavaScript for the demo's configurator: a service the form accepts is one
// the widget shows. tests/custom-services-cases.json holds cases that tests/logic.rs feeds to the widget's
// parser and tests/e2e/webmaster.test.mjs to this one, so the two cannot drift apart unseen. Change both together.
// Each error comes with a code and its values, so the configurator can say it in the webmaster's language; the
// English message is the widget's console message, word for word.
(function (root) {
  'use strict';
  var FIELDS = ['id', 'name', 'description', 'roles', 'serves', 'regions', 'hours', 'free', 'languages', 'contacts'];
  var CONTACT_FIELDS = ['channel', 'display', 'dial', 'note'];
  var ROLES = ['police', 'ambulance', 'emergency', 'dv-line', 'children-line', 'legal-aid', 'shelter', 'counselling', 'local'];
  var AUDIENCES = ['everyone', 'women', 'children', 'witnesses'];
  var CHANNELS = ['phone', 'sms', 'text-dialogue', 'telegram', 'viber', 'web-chat', 'website'];
  var ISO_639_1 = 'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'.split(' ');
  var MAX_ENTRIES = 50, MAX_TEXT = 300, MAX_DISPLAY = 80, MAX_BYTES = 64 * 1024, MAX_DEPTH = 16, MAX_CONTACTS = 10;

  // The English reason for each code, as src/custom.rs words it.
  var WHY = {
    'empty': function () { return 'is empty'; },
    'too-long': function (a) { return 'is longer than ' + a.max + ' characters'; },
    'control': function () { return 'holds control or direction-override characters'; },
    'not-language': function (a) { return '"' + a.value + '" is not a language code (uk, ru, kk, en)'; },
    'text-not-string': function (a) { return 'the "' + a.value + '" text is not a string'; },
    'text-shape': function () { return 'must be a string or an object of language code to string'; },
    'list-shape': function () { return 'must be a list of strings'; },
    'not-allowed': function (a) { return '"' + a.value + '" is not allowed'; },
    'not-object': function () { return 'must be an object'; },
    'unknown-field': function (a) { return 'unknown field (known: ' + a.known + ')'; },
    'id-format': function () { return 'use 1 to 64 lowercase letters, digits and hyphens'; },
    'required': function () { return 'is required'; },
    'free-bool': function () { return 'must be true or false'; },
    'contacts-required': function () { return 'is required: a list of contacts'; },
    'contacts-count': function () { return 'must hold 1 to 10 contacts'; },
    'channel': function () { return 'use phone, sms, text-dialogue, telegram, viber, web-chat or website'; },
    'display-required': function () { return 'is required: the number or name as people write it'; },
    'dial': function () { return 'phone and SMS need digits with an optional leading + (e.g. +380441234567); other channels an https:// URL'; },
    'used-twice': function () { return 'used twice'; },
  };

  function Fail(field, code, args) { this.field = field; this.code = code; this.args = args || {}; }
  function fail(field, code, args) { throw new Fail(field, code, args); }

  var isArray = Array.isArray;
  function isObject(v) { return v !== null && typeof v === 'object' && !isArray(v); }
  function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
  function chars(s) { return Array.from(s); }
  // Rust's str::trim: Unicode White_Space (not JavaScript's trim, which also takes U+FEFF and leaves U+0085).
  var WS = '[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
  var TRIM = new RegExp('^' + WS + '+|' + WS + '+$', 'g');
  function trim(s) { return s.replace(TRIM, ''); }
  // Rust's char::is_control (Cc) and the bidi embeddings, overrides and isolates.
  var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  function isLanguage(code) { return typeof code === 'string' && /^[a-z]{2}$/.test(code) && ISO_639_1.indexOf(code) >= 0; }
  function dialable(s) {
    var digits = s.charAt(0) === '+' ? s.slice(1) : s;
    return digits.length >= 2 && digits.length <= 15 && /^[0-9]+$/.test(digits);
  }
  function safeUrl(s) {
    if (s.indexOf('https://') !== 0) return false;
    var host = s.slice(8).split(/[/?#]/)[0];
    return host !== '' && s.length <= 2048 && /^[A-Za-z0-9.-]+$/.test(host) && /^[\x00-\x7f]*$/.test(s) &&
      !/[\s\x00-\x1f\x7f"<>\\`]/.test(s);
  }

  function clean(field, s, max) {
    var t = trim(s);
    if (t === '') fail(field, 'empty');
    if (chars(t).length > max) fail(field, 'too-long', { max: max });
    if (UNSAFE.test(t)) fail(field, 'control');
    return t;
  }

  function text(v, field) {
    if (typeof v === 'string') return clean(field, v, MAX_TEXT);
    if (isObject(v) && Object.keys(v).length) {
      var out = {};
      Object.keys(v).forEach(function (lang) {
        if (!isLanguage(lang)) fail(field, 'not-language', { value: lang });
        if (typeof v[lang] !== 'string') fail(field, 'text-not-string', { value: lang });
        out[lang] = clean(field, v[lang], MAX_TEXT);
      });
      return out;
    }
    fail(field, 'text-shape');
  }

  function list(v, field, allowed) {
    if (v === undefined) return;
    if (!isArray(v)) fail(field, 'list-shape');
    v.forEach(function (s) {
      if (typeof s !== 'string') fail(field, 'list-shape');
      if (!allowed(s)) fail(field, 'not-allowed', { value: chars(s).slice(0, 40).join('') });
    });
  }

  function contact(c) {
    if (!isObject(c)) fail('(contact)', 'not-object');
    Object.keys(c).forEach(function (k) { if (CONTACT_FIELDS.indexOf(k) < 0) fail(k, 'unknown-field', { known: CONTACT_FIELDS.join(', ') }); });
    if (typeof c.channel !== 'string') fail('channel', 'required');
    if (CHANNELS.indexOf(c.channel) < 0) fail('channel', 'channel');
    if (typeof c.display !== 'string') fail('display', 'display-required');
    clean('display', c.display, MAX_DISPLAY);
    if (typeof c.dial !== 'string') fail('dial', 'required');
    var dial = trim(c.dial);
    var ok = c.channel === 'phone' || c.channel === 'sms' ? dialable(dial)
      : c.channel === 'text-dialogue' ? dialable(dial) || safeUrl(dial) : safeUrl(dial);
    if (!ok) fail('dial', 'dial');
    if (has(c, 'note')) text(c.note, 'note');
  }

  /** Checks one entry; throws a Fail naming the field. `regions`: the codes of the configured country's regions. */
  function service(v, regions) {
    if (!isObject(v)) fail('(entry)', 'not-object');
    Object.keys(v).forEach(function (k) { if (FIELDS.indexOf(k) < 0) fail(k, 'unknown-field', { known: FIELDS.join(', ') }); });
    if (!has(v, 'id')) fail('id', 'required');
    if (typeof v.id !== 'string' || !/^[a-z0-9-]{1,64}$/.test(v.id)) fail('id', 'id-format');
    if (!has(v, 'name')) fail('name', 'required');
    text(v.name, 'name');
    if (has(v, 'description')) text(v.description, 'description');
    list(v.roles, 'roles', function (s) { return ROLES.indexOf(s) >= 0; });
    list(v.serves, 'serves', function (s) { return AUDIENCES.indexOf(s) >= 0; });
    list(v.regions, 'regions', function (s) { return (regions || []).indexOf(s) >= 0; });
    list(v.languages, 'languages', isLanguage);
    if (has(v, 'hours') && v.hours !== '24/7') text(v.hours, 'hours');
    if (has(v, 'free') && typeof v.free !== 'boolean') fail('free', 'free-bool');
    if (!isArray(v.contacts)) fail('contacts', 'contacts-required');
    if (v.contacts.length < 1 || v.contacts.length > MAX_CONTACTS) fail('contacts', 'contacts-count');
    v.contacts.forEach(function (c, j) {
      try { contact(c); } catch (e) {
        if (e instanceof Fail) fail('contacts[' + j + '].' + e.field, e.code, e.args);
        throw e;
      }
    });
  }

  // How deep src/json.rs's parser goes: the top value at 0, each value inside a list or object one deeper.
  function depth(v) {
    if (v === null || typeof v !== 'object') return 0;
    var vals = isArray(v) ? v : Object.keys(v).map(function (k) { return v[k]; });
    return vals.length ? 1 + vals.reduce(function (m, x) { return Math.max(m, depth(x)); }, 0) : 0;
  }

  // JSON.parse keeps the last of two equal keys in an object; the widget's parser (src/json.rs) refuses the whole
  // block, so the form must too. Scans text JSON.parse has accepted: a stack with the keys seen in each open
  // object (null for a list); a string followed by ':' is a key. Returns the first repeat and its line, or null.
  function repeatedKey(s) {
    var stack = [], line = 1;
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      if (c === '\n') line++;
      else if (c === '{') stack.push(Object.create(null));
      else if (c === '[') stack.push(null);
      else if (c === '}' || c === ']') stack.pop();
      else if (c === '"') {
        var end = i + 1;
        while (s.charAt(end) !== '"') end += s.charAt(end) === '\\' ? 2 : 1;
        var after = end + 1;
        while (/[ \t\n\r]/.test(s.charAt(after))) after++;
        var keys = stack[stack.length - 1];
        if (keys && s.charAt(after) === ':') {
          var key = JSON.parse(s.slice(i, end + 1));
          if (key in keys) return { key: key, line: line };
          keys[key] = true;
        }
        i = end;
      }
    }
    return null;
  }

  function message(e) {
    if (e.entry === undefined) return 'Oberih: ' + e.english;
    return 'Oberih: ' + e.name + ' skipped: field "' + e.field + '": ' + WHY[e.code](e.args) + '.';
  }

  /**
   * Checks a services block's text as the widget does. Returns the ids it would show and one error per
   * rejection: {entry (0-based, absent for the block), name, field, code, args, message}.
   */
  function check(textOfBlock, regions) {
    var errors = [], ok = [];
    var block = function (code, english) { var e = { code: code, english: english }; e.message = message(e); errors.push(e); };
    var value;
    if (new TextEncoder().encode(textOfBlock).length > MAX_BYTES) {
      block('block-json', 'the data-oberih-services block is not valid JSON (longer than ' + MAX_BYTES + ' bytes); no local services added.');
      return { ok: ok, errors: errors };
    }
    try { value = JSON.parse(textOfBlock); } catch (x) {
      block('block-json', 'the data-oberih-services block is not valid JSON (' + x.message + '); no local services added.');
      return { ok: ok, errors: errors };
    }
    var repeat = repeatedKey(textOfBlock);
    if (repeat) {
      block('block-json', 'the data-oberih-services block is not valid JSON (key "' + repeat.key + '" repeated on line ' + repeat.line + '); no local services added.');
      return { ok: ok, errors: errors };
    }
    if (depth(value) > MAX_DEPTH) {
      block('block-json', 'the data-oberih-services block is not valid JSON (nested too deeply); no local services added.');
      return { ok: ok, errors: errors };
    }
    if (!isArray(value)) {
      block('block-array', 'the data-oberih-services block must be a JSON array of services; no local services added.');
      return { ok: ok, errors: errors };
    }
    for (var i = 0; i < value.length; i++) {
      if (i >= MAX_ENTRIES) {
        block('too-many', 'only the first ' + MAX_ENTRIES + ' services of data-oberih-services are used.');
        break;
      }
      var v = value[i];
      var name = isObject(v) && typeof v.id === 'string' ? 'service ' + (i + 1) + ' ("' + chars(v.id).slice(0, 40).join('') + '")' : 'service ' + (i + 1);
      var e = null;
      try { service(v, regions); } catch (x) { if (!(x instanceof Fail)) throw x; e = x; }
      if (!e && ok.indexOf(v.id) >= 0) e = new Fail('id', 'used-twice');
      if (e) {
        var err = { entry: i, name: name, field: e.field, code: e.code, args: e.args };
        err.message = message(err);
        errors.push(err);
      } else ok.push(v.id);
    }
    return { ok: ok, errors: errors };
  }

  var api = { check: check, ROLES: ROLES, AUDIENCES: AUDIENCES, CHANNELS: CHANNELS, MAX_ENTRIES: MAX_ENTRIES, MAX_TEXT: MAX_TEXT, MAX_CONTACTS: MAX_CONTACTS };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.OberihServices = api;
})(this);
