// The WordPress plugin, built from the widget's release build: dist/oberih-wordpress-<version>/oberih/ (unpacked,
// what the test installs) and dist/oberih-wordpress-<version>.zip (what a webmaster uploads in Plugins → Add New).
//
//   node tools/wp-plugin.mjs        after ./dev build (or ./dev release, whose versioned folder it prefers)
//
// What it puts together:
// - wordpress/oberih/ (the PHP, readme.txt, assets/.htaccess), with the version of Cargo.toml;
// - assets/: the widget's files (oberih.js, oberih_app.js, oberih_app_bg.wasm, locales/*.ftl), their brotli and
//   gzip siblings and the licences: from dist/oberih-<version>/ when the release step made it from this same
//   build, else from dist/ (then compressed here, as the release step does);
// - includes/build.php: the version, the integrity (sha384) of this oberih.js, the regions of each country
//   (`cargo xtask content`), the languages' own names, and the settings page's strings: wordpress/locales/<lang>/
//   wordpress.ftl plus the country and region names of locales/<lang>/services.ftl. Translators edit only Fluent;
//   PHP reads a plain array (WordPress 6.1 in Debian 12 predates .l10n.php, and .mo files would need gettext's
//   msgfmt and a second format for translators).
// Every byte depends only on the inputs: sorted entries, one fixed date in the zip.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LICENCES = ['LICENSE-MIT', 'LICENSE-APACHE'];
// The zip's one date (DOS time: 1980 is its epoch), so building twice gives the same bytes.
const ZIP_DATE = { time: 0, date: (1 << 5) | 1 };

export const sri = (bytes) => 'sha384-' + crypto.createHash('sha384').update(bytes).digest('base64');

/**
 * The messages of a Fluent file that are plain text with { $variables }: id → text. Multi-line values are
 * joined with spaces. With `strict`, anything else (terms, selectors, attributes) is an error, since PHP could
 * not show it; without, such messages are skipped.
 */
export function parseFtl(text, file, strict) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([a-z][a-z0-9-]*) =(.*)$/.exec(lines[i]);
    if (!m) {
      if (strict && lines[i].trim() && !lines[i].startsWith('#')) throw new Error(`${file}:${i + 1}: not a plain message: ${lines[i]}`);
      continue;
    }
    const parts = [m[2].trim()];
    while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1])) parts.push(lines[++i].trim());
    const value = parts.filter(Boolean).join(' ');
    const plain = value.replace(/\{ \$[a-z][a-z0-9_]* \}/g, '').indexOf('{') < 0 && !value.startsWith('.');
    if (!plain || !value) {
      if (strict) throw new Error(`${file}: ${m[1]}: only plain text and { $variables } can be used in PHP`);
      continue;
    }
    out[m[1]] = value;
  }
  return out;
}

/** A PHP literal of a JSON-like value: single-quoted strings, so nothing in them is interpolated. */
export function php(value, indent = '') {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = indent + '\t';
  if (Array.isArray(value)) return `array(\n${value.map((v) => `${inner}${php(v, inner)},\n`).join('')}${indent})`;
  return `array(\n${Object.entries(value).map(([k, v]) => `${inner}${php(k)} => ${php(v, inner)},\n`).join('')}${indent})`;
}

function gzip(bytes) {
  const gz = zlib.gzipSync(bytes, { level: 9 });
  gz[9] = 3; // the OS byte: Unix on every platform
  return gz;
}

function brotli(bytes) {
  return zlib.brotliCompressSync(bytes, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
}

// CRC-32 (IEEE, as zip and gzip use it), computed here: zlib.crc32 exists only from Node 20.15 and 22.2.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of [name, bytes] entries (deflated, fixed date), as PHP's ZipArchive and WordPress's upload read it. */
export function zip(entries) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const [name, bytes] of entries) {
    const fname = Buffer.from(name, 'utf8');
    const isDir = name.endsWith('/');
    const data = isDir ? Buffer.alloc(0) : zlib.deflateRawSync(bytes, { level: 9 });
    const crc = isDir ? 0 : crc32(bytes);
    const size = isDir ? 0 : bytes.length;
    const method = isDir ? 0 : 8;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(method, 8); head.writeUInt16LE(ZIP_DATE.time, 10); head.writeUInt16LE(ZIP_DATE.date, 12);
    head.writeUInt32LE(crc, 14); head.writeUInt32LE(data.length, 18); head.writeUInt32LE(size, 22);
    head.writeUInt16LE(fname.length, 26); head.writeUInt16LE(0, 28);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0); cen.writeUInt16LE((3 << 8) | 20, 4); cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(0x0800, 8); cen.writeUInt16LE(method, 10); cen.writeUInt16LE(ZIP_DATE.time, 12);
    cen.writeUInt16LE(ZIP_DATE.date, 14); cen.writeUInt32LE(crc, 16); cen.writeUInt32LE(data.length, 20);
    cen.writeUInt32LE(size, 24); cen.writeUInt16LE(fname.length, 28);
    // Unix mode in the external attributes: 0755 folders, 0644 files.
    cen.writeUInt32LE(((isDir ? 0o40755 : 0o100644) << 16) >>> 0, 38); cen.writeUInt32LE(offset, 42);
    local.push(head, fname, data);
    central.push(cen, fname);
    offset += head.length + fname.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

