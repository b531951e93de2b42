// The WordPress plugin in a real WordPress: Debian's `wordpress` (6.1) on Debian's Apache with mod_php and a
// MariaDB of its own, both on loopback ports, in a temporary folder, stopped afterwards. An admin (in Ukrainian)
// activates the plugin and saves its settings in headless Chromium; a visitor then sees one script tag from the
// site itself with the right integrity and attributes, and an exit that works; the files come compressed with the
// right types; a services block that is not JSON is refused with the plugin's own message.
//
// Needs: `node tools/wp-plugin.mjs` (after a release build) and the Debian packages wordpress,
// wordpress-theme-twentytwentythree, wordpress-l10n, apache2, libapache2-mod-php, php-mysql, mariadb-server
// (`./dev test` installs them and runs both).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { spawn, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VERSION = /^version = "([^"]+)"/m.exec(fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8'))[1];
const PLUGIN = path.join(ROOT, 'dist', `oberih-wordpress-${VERSION}`, 'oberih');
const ZIP = path.join(ROOT, 'dist', `oberih-wordpress-${VERSION}.zip`);
const WORDPRESS = '/usr/share/wordpress';
const ADMIN = { user: 'admin', password: 'a-long-test-password-42' };
const started = Date.now();
// Debian's mod_php (libphp8.2.so in Debian 12), whatever its PHP version.
const MODULES = '/usr/lib/apache2/modules';
const LIBPHP = fs.existsSync(MODULES) ? fs.readdirSync(MODULES).find((f) => /^libphp[\d.]*\.so$/.test(f)) : undefined;

/** Messages of one of the plugin's Fluent files (plain ones: the plugin allows no others). */
function ftl(lang) {
  const text = fs.readFileSync(path.join(ROOT, 'wordpress/locales', lang, 'wordpress.ftl'), 'utf8');
  return Object.fromEntries([...text.matchAll(/^([a-z][a-z0-9-]*) = (.*)$/gm)].map((m) => [m[1], m[2].trim()]));
}
const UK = ftl('uk');

