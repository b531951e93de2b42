// The WebKit driver's guard (engines.mjs): WebKitWebDriver (WebKitGTK 2.50) never answers a script whose page goes
// into the back/forward cache while the script is pending. Such a call must fail within its deadline, and the
// session be given up with its processes, so that the next page gets a new one: one test fails, the run goes on.
// If a WebKit answers the call itself (with an error), all the better: the test asks only that it ends in time.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { ENGINES, launch } from './engines.mjs';

describe('webkit driver', { skip: !ENGINES.includes('webkit') && 'WebKit is not among OBERIH_ENGINES' }, () => {
  let server;
  let drv;
  let a;
  let b;
  before(async () => {
    server = http.createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html' })
      .end(`<!doctype html><title>${req.url}</title><p>${req.url}</p>`));
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    // Two origins, as the exit goes from the host's to the neutral site's.
    a = `http://localhost:${server.address().port}/a`;
    b = `http://127.0.0.1:${server.address().port}/b`;
    drv = await launch('webkit', {});
  });
  after(async () => {
    await drv?.close();
    server?.close();
  });

  test('a script left pending in a page that goes into the back/forward cache fails in time; the next page works', { timeout: 60000 }, async () => {
    const s = await drv.open(b, { before: a });
    const started = Date.now();
    const outcome = await s.evaluate(() => new Promise(() => { setTimeout(() => history.back(), 20); }))
      .then(() => 'answered', (e) => e.message);
    const took = Date.now() - started;
    assert.notEqual(outcome, 'answered', 'the script never calls back: it cannot succeed');
    assert.ok(took < 20000, `the call ended after ${took} ms: ${outcome}`);
    await s.close();
    assert.ok(Date.now() - started - took < 10000, 'close returns within seconds');
    const next = await drv.open(a);
    try {
      assert.equal(await next.evaluate(() => location.href), a, 'a new session opens and runs scripts');
    } finally { await next.close(); }
    assert.equal(drv.alive().length, 1, 'only the running WebKitWebDriver is left');
    await drv.close();
    assert.deepEqual(drv.alive(), [], 'no WebKitWebDriver, Xvfb or MiniBrowser is left after close');
  });
});
