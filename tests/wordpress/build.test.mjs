// tools/wp-plugin.mjs's pieces that no WordPress run would catch: what a translator's text becomes in PHP, what
// Fluent the plugin refuses, and the zip WordPress unpacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseFtl, php, zip } from '../../tools/wp-plugin.mjs';

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