const sri = (bytes) => 'sha384-' + crypto.createHash('sha384').update(bytes).digest('base64');

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function until(what, check, ms = 30000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch { /* not yet */ }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A GET or POST to the site without a browser: status, headers and the raw (undecoded) body. */
function request(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const env = { procs: [] };

before(async () => {
  for (const need of [PLUGIN, ZIP, `${WORDPRESS}/wp-settings.php`, '/usr/sbin/apache2', '/usr/sbin/mariadbd',
    `${MODULES}/${LIBPHP}`, '/usr/share/wordpress/wp-content/themes/twentytwentythree']) {
    if (!fs.existsSync(need)) throw new Error(`${need} is missing: run ./dev test (it installs Debian's wordpress, apache2, libapache2-mod-php, php-mysql, mariadb-server and builds the plugin with tools/wp-plugin.mjs)`);
  }
  const tmp = env.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oberih-wp-'));
  fs.chmodSync(tmp, 0o755); // Apache's children run as www-data when the test runs as root
  const root = id() === 0;
  const [dbPort, webPort] = [await freePort(), await freePort()];
  env.site = `http://127.0.0.1:${webPort}`;

  // MariaDB: its own data folder and socket; root without a password, on loopback only.
  const db = path.join(tmp, 'db');
  const sock = path.join(tmp, 'db.sock');
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${db}`, `--user=${os.userInfo().username}`,
    '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
  const mariadb = spawn('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${db}`, `--socket=${sock}`,
    `--port=${dbPort}`, '--bind-address=127.0.0.1', `--pid-file=${path.join(tmp, 'db.pid')}`,
    `--log-error=${path.join(tmp, 'db.err')}`, '--skip-log-bin', '--innodb-buffer-pool-size=16M',
    ...(root ? ['--user=root'] : [])], { stdio: 'ignore', detached: true });
  env.procs.push(mariadb);
  const sql = (q) => execFileSync('mariadb', ['--no-defaults', `--socket=${sock}`, '-uroot', '-N', '-e', q], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  await until('MariaDB', () => sql('SELECT 1').trim() === '1');
  sql("CREATE DATABASE wp; CREATE USER 'wp'@'127.0.0.1' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'127.0.0.1';");
  env.sql = (q) => execFileSync('mariadb', ['--no-defaults', `--socket=${sock}`, '-uroot', '-N', 'wp', '-e', q], { encoding: 'utf8' });

  // WordPress: Debian's files copied, with a configuration of our own (Debian's reads /etc/wordpress by host name).
  const www = path.join(tmp, 'www');
  fs.cpSync(WORDPRESS, www, { recursive: true, dereference: true });
  fs.rmSync(path.join(www, '.htaccess'), { force: true });
  // A stand-in for WP Rocket's cache purge (the function it defines), counting the plugin's calls.
  fs.mkdirSync(path.join(www, 'wp-content/mu-plugins'), { recursive: true });
  fs.writeFileSync(path.join(www, 'wp-content/mu-plugins/purge-counter.php'),
    "<?php function rocket_clean_domain() { update_option( 'test_purges', 1 + (int) get_option( 'test_purges', 0 ) ); }\n");
  // The plugin arrives as a webmaster's does: its zip, uploaded in Plugins → Add New (WordPress writes it here).
  if (root) execFileSync('chown', ['-R', 'www-data:www-data', path.join(www, 'wp-content')]);
  fs.writeFileSync(path.join(www, 'wp-config.php'), `<?php
define( 'DB_NAME', 'wp' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', '127.0.0.1:${dbPort}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'FS_METHOD', 'direct' );
// No request leaves the machine (updates, translations, cron's loopback call).
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${tmp}/wp-debug.log' );
$table_prefix = 'wp_';
defined( 'ABSPATH' ) || define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`);
  fs.writeFileSync(path.join(tmp, 'wp-debug.log'), '');
  if (root) execFileSync('chown', ['www-data:www-data', path.join(tmp, 'wp-debug.log')]);

  // Apache: Debian's modules, a configuration of our own, in the foreground (stopped with the test).
  const mod = (name, file) => `LoadModule ${name}_module /usr/lib/apache2/modules/${file}`;
  const conf = path.join(tmp, 'apache.conf');
  fs.writeFileSync(conf, [
    `ServerRoot ${tmp}`, 'ServerName 127.0.0.1', `Listen 127.0.0.1:${webPort}`, `PidFile ${tmp}/apache.pid`,
    `ErrorLog ${tmp}/apache-error.log`, 'LogLevel warn', `DefaultRuntimeDir ${tmp}`, `Mutex file:${tmp} default`,
    ...(root ? ['User www-data', 'Group www-data'] : []),
    mod('mpm_prefork', 'mod_mpm_prefork.so'), mod('authz_core', 'mod_authz_core.so'), mod('mime', 'mod_mime.so'),
    mod('dir', 'mod_dir.so'), mod('rewrite', 'mod_rewrite.so'), mod('headers', 'mod_headers.so'),
    mod('filter', 'mod_filter.so'), mod('deflate', 'mod_deflate.so'), mod('php', LIBPHP),
    'StartServers 2', 'MinSpareServers 2', 'MaxSpareServers 4', 'MaxRequestWorkers 8',
    // Debian's mime.conf, as every Debian site has it enabled (it maps .gz to a type and .br to Breton).
    'TypesConfig /etc/mime.types', 'Include /etc/apache2/mods-available/mime.conf', `DocumentRoot ${www}`, 'DirectoryIndex index.php index.html',
    '<Directory />', '  AllowOverride None', '  Require all denied', '</Directory>',
    `<Directory ${www}>`, '  Options FollowSymLinks', '  AllowOverride FileInfo', '  Require all granted', '</Directory>',
    '<FilesMatch "\\.php$">', '  SetHandler application/x-httpd-php', '</FilesMatch>', '',
  ].join('\n'));
  // Its own process group: on shutdown Apache signals its whole group, which must not include this test.
  const apache = spawn('/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  apache.stderr.on('data', (d) => process.stderr.write(`apache: ${d}`));
  env.procs.push(apache);
  await until('Apache', async () => (await request(`${env.site}/wp-login.php`)).status > 0);

  // WordPress's own installer, in Ukrainian (Debian's wordpress-l10n has uk.mo), as its form would post it.
  const form = new URLSearchParams({ weblog_title: 'Міська рада', user_name: ADMIN.user, admin_password: ADMIN.password,
    admin_password2: ADMIN.password, pw_weak: '1', admin_email: 'webmaster@example.org', blog_public: '0', language: 'uk' });
  const installed = await request(`${env.site}/wp-admin/install.php?step=2`, { method: 'POST', body: form.toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  assert.equal(installed.status, 200, installed.body.toString());
  assert.equal(env.sql("SELECT option_value FROM wp_options WHERE option_name='WPLANG'").trim(), 'uk', 'the site is in Ukrainian');

  // The visitor's exit goes to a neutral site of its own.
  env.neutral = await new Promise((resolve) => {
    const s = http.createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(req.url === '/before' ? '<!doctype html><title>Before</title><p>Earlier.</p>' : '<!doctype html><title>Weather</title><h1>Weather</h1>');
    }).listen(0, '127.0.0.1', () => resolve(s));
  });
  env.exitUrl = `http://localhost:${env.neutral.address().port}/weather`;
  env.browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  env.admin = await env.browser.newContext({ locale: 'uk-UA' });
  env.page = await env.admin.newPage();
});

after(async () => {
  await env.browser?.close();
  env.neutral?.close();
  for (const p of env.procs.reverse()) {
    if (p.exitCode === null) {
      p.kill('SIGTERM');
      await new Promise((r) => { p.once('exit', r); setTimeout(r, 10000); });
    }
  }
  if (env.tmp) {
    const log = path.join(env.tmp, 'wp-debug.log');
    const debug = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
    if (/plugins\/oberih/.test(debug)) process.stderr.write(`WordPress debug log:\n${debug}\n`);
    fs.rmSync(env.tmp, { recursive: true, force: true });
  }
  console.log(`# WordPress test: ${((Date.now() - started) / 1000).toFixed(1)} s (servers, install, admin, visitor)`);
});

function id() {
  return typeof process.getuid === 'function' ? process.getuid() : -1;
}

// WordPress's debug log names every PHP warning or notice the plugin causes.
function pluginWarnings() {
  const debug = fs.readFileSync(path.join(env.tmp, 'wp-debug.log'), 'utf8');
  return debug.split('\n').filter((l) => /plugins\/oberih/.test(l));
}

const SERVICES = [{
  id: 'desnianskyi-centre',
  name: { uk: 'Центр соціальних служб', en: 'Social services centre' },
  // Text that would end the element and run a script if it were printed as it is.
  description: { en: '</script><script>window.injected = 1</script><!-- & "quotes" \'too\'' },
  roles: ['local'],
  regions: ['UA-30'],
  contacts: [{ channel: 'phone', display: '044 000 00 00', dial: '+380440000000' }],
}];

test('an admin activates the plugin and saves its settings, in Ukrainian', async () => {
  const { page } = env;
  await page.goto(`${env.site}/wp-login.php`);
  await page.fill('#user_login', ADMIN.user);
  await page.fill('#user_pass', ADMIN.password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);

  // Plugins → Add New → Upload Plugin, with the zip that tools/wp-plugin.mjs wrote (WordPress unpacks it).
  await page.goto(`${env.site}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles('#pluginzip', ZIP);
  await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.click('#install-plugin-submit')]);
  const unpacked = path.join(env.tmp, 'www/wp-content/plugins/oberih');
  assert.ok(fs.existsSync(path.join(unpacked, 'assets/oberih_app_bg.wasm')), await page.textContent('.wrap'));
  for (const f of ['oberih.php', 'includes/build.php', 'assets/oberih.js', 'assets/oberih.js.br', 'assets/.htaccess', 'assets/LICENSE-MIT']) {
    assert.ok(fs.readFileSync(path.join(unpacked, f)).equals(fs.readFileSync(path.join(PLUGIN, f))), `${f} unpacked as built`);
  }

  await page.goto(`${env.site}/wp-admin/plugins.php`);
  await Promise.all([page.waitForURL(/plugins\.php\?activate=true/), page.click('a[href*="action=activate"][href*="oberih%2Foberih.php"]')]);
  assert.ok(await page.locator('a[href*="action=deactivate"][href*="oberih%2Foberih.php"]').count(), 'the plugin is active');
  const purges = () => Number(env.sql("SELECT option_value FROM wp_options WHERE option_name='test_purges'").trim() || 0);
  assert.equal(purges(), 1, 'activating empties the page cache');

  // Settings → Oberih, in the admin's language.
  await page.goto(`${env.site}/wp-admin/options-general.php?page=oberih`);
  assert.equal((await page.textContent('.wrap h1')).trim(), UK['wp-page-title']);
  assert.equal(await page.getAttribute('.wrap', 'lang'), 'uk');
  assert.ok((await page.textContent('#adminmenu')).includes(UK['wp-menu']), 'the menu entry is under Settings');
  assert.equal((await page.textContent('label[for="oberih-country"]')).trim(), UK['wp-country']);
  // Region names in Ukrainian, from locales/uk/services.ftl.
  assert.equal((await page.textContent('#oberih-region option[value="UA-30"]')).trim(), 'Київ (UA-30)');

  await page.selectOption('#oberih-country', 'UA');
  await page.selectOption('#oberih-region', 'UA-30');
  await page.selectOption('#oberih-lang', 'uk');
  await page.fill('#oberih-exit_url', env.exitUrl);
  await page.selectOption('#oberih-exit_position', 'top-left');
  await page.selectOption('#oberih-position', 'bottom-left');
  await page.check('#oberih-history');
  await page.fill('#oberih-services', '[');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  assert.equal(await page.locator('#setting-error-oberih-services').count(), 1, 'one message for the refused services');
  assert.equal(purges(), 2, 'saving empties the page cache, so no page keeps the old settings');
  await page.fill('#oberih-services', JSON.stringify(SERVICES, null, 2));
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  assert.equal(await page.locator('.notice-error, .error').count(), 0, await page.textContent('.wrap'));
  assert.equal(await page.locator('#setting-error-settings_updated').count(), 1, 'WordPress says the settings were saved');
  assert.equal(purges(), 3, 'each save empties the page cache');
  assert.equal(await page.inputValue('#oberih-exit_url'), env.exitUrl);
  assert.equal(await page.inputValue('#oberih-region'), 'UA-30');
  assert.deepEqual(JSON.parse(await page.inputValue('#oberih-services')), SERVICES);
  assert.deepEqual(pluginWarnings(), []);
  // For a person's look at the page: OBERIH_WP_SCREENSHOTS=<folder>.
  if (process.env.OBERIH_WP_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.OBERIH_WP_SCREENSHOTS, 'settings-uk.png'), fullPage: true });
});

test('settings that are not valid are refused with a clear message, and the previous ones stay', async () => {
  const { page } = env;
  await page.goto(`${env.site}/wp-admin/options-general.php?page=oberih`);
  await page.fill('#oberih-services', '[{"id": "a", "name": "B",]');
  await page.fill('#oberih-exit_url', 'javascript:alert(1)');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  const json = page.locator('#setting-error-oberih-services p');
  assert.equal(await json.count(), 1, 'one message for the services');
  const text = (await json.textContent()).trim();
  assert.ok(text.startsWith(UK['wp-error-services-json'].split('{')[0].trim()), text);
  assert.ok(text.endsWith(UK['wp-error-services-json'].split('}').pop().trim()), text);
  assert.equal((await page.textContent('#setting-error-oberih-exit-url p')).trim(), UK['wp-error-exit-url']);
  assert.equal(await page.inputValue('#oberih-services'), '[{"id": "a", "name": "B",]', 'the refused text is shown again to be fixed');
  const saved = env.sql("SELECT option_value FROM wp_options WHERE option_name='oberih_options'");
  assert.ok(saved.includes('desnianskyi-centre') && !saved.includes('"B",]'), 'the previous services stay saved');
  await page.reload();
  assert.deepEqual(JSON.parse(await page.inputValue('#oberih-services')), SERVICES, 'shown once: then the saved ones');
  assert.equal(await page.inputValue('#oberih-exit_url'), env.exitUrl, 'the previous exit address stays');

  // A JSON value that is not an array: its own message.
  await page.fill('#oberih-services', '{"id": "a"}');
  await page.fill('#oberih-exit_url', env.exitUrl);
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  assert.equal((await page.textContent('#setting-error-oberih-services p')).trim(), UK['wp-error-services-array']);
  assert.deepEqual(pluginWarnings(), []);
});

test("the settings page follows the admin's own language: Russian, Kazakh, English", async () => {
  const { page } = env;
  // The profile's language (Users → Profile → Language) is the user meta `locale`; WordPress has no Kazakh
  // translation of its own in Debian, yet the plugin's page is in Kazakh.
  for (const [locale, lang] of [['ru_RU', 'ru'], ['kk', 'kk'], ['en_US', 'en'], ['de_DE', 'en']]) {
    env.sql(`DELETE FROM wp_usermeta WHERE user_id = 1 AND meta_key = 'locale'; INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (1, 'locale', '${locale}');`);
    await page.goto(`${env.site}/wp-admin/options-general.php?page=oberih`);
    const strings = ftl(lang);
    assert.equal((await page.textContent('.wrap h1')).trim(), strings['wp-page-title'], locale);
    assert.equal((await page.textContent('label[for="oberih-exit_url"]')).trim(), strings['wp-exit-url'], locale);
    assert.equal(await page.getAttribute('.wrap', 'lang'), lang);
  }
  env.sql("DELETE FROM wp_usermeta WHERE user_id = 1 AND meta_key = 'locale';");
});

test('the form refuses a post without its nonce, and a visitor without the capability', async () => {
  const forged = await request(`${env.site}/wp-admin/options.php`, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ option_page: 'oberih', action: 'update', 'oberih_options[exit_url]': 'https://attacker.example/' }).toString(),
  });
  assert.notEqual(forged.status, 200, 'no session, no nonce: WordPress refuses');
  // The admin's own session, but no nonce: WordPress stops at check_admin_referer.
  const noNonce = await env.admin.request.post(`${env.site}/wp-admin/options.php`, {
    form: { option_page: 'oberih', action: 'update', 'oberih_options[exit_url]': 'https://attacker.example/' },
    maxRedirects: 0,
  });
  assert.equal(noNonce.status(), 403, 'a post without the nonce is refused');
  const stored = env.sql("SELECT option_value FROM wp_options WHERE option_name='oberih_options'");
  assert.ok(!stored.includes('attacker'), 'nothing was saved');
  const settings = await request(`${env.site}/wp-admin/options-general.php?page=oberih`);
  assert.equal(settings.status, 302, 'a visitor is sent to the login page');
});

test('a visitor gets one script tag from the site itself, with the integrity and attributes, and the exit works', async (t) => {
  const context = await env.browser.newContext({ locale: 'uk-UA' });
  // The widget's shadow root opened for the test (as tests/e2e's harness does), so the exit can be found.
  await context.addInitScript(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      return attach.call(this, this.localName === 'oberih-widget' ? { ...init, mode: 'open' } : init);
    };
  });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://localhost:${env.neutral.address().port}/before`);
  await page.goto(`${env.site}/`);

  const html = (await request(`${env.site}/`)).body.toString();
  const tags = html.match(/<script\b[^>]*oberih\.js[^>]*>/g) || [];
  assert.equal(tags.length, 1, `one script tag: ${tags.join('\n')}`);
  const tag = tags[0];
  t.diagnostic(tag);
  assert.ok(tag.indexOf('data-cfasync="false"') < tag.indexOf(' src='), 'data-cfasync comes before src (Rocket Loader reads it only there)');

  const script = page.locator('script[src*="oberih.js"]');
  const attr = (name) => script.getAttribute(name);
  const src = new URL(await attr('src'));
  assert.equal(src.origin, env.site, 'served by the site itself');
  assert.equal(src.pathname, '/wp-content/plugins/oberih/assets/oberih.js');
  assert.equal(src.search, `?ver=${VERSION}`, 'a new address for each version');
  const bundled = fs.readFileSync(path.join(PLUGIN, 'assets/oberih.js'));
  assert.ok(bundled.equals(fs.readFileSync(path.join(ROOT, 'dist/oberih.js'))), 'the plugin bundles this build');
  assert.equal(await attr('integrity'), sri(bundled));
  assert.equal(await attr('crossorigin'), 'anonymous');
  assert.equal(await attr('defer'), '');
  const expected = {
    'data-country': 'UA', 'data-region': 'UA-30', 'data-lang': 'uk', 'data-exit-url': env.exitUrl,
    'data-exit-position': 'top-left', 'data-position': 'bottom-left', 'data-history': 'replace',
    'data-cfasync': 'false', 'data-no-optimize': '1', 'data-no-defer': '1', 'data-jetpack-boost': 'ignore',
  };
  for (const [name, value] of Object.entries(expected)) assert.equal(await attr(name), value, name);

  // The services block: the saved JSON, with nothing in it that ends the element.
  const block = html.match(/<script type="application\/json" data-oberih-services>([\s\S]*?)<\/script>/);
  assert.ok(block, 'the services block is in the page');
  assert.ok(!/<|>/.test(block[1]), 'no < or > inside the block');
  assert.deepEqual(JSON.parse(block[1]), SERVICES);
  assert.equal(await page.evaluate(() => window.injected), undefined);

  // The exit: there, pointing at the configured address, and it replaces the page.
  const exit = page.locator('oberih-widget .exit');
  await exit.waitFor({ state: 'visible', timeout: 10000 });
  if (process.env.OBERIH_WP_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.OBERIH_WP_SCREENSHOTS, 'front-uk.png') });
  assert.equal(await exit.getAttribute('href'), env.exitUrl);
  // The help panel started too: the wasm came from the site with its type (streaming compilation).
  await page.locator('oberih-widget [part=launcher]').waitFor({ timeout: 20000 });
  const offSite = requests.filter((u) => new URL(u).origin !== env.site && !u.includes('/before'));
  assert.deepEqual(offSite, [], 'no request to anyone but the site');
  const length = await page.evaluate(() => history.length);
  await exit.click();
  await page.waitForURL(env.exitUrl);
  assert.equal(await page.evaluate(() => history.length), length, 'no history entry was added');
  await page.goBack();
  assert.equal(page.url(), `http://localhost:${env.neutral.address().port}/before`, 'Back skips the site');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the files come compressed as a browser asks, with the right types (assets/.htaccess)', async () => {
  const files = { 'oberih.js': 'text/javascript', 'oberih_app.js': 'text/javascript',
    'oberih_app_bg.wasm': 'application/wasm', 'locales/uk.ftl': 'text/plain' };
  for (const [file, type] of Object.entries(files)) {
    const url = `${env.site}/wp-content/plugins/oberih/assets/${file}`;
    const original = fs.readFileSync(path.join(PLUGIN, 'assets', file));
    for (const [accept, encoding, decode] of [['br, gzip', 'br', zlib.brotliDecompressSync],
      ['gzip, deflate', 'gzip', zlib.gunzipSync], ['identity', undefined, (b) => b]]) {
      const res = await request(url, { headers: { 'Accept-Encoding': accept } });
      assert.equal(res.status, 200, `${file} (${accept})`);
      assert.equal(res.headers['content-type'].split(';')[0], type, `${file} (${accept}): ${res.headers['content-type']}`);
      assert.equal(res.headers['content-encoding'], encoding, `${file} (${accept})`);
      assert.match(res.headers.vary || '', /Accept-Encoding/i, `${file} (${accept}): Vary`);
      // Debian's mime.conf maps .br to Breton: a .br file must not come with Content-Language: br.
      assert.equal(res.headers['content-language'], undefined, `${file} (${accept}): Content-Language`);
      assert.equal(res.headers['cache-control'], 'no-cache', `${file} (${accept}): asked again each time`);
      assert.ok(decode(res.body).equals(original), `${file} (${accept}) decodes to the bundled file`);
      if (encoding && original.length > 1000) assert.ok(res.body.length < original.length * 0.6, `${file} (${accept}): ${res.body.length} of ${original.length} bytes`);
    }
  }
});

