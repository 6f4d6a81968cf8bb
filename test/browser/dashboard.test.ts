/**
 * The dashboard in a real browser (playwright-core driving Debian's Chromium) against the real
 * server on a seeded SQLite store. Skips, with an install hint, when Chromium is absent.
 * Screenshots go to test-artifacts/screenshots/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serve, type RunningServer } from '../../src/server/index.js';
import { CHROMIUM, CHROMIUM_ARGS, SKIP_MESSAGE, chromiumPresent, ensureBuild, go, shot, signedIn, type Watch } from './harness.js';
import { PASSWORDS, seed, type Seeded } from './seed.js';

const skip = chromiumPresent() ? false : SKIP_MESSAGE;

const PAGES: Array<[string, string]> = [
  ['#/', '#alerts .alert-card'], ['#/timeline', '.timeline .event-item'], ['#/network', 'svg.network-graph'],
  ['#/map', 'svg.world-map'], ['#/ceasefires', '.cf-card'], ['#/mediation', '#log'], ['#/search?q=ceasefire', '#doc-results li'],
  ['#/dyad/IND/PAK', 'svg.chart'],
];

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

test('dashboard in Chromium', { skip, timeout: 240_000 }, async (t) => {
  ensureBuild();
  const seeded: Seeded = await seed();
  const server: RunningServer = await serve({ store: seeded.store, port: 0, host: '127.0.0.1', config: { secureCookies: false } });
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const w: Watch = { errors: [], csp: [], dialogs: [] };
  const note = `Back-channel via Riyadh ${Math.random().toString(36).slice(2, 8)}`;
  try {
    await t.test('login: signed-out visitors get the form; a wrong password is refused', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: server.url });
      const anon = await context.newPage();
      await anon.goto('/#/ceasefires');
      await anon.locator('#login-name').fill('viewer');
      await anon.locator('#login-password').fill('not-the-password');
      await anon.locator('.login-form button[type=submit]').click();
      await anon.locator('.form-status', { hasText: 'Wrong name or password.' }).waitFor();
      assert.equal(await anon.locator('nav .nav-list').count(), 0);
      await shot(anon, 'login');
      await context.close();
    });

    const { page } = await signedIn(browser, server.url, 'admin', PASSWORDS.admin, w);

    await t.test('keyboard: the skip link comes first and moves focus to the content', async () => {
      await page.reload();
      await page.locator('#alerts').waitFor();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    });

    await t.test('overview: alerts with their evidence, heating dyads, ceasefires', async () => {
      await go(page, '#/', '#alerts .alert-card');
      assert.ok(await page.locator('#alerts .alert-card').count() > 0);
      const first = page.locator('#alerts .alert-card details').first();
      await first.locator('summary').click();
      assert.ok(await first.locator('.evidence-item').count() > 0, 'an alert lists the events behind it');
      assert.ok(await page.locator('#dyads .dyad-link').count() > 0);
      await page.locator('#dyads .sparkline').first().waitFor();
      assert.ok(await page.locator('#ceasefire-summary li').count() > 0);
      assert.ok(await page.locator('#latest li a').count() > 0, 'latest articles link to the article view');
      await shot(page, 'overview');
    });

    await t.test('ceasefires: a truce\'s stated end and an extension\'s end, each where a truce is shown', async () => {
      await go(page, '#/ceasefires', '.cf-card');
      // (the invented truce "until midnight on Sunday" of Wednesday 14 May: the close of the coming Sunday, Yerevan time)
      const truce = page.locator('.cf-card', { hasText: 'ARM – AZE' });
      assert.equal(await truce.locator('dt', { hasText: 'Until (stated end)' }).count(), 1);
      assert.equal(await truce.locator('dd.cf-until').textContent(), '2025-05-18 20:00 UTC');
      const extended = page.locator('.cf-card', { hasText: 'IND – PAK' });
      assert.equal(await extended.locator('dd.cf-extended').textContent(), '2025-05-18');
      assert.equal(await extended.locator('dd.cf-until').count(), 0, 'no stated end shown where none was given');
      await go(page, '#/', '#ceasefire-summary li');
      assert.match(await page.locator('#ceasefire-summary li', { hasText: 'ARM – AZE' }).textContent() ?? '', /until 2025-05-18 20:00 UTC \(stated end\)/);
      await go(page, `#/article/${seeded.truceId}`, '.article-text');
      assert.match(await page.locator('#r-ceasefires .cf-until').textContent() ?? '', /^Until 2025-05-18 20:00 UTC .*\(stated end\)$/);
    });

    await t.test('overview on a phone: no horizontal scroll at 375 px', async () => {
      const phone = await page.context().newPage();
      await phone.setViewportSize({ width: 375, height: 740 });
      await phone.goto('/#/');
      await phone.locator('#alerts .alert-card').first().waitFor();
      await phone.locator('#dyads .sparkline').first().waitFor();
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 375, `page is ${width}px wide`);
      await phone.screenshot({ path: 'test-artifacts/screenshots/overview-mobile.png', fullPage: true });
      await phone.close();
    });

    await t.test('article: highlights and an event details panel', async () => {
      const docId = await page.evaluate(async (hostile) => {
        const r = await fetch('/api/events?dyad=IND,PAK&cameo=19&limit=50');
        return ((await r.json()) as { items: Array<{ docId: string }> }).items.find((e) => e.docId !== hostile)?.docId;
      }, seeded.hostileId);
      assert.ok(docId, 'an IND–PAK force event exists');
      await go(page, `#/article/${docId}`, '.article-text');
      for (const kind of ['actor', 'event', 'time']) assert.ok(await page.locator(`.article-text .hl-${kind}`).count() > 0, `${kind} highlights`);
      await page.locator('.article-text .hl-event[role=button]').first().click();
      const details = page.locator('#event-details');
      for (const label of ['CAMEO', 'PLOVER', 'Quad class', 'Goldstein', 'Modality', 'Attribution', 'Evidence', 'Rule']) {
        assert.ok(await details.locator('dt', { hasText: label }).count() > 0, `details show ${label}`);
      }
      assert.ok(await page.locator('.hl.selected').count() > 0);
      assert.ok(await page.locator('#r-who table').count() > 0, 'report: who');
      await shot(page, 'article');
    });

    await t.test('dyad: chart with event markers and a ceasefire line', async () => {
      await go(page, '#/dyad/IND/PAK', 'svg.chart');
      assert.ok(await page.locator('svg.chart .marker').count() > 0);
      assert.ok(await page.locator('svg.chart .ceasefire-mark line').count() > 0);
      await page.locator('svg.chart .marker').first().focus();
      await page.locator('#marker-panel .event-item').waitFor();
      assert.ok(await page.locator('#series table tbody tr').count() > 0);
      await shot(page, 'dyad');
    });

    await t.test('other pages render', async () => {
      for (const [hash, ready, name] of [
        ['#/timeline', '.timeline .event-item', 'timeline'], ['#/network', 'svg.network-graph line.edge', 'network'],
        ['#/map', 'svg.world-map path', 'map'], ['#/ceasefires', '.cf-card', 'ceasefires'], ['#/search?q=ceasefire', '#doc-results li', 'search'],
      ] as const) {
        await go(page, hash, ready);
        if (name === 'timeline') {
          const href = await page.locator('.exports a', { hasText: 'CSV' }).first().getAttribute('href');
          const res = await page.evaluate(async (u) => { const r = await fetch(u!); return { status: r.status, head: (await r.text()).slice(0, 200) }; }, href);
          assert.equal(res.status, 200);
          assert.ok(res.head.length > 0);
        }
        if (name === 'map') assert.ok(await page.locator('svg.world-map path').count() > 100, 'the offline world map has its countries');
        await shot(page, name, name !== 'timeline');
      }
    });

    await t.test('keyboard: every page can be toured with Tab, focus stays visible, no traps', async () => {
      for (const [hash, ready] of PAGES) {
        await go(page, hash, ready);
        await page.evaluate(() => (document.getElementById('main') as HTMLElement).focus());
        const seen = new Set<string>();
        let last = '', repeats = 0;
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press('Tab');
          const info = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return { key: 'body', visible: true };
            const svg = el instanceof SVGElement;
            const cs = getComputedStyle(el);
            const key = `${el.tagName}.${el.getAttribute('class') ?? ''}@${Array.prototype.indexOf.call(document.querySelectorAll('*'), el)}`;
            return { key, visible: svg || cs.outlineStyle !== 'none' };
          });
          assert.ok(info.visible, `${hash}: focus visible on ${info.key}`);
          repeats = info.key === last ? repeats + 1 : 0; // a date input takes a Tab per field and one for its picker
          assert.ok(repeats < 4, `${hash}: focus stuck on ${info.key}`);
          last = info.key;
          seen.add(info.key);
        }
        assert.ok(seen.size > 10, `${hash}: ${seen.size} focusable stops`);
      }
    });

    await t.test('phone width: no page scrolls sideways at 375 px', async () => {
      const phone = await page.context().newPage();
      await phone.setViewportSize({ width: 375, height: 740 });
      await phone.goto('/#/');
      for (const [hash, ready] of PAGES) {
        await go(phone, hash, ready);
        const width = await phone.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 375, `${hash} is ${width}px wide`);
      }
      await go(phone, `#/article/${seeded.docIds[20] ?? seeded.hostileId}`, '.article-text');
      assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth) <= 375, 'article fits 375 px');
      await shot(phone, 'article-mobile', false);
      await go(phone, '#/dyad/IND/PAK', 'svg.chart');
      await phone.screenshot({ path: 'test-artifacts/screenshots/dyad-mobile.png', fullPage: false });
      await phone.close();
    });

    await t.test('overview: a new alert arrives live over SSE', async () => {
      await go(page, '#/', '#alerts .alert-card');
      const { context, page: analyst } = await signedIn(browser, server.url, 'analyst', PASSWORDS.analyst, w);
      const status = await analyst.evaluate(async () => {
        const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
        const text = 'NEW DELHI, May 19 — Indian troops shelled Pakistani army posts along the Line of Control on Monday, the Indian army said. Pakistani forces fired back at Indian positions, officials said.';
        const r = await fetch('/api/documents', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken }, body: JSON.stringify({ text, title: 'Shelling resumes', outlet: 'Test Wire', published: '2025-05-19T10:00:00Z' }) });
        return r.status;
      });
      assert.equal(status, 200);
      await page.locator('#alerts .alert-card.fresh').first().waitFor({ timeout: 15_000 });
      assert.match(await page.locator('#alerts .live').innerText(), /New alert/);
      await context.close();
    });

    await t.test('mediation: an analyst adds a confidential entry through the form', async () => {
      const { context, page: analyst } = await signedIn(browser, server.url, 'analyst', PASSWORDS.analyst, w);
      await go(analyst, '#/mediation', '.entry-form');
      await analyst.locator('#m-mediator').fill('SAU');
      await analyst.locator('#m-party').fill('PAK');
      await analyst.locator('#m-channel').selectOption('visit');
      await analyst.locator('#m-behalf').fill('IND');
      await analyst.locator('#m-date').fill('2025-05-09');
      await analyst.locator('#m-level').selectOption('confidential');
      await analyst.locator('#m-notes').fill(note);
      await analyst.locator('.entry-form button[type=submit]').click();
      await analyst.locator('.engagement-table td', { hasText: note }).waitFor();
      await shot(analyst, 'mediation-analyst');
      await context.close();
    });

    await t.test('mediation: a viewer never sees the confidential entry nor the form', async () => {
      const { context, page: viewer } = await signedIn(browser, server.url, 'viewer', PASSWORDS.viewer, w);
      await go(viewer, '#/mediation', '#log');
      assert.equal(await viewer.locator('.entry-form').count(), 0, 'no form for viewers');
      assert.ok(!(await viewer.locator('main').innerText()).includes(note));
      await go(viewer, `#/search?q=${encodeURIComponent(note.split(' ').at(-1)!)}`, '#engagement-results');
      assert.ok(!(await viewer.locator('main').innerText()).includes(note));
      await go(viewer, '#/mediation?a=IND&b=PAK', '#mediators');
      assert.ok(!(await viewer.locator('main').innerText()).includes(note));
      await shot(viewer, 'mediation-viewer');
      await context.close();
    });

    await t.test('a hostile article renders as text and runs nothing', async () => {
      await go(page, `#/article/${seeded.hostileId}`, '.article-text');
      const text = await page.locator('.article-text').innerText();
      assert.ok(text.includes('<script>window.__pwned="script"</script>'), 'the markup is shown as text');
      assert.ok((await page.locator('h1').first().innerText()).includes('<script>'));
      assert.equal(await page.locator('main script, main img, main iframe, main svg[onload], main [onerror], main [onclick], main [onmouseover]').count(), 0);
      assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
      for (const el of await page.locator('.article-text .hl').all()) await el.hover();
      await page.locator('.article-text').click();
      const buttons = page.locator('.event-button');
      for (let i = 0; i < await buttons.count(); i++) await buttons.nth(i).click();
      await shot(page, 'hostile-article');
      assert.ok(seeded.hostileHtmlId, 'the hostile HTML article was stored');
      await go(page, `#/article/${seeded.hostileHtmlId}`, '.article-text');
      assert.equal(await page.locator('main script, main img, main iframe, main [onerror], main [onmouseover], main [onload]').count(), 0);
      for (const el of await page.locator('.article-text .hl, main h1').all()) await el.hover();
      await shot(page, 'hostile-html-article');
      await go(page, '#/search?q=onerror', '#doc-results li');
      await go(page, '#/', '#alerts .alert-card');
      for (const d of await page.locator('#alerts details summary').all()) await d.click();
      assert.equal(await pwned(page), undefined);
      assert.deepEqual(w.dialogs, []);
    });

    await t.test('log out: back to the sign-in form, the session is gone', async () => {
      await page.locator('#userbox button', { hasText: 'Log out' }).click();
      await page.locator('#login-name').waitFor();
      assert.equal(await page.evaluate(async () => (await fetch('/api/auth/me')).status), 401);
    });

    await t.test('no script errors and no CSP violations on any page', () => {
      assert.deepEqual(w.errors, []);
      assert.deepEqual(w.csp, []);
      assert.deepEqual(w.dialogs, []);
    });
  } finally {
    await browser.close();
    await server.close();
    await seeded.store.close();
    rmSync(seeded.dir, { recursive: true, force: true });
  }
});
