// The glue step of the build (tools/glue.mjs, run by tools/slim.mjs): on the glue wasm-bindgen made for the
// last build and on a small glue shaped like it, each also reformatted (one line, no semicolons, other indents,
// CRLF and tabs, exports in a list), the result is the same; what breaks its assumptions fails with a message that says so.
// The glue of the last build is Trunk's copy of wasm-bindgen's output: run ./dev build first (./dev test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { minify, minify_sync as minifySync } from 'terser';
import { slimGlue, free } from '../tools/glue.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PANEL = fs.readFileSync(path.join(ROOT, 'src/exit/panel-start.js'), 'utf8');
const BUILT = path.join(ROOT, 'target/wasm-bindgen/release/oberih.js');

// A glue shaped like wasm-bindgen 0.2.130's for Oberih: one stream class with everything that goes with it,
// the Widget, mount and prepare, the init functions and the export list.
const GLUE = `export class IntoUnderlyingSink {
    __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        IntoUnderlyingSinkFinalization.unregister(this);
        return ptr;
    }
    free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_intounderlyingsink_free(ptr, 0);
    }
    /**
     * @param {any} chunk
     * @returns {Promise<any>}
     */
    write(chunk) {
        const ret = wasm.intounderlyingsink_write(this.__wbg_ptr, chunk);
        return ret;
    }
}
if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;

/**
 * A mounted panel (IntoUnderlyingSink in a comment is no reference).
 */
export class Widget {
    static __wrap(ptr) {
        const obj = Object.create(Widget.prototype);
        obj.__wbg_ptr = ptr;
        WidgetFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
    }
    free() {
        wasm.__wbg_widget_free(this.__wbg_ptr, 0);
    }
    close() {
        wasm.widget_close(this.__wbg_ptr);
    }
    open() {
        wasm.widget_open(this.__wbg_ptr);
    }
    reset() {
        wasm.widget_reset(this.__wbg_ptr);
    }
}
if (Symbol.dispose) Widget.prototype[Symbol.dispose] = Widget.prototype.free;

/**
 * @param {HTMLElement} container
 * @returns {Widget}
 */
export function mount(container, h) {
    const ret = wasm.mount(container, h);
    return Widget.__wrap(ret);
}

export function prepare(h, messages) {
    wasm.prepare(h, messages);
}

export function check_services(text, country) {
    return wasm.check_services(text, country);
}
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_log_0c1f: function(arg0) {
            console.log(arg0);
        },
    };
    return { './oberih_bg.js': import0 };
}

const IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));
const WidgetFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_widget_free(ptr, 1));

let wasmModule, wasm;
function __wbg_finalize_init(instance, module) {
    wasm = instance.exports;
    wasmModule = module;
    return wasm;
}

function initSync(module) {
    if (wasm !== undefined) return wasm;
    return __wbg_finalize_init(new WebAssembly.Instance(module, __wbg_get_imports()), module);
}

async function __wbg_init(module_or_path) {
    if (wasm !== undefined) return wasm;
    if (module_or_path !== undefined) ({module_or_path} = module_or_path);
    const { instance, module } = await WebAssembly.instantiateStreaming(await module_or_path, __wbg_get_imports());
    return __wbg_finalize_init(instance, module);
}

export { initSync, __wbg_init as default };
`;

// A panel side that uses what the real one does of the glue.
const MINI_PANEL = `/* global __wbg_init, prepare, mount */
export async function start(app, host, wasm) {
  await __wbg_init({ module_or_path: wasm });
  prepare(host, '');
  return mount(app, host);
}
`;

const parseModule = (code) => parse(code, { ecmaVersion: 'latest', sourceType: 'module' });

/** The top-level names a module declares (the glue uses plain identifiers only). */
function topNames(code) {
  return new Set(parseModule(code).body.flatMap((s) => {
    const d = /^Export/.test(s.type) ? s.declaration : s;
    if (!d) return [];
    if (d.type === 'VariableDeclaration') return d.declarations.map((x) => x.id.name);
    return d.id ? [d.id.name] : [];
  }));
}

/** The code without its comments and layout, to compare two slimmed glues. */
const canonical = async (code) => (await minify(code, { module: true, compress: false, mangle: false, format: { comments: false } })).code;