/** PHP run with WordPress loaded from the command line (the plugin active), `before` ahead of wp-load.php; its JSON. */
function wpPhp(code, before = '') {
  const out = execFileSync('php', ['-r', `${before}
    define('WP_USE_THEMES', false); $_SERVER['HTTP_HOST'] = '127.0.0.1';
    require '${path.join(env.tmp, 'www/wp-load.php')}';
    ${code}`], { encoding: 'utf8' });
  return JSON.parse(out.slice(out.indexOf('{')));
}

test("the optimisation tools' own PHP filters get the plugin's folder, wherever the plugins' folder is (WP Rocket, Autoptimize)", () => {
  // What each tool's filter would return; with the plugins' folder at its usual address, then moved
  // (WP_PLUGIN_URL, as a site that renames wp-content sets it).
  const filters = `echo json_encode(array(
      'rocket_exclude_js' => apply_filters('rocket_exclude_js', array('/other.js')),
      'rocket_delay_js_exclusions' => apply_filters('rocket_delay_js_exclusions', array()),
      'ao_string' => apply_filters('autoptimize_filter_js_exclude', 'seal.js, js/jquery/jquery.js', ''),
      'ao_array' => apply_filters('autoptimize_filter_js_exclude', array('seal.js' => ''), ''),
      'ao_minified' => apply_filters('autoptimize_filter_js_consider_minified', false),
    ));`;
  for (const [before, folder] of [['', '/wp-content/plugins/oberih/assets/'],
    ["define('WP_PLUGIN_URL', 'http://127.0.0.1/site/modules');", '/site/modules/oberih/assets/']]) {
    const r = wpPhp(filters, before);
    assert.deepEqual(r.rocket_exclude_js, ['/other.js', `${folder}(.*)`]);
    assert.ok(new RegExp(r.rocket_exclude_js[1]).test(`${folder}oberih.js`));
    assert.deepEqual(r.rocket_delay_js_exclusions, [folder]);
    assert.equal(r.ao_string, `seal.js, js/jquery/jquery.js, ${folder}`);
    assert.deepEqual(r.ao_array, { 'seal.js': '', [folder]: '' });
    assert.deepEqual(r.ao_minified, [folder]);
  }
});

