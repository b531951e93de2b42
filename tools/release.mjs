// `./dev release`: after a release build, a versioned folder dist/oberih-<version>/ (cache it forever) with
// precompressed siblings and the licences, an archive of it, SHA256SUMS, the npm package (dist/npm/, packed to
// dist/oberih-widget-<version>.tgz; never published from here), the Subresource Integrity hash for the snippet, and
// dist/release.json, which the demo's configurator reads. Every byte depends only on the build: no dates, owners or
// platform (docs/reproducible.md; tests/repro.sh rebuilds elsewhere and compares).
//
//   node tools/release.mjs               the release files, from dist/ (refuses a build with the pseudo-locale)
//   node tools/release.mjs --write-docs  writes this release's integrity into the snippets of the docs
//   node tools/release.mjs --check-docs  lists each file:line whose snippet has another hash; exits 1 if any
// The docs are README.md, index.html and docs/**/*.md; a snippet is a <script> or <link> tag (or its &lt;-escaped
// form) whose src or href names oberih.js and which has an integrity attribute.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The npm package's name: what a CDN URL names (https://cdn.jsdelivr.net/npm/oberih-widget@<version>/oberih.js). */
export const PACKAGE = 'oberih-widget';
export const LICENCES = ['LICENSE-MIT', 'LICENSE-APACHE'];
/** The one date in the archive: npm's own fixed date for packed files, so packing twice gives the same bytes. */
const ARCHIVE_MTIME = Date.UTC(1985, 9, 26, 8, 15) / 1000;

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');
export const sri = (bytes) => 'sha384-' + crypto.createHash('sha384').update(bytes).digest('base64');

/** Version, description and licence, from Cargo.toml. */
export function crate(root) {
  const cargo = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  const field = (k) => new RegExp(`^${k} = "([^"]+)"`, 'm').exec(cargo)?.[1];
  return { version: field('version'), description: field('description'), license: field('license') };
}

/** What in a wasm says it was built with the pseudo-locale (`OBERIH_PSEUDO` set, build.rs): the pseudo-locale's
 * code, and the console note of `cfg(oberih_demo)`. A release must carry neither (review-2026-12 §4.7). */
export function demoMarks(wasm) {
  return ['en-XA', 'Oberih (demo)'].filter((s) => wasm.includes(Buffer.from(s)));
}

/** gzip -9 with the same bytes on every platform: zlib writes the build platform's code in the header's OS byte
 * (3 Unix, 10 Windows), so it is set to 3 (RFC 1952; no header checksum covers it). */
export function gzip(bytes) {
  const gz = zlib.gzipSync(bytes, { level: 9 });
  gz[9] = 3;
  return gz;
}

