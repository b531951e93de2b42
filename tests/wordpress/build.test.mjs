// tools/wp-plugin.mjs's pieces that no WordPress run would catch: what a translator's text becomes in PHP, what
// Fluent the plugin refuses, and the zip WordPress unpacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import { parseFtl, php, zip } from '../../tools/wp-plugin.mjs';

const zlibGzip = (text) => zlib.gzipSync(Buffer.from(text), { level: 9 });

test('every translation becomes the same text in PHP, whatever quotes, backslashes or $ it holds', () => {
  const texts = { a: "It's \\ a \\' $x {$y} \"q\" «ї» \n line", b: '\\', c: "'", d: '' };
  const out = execFileSync('php', ['-r', `echo json_encode(${php(texts)});`], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out), texts);
});

test('the plugin takes plain messages and { $variables } only, and joins continued lines', () => {
  const ok = parseFtl('# c\n## g\nwp-a = One\nwp-b =\n    Two\n    lines { $n }\n\nwp-c = C\n', 'x.ftl', true);
  assert.deepEqual(ok, { 'wp-a': 'One', 'wp-b': 'Two lines { $n }', 'wp-c': 'C' });
  for (const bad of ['wp-a = { $n ->\n    [one] a\n   *[other] b\n}\n', 'wp-a = { -term }\n', 'wp-a =\n    .title = t\n',
    '-term = T\n', 'wp-a = {"{"}\n']) {
    assert.throws(() => parseFtl(bad, 'x.ftl', true), /x\.ftl/, JSON.stringify(bad));
  }
  // Not strict (services.ftl): such messages are left out, the plain ones kept.
  assert.deepEqual(parseFtl('a = { -t }\nb = B\n', 'y.ftl', false), { b: 'B' });
});

test('the plugin files are in sync with the Fluent sources: every language has every message, no more', () => {
  const dir = new URL('../../wordpress/locales/', import.meta.url).pathname;
  const en = Object.keys(parseFtl(fs.readFileSync(path.join(dir, 'en/wordpress.ftl'), 'utf8'), 'en', true)).sort();
  const php = fs.readFileSync(new URL('../../wordpress/oberih/includes/admin.php', import.meta.url), 'utf8') +
    fs.readFileSync(new URL('../../wordpress/oberih/includes/options.php', import.meta.url), 'utf8');
  for (const id of en) {
    const used = php.includes(`'${id}'`) || (id.startsWith('wp-position-') && php.includes("'wp-position-' . $p"));
    assert.ok(used, `${id} is not used by the plugin's PHP: remove it`);
  }
  for (const id of php.matchAll(/'(wp-[a-z0-9-]+)'/g)) assert.ok(en.includes(id[1]) || id[1] === 'wp-position-', `${id[1]} is used but not in en/wordpress.ftl`);
});

