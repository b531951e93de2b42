// The release step (tools/release.mjs; ./dev test runs it after the build): the versioned folder with its
// precompressed files, licences and checksums, its archive, the npm package, and the integrity hash the release
// prints, the configurator offers and the docs carry (--write-docs, --check-docs). tests/repro.sh rebuilds the
// whole release elsewhere and compares.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkDocs, writeDocs, demoMarks, precompress, sri } from '../tools/release.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const RELEASE = path.join(ROOT, 'tools/release.mjs');
const version = /^version = "([^"]+)"/m.exec(fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8'))[1];
const FOLDER = path.join(DIST, `oberih-${version}`);
const languages = [...fs.readFileSync(path.join(ROOT, 'locales/languages.toml'), 'utf8').matchAll(/^code = "([a-z]+)"/gm)]
  .map((m) => m[1]);
const WIDGET = ['oberih.js', 'oberih_app.js', 'oberih_app_bg.wasm', ...languages.map((l) => `locales/${l}.ftl`)];
const LICENCES = ['LICENSE-MIT', 'LICENSE-APACHE'];
const sha256 = (b) => crypto.createHash('sha256').update(b).digest('hex');

/** The files of a .tgz (ustar, as npm writes it), by name, with their bytes; `headers` gets each entry's header. */
function untar(file, headers = new Map()) {
  const tar = zlib.gunzipSync(fs.readFileSync(file));
  const out = new Map();
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (from, len) => header.subarray(from, from + len).toString('utf8').replace(/\0.*$/s, '');
    const name = (field(345, 155) ? field(345, 155) + '/' : '') + field(0, 100);
    const size = parseInt(field(124, 12).trim(), 8);
    headers.set(name, { type: field(156, 1), mode: parseInt(field(100, 8), 8), uid: parseInt(field(108, 8), 8),
      gid: parseInt(field(116, 8), 8), mtime: parseInt(field(136, 12), 8), magic: field(257, 6) });
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

test('the npm tarball is named for the version and holds exactly the widget, a README and the licences', () => {
  const r = release();
  assert.equal(r.version, version);
  assert.equal(r.tarball, `oberih-widget-${version}.tgz`);
  const files = untar(path.join(DIST, r.tarball));
  const widget = WIDGET; // every language is fetched, English included
  assert.deepEqual([...files.keys()].sort(),
    [...LICENCES, 'README.md', 'package.json', ...widget].map((f) => `package/${f}`).sort());
  for (const f of widget) {
    assert.ok(files.get(`package/${f}`).equals(fs.readFileSync(path.join(DIST, f))), `${f} differs from dist/${f}`);
  }
  for (const f of LICENCES) {
    assert.ok(files.get(`package/${f}`).equals(fs.readFileSync(path.join(ROOT, f))), `${f} differs from the repository's`);
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
  // Its snippets are the guides': the same attributes in the same order and lines, but for the address and hash.
  const shape = (tag) => tag.replace(/\bsrc="[^"]*"/, 'src="…"').replace(/\bintegrity="[^"]*"/, 'integrity="…"');
  const guide = /<script data-cfasync[^>]*><\/script>/.exec(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'))[0];
  const printed = [...readme.matchAll(/<script\b[^>]*><\/script>/g)].map((m) => shape(m[0]));
  assert.deepEqual(printed, [shape(guide), shape(guide)], readme);
});

test('the integrity the release gives is that of the packed oberih.js, and the versioned folder matches', () => {
  const r = release();
  const js = untar(path.join(DIST, r.tarball)).get('package/oberih.js');
  assert.equal(r.integrity, 'sha384-' + crypto.createHash('sha384').update(js).digest('base64'));
  assert.equal(r.cdn.jsdelivr, `https://cdn.jsdelivr.net/npm/oberih-widget@${version}/oberih.js`);
  assert.equal(r.cdn.unpkg, `https://unpkg.com/oberih-widget@${version}/oberih.js`);
  assert.deepEqual(r.files, WIDGET);
  for (const f of WIDGET) assert.ok(fs.readFileSync(path.join(FOLDER, f)).equals(fs.readFileSync(path.join(DIST, f))), f);
  // SHA256SUMS: every other file of the folder, by name, each hash right.
  const sums = fs.readFileSync(path.join(FOLDER, 'SHA256SUMS'), 'utf8').trim().split('\n').map((l) => l.split('  '));
  const want = [...WIDGET.flatMap((f) => [f, `${f}.br`, `${f}.gz`]), ...LICENCES].sort();
  assert.deepEqual(sums.map(([, f]) => f).sort(), want);
  const onDisk = fs.readdirSync(FOLDER, { recursive: true }).filter((f) => fs.statSync(path.join(FOLDER, f)).isFile());
  assert.deepEqual(onDisk.sort(), [...want, 'SHA256SUMS'].sort(), 'the folder holds nothing else');
  for (const [hash, f] of sums) assert.equal(sha256(fs.readFileSync(path.join(FOLDER, f))), hash, f);
});

test('beside each served file: .br (brotli q11) and .gz (gzip -9) that decompress to it exactly', () => {
  for (const f of WIDGET) {
    const bytes = fs.readFileSync(path.join(FOLDER, f));
    const br = fs.readFileSync(path.join(FOLDER, `${f}.br`));
    const gz = fs.readFileSync(path.join(FOLDER, `${f}.gz`));
    assert.ok(zlib.brotliDecompressSync(br).equals(bytes), `${f}.br`);
    assert.ok(zlib.gunzipSync(gz).equals(bytes), `${f}.gz`);
    // Quality 11 is what node's brotli writes at 11; a lower quality would give other bytes.
    const q11 = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
    assert.ok(br.equals(q11), `${f}.br is not brotli at quality 11`);
    const g9 = zlib.gzipSync(bytes, { level: 9 });
    assert.ok(gz.subarray(10).equals(g9.subarray(10)), `${f}.gz is not gzip -9`);
    // The header: no date, no name, and the same OS byte on every platform.
    assert.deepEqual([...gz.subarray(3, 10)], [0, 0, 0, 0, 0, 2, 3], `${f}.gz header`);
    assert.ok(br.length < bytes.length && gz.length < bytes.length, `${f}: compressed is smaller`);
  }
});

test('the archive holds the versioned folder exactly, with no owner and one fixed date', () => {
  const r = release();
  const file = path.join(DIST, `oberih-${version}.tar.gz`);
  assert.deepEqual(r.archive, { file: `oberih-${version}.tar.gz`, sha256: sha256(fs.readFileSync(file)) });
  const headers = new Map();
  const files = untar(file, headers);
  const folder = fs.readdirSync(FOLDER, { recursive: true }).filter((f) => fs.statSync(path.join(FOLDER, f)).isFile());
  assert.deepEqual([...files.keys()].sort(), folder.map((f) => `oberih-${version}/${f}`).sort());
  for (const f of folder) assert.ok(files.get(`oberih-${version}/${f}`).equals(fs.readFileSync(path.join(FOLDER, f))), f);
  assert.deepEqual([...headers.keys()].filter((n) => n.endsWith('/')), [`oberih-${version}/`, `oberih-${version}/locales/`]);
  for (const [name, h] of headers) {
    assert.deepEqual({ uid: h.uid, gid: h.gid, mtime: h.mtime, magic: h.magic },
      { uid: 0, gid: 0, mtime: Date.UTC(1985, 9, 26, 8, 15) / 1000, magic: 'ustar' }, name);
    assert.equal(h.mode, name.endsWith('/') ? 0o755 : 0o644, name);
  }
  // GNU tar reads it as well.
  const listing = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n');
  assert.deepEqual(listing.filter((n) => !n.endsWith('/')).sort(), [...files.keys()].sort());
});

test('the licences at the root are the standard texts, and ship in the folder and the archive', () => {
  const mit = fs.readFileSync(path.join(ROOT, 'LICENSE-MIT'), 'utf8');
  assert.match(mit, /^MIT License\n\nCopyright \(c\) The Oberih contributors\n\nPermission is hereby granted, free of charge/);
  const apache = fs.readFileSync(path.join(ROOT, 'LICENSE-APACHE'), 'utf8');
  assert.match(apache, /Apache License\s+Version 2\.0, January 2004/);
  assert.match(apache, /END OF TERMS AND CONDITIONS/);
  for (const f of LICENCES) assert.equal(fs.readFileSync(path.join(FOLDER, f), 'utf8'), fs.readFileSync(path.join(ROOT, f), 'utf8'));
});

test('precompress gives files that decompress to the original, the same bytes every time', () => {
  const text = Buffer.from('Oberih '.repeat(500));
  const a = precompress(text);
  const b = precompress(Buffer.from(text));
  assert.ok(a.br.equals(b.br) && a.gz.equals(b.gz));
  assert.ok(zlib.gunzipSync(a.gz).equals(text) && zlib.brotliDecompressSync(a.br).equals(text));
});

// --- The docs' snippets (tools/release.mjs --check-docs and --write-docs), on a small repository of their own.

const GOOD = 'sha384-' + 'A'.repeat(64);
const OLD = 'sha384-' + 'B'.repeat(64);

/** A repository with a release of version 1.2.3 whose oberih.js has the integrity returned, and docs with
 * snippets: current, stale, placeholder, escaped, spread over lines, and tags that do not load oberih.js. */
function fixture() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'oberih-docs-'));
  const write = (f, text) => {
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    fs.writeFileSync(path.join(root, f), text);
  };
  write('Cargo.toml', '[package]\nname = "oberih"\nversion = "1.2.3"\n');
  write('dist/oberih-1.2.3/oberih.js', 'console.log("the widget");\n');
  const integrity = sri(Buffer.from('console.log("the widget");\n'));
  write('README.md', [
    '# Oberih', '', '```html',
    `<script src="https://cdn.jsdelivr.net/npm/oberih-widget@1.2.3/oberih.js" integrity="${integrity}" crossorigin="anonymous"`,
    '        data-country="UA" defer></script>',
    '```', '',
    `<script src="https://cdn.jsdelivr.net/npm/oberih-widget@1.2.3/oberih.js" integrity="${OLD}" defer></script>`,
    '',
    '<script src="/oberih/oberih_app.js" integrity="sha384-not-this-one"></script>',
    'The `<script>` tag and `integrity="sha384-…"` in prose are not snippets.', '',
  ].join('\n'));
  write('docs/guide.xx.md', [
    'Step 1:', '', '```html', '<script src="https://your-site.example/oberih-1.2.3/oberih.js"',
    '        integrity="sha384-…" crossorigin="anonymous"', '        data-lang="uk" defer></script>', '```', '',
  ].join('\n'));
  write('docs/deeper/host.md', `<script src="https://cdn.jsdelivr.net/npm/oberih-widget@1.0.0/oberih.js" integrity="${integrity}"></script>\n`);
  write('docs/notes.txt', `<script src="oberih.js" integrity="${OLD}"></script>\n`); // not a .md: not read
  write('index.html', [
    '<pre><code>&lt;script src="https://cdn.example.org/oberih-1.2.3/oberih.js" data-lang="uk"',
    `    integrity="${OLD}" crossorigin="anonymous"&gt;&lt;/script&gt;</code></pre>`,
    `<link rel="preload" as="script" href="oberih.js?v=1" integrity='${GOOD}'>`,
    '<script src="oberih.js" data-country="UA" defer></script>', '',
  ].join('\n'));
  return { root, integrity };
}