/** Checks what every slimmed glue must be; returns its top-level names. */
function checkSlimmed(input, out) {
  const ast = parseModule(out.code);
  assert.deepEqual(ast.body.filter((s) => /^(Import|Export)/.test(s.type)).map((s) => out.code.slice(s.start, s.end)), [], 'no import or export left');
  const code = minifySync(out.code, { module: true, compress: false, mangle: false, format: { comments: false } }).code;
  assert.doesNotMatch(code, /intounderlying/i, 'no IntoUnderlying* left outside comments');
  const before = topNames(input);
  const after = topNames(out.code);
  const streams = [...before].filter((n) => n.startsWith('IntoUnderlying'));
  assert.deepEqual([...after].sort(), [...before].filter((n) => !n.startsWith('IntoUnderlying')).sort(), 'every other top-level name kept');
  assert.deepEqual([...out.dropped].sort(), streams.sort(), 'the names reported dropped are the stream ones');
  for (const n of ['__wbg_init', 'prepare', 'mount', 'Widget']) assert.ok(after.has(n), n + ' kept');
  return after;
}

// The same glue laid out differently: terser's one line, terser's lines without semicolons (ASI), terser's
// layout with two-space indents, CRLF line ends with tabs, and the exports in one `export { … }` list instead
// of on each declaration.
async function variants(glue) {
  const oneLine = (await minify(glue, { module: true, compress: false, mangle: false, format: { comments: false } })).code;
  const noSemicolons = (await minify(glue, { module: true, compress: false, mangle: false, format: { semicolons: false, comments: false } })).code;
  const twoSpaces = (await minify(glue, { module: true, compress: false, mangle: false, format: { beautify: true, indent_level: 2, comments: 'all' } })).code;
  const crlfTabs = glue.replace(/^( {4})+/gm, (s) => '\t'.repeat(s.length / 4)).replace(/\n/g, '\r\n');
  const exported = [...glue.matchAll(/^export (?:async )?(?:function|class) (\w+)/gm)].map((m) => m[1]);
  const exportList = glue.replace(/^export (?=(async )?(function|class) )/gm, '')
    .replace(/^export \{ ?/m, `export { ${exported.join(', ')}, `);
  assert.notEqual(exportList, glue);
  assert.match(noSemicolons, /\n/);
  assert.doesNotMatch(noSemicolons, /;\n/, 'no statement ends with a semicolon');
  return { oneLine, noSemicolons, twoSpaces, crlfTabs, exportList };
}

async function sameAcrossLayouts(glue, panel) {
  const base = slimGlue(glue, panel);
  const names = checkSlimmed(glue, base);
  const want = await canonical(base.code);
  for (const [name, v] of Object.entries(await variants(glue))) {
    const out = slimGlue(v, panel);
    assert.deepEqual(checkSlimmed(v, out), names, name + ': the same top-level names');
    assert.equal(await canonical(out.code), want, name + ': the same code');
  }
  return base;
}

test('the glue of the last build: the stream classes and exports go, the rest stays, in any layout', async () => {
  assert.ok(fs.existsSync(BUILT), `${path.relative(ROOT, BUILT)} is missing: run ./dev build first (./dev test does)`);
  const glue = fs.readFileSync(BUILT, 'utf8');
  const out = await sameAcrossLayouts(glue, PANEL);
  // While Leptos's csr pulls in wasm-streams, there is something to drop; without it, the step can go.
  for (const c of ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource']) assert.ok(out.dropped.includes(c), c + ' dropped');
  // It still joins with the panel's side into one module, whose only exports are start and, for the demo's
  // configurator, checkServices.
  const joined = parseModule(out.code + '\n' + PANEL);
  assert.deepEqual(joined.body.filter((s) => /^Export/.test(s.type)).map((s) => s.declaration.id.name), ['start', 'checkServices']);
});

test('a small glue shaped like wasm-bindgen\'s: the same, in any layout', async () => {
  const out = await sameAcrossLayouts(GLUE, PANEL);
  assert.deepEqual(out.dropped, ['IntoUnderlyingSink', 'IntoUnderlyingSinkFinalization']);
  await sameAcrossLayouts(GLUE, MINI_PANEL);
});

test('the slimmed glue still works: mount returns a Widget whose close and open reach the wasm', async () => {
  const { code } = slimGlue(GLUE, MINI_PANEL);
  const mod = await import('data:text/javascript,' + encodeURIComponent(code + '\nexport { __wbg_finalize_init, mount, prepare, Widget };'));
  const calls = [];
  const exports = new Proxy({}, { get: (_, k) => (...a) => { calls.push([k, ...a]); return 7; } });
  mod.__wbg_finalize_init({ exports });
  mod.prepare('host', 'messages');
  const w = mod.mount('container', 'host');
  assert.ok(w instanceof mod.Widget);
  w.open();
  w.close();
  assert.deepEqual(calls, [['prepare', 'host', 'messages'], ['mount', 'container', 'host'], ['widget_open', 7], ['widget_close', 7]]);
});

test('several declarators in one statement: only the streams\' go', () => {
  const glue = GLUE.replace(/\nconst WidgetFinalization = /, '\n, WidgetFinalization = ').replace(/(wasm\.__wbg_intounderlyingsink_free\(ptr, 1\)\));/, '$1');
  assert.match(glue, /IntoUnderlyingSinkFinalization = [^;]*, WidgetFinalization =/);
  const out = slimGlue(glue, PANEL);
  checkSlimmed(glue, out);
  assert.match(out.code, /^const WidgetFinalization = \(typeof FinalizationRegistry/m);
});

test('what does not match its assumptions fails the build with a message that says what', () => {
  const fails = (glue, message, panel = MINI_PANEL) => assert.throws(() => slimGlue(glue, panel), message);
  // A function panel-start.js uses renamed or gone.
  fails(GLUE.replace('export function mount(', 'export function mountPanel('), /the glue has no top-level `mount`, which src\/exit\/panel-start\.js uses/);
  fails(GLUE.replace(/export function prepare\([^]*?\n\}\n/, ''), /no top-level `prepare`/);
  // The Widget without a method the embed script calls.
  fails(GLUE.replace(/    open\(\) \{[^}]*\}\n/, ''), /class Widget has no `open`/);
  fails(GLUE.replace(/export class Widget /, 'export class Panel ').replace(/Widget\./g, 'Panel.'), /declares no `class Widget`/);
  // Exports it does not know how to remove, and imports.
  fails(GLUE.replace('export { initSync, __wbg_init as default };', 'export { initSync };\nexport default __wbg_init;'), /`export default` declaration/);
  fails(GLUE + 'export * from \'./snippets/a.js\';\n', /export \* from '\.\/snippets\/a\.js'/);
  fails('import { f } from \'./snippets/oberih-1/inline0.js\';\n' + GLUE, /imports \.\/snippets\/oberih-1\/inline0\.js: a file outside the integrity hashes/);
  // A statement that does more than the streams' business, or a kept one that needs them.
  fails(GLUE.replace('if (Symbol.dispose) IntoUnderlyingSink.prototype', 'if (Symbol.dispose) Widget.prototype.x = 1, IntoUnderlyingSink.prototype'), /uses both IntoUnderlying\* and `Widget`/);
  fails(GLUE.replace('console.log(arg0);', 'console.log(arg0, new IntoUnderlyingSink());'), /declares `__wbg_get_imports` in a statement about IntoUnderlying\*/);
  fails(GLUE.replace('wasm.prepare(h, messages);', 'wasm.prepare(h, messages);\n    wasm.intounderlyingsink_write(0, h);'), /still names `intounderlyingsink_write`/);
  // panel-start.js and the glue disagree, or panel-start.js's list is wrong.
  fails(GLUE, /uses the glue's `initSync`: name them/, MINI_PANEL + 'export const again = () => initSync();\n');
  fails(GLUE, /lists `initSync` in its \/\* global \*\/ line but does not use them/, MINI_PANEL.replace('mount */', 'mount, initSync */'));
  fails(GLUE, /the glue followed by src\/exit\/panel-start\.js does not parse.*'wasm' has already been declared/, MINI_PANEL + 'let wasm;\n');
  fails(GLUE.replace('export class Widget {', 'export class Widget {{'), /the glue does not parse as an ES module/);
  // Locals of panel-start.js that share a glue name are its own, not the glue's (a real scope analysis).
  assert.doesNotThrow(() => slimGlue(GLUE, MINI_PANEL + 'export function f(wasm) { const initSync = 1; return [wasm, initSync]; }\n'));
});

test('the names a file uses from outside: locals, parameters, keys and labels are not among them', () => {
  const code = `
    import { imported } from './x.js';
    const { a, b: [c = d], ...e } = source;
    let f = g.h.i, j = k[l];
    var hoisted;
    function fn(p, { q } = r, ...s) { var inner = arguments; return p + q + s + inner + t + hoisted + later; }
    const later = 1;
    const expr = function named() { return named; };
    const arrow = (u) => u + v;
    class K extends Base { #priv = 1; static w = x; [y]() { return K + this.#priv; } z() {} }
    try { m(); } catch (err) { err.n; o; } finally { p2; }
    for (let idx = 0; idx < limit; idx++) loop: for (const key of obj) { if (key) continue loop; break loop; }
    { let blockOnly = 1; }
    blockOnly;
    switch (sw) { case cs: let inCase = 1; inCase; }
    label: { break label; }
    ({ short, long: value, [computed]: 1, method() { return self; } });
    import.meta.url;
    export { fn as renamed };
  `;
  assert.deepEqual([...free(parseModule(code))].sort(), [
    'Base', 'blockOnly', 'computed', 'cs', 'd', 'g', 'k', 'l', 'limit', 'm', 'o', 'obj', 'p2', 'r', 'self',
    'short', 'source', 't', 'v', 'value', 'x', 'y', 'sw',
  ].sort());
});

// tools/slim.mjs itself, in a staging folder of its own: a tiny valid wasm that exports a stream function,
// the small glue, one language, and an embed script with the place for the glue's hash.
function stage(glue) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oberih-slim-'));
  const name = (s) => [s.length, ...Buffer.from(s)];
  const exports = [2, ...name('intounderlyingsink_write'), 0, 0, ...name('mount'), 0, 0];
  fs.writeFileSync(path.join(dir, 'oberih_app_bg.wasm'), Buffer.from([
    0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    1, 4, 1, 0x60, 0, 0, // one type: () -> ()
    3, 2, 1, 0, // one function of that type
    7, exports.length, ...exports,
    10, 4, 1, 2, 0, 0x0b, // its body: nothing
  ]));
  fs.writeFileSync(path.join(dir, 'oberih_app.js'), glue);
  fs.mkdirSync(path.join(dir, 'locales'));
  fs.writeFileSync(path.join(dir, 'locales/en.ftl'), 'hello = Hello\n');
  fs.writeFileSync(path.join(dir, 'oberih.js'), 'var glue = "@GLUE_INTEGRITY@";\nconsole.log(glue);\n');
  return dir;
}
const slim = (dir) => execFileSync(process.execPath, [path.join(ROOT, 'tools/slim.mjs')], { env: { ...process.env, TRUNK_STAGING_DIR: dir }, stdio: 'pipe' });
const sri = (data) => 'sha256-' + crypto.createHash('sha256').update(data).digest('base64');

test('tools/slim.mjs: the stream exports leave the wasm, the glue exports only start and checkServices, the hashes chain', async () => {
  const dir = stage(GLUE);
  try {
    slim(dir);
    const wasm = fs.readFileSync(path.join(dir, 'oberih_app_bg.wasm'));
    assert.deepEqual(WebAssembly.Module.exports(new WebAssembly.Module(wasm)).map((e) => e.name), ['mount']);
    const glue = fs.readFileSync(path.join(dir, 'oberih_app.js'), 'utf8');
    assert.doesNotMatch(glue, /intounderlying/i);
    const exported = parseModule(glue).body.filter((s) => /^Export/.test(s.type));
    assert.deepEqual(exported.map((s) => s.declaration ? s.declaration.id.name : s.specifiers.map((x) => x.exported.name).join()), ['start', 'checkServices']);
    assert.ok(glue.includes(sri(wasm)), 'the wasm\'s hash in the glue');
    assert.ok(glue.includes(sri(fs.readFileSync(path.join(dir, 'locales/en.ftl')))), 'the messages\' hash in the glue');
    assert.ok(fs.readFileSync(path.join(dir, 'oberih.js'), 'utf8').includes(sri(glue)), 'the glue\'s hash in the embed script');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('tools/slim.mjs fails the build, saying why, on a glue it does not expect', () => {
  const dir = stage(GLUE.replace(/export function mount\(/, 'export function attach('));
  try {
    const r = (() => { try { slim(dir); return null; } catch (e) { return e; } })();
    assert.ok(r, 'it failed');
    assert.equal(r.status, 1);
    assert.match(r.stderr.toString(), /tools\/slim\.mjs: the glue has no top-level `mount`, which src\/exit\/panel-start\.js uses/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
