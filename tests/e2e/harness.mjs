// The end-to-end harness: a headless Chromium (Debian's, driven by playwright-core; never a
// downloaded browser), the demo server, and a tiny test runner.
//
//   import { test, assert, openDemo } from './harness.mjs';
//   test('highlights the seed', async ({ page, base }) => {
//     const { ready, messages } = await openDemo(page, '/index.html');
//     assert(ready.highlighted > 0, 'nothing highlighted');
//   });
//
// `node run.mjs` (make test-e2e) runs every tests/e2e/*.test.mjs, each test in a fresh browser
// context, and ends with "N passed, N failed" (exit status 1 on any failure).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Chromium flags for a quiet, deterministic headless run in a container. */
export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Launches headless Chromium (`CHROMIUM` overrides the path). */
export function launch(options = {}) {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: CHROMIUM_ARGS, ...options });
}

/** Starts scripts/serve.py on a free port; resolves with `{ base, close() }`. */
export function serve() {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [path.join(ROOT, 'scripts/serve.py'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`serve.py exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', (url) => {
      resolve({ base: url.replace(/\/$/, ''), close: () => child.kill() });
    });
  });
}

/**
 * Opens `pathname` on the demo server and waits for Lamha's first `lamha:ready` (unless
 * `waitReady` is false). Returns the ready detail and every console message and page error.
 */
export async function openDemo(page, pathname, { waitReady = true } = {}) {
  const messages = [];
  page.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => messages.push({ type: 'pageerror', text: String(e) }));
  await page.goto(page.lamhaBase + pathname);
  let ready = null;
  if (waitReady) {
    ready = await page.evaluate(() => new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no lamha:ready within 10 s')), 10000);
      const wait = () => window.Lamha ? window.Lamha.ready.then((d) => { clearTimeout(t); resolve(d); }) : setTimeout(wait, 10);
      wait();
    }));
  }
  return { ready, messages };
}

/** Throws `message` unless `condition`. */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Throws unless `actual` and `expected` are deeply equal (compared as JSON). */
export function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}\n  expected: ${e.slice(0, 2000)}\n  actual:   ${a.slice(0, 2000)}`);
}

const registry = [];

/**
 * Registers a test. `fn` receives `{ browser, context, page, base }`: a fresh context and page
 * (with `page.lamhaBase` set for openDemo). `options.context` is passed to `browser.newContext`.
 */
export function test(name, fn, options = {}) {
  registry.push({ name, fn, options });
}

/** Runs every registered test; returns `{ passed, failed }`. */
export async function runAll({ filter } = {}) {
  const server = await serve();
  const browser = await launch();
  let passed = 0;
  let failed = 0;
  try {
    for (const t of registry) {
      if (filter && !t.name.includes(filter)) continue;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...t.options.context });
      const page = await context.newPage();
      page.lamhaBase = server.base;
      const started = Date.now();
      try {
        await t.fn({ browser, context, page, base: server.base });
        passed += 1;
        console.log(`ok    ${t.name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed += 1;
        console.log(`FAIL  ${t.name}\n      ${String(e && e.stack || e).split('\n').join('\n      ')}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { passed, failed };
}
