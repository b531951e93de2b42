// Trunk post-build step, after `xtask loader`: finish the glue module and make what a visitor downloads smaller.
// 1. Leptos's `csr` feature turns on server_fn's browser streams (wasm-streams), whose `IntoUnderlying*`
//    classes are exported from the wasm and so can never be dropped as dead code. Oberih has no server and
//    never uses them: their exports and glue classes go (tools/glue.mjs), then wasm-opt runs once more to drop
//    the code.
// 2. The panel's side of the embed script (src/exit/panel-start.js) is appended to the glue module, whose own
//    functions it calls; its `start` becomes the module's only export (tools/glue.mjs removes the glue's), so
//    unused glue (initSync) can go.
// 3. terser minifies the embed script and the glue (Trunk leaves the glue as is).
// 4. The hashes of the integrity chain go in (see below).
// Each step fails the build loudly if the files are not what it expects (a new wasm-bindgen, say).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { slimGlue } from './glue.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.TRUNK_STAGING_DIR || path.join(ROOT, 'dist');
const UNUSED = /^(__wbg_)?intounderlying(bytesource|sink|source)_/;

function fail(msg) {
  console.error('tools/slim.mjs: ' + msg);
  process.exit(1);
}

function leb(buf, p) {
  let n = 0, shift = 0, byte;
  do { byte = buf[p++]; n += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [n, p];
}
function uleb(n) {
  const out = [];
  do { let byte = n & 0x7f; n = Math.floor(n / 128); if (n) byte |= 0x80; out.push(byte); } while (n);
  return Buffer.from(out);
}

// Rewrites the export section (id 7) without the names that match `drop`; returns how many went.
function dropExports(wasm, drop) {
  const parts = [wasm.subarray(0, 8)];
  let p = 8, dropped = 0;
  while (p < wasm.length) {
    const id = wasm[p];
    const [size, body] = leb(wasm, p + 1);
    const end = body + size;
    if (id !== 7) { parts.push(wasm.subarray(p, end)); p = end; continue; }
    let [count, q] = leb(wasm, body);
    const kept = [];
    for (let i = 0; i < count; i++) {
      const start = q;
      const [len, name] = leb(wasm, q);
      q = name + len + 1; // name, then the export kind byte
      q = leb(wasm, q)[1]; // the index
      if (drop.test(wasm.subarray(name, name + len).toString())) dropped++;
      else kept.push(wasm.subarray(start, q));
    }
    const section = Buffer.concat([uleb(kept.length), ...kept]);
    parts.push(Buffer.from([7]), uleb(section.length), section);
    p = end;
  }
  return [Buffer.concat(parts), dropped];
}

const wasmFile = path.join(dir, 'oberih_app_bg.wasm');
const glueFile = path.join(dir, 'oberih_app.js');
const [pruned, dropped] = dropExports(fs.readFileSync(wasmFile), UNUSED);
if (dropped) {
  fs.writeFileSync(wasmFile, pruned);
  // The same wasm-opt Trunk used (npm binaryen@132, pinned in Trunk.toml); never Debian's.
  const bin = path.join(ROOT, 'node_modules/.bin/wasm-opt');
  execFileSync(bin, ['-Oz', wasmFile, '-o', wasmFile], { stdio: 'inherit' });
}

// 1 and 2: the glue's stream classes and exports go, by its parsed statements (tools/glue.mjs says what that
// relies on in wasm-bindgen's output).
const panel = fs.readFileSync(path.join(ROOT, 'src/exit/panel-start.js'), 'utf8');
let slim;
try {
  slim = slimGlue(fs.readFileSync(glueFile, 'utf8'), panel);
} catch (e) {
  // Its own errors (plain Error) say what is wrong with the glue; anything else is a bug in it: where.
  fail(e.constructor === Error ? e.message : e.stack);
}
if (dropped === 0 && slim.dropped.length) fail('the glue names IntoUnderlying* but the wasm exports none');
let glue = slim.code;

// 4. The chain of integrity: the glue carries the hashes of the files it loads (the wasm, each language's
//    messages), and the embed script the hash of the glue. One `integrity` on the snippet then pins everything,
//    and the browser refuses any file that differs. SHA-256: as strong here as SHA-384, and 20 bytes shorter in
//    the exit's own script, which must stay small.
const sri = (data) => 'sha256-' + crypto.createHash('sha256').update(data).digest('base64');
const hashes = { 'oberih_app_bg.wasm': sri(fs.readFileSync(wasmFile)) };
for (const f of fs.readdirSync(path.join(dir, 'locales')).sort()) hashes['locales/' + f] = sri(fs.readFileSync(path.join(dir, 'locales', f)));
if (!panel.includes('/*@INTEGRITY*/{}')) fail('src/exit/panel-start.js has no /*@INTEGRITY*/{} for the hashes');
if (!panel.includes('/*@EXIT_COLOURS*/{}')) fail('src/exit/panel-start.js has no /*@EXIT_COLOURS*/{} for the exit\'s colours');
glue += '\n' + panel.replace('/*@INTEGRITY*/{}', JSON.stringify(hashes)).replace('/*@EXIT_COLOURS*/{}', JSON.stringify(exitColours()));

// The exit's default colours, read from its stylesheet, so the theme check (panel.js) falls back to exactly
// what the exit shows: `.exit { color; background; border: … <colour> }` and `.exit:hover { background }`.
function exitColours() {
  const css = fs.readFileSync(path.join(ROOT, 'src/exit/exit.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const rule = (sel) => {
    const m = new RegExp('(^|})\\s*' + sel.replace(/[.:]/g, '\\$&') + '\\s*\\{([^}]*)\\}').exec(css);
    if (!m) fail('src/exit/exit.css has no rule ' + sel);
    return Object.fromEntries(m[2].split(';').map((d) => d.split(':').map((x) => x.trim())).filter((d) => d[1]));
  };
  const exit = rule('.exit'), hover = rule('.exit:hover');
  const c = { color: exit.color, background: exit.background, border: (exit.border || '').split(/\s+/).pop(), hover: hover.background };
  for (const [k, v] of Object.entries(c)) if (!/^#[0-9a-f]{3,8}$/i.test(v || '')) fail(`src/exit/exit.css: the exit's ${k} is not a hex colour (${v})`);
  return c;
}

const terse = async (code, module) => (await minify(code, {
  module,
  compress: { passes: 2 },
  mangle: true,
  format: { comments: /^!/ }, // keeps the /*! notice
})).code + '\n';
glue = await terse(glue, true);
fs.writeFileSync(glueFile, glue);
const embedFile = path.join(dir, 'oberih.js');
const embed = fs.readFileSync(embedFile, 'utf8');
if (!embed.includes('@GLUE_INTEGRITY@')) fail('oberih.js has no @GLUE_INTEGRITY@ for the glue\'s hash');
fs.writeFileSync(embedFile, await terse(embed.replace('@GLUE_INTEGRITY@', sri(glue)), false));
