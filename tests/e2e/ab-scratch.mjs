// Scratch A/B (not committed): two dist/ builds, loaded in turn in one Chromium.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { launch } from './harness.mjs';
const roots = process.argv.slice(2);
function serveRoot(root) {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [root + '/scripts/serve.py', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('error', reject);
    createInterface({ input: child.stdout }).once('line', (url) => resolve({ base: url.replace(/\/$/, ''), close: () => child.kill() }));
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const servers = await Promise.all(roots.map(serveRoot));
const browser = await launch();
const res = roots.map(() => ({ seed: [], ready: [], rec: [], read: [], task: [] }));
for (let round = 0; round < Number(process.env.ROUNDS || 6); round++) {
  for (let i = 0; i < roots.length; i++) {
    const base = servers[i].base;
    let context = await browser.newContext();
    let page = await context.newPage();
    await page.goto(base + '/index.html');
    const d = await page.evaluate(() => window.Lamha.ready.then((detail) => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(detail))))));
    res[i].seed.push(d.setupMs + d.ms);
    await context.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(e.duration); }).observe({ type: 'longtask', buffered: true }); });
    await page.goto(base + '/e2e/long.html?paragraphs=5000');
    await page.waitForFunction(() => window.Lamha);
    const r = await page.evaluate(async () => {
      const p = document.createElement('p'); p.textContent = 'إسرائيل'; document.body.append(p);
      await Lamha.annotate(p); Lamha.destroy(); p.remove();
      await new Promise((r) => setTimeout(r, 200));
      window.__lt.length = 0;
      const t0 = performance.now();
      const detail = await Lamha.annotate(document.querySelector('article'));
      const total = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 1000));
      return { total, rec: detail.recognizeMs, read: detail.readMs, task: Math.max(0, ...window.__lt) };
    });
    res[i].ready.push(r.total); res[i].rec.push(r.rec); res[i].read.push(r.read); res[i].task.push(r.task);
    await context.close();
  }
}
for (let i = 0; i < roots.length; i++) {
  const f = (k) => res[i][k].map((x) => Math.round(x)).join('/');
  console.log(roots[i]);
  console.log(`  seed after instantiation: median ${median(res[i].seed).toFixed(1)} (${f('seed')})`);
  console.log(`  1 MB lamha:ready: median ${median(res[i].ready).toFixed(1)} (${f('ready')}); recognition median ${median(res[i].rec).toFixed(1)} (${f('rec')}); read ${median(res[i].read).toFixed(1)}; longest task ${f('task')}`);
}
await browser.close();
servers.forEach((s) => s.close());