/** The precompressed siblings of a served file: brotli quality 11 and gzip -9, checked to give the file back. */
export function precompress(bytes) {
  const br = zlib.brotliCompressSync(bytes, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  const gz = gzip(bytes);
  if (!zlib.brotliDecompressSync(br).equals(bytes) || !zlib.gunzipSync(gz).equals(bytes)) {
    throw new Error('a compressed file does not decompress to its original');
  }
  return { br, gz };
}

/** A ustar archive of [name, bytes] entries (folders end in '/'), in the order given: owner 0, mode 644 or 755,
 * one fixed date, so it depends on nothing but the files (GNU and BSD tar differ in all of these). */
export function tar(entries) {
  const blocks = [];
  for (const [name, bytes] of entries) {
    const dir = name.endsWith('/');
    if (Buffer.byteLength(name) > 100) throw new Error(`tar: name longer than 100 bytes: ${name}`);
    const h = Buffer.alloc(512);
    const octal = (at, len, n) => h.write(n.toString(8).padStart(len - 1, '0') + '\0', at, len, 'ascii');
    h.write(name, 0, 100, 'utf8');
    octal(100, 8, dir ? 0o755 : 0o644);
    octal(108, 8, 0);
    octal(116, 8, 0);
    octal(124, 12, dir ? 0 : bytes.length);
    octal(136, 12, ARCHIVE_MTIME);
    h.write(' '.repeat(8), 148, 8, 'ascii');
    h.write(dir ? '5' : '0', 156, 1, 'ascii');
    h.write('ustar\u000000', 257, 8, 'ascii');
    const sum = h.reduce((a, b) => a + b, 0);
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
    blocks.push(h);
    if (!dir) blocks.push(bytes, Buffer.alloc((512 - (bytes.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024)); // the end: two empty blocks
  const size = blocks.reduce((a, b) => a + b.length, 0);
  blocks.push(Buffer.alloc((10240 - (size % 10240)) % 10240)); // whole records of 20 blocks, as tar writes
  return Buffer.concat(blocks);
}

/** Every file under dir, relative, sorted by name (byte order, the same in every locale). */
function walk(dir, under = '') {
  return fs.readdirSync(path.join(dir, under), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(dir, path.posix.join(under, e.name)) : [path.posix.join(under, e.name)]))
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

function release(root) {
  const { version, description, license } = crate(root);
  const dist = path.join(root, 'dist');
  const name = `oberih-${version}`;
  const out = path.join(dist, name);
  // The languages the widget ships, in their list's order; a demo build's extra files in dist/ never ship.
  const languages = [...fs.readFileSync(path.join(root, 'locales/languages.toml'), 'utf8')
    .matchAll(/^code = "([^"]+)"/gm)].map((m) => m[1]);
  const files = ['oberih.js', 'oberih_app.js', 'oberih_app_bg.wasm', ...languages.map((l) => `locales/${l}.ftl`)];
  for (const f of files) {
    if (!fs.existsSync(path.join(dist, f))) throw new Error(`dist/${f} is missing: run ./dev build first`);
  }
  const marks = demoMarks(fs.readFileSync(path.join(dist, 'oberih_app_bg.wasm')));
  if (marks.length) {
    throw new Error(`dist/ was built with the pseudo-locale (its wasm carries ${marks.map((m) => JSON.stringify(m))
      .join(', ')}: OBERIH_PSEUDO was set): unset OBERIH_PSEUDO and run ./dev release`);
  }

  const copyTo = (dir, extra) => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
    for (const f of files) {
      const bytes = fs.readFileSync(path.join(dist, f));
      fs.writeFileSync(path.join(dir, f), bytes);
      if (extra) {
        const { br, gz } = precompress(bytes);
        fs.writeFileSync(path.join(dir, `${f}.br`), br);
        fs.writeFileSync(path.join(dir, `${f}.gz`), gz);
      }
    }
    for (const f of LICENCES) fs.copyFileSync(path.join(root, f), path.join(dir, f));
  };

  // The versioned folder: the widget, its precompressed siblings (for servers that serve them as they are:
  // nginx gzip_static and brotli_static, Apache with rewrite rules), the licences, and the checksums of all.
  copyTo(out, true);
  const listed = walk(out);
  fs.writeFileSync(path.join(out, 'SHA256SUMS'),
    listed.map((f) => `${sha256(fs.readFileSync(path.join(out, f)))}  ${f}`).join('\n') + '\n');
  const inArchive = ['SHA256SUMS', ...listed];
  const folders = [...new Set(inArchive.map((f) => path.posix.dirname(f)).filter((d) => d !== '.'))];
  const archive = gzip(tar([
    [`${name}/`], ...folders.map((d) => [`${name}/${d}/`]),
    ...inArchive.map((f) => [`${name}/${f}`, fs.readFileSync(path.join(out, f))]),
  ]));
  fs.writeFileSync(path.join(dist, `${name}.tar.gz`), archive);
  const integrity = sri(fs.readFileSync(path.join(out, 'oberih.js')));

  const cdn = {
    jsdelivr: `https://cdn.jsdelivr.net/npm/${PACKAGE}@${version}/oberih.js`,
    unpkg: `https://unpkg.com/${PACKAGE}@${version}/oberih.js`,
  };
  // As the guides and the demo's configurator print it: data-cfasync before src (Cloudflare Rocket Loader reads it
  // only there), then the other attributes that keep optimisation tools away (docs/optimisation.md).
  const snippet = (src) => `<script data-cfasync="false" src="${src}"
        integrity="${integrity}" crossorigin="anonymous"
        data-no-optimize="1" data-no-defer="1" data-jetpack-boost="ignore"
        data-country="UA" data-region="UA-30" data-lang="uk" defer></script>`;

  // The npm package: exactly the widget's files, with a package.json, a README and the licences. No scripts and
  // no dependencies: installing it runs nothing. jsDelivr and unpkg compress on their own, serve .wasm as
  // application/wasm, .js as JavaScript and every file with Access-Control-Allow-Origin: *, which is all the
  // widget needs of a host; so no precompressed files here.
  const npm = path.join(dist, 'npm');
  copyTo(npm, false);
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
    files: [...files.filter((f) => !f.startsWith('locales/')), 'locales/*.ftl', ...LICENCES],
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

License: ${license}, at your option (\`LICENSE-MIT\`, \`LICENSE-APACHE\`).
`);
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dist], {
    cwd: npm, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  }))[0];

  // For the demo's configurator (and anyone scripting a deploy): this build's version, package and hashes.
  fs.writeFileSync(path.join(dist, 'release.json'), JSON.stringify({
    version, package: PACKAGE, integrity, cdn, tarball: packed.filename, files,
    archive: { file: `${name}.tar.gz`, sha256: sha256(archive) },
  }, null, 2) + '\n');

  console.log(`dist/${name}/ and dist/${name}.tar.gz (sha256 ${sha256(archive)})
npm package: dist/npm/, packed as dist/${packed.filename} (${packed.size} bytes, ${packed.entryCount} files; not published)

integrity of oberih.js: ${integrity}

Snippet, self-hosted (host the folder dist/${name}/ at your own URL):
${snippet(`https://your-site.example/${name}/oberih.js`)}

Snippet from an npm CDN, once ${PACKAGE}@${version} is published (jsDelivr; unpkg: ${cdn.unpkg}):
${snippet(cdn.jsdelivr)}

This one integrity hash pins every file of the widget: oberih.js carries the hash of oberih_app.js, which
carries those of the wasm and of each language's messages, and the browser refuses any file that differs (the
panel then does not start; the exit, which needs only oberih.js, still works).`);
}

/** README.md, index.html and every .md under docs/, relative to root, sorted. */
export function docFiles(root) {
  const docs = fs.existsSync(path.join(root, 'docs')) ? walk(path.join(root, 'docs')).filter((f) => f.endsWith('.md')) : [];
  return ['README.md', 'index.html', ...docs.map((f) => `docs/${f}`)].filter((f) => fs.existsSync(path.join(root, f)));
}

const TAG = /(?:<|&lt;)(?:script|link)\b[^>]*?(?:>|&gt;)/gi;
const ATTR = (name) => new RegExp(`\\b${name}\\s*=\\s*(["'])([^"']*)\\1`, 'i');

/** The snippets of one text that load oberih.js with an integrity attribute: the value, where it starts, and
 * the version their address names, if any (oberih-widget@<v>/ on a CDN, oberih-<v>/ for a release folder). */
export function snippets(text) {
  const found = [];
  for (const tag of text.matchAll(TAG)) {
    const src = ATTR('(?:src|href)').exec(tag[0]);
    if (!src || src[2].split(/[?#]/)[0].split('/').pop() !== 'oberih.js') continue;
    const attr = ATTR('integrity').exec(tag[0]);
    if (!attr) continue;
    const at = tag.index + attr.index + attr[0].indexOf(attr[1]) + 1;
    const v = /(?:oberih-widget@|\boberih-)(\d+\.\d+\.\d+[^/"']*)\//.exec(src[2]);
    const vAt = v && tag.index + src.index + src[0].indexOf(src[2]) + v.index + v[0].indexOf(v[1]);
    found.push({ integrity: attr[2], at, version: v?.[1], versionAt: vAt });
  }
  return found;
}

const lineOf = (text, at) => text.slice(0, at).split('\n').length;

/** Each file:line of the docs whose snippet's integrity (or version) is not this release's. */
export function checkDocs(root, integrity, version) {
  const stale = [];
  for (const f of docFiles(root)) {
    const text = fs.readFileSync(path.join(root, f), 'utf8');
    for (const s of snippets(text)) {
      if (s.integrity !== integrity) stale.push({ file: f, line: lineOf(text, s.at), found: s.integrity, want: integrity });
      if (s.version && s.version !== version) {
        stale.push({ file: f, line: lineOf(text, s.versionAt), found: s.version, want: version });
      }
    }
  }
  return stale;
}

/** Writes this release's integrity (and version) into every snippet of the docs; returns the files changed. */
export function writeDocs(root, integrity, version) {
  const changed = [];
  for (const f of docFiles(root)) {
    const file = path.join(root, f);
    const text = fs.readFileSync(file, 'utf8');
    const edits = snippets(text).flatMap((s) => [
      [s.at, s.integrity, integrity],
      ...(s.version ? [[s.versionAt, s.version, version]] : []),
    ]).sort((a, b) => b[0] - a[0]); // from the end, so earlier offsets stay right
    let out = text;
    for (const [at, old, now] of edits) out = out.slice(0, at) + now + out.slice(at + old.length);
    if (out !== text) {
      fs.writeFileSync(file, out);
      changed.push(f);
    }
  }
  return changed;
}

/** The release's integrity, from its versioned folder. */
function released(root) {
  const { version } = crate(root);
  const js = path.join(root, 'dist', `oberih-${version}`, 'oberih.js');
  if (!fs.existsSync(js)) throw new Error(`dist/oberih-${version}/oberih.js is missing: run ./dev release first`);
  return { version, integrity: sri(fs.readFileSync(js)) };
}

function main(args) {
  const rootArg = args.find((a) => a.startsWith('--root='));
  const root = rootArg ? path.resolve(rootArg.slice(7))
    : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  if (args.includes('--check-docs')) {
    const { version, integrity } = released(root);
    const stale = checkDocs(root, integrity, version);
    for (const s of stale) console.error(`${s.file}:${s.line}: ${s.found} is not this release's ${s.want}`);
    if (stale.length) {
      console.error(`tools/release.mjs: ${stale.length} snippet(s) not this release's: run ./dev release (it writes them)`);
      process.exit(1);
    }
    console.log(`the docs' snippets carry this release's integrity (${integrity})`);
  } else if (args.includes('--write-docs')) {
    const { version, integrity } = released(root);
    const changed = writeDocs(root, integrity, version);
    console.log(changed.length ? `integrity ${integrity} written into ${changed.join(', ')}` : 'the docs were up to date');
  } else {
    release(root);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(`tools/release.mjs: ${e.message}`);
    process.exit(1);
  }
}
