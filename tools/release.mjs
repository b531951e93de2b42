// `./dev release`: after a release build, a versioned folder dist/oberih-<version>/ (cache it forever), an
// archive with checksums, and the Subresource Integrity hashes for the snippet.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const version = /^version = "([^"]+)"/m.exec(fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8'))[1];
const dist = path.join(root, 'dist');
const name = `oberih-${version}`;
const out = path.join(dist, name);
const files = ['oberih.js', 'oberih_app.js', 'oberih_app_bg.wasm',
  ...fs.readdirSync(path.join(dist, 'locales')).map((f) => `locales/${f}`)];
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'locales'), { recursive: true });
const sums = [];
for (const f of files) {
  const data = fs.readFileSync(path.join(dist, f));
  fs.writeFileSync(path.join(out, f), data);
  sums.push(`${crypto.createHash('sha256').update(data).digest('hex')}  ${f}`);
}
fs.writeFileSync(path.join(out, 'SHA256SUMS'), sums.join('\n') + '\n');
execFileSync('tar', ['-czf', `${name}.tar.gz`, name], { cwd: dist });
const archive = crypto.createHash('sha256').update(fs.readFileSync(path.join(dist, `${name}.tar.gz`))).digest('hex');
const sri = (f) => 'sha384-' + crypto.createHash('sha384').update(fs.readFileSync(path.join(out, f))).digest('base64');
console.log(`dist/${name}/ and dist/${name}.tar.gz (sha256 ${archive})

Snippet, pinned to this build (host the folder at your own URL):
<script src="https://cdn.example.org/${name}/oberih.js" integrity="${sri('oberih.js')}" crossorigin="anonymous"
        data-country="UA" data-region="UA-30" data-lang="uk" defer></script>

This one integrity hash pins every file of the widget: oberih.js carries the hash of oberih_app.js, which
carries those of the wasm and of each language's messages, and the browser refuses any file that differs (the
panel then does not start; the exit, which needs only oberih.js, still works).`);
