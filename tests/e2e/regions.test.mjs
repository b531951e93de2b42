// Every region's own help: with data-region set, or a region picked in the panel, the directory shows the
// emergency numbers, then that region's own services under its name, then the rest. Expected services are
// read from content/services/*.toml (as the build read them: harness.mjs), so these tests keep passing as
// regions get data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, panelReady, shadow, ftl, country } from './harness.mjs';

const EN = { ...ftl('en', 'services.ftl'), ...ftl('en', 'panel.ftl') };
const ua = country('UA');
const kz = country('KZ');
const own = (c, code) => c.service.filter((s) => s.regions.includes(code));

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** The directory as shown: its groups in order, each {heading, notes, cards: [{name, numbers}]}. */
async function directory(page) {
  await shadow(page, '.directory').waitFor();
  return shadow(page, '.directory').evaluate((d) => {
    const groups = [{ heading: null, notes: [], cards: [] }];
    for (const el of d.children) {
      if (el.matches('h3.group')) groups.push({ heading: el.textContent.trim(), notes: [], cards: [] });
      else if (el.matches('p.occupied, p.note')) groups.at(-1).notes.push({ cls: el.className, text: el.textContent.trim() });
      else if (el.matches('ul.services')) {
        for (const li of el.children) {
          groups.at(-1).cards.push({ name: li.querySelector('h4').textContent.trim(), numbers: [...li.querySelectorAll('a.contact')].map((a) => a.textContent.trim()) });
        }
      }
    }
    return groups;
  });
}

async function openDirectory(attrs) {
  const url = env.page('region-' + Object.values(attrs).join('-'), { attrs: { 'data-lang': 'en', ...attrs } });
  const opened = await open(env, url);
  await panelReady(opened.page);
  await shadow(opened.page, '[part=launcher]').click();
  await shadow(opened.page, '.home [part=choice]').nth(1).click();
  return opened;
}

/** Checks that the directory shows the emergency numbers, then exactly the region's own services under its name. */
function assertRegionFirst(groups, c, code) {
  const region = c.region.find((r) => r.code === code);
  const [emergency, regional] = groups;
  assert.equal(emergency.heading, null, 'the emergency numbers come first, under the directory title');
  assert.ok(emergency.cards.length >= 2, JSON.stringify(groups));
  const numbers = emergency.cards.flatMap((s) => s.numbers);
  for (const n of ['102', '103']) assert.ok(numbers.includes(n), `${n} first: ${numbers}`);
  assert.equal(regional.heading, EN[region.name], `the next heading names the region: ${JSON.stringify(groups)}`);
  const expected = own(c, code);
  assert.deepEqual(regional.cards.map((s) => s.name), expected.map((s) => EN[s.name]), `${code}: its own services, in file order`);
  for (const [i, s] of expected.entries()) {
    for (const k of s.contact) assert.ok(regional.cards[i].numbers.includes(k.display), `${code}: ${k.display} shown`);
  }
  // None of them again further down, and no other region's services.
  const later = groups.slice(2).flatMap((g) => g.cards.map((s) => s.name));
  for (const s of expected) assert.ok(!later.includes(EN[s.name]), `${s.id} once`);
  const others = c.service.filter((s) => s.regions.length && !s.regions.includes(code)).map((s) => EN[s.name]);
  assert.ok(!groups.flatMap((g) => g.cards).some((s) => others.includes(s.name)), 'no other region\'s services');
}

// Every region that has services of its own today, in both countries (UA-30 Kyiv at least; Kazakhstan has none
// listed since 2026-11-25, so its regions are tested by the "no service of its own" test below).
const withOwn = [['UA', ua], ['KZ', kz]].flatMap(([country, c]) =>
  c.region.filter((r) => own(c, r.code).length).map((r) => [country, c, r.code]));

test('the content has regional services to test with', () => {
  assert.ok(withOwn.some(([, , code]) => code === 'UA-30'), 'UA-30 Kyiv');
  assert.ok(withOwn.some(([, , code]) => code === 'UA-23'), 'UA-23 Zaporizhzhia: a partly occupied region with a city service');
});

for (const [country, c, code] of withOwn) {
  test(`${country}, data-region=${code}: the region's own services right after the emergency numbers`, async () => {
    const { context, page, log } = await openDirectory({ 'data-country': country, 'data-region': code });
    assertRegionFirst(await directory(page), c, code);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('a visitor who picks a region in the panel sees its services the same way', async () => {
  for (const [country, c] of [['UA', ua], ['KZ', kz]]) {
    const code = c.region.find((r) => own(c, r.code).length)?.code;
    if (!code) continue;
    const { context, page } = await openDirectory({ 'data-country': country, 'data-region': null });
    const before = await directory(page);
    assert.ok(before.every((g) => g.heading !== EN[c.region.find((r) => r.code === code).name]), 'no region heading for the whole country');
    await shadow(page, 'select.region').selectOption(code);
    assertRegionFirst(await directory(page), c, code);
    await context.close();
  }
});

test('Crimea (UA-43): the occupied note above the region\'s (empty) list, and the national lines below', async () => {
  const { context, page, log } = await openDirectory({ 'data-country': 'UA', 'data-region': 'UA-43' });
  const groups = await directory(page);
  const crimea = groups.find((g) => g.heading === EN['region-ua-43']);
  assert.ok(crimea, JSON.stringify(groups));
  assert.deepEqual(crimea.notes[0], { cls: 'occupied', text: EN['panel-region-occupied'] });
  assert.deepEqual(crimea.cards.map((s) => s.name), own(ua, 'UA-43').map((s) => EN[s.name]));
  const national = groups.find((g) => g.heading === EN['panel-directory-national']);
  assert.ok(national && national.cards.some((s) => s.numbers.includes('15-47')), 'the national lines are listed');
  assert.ok(groups.indexOf(national) > groups.indexOf(crimea), 'below the note');
  // A region that is not occupied has no such note.
  await shadow(page, 'select.region').selectOption('UA-46');
  assert.equal(await shadow(page, '.occupied').count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a region with no service of its own says so, and the national lines follow', async () => {
  const missing = ua.region.find((r) => !own(ua, r.code).length && !r.occupied) || kz.region.find((r) => !own(kz, r.code).length);
  if (!missing) return; // every region has its own services: nothing to say
  const country = missing.code.slice(0, 2);
  const { context, page } = await openDirectory({ 'data-country': country, 'data-region': missing.code });
  const groups = await directory(page);
  assert.equal(groups[1].heading, EN[missing.name]);
  assert.deepEqual(groups[1].notes, [{ cls: 'note', text: EN['panel-region-none'] }]);
  assert.equal(groups[1].cards.length, 0);
  assert.equal(groups.at(-1).heading, EN['panel-directory-national']);
  await context.close();
});
