// The guide's own nginx and Apache configurations (docs/guide.en.md, the blocks after `<!-- test:nginx -->` and
// `<!-- test:apache -->`), run on loopback ports with Debian's servers over a release folder, and every file
// fetched as a browser fetches it: the right encoding for what it accepts, the right type, CORS, caching, and
// the decoded body byte for byte. IIS cannot run here (the guide says so). The WordPress plugin's nginx lines
// (wordpress/oberih/readme.txt, printed the same in every guide's section 8) too, in a server block with the
// `.js` rule many WordPress configurations have.
//
// The release folder: $OBERIH_RELEASE, else dist/oberih-<version>/ (./dev release), else the built files of
// dist/ (./dev build). Where the folder lacks the precompressed siblings, the fixture makes them as the release
// step does: brotli quality 11 and gzip level 9.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import { spawn, execFileSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const version = /^version = "([^"]+)"/m.exec(fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8'))[1];
const guide = fs.readFileSync(path.join(root, 'docs/guide.en.md'), 'utf8');
/** Where the guide's blocks expect the release folders; the test swaps in its fixture's path, nothing else. */
const GUIDE_ROOT = '/var/www/oberih';

/** The fenced block that follows a marker comment in the guide. */
function block(marker) {
  const m = new RegExp(`<!-- test:${marker} -->\\s*\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``).exec(guide);
  assert.ok(m, `docs/guide.en.md has no code block after <!-- test:${marker} -->`);
  assert.ok(m[1].includes(GUIDE_ROOT) || m[1].includes('/var/www'), `the ${marker} block names no /var/www path`);
  return m[1];
}

/**
 * The plugin's nginx block as readme.txt prints it (indented four spaces there), checked to be the very lines
 * each guide prints in its section 8: one set of lines, whichever a webmaster reads.
 */
function pluginBlock() {
  const readme = fs.readFileSync(path.join(root, 'wordpress/oberih/readme.txt'), 'utf8');
  const m = /\n( {4}location [^\n]*?\/wp-content\/plugins\/oberih\/assets\/ \{\n[\s\S]*?\n {4}\}\n)/.exec(readme);
  assert.ok(m, 'wordpress/oberih/readme.txt has no nginx block for /wp-content/plugins/oberih/assets/');
  const lines = m[1].replace(/^ {4}/gm, '');
  for (const lang of ['en', 'uk', 'ru', 'kk']) {
    const text = fs.readFileSync(path.join(root, `docs/guide.${lang}.md`), 'utf8');
    assert.ok(text.includes('```nginx\n' + lines + '```'), `docs/guide.${lang}.md does not print readme.txt's nginx lines for the plugin`);
  }
  return lines;
}

function releaseFolder() {
  const candidates = [process.env.OBERIH_RELEASE, path.join(root, 'dist', `oberih-${version}`), path.join(root, 'dist')];
  for (const dir of candidates) {
    if (dir && fs.existsSync(path.join(dir, 'oberih.js')) && fs.existsSync(path.join(dir, 'oberih_app_bg.wasm'))) return dir;
  }
  throw new Error('no built widget: run ./dev build (or ./dev release) first, or set OBERIH_RELEASE');
}

const WIDGET = (dir) => ['oberih.js', 'oberih_app.js', 'oberih_app_bg.wasm',
  ...fs.readdirSync(path.join(dir, 'locales')).filter((f) => f.endsWith('.ftl')).sort().map((f) => `locales/${f}`)];

const TYPE = { js: /^(text|application)\/javascript\b/, wasm: /^application\/wasm$/, ftl: /^text\/plain\b/ };

let tmp, folder, files;
const servers = [];

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

function haveAll(bins) { return bins.every((b) => fs.existsSync(b)); }

/** Debian's servers, installed when missing (as ./dev installs its browsers: apt-get, through sudo when not root). */
function install(packages) {
  const apt = (args) => (process.getuid() === 0 ? execFileSync('apt-get', args, opts) : execFileSync('sudo', ['apt-get', ...args], opts));
  const opts = { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, stdio: 'ignore' };
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', ...packages]);
}

async function waitFor(port, proc, log) {
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}): ${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''}`);
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port}`);
}

function start(cmd, args, port, log) {
  const proc = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  proc.stderr.on('data', (d) => { err += d; });
  servers.push(proc);
  return waitFor(port, proc, log).catch((e) => { throw new Error(`${e.message}\n${err}`); });
}

