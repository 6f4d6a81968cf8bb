/**
 * Browser-test plumbing: finding Chromium, building the dashboard when the build is missing or
 * older than its sources, starting the real server on a seeded store, signing in.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../../src/engine/paths.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SKIP_MESSAGE = "Chromium not found: install it with `apt-get install -y chromium` (CI's .ci/run does) to run the browser tests";
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const WEB_DIR = join(ROOT, 'src', 'web');
export const DIST = join(WEB_DIR, 'dist');
export const SHOTS = join(ROOT, 'test-artifacts', 'screenshots');

export function chromiumPresent(): boolean {
  return existsSync(CHROMIUM);
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'dist' || name === 'node_modules') continue;
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestSource(p) : st.mtimeMs);
  }
  return newest;
}

/** Builds src/web/dist with Vite when it is missing or older than a source file. */
export function ensureBuild(): void {
  const index = join(DIST, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestSource(WEB_DIR)) return;
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', join(WEB_DIR, 'vite.config.ts')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

/** Problems seen by a page: script errors, CSP violations, dialogs (alert/confirm/prompt). */
export interface Watch { errors: string[]; csp: string[]; dialogs: string[] }

export function watch(page: Page, w: Watch): void {
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) w.csp.push(m.text());
  });
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
}

export async function signedIn(browser: Browser, url: string, name: string, password: string, w: Watch, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, baseURL: url });
  const page = await context.newPage();
  watch(page, w);
  await page.goto('/');
  await page.locator('#login-name').fill(name);
  await page.locator('#login-password').fill(password);
  await page.locator('.login-form button[type=submit]').click();
  await page.locator('nav .nav-list').waitFor();
  return { context, page };
}

export async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

export async function go(page: Page, hash: string, ready: string): Promise<void> {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.locator(ready).first().waitFor();
  await page.waitForFunction(() => !document.getElementById('main')?.hasAttribute('aria-busy'));
}