function walk(dir, base = '') {
  return fs.readdirSync(path.join(dir, base), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? [`${base}${e.name}/`, ...walk(dir, `${base}${e.name}/`)] : [`${base}${e.name}`]));
}

export function build(root = ROOT, { content } = {}) {
  const cargo = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  const version = /^version = "([^"]+)"/m.exec(cargo)[1];
  const dist = path.join(root, 'dist');
  const release = path.join(dist, `oberih-${version}`);
  const own = path.join(dist, 'oberih.js');
  if (!fs.existsSync(own)) throw new Error('dist/oberih.js is missing: run ./dev build first');
  // The release folder only if it holds this very build.
  const fromRelease = fs.existsSync(path.join(release, 'oberih.js')) &&
    fs.readFileSync(path.join(release, 'oberih.js')).equals(fs.readFileSync(own));
  const source = fromRelease ? release : dist;
  content ??= JSON.parse(execFileSync('cargo', ['run', '--quiet', '--package', 'xtask', '--', 'content'],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  const langs = content.languages.map((l) => l.code);

  const name = `oberih-wordpress-${version}`;
  const top = path.join(dist, name);
  const out = path.join(top, 'oberih');
  fs.rmSync(top, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'wordpress/oberih'), out, { recursive: true });
  for (const f of ['oberih.php', 'readme.txt']) {
    const p = path.join(out, f);
    fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replaceAll('@VERSION@', version));
  }

  // The widget's files and their compressed siblings.
  const assets = path.join(out, 'assets');
  const files = ['oberih.js', 'oberih_app.js', 'oberih_app_bg.wasm', ...langs.map((l) => `locales/${l}.ftl`)];
  fs.mkdirSync(path.join(assets, 'locales'), { recursive: true });
  for (const f of files) {
    const from = path.join(source, f);
    if (!fs.existsSync(from)) throw new Error(`${path.relative(root, from)} is missing: run ./dev build first`);
    const bytes = fs.readFileSync(from);
    fs.writeFileSync(path.join(assets, f), bytes);
    for (const [ext, make] of [['br', brotli], ['gz', gzip]]) {
      const sibling = `${from}.${ext}`;
      const packed = fs.existsSync(sibling) ? fs.readFileSync(sibling) : make(bytes);
      const back = ext === 'br' ? zlib.brotliDecompressSync(packed) : zlib.gunzipSync(packed);
      if (!back.equals(bytes)) throw new Error(`${f}.${ext} does not decompress to ${f}`);
      fs.writeFileSync(path.join(assets, `${f}.${ext}`), packed);
    }
  }
  // The widget's licences (MIT OR Apache-2.0) beside its files; the plugin's own PHP is MIT (wordpress/oberih/LICENSE).
  for (const f of LICENCES) {
    const from = [path.join(source, f), path.join(root, f)].find((p) => fs.existsSync(p));
    if (!from) throw new Error(`${f} is missing (neither in ${path.relative(root, source) || '.'} nor at the root)`);
    fs.copyFileSync(from, path.join(assets, f));
  }

  // What PHP reads: version, integrity, regions, languages, strings.
  const strings = {};
  for (const lang of langs) {
    const own = path.join(root, 'wordpress/locales', lang, 'wordpress.ftl');
    const services = path.join(root, 'locales', lang, 'services.ftl');
    const names = parseFtl(fs.readFileSync(services, 'utf8'), services, false);
    strings[lang] = {
      ...Object.fromEntries(Object.entries(names).filter(([id]) => /^(country|region)-/.test(id))),
      ...parseFtl(fs.readFileSync(own, 'utf8'), own, true),
    };
  }
  const regions = Object.fromEntries(content.countries.map((c) => [c.country, c.region.map((r) => r.code)]));
  for (const [cc, codes] of Object.entries(regions)) {
    for (const id of [`country-${cc.toLowerCase()}`, ...codes.map((c) => `region-${c.toLowerCase()}`)]) {
      for (const lang of langs) if (!strings[lang][id]) throw new Error(`locales/${lang}/services.ftl has no plain ${id}`);
    }
  }
  const integrity = sri(fs.readFileSync(path.join(assets, 'oberih.js')));
  const data = {
    version,
    integrity,
    regions,
    languages: Object.fromEntries(content.languages.map((l) => [l.code, l.name])),
    strings,
  };
  fs.writeFileSync(path.join(out, 'includes/build.php'),
    `<?php\n// Generated by tools/wp-plugin.mjs from Cargo.toml, dist/, content/ and the Fluent files: do not edit.\ndefined( 'ABSPATH' ) || exit;\nreturn ${php(data)};\n`);

  const entries = walk(top).map((f) => [f, f.endsWith('/') ? null : fs.readFileSync(path.join(top, f))]);
  const archive = zip(entries);
  fs.writeFileSync(path.join(dist, `${name}.zip`), archive);
  return { version, integrity, dir: out, zip: path.join(dist, `${name}.zip`), from: path.relative(root, source) || '.', size: archive.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = build();
  console.log(`WordPress plugin ${r.version} (widget files from ${r.from}/, oberih.js ${r.integrity}):\n` +
    `  ${path.relative(ROOT, r.dir)}/\n  ${path.relative(ROOT, r.zip)} (${r.size} bytes)`);
}
