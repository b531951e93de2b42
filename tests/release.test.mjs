// The npm package that `./dev release` packs (run by ./dev test after the build and the release step): the
// tarball holds exactly the widget's files, named for the version in Cargo.toml, byte for byte the build's, and
// the integrity hash the release prints and the configurator offers is that of its oberih.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const version = /^version = "([^"]+)"/m.exec(fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8'))[1];
const languages = [...fs.readFileSync(path.join(ROOT, 'locales/languages.toml'), 'utf8').matchAll(/^code = "([a-z]+)"/gm)]
  .map((m) => m[1]);

/** The files of a .tgz (ustar, as npm writes it), by name, with their bytes. */
function untar(file) {
  const tar = zlib.gunzipSync(fs.readFileSync(file));
  const out = new Map();
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (from, len) => header.subarray(from, from + len).toString('utf8').replace(/\0.*$/s, '');
    const name = (field(345, 155) ? field(345, 155) + '/' : '') + field(0, 100);
    const size = parseInt(field(124, 12).trim(), 8);
    if (field(156, 1) === '0' || field(156, 1) === '') out.set(name, tar.subarray(at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

const release = () => {
  const file = path.join(DIST, 'release.json');
  assert.ok(fs.existsSync(file), 'dist/release.json is missing: run ./dev release (./dev test does)');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
};

test('the npm tarball is named for the version and holds exactly the widget, a README and the licence', () => {
  const r = release();
  assert.equal(r.version, version);
  assert.equal(r.tarball, `oberih-widget-${version}.tgz`);
  const files = untar(path.join(DIST, r.tarball));
  const widget = ['oberih.js', 'oberih_app.js', 'oberih_app_bg.wasm',
    ...languages.map((l) => `locales/${l}.ftl`)]; // every language is fetched, English included
  assert.deepEqual([...files.keys()].sort(),
    ['LICENSE', 'README.md', 'package.json', ...widget].map((f) => `package/${f}`).sort());
  for (const f of widget) {
    assert.ok(files.get(`package/${f}`).equals(fs.readFileSync(path.join(DIST, f))), `${f} differs from dist/${f}`);
  }
  const pkg = JSON.parse(files.get('package/package.json'));
  assert.equal(pkg.name, 'oberih-widget');
  assert.equal(pkg.version, version);
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  assert.equal(pkg.jsdelivr, 'oberih.js');
  assert.equal(pkg.unpkg, 'oberih.js');
  // Installing it runs nothing and pulls nothing in.
  for (const k of ['scripts', 'dependencies', 'main', 'exports', 'bin']) assert.equal(pkg[k], undefined, k);
  assert.equal(pkg.private, undefined, 'the package can be published');
  // The embed script inside reports the same version.
  assert.ok(files.get('package/oberih.js').toString().includes(`"${version}"`), 'oberih.js carries its version');
  const readme = files.get('package/README.md').toString();
  assert.ok(readme.includes(`https://cdn.jsdelivr.net/npm/oberih-widget@${version}/oberih.js`), readme);
  assert.ok(readme.includes(`https://unpkg.com/oberih-widget@${version}/oberih.js`));
  assert.ok(readme.includes(`integrity="${r.integrity}"`));
});

test('the integrity the release gives is that of the packed oberih.js, and the versioned folder matches', () => {
  const r = release();
  const js = untar(path.join(DIST, r.tarball)).get('package/oberih.js');
  assert.equal(r.integrity, 'sha384-' + crypto.createHash('sha384').update(js).digest('base64'));
  assert.equal(r.cdn.jsdelivr, `https://cdn.jsdelivr.net/npm/oberih-widget@${version}/oberih.js`);
  assert.equal(r.cdn.unpkg, `https://unpkg.com/oberih-widget@${version}/oberih.js`);
  const sums = fs.readFileSync(path.join(DIST, `oberih-${version}`, 'SHA256SUMS'), 'utf8').trim().split('\n');
  assert.deepEqual(sums.map((l) => l.split('  ')[1]), r.files);
  for (const line of sums) {
    const [hash, f] = line.split('  ');
    assert.equal(crypto.createHash('sha256').update(fs.readFileSync(path.join(DIST, f))).digest('hex'), hash, f);
  }
});