before(async () => {
  const src = releaseFolder();
  files = WIDGET(src);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oberih-servers-'));
  // The servers' workers run as another user: the fixture must be world-readable.
  fs.chmodSync(tmp, 0o755);
  folder = path.join(tmp, 'www', 'oberih', `oberih-${version}`);
  fs.mkdirSync(path.join(folder, 'locales'), { recursive: true });
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(src, f));
    fs.writeFileSync(path.join(folder, f), bytes);
    for (const [ext, make] of [
      ['br', () => zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })],
      ['gz', () => zlib.gzipSync(bytes, { level: 9 })],
    ]) {
      const shipped = path.join(src, `${f}.${ext}`);
      fs.writeFileSync(path.join(folder, `${f}.${ext}`), fs.existsSync(shipped) ? fs.readFileSync(shipped) : make());
    }
  }
  for (const d of [path.join(tmp, 'www'), path.join(tmp, 'www', 'oberih'), folder, path.join(folder, 'locales')]) fs.chmodSync(d, 0o755);

  if (!haveAll(['/usr/sbin/nginx', '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', '/usr/sbin/apache2'])) {
    install(['nginx', 'libnginx-mod-http-brotli-static', 'apache2']);
  }
  const www = path.join(tmp, 'www', 'oberih');

  // The plugin's folder, as WordPress has it: the same files.
  const wp = path.join(tmp, 'www', 'wp-content', 'plugins', 'oberih', 'assets');
  fs.cpSync(folder, wp, { recursive: true });
  for (let d = path.join(wp, 'locales'); d.startsWith(path.join(tmp, 'www')); d = path.dirname(d)) fs.chmodSync(d, 0o755);
  const plugin = pluginBlock();
  assert.match(plugin, /# brotli_static on;/, 'readme.txt prints brotli_static commented out, for servers without the module');
  // As printed (gzip only), and with brotli_static uncommented as readme.txt says to where the module is.
  const wpPorts = { 'as printed': await freePort(), 'with brotli_static': await freePort() };
  const wpServer = (port, block) => `
  server {
    listen 127.0.0.1:${port};
    root ${path.join(tmp, 'www')};
    location ~* \\.(js|css|png|jpg|gif|ico|svg)$ { expires max; }
${block}
  }`;

  // nginx: Debian's http defaults (its MIME map, gzip on) around the guide's location block.
  const nginxPort = await freePort();
  const ngx = path.join(tmp, 'nginx');
  fs.mkdirSync(ngx);
  fs.writeFileSync(path.join(ngx, 'nginx.conf'), `
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
pid ${ngx}/nginx.pid;
error_log ${ngx}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  gzip on;
  access_log off;
  client_body_temp_path ${ngx}/body;
  proxy_temp_path ${ngx}/proxy;
  fastcgi_temp_path ${ngx}/fastcgi;
  uwsgi_temp_path ${ngx}/uwsgi;
  scgi_temp_path ${ngx}/scgi;
  server {
    listen 127.0.0.1:${nginxPort};
${block('nginx').replaceAll(GUIDE_ROOT, www).replace('root /var/www;', `root ${path.join(tmp, 'www')};`)}
  }
${wpServer(wpPorts['as printed'], plugin)}
${wpServer(wpPorts['with brotli_static'], plugin.replace('# brotli_static on;', 'brotli_static on;'))}
}
`);
  await start('/usr/sbin/nginx', ['-p', ngx, '-c', path.join(ngx, 'nginx.conf'), '-g', 'daemon off;'], nginxPort, path.join(ngx, 'error.log'));

  // Apache: Debian's modules and their Debian settings (mime.conf, deflate.conf: mod_deflate on, as Debian
  // enables it) around the guide's <Directory> block.
  const apachePort = await freePort();
  const ap = path.join(tmp, 'apache');
  fs.mkdirSync(ap);
  const mod = (m, file = m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${file}.so`;
  fs.writeFileSync(path.join(ap, 'httpd.conf'), `
${mod('mpm_event')}
${mod('authz_core')}
${mod('mime')}
${mod('filter')}
${mod('deflate')}
${mod('rewrite')}
${mod('headers')}
ServerRoot ${ap}
ServerName 127.0.0.1
Listen 127.0.0.1:${apachePort}
PidFile ${ap}/httpd.pid
ErrorLog ${ap}/error.log
Mutex file:${ap} default
DefaultRuntimeDir ${ap}
User ${process.getuid() === 0 ? 'www-data' : '#' + process.getuid()}
Group ${process.getuid() === 0 ? 'www-data' : '#' + process.getgid()}
TypesConfig /etc/mime.types
Include /etc/apache2/mods-available/mime.conf
Include /etc/apache2/mods-available/deflate.conf
DocumentRoot ${path.join(tmp, 'www')}
<Directory />
    Require all granted
</Directory>
${block('apache').replaceAll(GUIDE_ROOT, www)}
`);
  await start('/usr/sbin/apache2', ['-f', path.join(ap, 'httpd.conf'), '-DFOREGROUND'], apachePort, path.join(ap, 'error.log'));

  servers.nginx = `http://127.0.0.1:${nginxPort}`;
  servers.apache = `http://127.0.0.1:${apachePort}`;
  for (const [name, port] of Object.entries(wpPorts)) servers[name] = `http://127.0.0.1:${port}`;
});