test('the services box takes what the widget reads and no more: its size and nesting limits (src/json.rs)', () => {
  const json = fs.readFileSync(path.join(ROOT, 'src/json.rs'), 'utf8');
  const depth = Number(/const MAX_DEPTH: usize = (\d+);/.exec(json)[1]);
  const bytes = Number(/const MAX_BYTES: usize = (\d+) \* 1024;/.exec(json)[1]) * 1024;
  // The widget counts depth from 0 for the block's array, one more for each value inside (a number too), and
  // bytes of the block as printed in the page (compact, with < > & ' " written \u00XX).
  const nest = (n, inner) => '['.repeat(n) + inner + ']'.repeat(n);
  const sized = (n) => { const head = '[{"id":"a","pad":"', tail = '"}]'; return head + 'x'.repeat(n - head.length - tail.length) + tail; };
  const cases = {
    [nest(depth, '1')]: 'ok', // the number at the deepest depth read
    [nest(depth + 1, '1')]: 'wp-error-services-depth',
    [nest(depth + 1, '')]: 'ok', // the innermost empty array at the deepest depth
    [nest(depth + 2, '')]: 'wp-error-services-depth',
    [sized(bytes)]: 'ok',
    [sized(bytes + 1)]: 'wp-error-services-size',
    [sized(bytes - 10) + ' '.repeat(4000)]: 'ok', // pasted with room to spare: the page gets it compact
    [`[{"id":"a","pad":"${'<'.repeat(12000)}"}]`]: 'wp-error-services-size', // 12000 bytes pasted, 72000 printed
  };
  const file = path.join(env.tmp, 'services-cases.json');
  fs.writeFileSync(file, JSON.stringify(Object.keys(cases)));
  const r = wpPhp(`$out = array();
    foreach (json_decode(file_get_contents('${file}')) as $text) {
      $x = oberih_services($text);
      $out[] = isset($x['ok']) ? array('ok', strlen((string) oberih_services_for_page($x['ok']))) : array($x['error'], oberih_t($x['error'], $x['args']));
    }
    echo json_encode(array('r' => $out));`).r;
  Object.entries(cases).forEach(([text, expected], i) => {
    assert.equal(r[i][0], expected, `${text.slice(0, 40)}… (${text.length} bytes): ${r[i][1]}`);
    if (expected === 'ok' && text.includes('pad')) assert.ok(r[i][1] <= bytes, `printed ${r[i][1]} bytes`);
  });
  // The messages, in the site's language (Ukrainian), name the widget's limits.
  assert.equal(r[1][1], UK['wp-error-services-depth'].replace('{ $max }', String(depth)));
  assert.equal(r[5][1], UK['wp-error-services-size'].replace('{ $max }', String(bytes / 1024)));
});

