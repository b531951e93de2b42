// `./dev release`: after a release build, a versioned folder dist/oberih-<version>/ (cache it forever), an
// archive with checksums, the npm package (dist/npm/, packed to dist/oberih-widget-<version>.tgz; never
// published from here), the Subresource Integrity hash for the snippet, and dist/release.json, which the demo's
// configurator reads to offer the pinned npm CDN snippet.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cargo = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
const version = /^version = "([^"]+)"/m.exec(cargo)[1];
const description = /^description = "([^"]+)"/m.exec(cargo)[1];
const license = /^license = "([^"]+)"/m.exec(cargo)[1];
const dist = path.join(root, 'dist');
const name = `oberih-${version}`;
const out = path.join(dist, name);
/** The npm package's name: what a CDN URL names (https://cdn.jsdelivr.net/npm/oberih-widget@<version>/oberih.js). */
const PACKAGE = 'oberih-widget';
const files = ['oberih.js', 'oberih_app.js', 'oberih_app_bg.wasm',
  ...fs.readdirSync(path.join(dist, 'locales')).filter((f) => f.endsWith('.ftl')).sort().map((f) => `locales/${f}`)];

function copyTo(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
  for (const f of files) fs.copyFileSync(path.join(dist, f), path.join(dir, f));
}

// The versioned folder and its archive.
copyTo(out);
const sums = files.map((f) => `${crypto.createHash('sha256').update(fs.readFileSync(path.join(out, f))).digest('hex')}  ${f}`);
fs.writeFileSync(path.join(out, 'SHA256SUMS'), sums.join('\n') + '\n');
execFileSync('tar', ['-czf', `${name}.tar.gz`, name], { cwd: dist });
const archive = crypto.createHash('sha256').update(fs.readFileSync(path.join(dist, `${name}.tar.gz`))).digest('hex');
const integrity = 'sha384-' + crypto.createHash('sha384').update(fs.readFileSync(path.join(out, 'oberih.js'))).digest('base64');

const cdn = {
  jsdelivr: `https://cdn.jsdelivr.net/npm/${PACKAGE}@${version}/oberih.js`,
  unpkg: `https://unpkg.com/${PACKAGE}@${version}/oberih.js`,
};
const snippet = (src) => `<script src="${src}" integrity="${integrity}" crossorigin="anonymous"
        data-country="UA" data-region="UA-30" data-lang="uk" defer></script>`;

// The npm package: exactly the widget's files, with a package.json, a README and the licence. No scripts and no
// dependencies: installing it runs nothing. jsDelivr and unpkg serve .wasm as application/wasm, .js as
// JavaScript and every file with Access-Control-Allow-Origin: *, which is all the widget needs of a host.
const npm = path.join(dist, 'npm');
copyTo(npm);
fs.writeFileSync(path.join(npm, 'package.json'), JSON.stringify({
  name: PACKAGE,
  version,
  description,
  license,
  keywords: ['domestic-violence', 'quick-exit', 'safety', 'widget', 'ukraine', 'kazakhstan'],
  // The embed script is a classic script for a <script> tag, not a module to import: no "main" or "exports".
  // These two name the file a CDN serves for the bare package URL.
  jsdelivr: 'oberih.js',
  unpkg: 'oberih.js',
  files: [...files.filter((f) => !f.startsWith('locales/')), 'locales/*.ftl'],
}, null, 2) + '\n');
fs.writeFileSync(path.join(npm, 'README.md'), `# ${PACKAGE} ${version}

Oberih: ${description}. The quick exit, a guided flow and the right help numbers for Ukraine and Kazakhstan, in
Ukrainian, Russian, Kazakh and English, added to a page with one script tag. It keeps no state and sends nothing
to anyone but the host it is served from.

This package holds only the built widget, to be served as static files: \`oberih.js\` (the embed script: alone it
makes the quick exit work), \`oberih_app.js\` and \`oberih_app_bg.wasm\` (the help panel) and \`locales/*.ftl\` (the
panel's messages per language). Nothing to install or import: add one of these before \`</body>\`.

From jsDelivr:

\`\`\`html
${snippet(cdn.jsdelivr)}
\`\`\`

From unpkg:

\`\`\`html
${snippet(cdn.unpkg)}
\`\`\`

Or copy the files to your own server, under any path, and point \`src\` at your \`oberih.js\` (same integrity).

The \`integrity\` hash pins every file of this version, not only \`oberih.js\`: it carries the hash of
\`oberih_app.js\`, which carries those of the wasm and of each language's messages, and the browser refuses any
file that differs. Always name the exact version in the URL: a hash cannot pin a URL whose content may change.

Attributes, inline mode, theming, your own local services, the Content-Security-Policy and the steps for
WordPress, Drupal and Joomla: see the webmaster's guide in the project's repository (\`docs/guide.en.md\`; in
Ukrainian \`docs/guide.uk.md\`, Russian \`docs/guide.ru.md\`, Kazakh \`docs/guide.kk.md\`).

License: ${license}.
`);
fs.writeFileSync(path.join(npm, 'LICENSE'), `${PACKAGE} is licensed under either of

- the MIT License, below, or
- the Apache License, Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0)

at your option (SPDX: ${license}).

MIT License

Copyright (c) the Oberih contributors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation
the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and
to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of
the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO
THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
IN THE SOFTWARE.
`);
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dist], {
  cwd: npm, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
}))[0];

// For the demo's configurator (and anyone scripting a deploy): this build's version, package and hash.
fs.writeFileSync(path.join(dist, 'release.json'), JSON.stringify({
  version, package: PACKAGE, integrity, cdn, tarball: packed.filename, files,
}, null, 2) + '\n');

console.log(`dist/${name}/ and dist/${name}.tar.gz (sha256 ${archive})
npm package: dist/npm/, packed as dist/${packed.filename} (${packed.size} bytes, ${packed.entryCount} files; not published)

integrity of oberih.js: ${integrity}

Snippet, self-hosted (host the folder dist/${name}/ at your own URL):
${snippet(`https://your-site.example/${name}/oberih.js`)}

Snippet from an npm CDN, once ${PACKAGE}@${version} is published (jsDelivr; unpkg: ${cdn.unpkg}):
${snippet(cdn.jsdelivr)}

This one integrity hash pins every file of the widget: oberih.js carries the hash of oberih_app.js, which
carries those of the wasm and of each language's messages, and the browser refuses any file that differs (the
panel then does not start; the exit, which needs only oberih.js, still works).`);