after(async () => {
  for (const proc of servers) {
    if (proc.exitCode === null) {
      const done = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
      if (proc.exitCode === null) proc.kill('SIGKILL');
    }
  }
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** One GET as a browser on another origin sends it; the raw body, undecoded. */
function get(base, file, acceptEncoding, at = `/oberih/oberih-${version}/${file}`) {
  return new Promise((resolve, reject) => {
    const headers = { Origin: 'https://council.example.org', Accept: '*/*' };
    if (acceptEncoding) headers['Accept-Encoding'] = acceptEncoding;
    http.get(`${base}${at}`, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

function decode(encoding, body) {
  if (!encoding) return body;
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  if (encoding === 'gzip') return zlib.gunzipSync(body);
  throw new Error(`unexpected Content-Encoding ${encoding}`);
}

// What a browser asks for, and what the guide's configuration must send back.
const CASES = [
  ['br, gzip, deflate', 'br'],        // Chromium and Firefox over HTTPS
  ['gzip, deflate', 'gzip'],          // over plain HTTP, and older browsers
  [undefined, undefined],             // no compression accepted
];

for (const server of ['nginx', 'apache']) {
  test(`${server}, with the guide's configuration, serves each file compressed as the browser accepts, typed, with CORS and a year's cache`, async () => {
    let checked = 0;
    for (const file of files) {
      const want = fs.readFileSync(path.join(folder, file));
      const type = TYPE[file.split('.').pop()];
      for (const [accept, encoding] of CASES) {
        const at = `${server} ${file} (Accept-Encoding: ${accept ?? 'none'})`;
        const res = await get(servers[server], file, accept);
        assert.equal(res.status, 200, at);
        assert.equal(res.headers['content-encoding'], encoding, `${at}: Content-Encoding`);
        assert.match(res.headers['content-type'] ?? '', type, `${at}: Content-Type ${res.headers['content-type']}`);
        assert.equal(res.headers['access-control-allow-origin'], '*', `${at}: Access-Control-Allow-Origin`);
        const cache = res.headers['cache-control'] ?? '';
        assert.match(cache, /\bmax-age=31536000\b/, `${at}: Cache-Control ${cache}`);
        assert.match(cache, /\bimmutable\b/, `${at}: Cache-Control ${cache}`);
        assert.equal(res.headers['content-language'], undefined, `${at}: no Content-Language (a .br file is not Breton)`);
        if (encoding) assert.match(res.headers.vary ?? '', /accept-encoding/i, `${at}: Vary`);
        const body = decode(encoding, res.body);
        assert.ok(body.equals(want), `${at}: the decoded body is the file (${body.length} B, want ${want.length} B)`);
        // The sibling sent must be the release's own (so its size is that of the .br/.gz, not a fresh compression).
        if (encoding) assert.equal(res.body.length, fs.statSync(path.join(folder, `${file}.${encoding === 'br' ? 'br' : 'gz'}`)).size, `${at}: the precompressed file itself`);
        checked++;
      }
    }
    assert.equal(checked, files.length * CASES.length);
    assert.ok(files.length >= 7, `the release has the script, the glue, the wasm and four languages (${files.length} files)`);
  });
}

// The plugin's lines: same origin as the pages (no CORS), the script's address with the plugin's ?ver=, and
// `no-cache`, since the plugin's file names carry no version. The `.js` rule must not take the files (no Expires).
for (const [name, brotli] of [['as printed', false], ['with brotli_static', true]]) {
  test(`nginx, with the WordPress plugin's lines (readme.txt, ${name}), serves the plugin's files compressed, typed, asked again each time`, async () => {
    let checked = 0;
    for (const file of files) {
      const want = fs.readFileSync(path.join(folder, file));
      const type = TYPE[file.split('.').pop()];
      for (const [accept, best] of CASES) {
        const encoding = best === 'br' && !brotli ? 'gzip' : best;
        const at = `nginx ${name} ${file} (Accept-Encoding: ${accept ?? 'none'})`;
        const res = await get(servers[name], file, accept, `/wp-content/plugins/oberih/assets/${file}?ver=${version}`);
        assert.equal(res.status, 200, at);
        assert.equal(res.headers['content-encoding'], encoding, `${at}: Content-Encoding`);
        assert.match(res.headers['content-type'] ?? '', type, `${at}: Content-Type ${res.headers['content-type']}`);
        assert.equal(res.headers['cache-control'], 'no-cache', `${at}: Cache-Control`);
        assert.equal(res.headers.expires, undefined, `${at}: the site's .js rule took the file (Expires ${res.headers.expires})`);
        assert.match(res.headers.vary ?? '', /accept-encoding/i, `${at}: Vary`);
        const body = decode(encoding, res.body);
        assert.ok(body.equals(want), `${at}: the decoded body is the file (${body.length} B, want ${want.length} B)`);
        if (encoding) assert.equal(res.body.length, fs.statSync(path.join(folder, `${file}.${encoding === 'br' ? 'br' : 'gz'}`)).size, `${at}: the precompressed file itself`);
        checked++;
      }
    }
    assert.equal(checked, files.length * CASES.length);
  });
}