/** The plugin's folder as a newer build of it: its version (build.php and the header) changed. */
function newerPlugin(version) {
  const dir = fs.mkdtempSync(path.join(env.tmp, 'newer-'));
  fs.cpSync(PLUGIN, path.join(dir, 'oberih'), { recursive: true });
  const edit = (f, from, to) => {
    const p = path.join(dir, 'oberih', f);
    const text = fs.readFileSync(p, 'utf8');
    assert.ok(text.includes(from), `${f} has ${from}`);
    fs.writeFileSync(p, text.replace(from, to));
  };
  edit('includes/build.php', `'version' => '${VERSION}'`, `'version' => '${version}'`);
  edit('oberih.php', `Version:           ${VERSION}`, `Version:           ${version}`);
  return path.join(dir, 'oberih');
}

test('a new build empties the page caches once, however it arrives: a zip uploaded over the plugin, or files copied', async () => {
  const { page } = env;
  const purges = () => Number(env.sql("SELECT option_value FROM wp_options WHERE option_name='test_purges'").trim() || 0);
  const tagVersion = async () => /oberih\.js\?ver=([^"&]+)/.exec((await request(`${env.site}/`)).body.toString())?.[1];
  assert.equal(await tagVersion(), VERSION);
  const start = purges();
  await request(`${env.site}/`);
  await page.goto(`${env.site}/wp-admin/`);
  assert.equal(purges(), start, 'no purge while the build is the same');

  // Plugins → Add New → Upload, then "Replace current with uploaded" (WordPress's upload over an installed plugin).
  const { zip } = await import('../../tools/wp-plugin.mjs');
  const newer = newerPlugin(`${VERSION}.1`);
  const list = (dir, base = '') => fs.readdirSync(path.join(dir, base), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? [[`${base}${e.name}/`, null], ...list(dir, `${base}${e.name}/`)] : [[`${base}${e.name}`, fs.readFileSync(path.join(dir, base, e.name))]]));
  const upload = path.join(env.tmp, 'oberih-update.zip');
  fs.writeFileSync(upload, zip(list(path.dirname(newer))));
  await page.goto(`${env.site}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles('#pluginzip', upload);
  await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.click('#install-plugin-submit')]);
  await Promise.all([page.waitForURL(/overwrite=update-plugin/), page.click('a.update-from-upload-overwrite')]);
  // Already in the upgrade's own request, before any other reaches WordPress.
  assert.equal(purges(), start + 1, 'the upload emptied the page caches');
  const installed = path.join(env.tmp, 'www/wp-content/plugins/oberih');
  assert.match(fs.readFileSync(path.join(installed, 'includes/build.php'), 'utf8'), new RegExp(`'${VERSION}\\.1'`), await page.textContent('.wrap'));
  assert.equal(await tagVersion(), `${VERSION}.1`);
  await page.goto(`${env.site}/wp-admin/`);
  assert.equal(purges(), start + 1, 'once: the next requests find the build remembered');

  // The same files copied over by FTP (no upgrader at all): the next request notices the build changed.
  // PHP's opcache may keep the old build.php for a moment: asked until the new build shows.
  fs.cpSync(PLUGIN, installed, { recursive: true });
  await until('the copied build', async () => (await tagVersion()) === VERSION, 15000);
  await request(`${env.site}/`);
  assert.equal(purges(), start + 2, 'the copied files emptied the page caches, once');
  assert.deepEqual(pluginWarnings(), []);
});