test('the zip unpacks to the same files and folders (read by another implementation: Python)', () => {
  const entries = [['oberih/', null], ['oberih/a.txt', Buffer.from('hello')], ['oberih/b/', null],
    ['oberih/b/c.bin', Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 7))]];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oberih-zip-'));
  fs.writeFileSync(path.join(tmp, 'x.zip'), zip(entries));
  const listed = execFileSync('python3', ['-c', `import zipfile,sys,json; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps({n: z.read(n).hex() for n in z.namelist()}))`, path.join(tmp, 'x.zip')], { encoding: 'utf8' });
  const got = JSON.parse(listed);
  assert.deepEqual(Object.keys(got), entries.map(([n]) => n));
  for (const [n, b] of entries) assert.equal(got[n], b ? b.toString('hex') : '');
  assert.ok(zip(entries).equals(zip(entries)), 'the same bytes every time');
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('the plugin takes the release folder when it holds this build (its .br, .gz and licences), else dist/', async () => {
  const { build } = await import('../../tools/wp-plugin.mjs');
  const repo = new URL('../..', import.meta.url).pathname;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'oberih-wpbuild-'));
  for (const d of ['wordpress', 'locales']) fs.symlinkSync(path.join(repo, d), path.join(root, d));
  fs.writeFileSync(path.join(root, 'Cargo.toml'), '[package]\nname = "x"\nversion = "9.8.7"\n');
  const content = { languages: ['uk', 'ru', 'kk', 'en'].map((code) => ({ code, name: code })),
    countries: [{ country: 'UA', region: [{ code: 'UA-30' }] }] };
  const files = { 'oberih.js': 'exit();'.repeat(300), 'oberih_app.js': 'app();'.repeat(300), 'oberih_app_bg.wasm': 'w'.repeat(3000),
    ...Object.fromEntries(['uk', 'ru', 'kk', 'en'].map((l) => [`locales/${l}.ftl`, `m = ${l}\n`.repeat(50)])) };
  const write = (dir, extra = {}) => {
    for (const [f, text] of Object.entries({ ...files, ...extra })) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
  };
  write(path.join(root, 'dist'));
  assert.throws(() => build(root, { content }), /LICENSE-MIT is missing/, 'no plugin without the licences');

  // The release folder of this build: its own compressed files (marked here) and licences are taken.
  const release = path.join(root, 'dist/oberih-9.8.7');
  const gz = (text) => zlibGzip(text);
  write(release, { 'LICENSE-MIT': 'MIT text', 'LICENSE-APACHE': 'Apache text', 'oberih.js.gz': gz(files['oberih.js']) });
  let r = build(root, { content });
  assert.equal(r.from, 'dist/oberih-9.8.7');
  const assets = path.join(r.dir, 'assets');
  assert.equal(fs.readFileSync(path.join(assets, 'LICENSE-MIT'), 'utf8'), 'MIT text');
  assert.ok(fs.readFileSync(path.join(assets, 'oberih.js.gz')).equals(gz(files['oberih.js'])), 'the release\'s own .gz');
  for (const f of Object.keys(files)) for (const ext of ['', '.br', '.gz']) assert.ok(fs.existsSync(path.join(assets, f + ext)), f + ext);
  assert.match(fs.readFileSync(path.join(r.dir, 'includes/build.php'), 'utf8'), /'version' => '9\.8\.7'/);
  assert.match(fs.readFileSync(path.join(r.dir, 'oberih.php'), 'utf8'), /Version: +9\.8\.7/);

  // A release folder of another build is not used: dist/ is, with the root's licences.
  fs.writeFileSync(path.join(release, 'oberih.js'), 'older();');
  fs.writeFileSync(path.join(root, 'LICENSE-MIT'), 'root MIT');
  fs.writeFileSync(path.join(root, 'LICENSE-APACHE'), 'root Apache');
  r = build(root, { content });
  assert.equal(r.from, 'dist');
  assert.equal(fs.readFileSync(path.join(r.dir, 'assets/LICENSE-MIT'), 'utf8'), 'root MIT');
  // A release .gz that does not give its file back is refused.
  fs.writeFileSync(path.join(release, 'oberih.js'), files['oberih.js']);
  fs.writeFileSync(path.join(release, 'oberih.js.gz'), gz('something else'));
  assert.throws(() => build(root, { content }), /oberih\.js\.gz does not decompress to oberih\.js/);
  fs.rmSync(root, { recursive: true, force: true });
});

test('the zip is built on Node.js 20 before 20.15 too, which has no zlib.crc32 (its CRC-32 is its own)', () => {
  // zlib.crc32 came in Node 20.15 and 22.2; README asks for Node.js 20. Here it is taken away, as there.
  const script = `import zlib from 'node:zlib'; delete zlib.crc32;
    const { zip } = await import(${JSON.stringify(new URL('../../tools/wp-plugin.mjs', import.meta.url).href)});
    process.stdout.write(zip([['a.txt', Buffer.from('123456789')], ['b.bin', Buffer.alloc(70000, 7)]]).toString('base64'));`;
  const b64 = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oberih-crc-'));
  fs.writeFileSync(path.join(tmp, 'x.zip'), Buffer.from(b64, 'base64'));
  // Python checks every entry's CRC-32 against its data; 0xcbf43926 is CRC-32's published check value of "123456789".
  const out = execFileSync('python3', ['-c', 'import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(hex(z.getinfo("a.txt").CRC))', path.join(tmp, 'x.zip')], { encoding: 'utf8' });
  assert.equal(out.trim(), '0xcbf43926');
  fs.rmSync(tmp, { recursive: true, force: true });
});