test('--check-docs lists each file:line whose snippet is not this release\'s, and --write-docs fixes exactly those', () => {
  const { root, integrity } = fixture();
  try {
    const stale = checkDocs(root, integrity, '1.2.3').map((s) => `${s.file}:${s.line} ${s.found}`);
    assert.deepEqual(stale, [`README.md:8 ${OLD}`, `index.html:2 ${OLD}`, `index.html:3 ${GOOD}`,
      'docs/deeper/host.md:1 1.0.0', 'docs/guide.xx.md:5 sha384-…']);

    // The command line: exit 1, one line per stale snippet, named file:line.
    const run = (flag) => spawnSync(process.execPath, [RELEASE, flag, `--root=${root}`], { encoding: 'utf8' });
    const check = run('--check-docs');
    assert.equal(check.status, 1, check.stderr);
    for (const at of ['README.md:8:', 'index.html:2:', 'index.html:3:', 'docs/deeper/host.md:1:', 'docs/guide.xx.md:5:']) {
      assert.ok(check.stderr.includes(at), `${at} in\n${check.stderr}`);
    }
    assert.ok(!check.stderr.includes('README.md:4:'), 'the current snippet is not listed');

    const before = Object.fromEntries(['README.md', 'index.html', 'docs/guide.xx.md', 'docs/notes.txt']
      .map((f) => [f, fs.readFileSync(path.join(root, f), 'utf8')]));
    const write = run('--write-docs');
    assert.equal(write.status, 0, write.stderr);
    assert.equal(run('--check-docs').status, 0, 'clean after writing');
    assert.deepEqual(checkDocs(root, integrity, '1.2.3'), []);
    // Only the hashes and the version changed; the rest of every file is as it was.
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.equal(readme, before['README.md'].replace(OLD, integrity));
    assert.ok(readme.includes('integrity="sha384-not-this-one"') && readme.includes('`integrity="sha384-…"` in prose'));
    assert.equal(fs.readFileSync(path.join(root, 'docs/guide.xx.md'), 'utf8'), before['docs/guide.xx.md'].replace('sha384-…', integrity));
    assert.equal(fs.readFileSync(path.join(root, 'docs/deeper/host.md'), 'utf8'),
      `<script src="https://cdn.jsdelivr.net/npm/oberih-widget@1.2.3/oberih.js" integrity="${integrity}"></script>\n`);
    assert.equal(fs.readFileSync(path.join(root, 'index.html'), 'utf8'),
      before['index.html'].replace(OLD, integrity).replace(GOOD, integrity));
    assert.equal(fs.readFileSync(path.join(root, 'docs/notes.txt'), 'utf8'), before['docs/notes.txt']);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the release refuses a build with the pseudo-locale in its wasm, and the release\'s wasm has none of it', () => {
  assert.deepEqual(demoMarks(fs.readFileSync(path.join(FOLDER, 'oberih_app_bg.wasm'))), []);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'oberih-demo-'));
  try {
    fs.cpSync(path.join(ROOT, 'Cargo.toml'), path.join(root, 'Cargo.toml'));
    fs.cpSync(path.join(ROOT, 'locales/languages.toml'), path.join(root, 'locales/languages.toml'));
    fs.cpSync(DIST, path.join(root, 'dist'), { recursive: true, filter: (f) => !/oberih-\d|npm|\.tgz$|\.tar\.gz$/.test(f) });
    const wasm = path.join(root, 'dist/oberih_app_bg.wasm');
    fs.writeFileSync(wasm, Buffer.concat([fs.readFileSync(wasm), Buffer.from('\0en-XA\0')]));
    const run = spawnSync(process.execPath, [RELEASE, `--root=${root}`], { encoding: 'utf8' });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stderr, /built with the pseudo-locale.*"en-XA".*OBERIH_PSEUDO/);
    assert.ok(!fs.existsSync(path.join(root, `dist/oberih-${version}`)), 'no release folder written');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
