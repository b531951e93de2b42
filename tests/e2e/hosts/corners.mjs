// Which corner should the exit and the launcher take by default (issue 23, contract: "chosen by measurement")?
// For each host fixture at a phone and a laptop viewport: the real exit's and launcher's sizes and margins as the
// build draws them, placed in each of the four corners, and the host's interactive controls each box would cover,
// at the top of the page and scrolled to its end.
//   node tests/e2e/hosts/corners.mjs            (OBERIH_DIST=<folder> for another build)
import { start, open, inRoot, panelReady, coveredControls } from './hosts.mjs';

const FIXTURES = ['bootstrap', 'uswds', 'wordpress', 'dialog', 'govuk'];
const VIEWPORTS = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];
const CORNERS = ['top-right', 'top-left', 'bottom-right', 'bottom-left'];

const env = await start({ bfcache: false });
const rows = [];
try {
  for (const vp of VIEWPORTS) {
    for (const fixture of FIXTURES) {
      const { context, page } = await open(env, env.page(`m-${fixture}`, fixture, { replace: { GOVUK_EXIT: '/elsewhere' } }), { viewport: vp, before: false });
      await panelReady(page);
      await page.waitForTimeout(300);
      const m = await inRoot(page, (root) => {
        const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
        const box = (s) => { const r = root.querySelector(s).getBoundingClientRect(); return { w: r.width, h: r.height, mx: Math.min(r.left, vw - r.right), my: Math.min(r.top, vh - r.bottom) }; };
        return { vw, vh, exit: box('.exit'), launcher: box('[part=launcher]') };
      });
      const place = (b, corner) => {
        const left = corner.endsWith('left') ? b.mx : m.vw - b.mx - b.w;
        const top = corner.startsWith('top') ? b.my : m.vh - b.my - b.h;
        return { left, top, right: left + b.w, bottom: top + b.h };
      };
      // A fixed box stays put while the page scrolls: count what it covers at the top of the page and at its end.
      const at = async (y, b, corner) => {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        return page.evaluate(`(${coveredControls})(${JSON.stringify(place(b, corner))})`);
      };
      for (const corner of CORNERS) {
        const count = async (b) => [...new Set([...(await at(0, b, corner)), ...(await at(1e6, b, corner))])];
        const exit = await count(m.exit);
        const launcher = await count(m.launcher);
        rows.push({ viewport: `${vp.width}x${vp.height}`, fixture, corner, exit: exit.length, launcher: launcher.length, what: [...new Set([...exit, ...launcher])] });
      }
      await context.close();
    }
  }
} finally { await env.close(); }

console.log('| viewport | fixture | corner | exit covers | launcher covers |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.viewport} | ${r.fixture} | ${r.corner} | ${r.exit} | ${r.launcher} |`);
console.log('\nTotals over the fixtures (exit / launcher):');
for (const vp of VIEWPORTS.map((v) => `${v.width}x${v.height}`)) {
  console.log(`${vp}: ` + CORNERS.map((c) => {
    const rs = rows.filter((r) => r.viewport === vp && r.corner === c);
    return `${c} ${rs.reduce((s, r) => s + r.exit, 0)} / ${rs.reduce((s, r) => s + r.launcher, 0)}`;
  }).join(', '));
}
if (process.argv.includes('--what')) for (const r of rows) if (r.what.length) console.log(r.viewport, r.fixture, r.corner, r.what.join(' | '));
