// Highlighting on the demo pages: what is highlighted, that no text changes, exact restore,
// Arabic joining, configuration precedence, CSP, content added later, and the demo screenshot.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, assert, assertEqual, openDemo, ROOT } from './harness.mjs';

const TYPES = ['person', 'country', 'place', 'organization', 'date'];

/** Every painted range in document order: `{ type, text }`, read from CSS.highlights. */
function paintedMentions(page) {
  return page.evaluate((types) => {
    const all = [];
    for (const t of types) {
      const h = CSS.highlights.get('lamha-' + t);
      if (h) {
        for (const s of h) {
          const r = document.createRange();
          r.setStart(s.startContainer, s.startOffset);
          r.setEnd(s.endContainer, s.endOffset);
          all.push({ type: t, text: r.toString(), r });
        }
      }
    }
    all.sort((a, b) => a.r.compareBoundaryPoints(Range.START_TO_START, b.r));
    return all.map(({ type, text }) => ({ type, text }));
  }, TYPES);
}

/** Original markup and text of `selector`, parsed from the page's own HTML source. */
function original(page, selector) {
  return page.evaluate(async (sel) => {
    const html = await (await fetch(location.href)).text();
    const el = new DOMParser().parseFromString(html, 'text/html').querySelector(sel);
    return { html: el.innerHTML, text: el.textContent };
  }, selector);
}

test('seed page: the painted highlights are exactly the core\'s mentions, and match the gold', async ({ page }) => {
  const { ready, messages } = await openDemo(page, '/index.html');
  const painted = await paintedMentions(page);
  const seed = path.join(ROOT, 'tests/fixtures/seed-israel-kazakhstan.txt');
  const cli = JSON.parse(execFileSync(path.join(ROOT, 'target/release/lamha'), ['extract', '--ref-date', '2026-01-27', seed], { encoding: 'utf8' }));
  assertEqual(painted, cli.mentions.map((m) => ({ type: m.type, text: m.text })), 'DOM highlights differ from `lamha extract` on the seed text');
  assertEqual(ready.highlighted, painted.length, 'lamha:ready counts every highlight');
  // The highlight rules (which name wrappers and marked blocks, src/web/paint.rs) reach the text
  // at both ends of every painted range.
  const unstyled = await page.evaluate(() => {
    const bad = [];
    for (const [name, h] of CSS.highlights) {
      for (const r of h) {
        for (const node of [r.startContainer, r.endContainer]) {
          const bg = getComputedStyle(node.parentElement, `::highlight(${name})`).backgroundColor;
          if (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent') bad.push(`${name}: ${node.data}`);
        }
      }
    }
    return bad;
  });
  assertEqual(unstyled, [], 'painted ranges the highlight rules do not reach');
  assertEqual(ready.refDate, '2026-01-27', 'reference date from <meta property="article:published_time">');
  // Gold (code-point offsets of the seed text): matched by a mention with the same span and
  // type. The DOM highlights are exactly the CLI's mentions (asserted above), so this scores them.
  const gold = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/seed-israel-kazakhstan.gold.json'), 'utf8')).mentions;
  const found = new Set(cli.mentions.map((m) => `${m.start}:${m.end}:${m.type}`));
  const matched = gold.filter((g) => found.has(`${g.start}:${g.end}:${g.type}`));
  const entities = gold.filter((g) => g.type !== 'date');
  const matchedEntities = matched.filter((g) => g.type !== 'date').length;
  console.log(`      gold: ${matched.length} of ${gold.length} gold mentions highlighted exactly (entities ${matchedEntities}/${entities.length}); ${painted.length} highlights`);
  assert(matchedEntities >= 0.8 * entities.length, `only ${matchedEntities} of ${entities.length} gold entity mentions highlighted`);
  // Every wrapper says what it wraps; every mention's wrappers contain its painted range.
  const bad = await page.evaluate(() => {
    const problems = [];
    for (const m of document.querySelectorAll('lamha-mark')) {
      if (!/^(person|country|place|organization|date)$/.test(m.dataset.lamhaType || '')) problems.push('type ' + m.outerHTML);
      if (!/^\d+$/.test(m.dataset.lamhaMention || '')) problems.push('mention ' + m.outerHTML);
      if (!m.classList.contains('lamha-hl') || !m.classList.contains('lamha-' + m.dataset.lamhaType)) problems.push('class ' + m.outerHTML);
      if (m.querySelector('lamha-mark')) problems.push('nested ' + m.outerHTML);
    }
    return problems;
  });
  assertEqual(bad, [], 'malformed wrappers');
  assertEqual(messages.filter((m) => m.type !== 'log'), [], 'console warnings or errors on the demo page');
});

test('five regional articles on one page: each dated by its own <time>, its highlights exactly `lamha extract`\'s, its months named its way', async ({ page }) => {
  // Cairo, Riyadh, Beirut, Algiers and Rabat, one <article> each (the paragraphs of the fixture,
  // an empty <time datetime> with its gold's reference date): five roots of one page.
  const names = ['egypt-cairo-gaza-diplomacy', 'gulf-riyadh-cabinet', 'levant-beirut-south', 'maghreb-algiers-sahel', 'maghreb-rabat-spain'];
  const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const articles = names.map((name) => {
    const text = readFileSync(path.join(ROOT, `tests/fixtures/${name}.txt`), 'utf8');
    const refDate = JSON.parse(readFileSync(path.join(ROOT, `tests/fixtures/${name}.gold.json`), 'utf8')).ref_date;
    const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    return { name, text, refDate, html: `<article id="${name}"><time datetime="${refDate}"></time>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</article>` };
  });
  await page.route('**/regions.html', (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:" },
    body: `<!doctype html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>Lamha regions</title><link rel="icon" href="data:,">
<script src="/lamha/lamha.js" data-lamha-root="article" defer></script></head><body>${articles.map((a) => a.html).join('')}</body></html>` }));
  await page.addInitScript(() => {
    window.__ready = {};
    document.addEventListener('lamha:ready', (e) => { window.__ready[e.target.id] = e.detail.refDate; });
  });
  const { messages } = await openDemo(page, '/regions.html');
  await page.waitForFunction((n) => Object.keys(window.__ready).length === n, names.length, { timeout: 10000 });
  const ready = await page.evaluate(() => window.__ready);
  const painted = await page.evaluate((types) => {
    const all = [];
    for (const t of types) {
      for (const s of CSS.highlights.get('lamha-' + t) || []) {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        all.push({ article: r.startContainer.parentElement.closest('article').id, type: t, text: r.toString(), r });
      }
    }
    all.sort((a, b) => a.r.compareBoundaryPoints(Range.START_TO_START, b.r));
    return all.map(({ article, type, text }) => ({ article, type, text }));
  }, TYPES);
  for (const a of articles) {
    assertEqual(ready[a.name], a.refDate, `${a.name}: dated by its own <time datetime>`);
    const cli = JSON.parse(execFileSync(path.join(ROOT, 'target/release/lamha'), ['extract', '--ref-date', a.refDate, path.join(ROOT, `tests/fixtures/${a.name}.txt`)], { encoding: 'utf8' }));
    const mine = painted.filter((p) => p.article === a.name).map(({ type, text }) => ({ type, text }));
    assertEqual(mine, cli.mentions.map((m) => ({ type: m.type, text: m.text })), `${a.name}: DOM highlights differ from \`lamha extract\``);
  }
  console.log(`      ${painted.length} highlights over ${names.length} articles`);
  // Each article's date cards name months as that article does (Beirut's أيار, Algiers' ماي,
  // Rabat's شتنبر), even for a date that names no month itself.
  for (const [id, text, month] of [['egypt-cairo-gaza-diplomacy', 'اليوم الثلاثاء', '20 مايو 2025'], ['levant-beirut-south', 'أمس', '27 أيار 2025'],
    ['maghreb-algiers-sahel', 'يوم الأحد', '11 ماي 2025'], ['maghreb-rabat-spain', 'يوم الخميس', '18 شتنبر 2025']]) {
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => document.getElementById('lamha-card')?.hidden !== false, null, { timeout: 3000 });
    const target = page.locator(`#${id} lamha-mark`, { hasText: new RegExp(`^${text}$`) }).first();
    await target.scrollIntoViewIfNeeded();
    await target.hover();
    await page.waitForFunction(() => document.getElementById('lamha-card')?.hidden === false, null, { timeout: 3000 });
    const gregorian = await page.evaluate(() => {
      const rows = [...document.getElementById('lamha-card').shadowRoot.querySelectorAll('dl > div')];
      return rows.map((d) => [d.querySelector('dt').textContent, d.querySelector('dd').textContent]).find(([k]) => k === 'ميلادي')?.[1];
    });
    assert(gregorian && gregorian.includes(month), `${id}: ${text} shows ${gregorian}, not ${month}`);
  }
  assertEqual(messages.filter((m) => m.type !== 'log'), [], 'console warnings or errors');
});

test('text unchanged, annotating twice wraps nothing more, destroy restores innerHTML exactly', async ({ page }) => {
  await openDemo(page, '/index.html');
  const before = await original(page, 'article');
  const after = await page.evaluate(() => ({ text: document.querySelector('article').textContent, marks: document.querySelectorAll('article lamha-mark').length }));
  assert(after.marks > 50, `only ${after.marks} wrappers`);
  assertEqual(after.text, before.text, 'textContent changed by annotation');
  const again = await page.evaluate(async () => {
    const detail = await Lamha.annotate(document.querySelector('article'));
    return { marks: document.querySelectorAll('article lamha-mark').length, highlighted: detail.highlighted };
  });
  assertEqual(again, { marks: after.marks, highlighted: 0 }, 'annotating the same root twice');
  const restored = await page.evaluate(async () => {
    await Lamha.destroy();
    return {
      html: document.querySelector('article').innerHTML,
      marks: document.querySelectorAll('lamha-mark').length,
      highlights: CSS.highlights.size,
      sheets: document.adoptedStyleSheets.length,
    };
  });
  assertEqual(restored, { html: before.html, marks: 0, highlights: 0, sheets: 0 }, 'after Lamha.destroy()');
  // Content added after destroy is not annotated: the observer is gone.
  const late = await page.evaluate(async () => {
    const p = document.createElement('p');
    p.textContent = 'وصل توكاييف إلى إسرائيل.';
    document.querySelector('article').append(p);
    await new Promise((r) => setTimeout(r, 500));
    return p.querySelectorAll('lamha-mark').length;
  });
  assertEqual(late, 0, 'content added after destroy was annotated');
});

/** Per annotated block: its height, the summed width of its text, and where its text ends. */
function blockMetrics(page) {
  return page.evaluate(() => {
    const out = {};
    const blocks = [...document.querySelectorAll('article p, article h1, article h2')];
    blocks.forEach((b, i) => {
      let width = 0;
      const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
      let last = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const r = document.createRange();
        r.selectNodeContents(n);
        for (const rect of r.getClientRects()) width += rect.width;
        if (n.data.length) last = n;
      }
      let end = null;
      if (last) {
        const r = document.createRange();
        r.setStart(last, last.data.length - 1);
        r.setEnd(last, last.data.length);
        const rect = r.getBoundingClientRect();
        end = [rect.left, rect.top];
      }
      out[i] = { width, height: b.getBoundingClientRect().height, end, marked: !!b.querySelector('lamha-mark') };
    });
    return out;
  });
}

for (const pathname of ['/index.html', '/e2e/joining.html']) {
  test(`Arabic joining: every annotated paragraph keeps its rendered width to the pixel (${pathname})`, async ({ page }) => {
    await page.addInitScript(() => { window.LamhaConfig = { auto: false }; });
    await openDemo(page, pathname, { waitReady: false });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForFunction(() => window.Lamha);
    const before = await blockMetrics(page);
    await page.evaluate(() => Lamha.init({}));
    const after = await blockMetrics(page);
    let annotated = 0;
    for (const [i, b] of Object.entries(before)) {
      const a = after[i];
      if (!a.marked) continue;
      annotated += 1;
      const where = `block ${i} of ${pathname}`;
      assert(Math.abs(a.width - b.width) < 1, `${where}: text width ${b.width} → ${a.width}`);
      assert(Math.abs(a.height - b.height) < 1, `${where}: height ${b.height} → ${a.height}`);
      assert(Math.abs(a.end[0] - b.end[0]) < 1 && Math.abs(a.end[1] - b.end[1]) < 1, `${where}: text end moved ${b.end} → ${a.end}`);
    }
    assert(annotated >= 5, `only ${annotated} annotated blocks measured`);
  });
}

test('whole-word wrappers: a proclitic joins the wrapper, the painted range stays exact; split names and skips', async ({ page }) => {
  await openDemo(page, '/e2e/joining.html');
  const got = await page.evaluate(() => {
    const marks = (id) => [...document.querySelectorAll(`#${id} lamha-mark`)].map((m) => [m.textContent, m.dataset.lamhaType, m.dataset.lamhaMention]);
    const ranges = [];
    for (const [name, h] of CSS.highlights) {
      for (const s of h) {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        ranges.push([name, r.toString()]);
      }
    }
    return { clitic: marks('clitic-lam-alef'), bold: marks('split-bold'), link: marks('split-link'), skipped: marks('skipped'), ranges };
  });
  const words = got.clitic.map((m) => m[0]);
  for (const w of ['لإسرائيل', 'وبإسرائيل', 'وكإسرائيل', 'لكازاخستان']) assert(words.includes(w), `no whole-word wrapper for ${w}: ${JSON.stringify(words)}`);
  const ranges = got.ranges.map((r) => r[1]);
  assert(ranges.filter((t) => t === 'إسرائيل').length >= 3, `painted ranges are not the exact names: ${JSON.stringify(ranges)}`);
  // <b>كازاخ</b>ستان: two wrappers, one mention.
  const kz = got.bold.filter((m) => m[0] === 'كازاخ' || m[0] === 'ستان');
  assertEqual(kz.length, 2, `split name wrappers ${JSON.stringify(got.bold)}`);
  assertEqual(kz[0][2], kz[1][2], 'both halves carry the same data-lamha-mention');
  assert(ranges.includes('كازاخستان'), 'split name painted as one range');
  assert(ranges.includes('قاسم جومارت توكاييف'), `name across a link not painted whole: ${JSON.stringify(ranges)}`);
  const full = got.link.find((m) => m[0] === 'قاسم جومارت');
  const link = got.link.filter((m) => full && m[2] === full[2]).map((m) => m[0]);
  assertEqual(link, ['قاسم جومارت', ' توكاييف'], `name across a link: ${JSON.stringify(got.link)}`);
  assertEqual(got.skipped, [], 'text in <code> and [data-lamha-skip] was annotated');
});

test('configuration: attributes > window.LamhaConfig > Lamha.init(), one warning per bad key', async ({ page }) => {
  await page.addInitScript(() => {
    window.LamhaConfig = { types: ['date'], mentions: 'first', theme: 42, skip: '.skip-me' };
  });
  const { messages } = await openDemo(page, '/e2e/config.html', { waitReady: false });
  await page.waitForFunction(() => window.Lamha);
  assertEqual(await page.evaluate(() => document.querySelectorAll('lamha-mark').length), 0, 'data-lamha-auto="false" still annotated');
  const got = await page.evaluate(async () => {
    await Lamha.init({ types: ['place'], mentions: 'all', links: false, colour: 'red' });
    const marks = [...document.querySelectorAll('lamha-mark')];
    const byMention = new Map();
    for (const m of marks) byMention.set(m.dataset.lamhaMention, m);
    const ids = [...byMention.values()].map((m) => m.dataset.lamhaId).filter(Boolean);
    return {
      types: [...new Set(marks.map((m) => m.dataset.lamhaType))].sort(),
      duplicateIds: ids.length - new Set(ids).size,
      inLinks: document.querySelectorAll('a lamha-mark').length,
      inSkipped: document.querySelectorAll('.skip-me lamha-mark').length,
      count: byMention.size,
    };
  });
  assertEqual(got.types, ['country', 'person'], 'types come from data-lamha-types');
  assertEqual(got.duplicateIds, 0, 'mentions: "first" (window.LamhaConfig) beats "all" (Lamha.init)');
  assertEqual(got.inLinks, 0, 'links: false (Lamha.init) applies when no higher layer sets it');
  assertEqual(got.inSkipped, 0, 'skip (window.LamhaConfig) applies');
  assert(got.count >= 4, `only ${got.count} highlighted`);
  const warnings = messages.filter((m) => m.type === 'warning').map((m) => m.text);
  assertEqual(warnings.length, 3, `expected 3 warnings, got ${JSON.stringify(warnings)}`);
  assert(warnings.some((w) => w.includes("'bogus'") && w.includes('data-lamha-bogus')), 'no warning for data-lamha-bogus');
  assert(warnings.some((w) => w.includes("'theme'") && w.includes('window.LamhaConfig') && w.includes('"light", "dark" or "auto"')), 'no warning for theme: 42');
  assert(warnings.some((w) => w.includes("'colour'") && w.includes('Lamha.init()')), 'no warning for colour');
});

test('strict CSP: no violation, styles adopted, only the global Lamha added', async ({ page, context }) => {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(page.lamhaBase + '/e2e/blank.html');
  const csp = response.headers()['content-security-policy'] || '';
  assert(csp.includes("script-src 'self' 'wasm-unsafe-eval'") && csp.includes("style-src 'self'"), `server CSP: ${csp}`);
  const blankGlobals = await page.evaluate(() => Object.getOwnPropertyNames(window));
  await openDemo(page, '/index.html');
  const got = await page.evaluate(() => ({
    violations: window.__violations,
    sheets: document.adoptedStyleSheets.length,
    rules: [...document.adoptedStyleSheets[0].cssRules].map((r) => r.cssText).join('\n'),
    marks: document.querySelectorAll('lamha-mark').length,
    globals: Object.getOwnPropertyNames(window),
    styleAttributes: document.querySelectorAll('article [style]').length,
  }));
  assertEqual(got.violations, [], 'CSP violations');
  assert(got.marks > 50, 'not annotated under CSP');
  assertEqual(got.sheets, 1, 'one adopted stylesheet');
  assert(got.rules.includes('::highlight(lamha-person)'), 'highlight rules missing');
  assertEqual(got.styleAttributes, 0, 'style attributes in the article');
  const added = got.globals.filter((g) => !blankGlobals.includes(g) && g !== '__violations');
  assertEqual(added, ['Lamha'], 'globals added by Lamha');
  // The listener works: an inline <style> is reported.
  const control = await page.evaluate(async () => {
    const s = document.createElement('style');
    s.textContent = 'body { color: red }';
    document.head.append(s);
    await new Promise((r) => setTimeout(r, 100));
    return window.__violations.length;
  });
  assert(control > 0, 'the CSP violation listener saw nothing for an inline <style>');
});

test('content added later is annotated once, and the widget\'s own edits do not retrigger it', async ({ page }) => {
  await openDemo(page, '/index.html');
  const got = await page.evaluate(async () => {
    const article = document.querySelector('article');
    const count = () => document.querySelectorAll('article lamha-mark').length;
    const before = count();
    const p = document.createElement('p');
    p.textContent = 'وفي وقت لاحق، استقبل توكاييف الوفد الإسرائيلي في أستانا.';
    article.append(p);
    const q = article.querySelector('p:nth-of-type(4)');
    q.append(document.createTextNode(' وقال هرتسوغ إن إسرائيل ممتنة.'));
    await new Promise((r) => setTimeout(r, 600));
    const settled = count();
    await new Promise((r) => setTimeout(r, 600));
    return { before, settled, later: count(), inNew: p.querySelectorAll('lamha-mark').length, text: p.textContent };
  });
  assert(got.inNew >= 2, `added paragraph got ${got.inNew} wrappers`);
  assert(got.settled > got.before + got.inNew, `appended text node not annotated (${JSON.stringify(got)})`);
  assertEqual(got.later, got.settled, 'annotation kept growing (self-triggering)');
  assertEqual(got.text, 'وفي وقت لاحق، استقبل توكاييف الوفد الإسرائيلي في أستانا.', 'text of the added paragraph');
});

/**
 * Opens the demo page with `LamhaConfig.kb` set to `kb`; resolves with the ready detail, the
 * console messages, the warnings about a knowledge base and the lamha:error messages.
 */
async function openWithKb(page, kb) {
  await page.addInitScript((kb) => {
    window.LamhaConfig = { kb };
    window.__errors = [];
    document.addEventListener('lamha:error', (e) => window.__errors.push(e.detail.message));
  }, kb);
  const { ready, messages } = await openDemo(page, '/index.html');
  const warnings = messages.filter((m) => m.type === 'warning' && m.text.includes('knowledge base'));
  return { ready, messages, warnings, errors: await page.evaluate(() => window.__errors) };
}

test('extra knowledge base: a 404 keeps the built-in one, warns once and fires lamha:error', async ({ page }) => {
  const { ready, messages, warnings, errors } = await openWithKb(page, '/no-such-kb.json');
  assert(ready.highlighted > 50, 'not annotated with the built-in knowledge base');
  assertEqual(warnings.length, 1, `warnings: ${JSON.stringify(messages)}`);
  assert(warnings[0].text.includes('HTTP 404'), warnings[0].text);
  assertEqual(errors.length, 1, 'lamha:error events');
});

test('extra knowledge bases: several URLs merge in order (a shipped pack found), a failing one is left out with one warning', async ({ page }) => {
  const { ready, messages, warnings, errors } = await openWithKb(page, '/lamha/lamha-kb-sport.json, /no-such-kb.json');
  assert(ready.highlighted > 50, 'the built-in knowledge base was dropped');
  assertEqual(warnings.length, 1, `warnings: ${JSON.stringify(messages)}`);
  assert(warnings[0].text.includes('no-such-kb.json') && warnings[0].text.includes('HTTP 404'), warnings[0].text);
  assertEqual(errors.length, 1, 'lamha:error events');
  // A player only the sport pack knows, in a paragraph added after the first pass.
  const ids = await page.evaluate(async () => {
    const p = document.createElement('p');
    p.id = 'sport';
    p.textContent = 'وسجل إمام عاشور هدف الأهلي في مرمى الزمالك.';
    document.querySelector('article').append(p);
    await new Promise((r) => setTimeout(r, 900));
    return [...p.querySelectorAll('lamha-mark')].map((m) => m.dataset.lamhaId || '');
  });
  assert(ids.includes('lamha:emam-ashour'), `the sport pack's player not found: ${JSON.stringify(ids)}`);
  assert(ids.includes('lamha:zamalek'), `Zamalek not found: ${JSON.stringify(ids)}`);
});

test('screenshot of the annotated demo page (docs/screenshots/demo.png)', async ({ page }) => {
  await openDemo(page, '/index.html');
  await page.evaluate(() => document.fonts.ready);
  mkdirSync(path.join(ROOT, 'docs/screenshots'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'docs/screenshots/demo.png'), clip: { x: 0, y: 0, width: 1280, height: 900 } });
}, { context: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 } });
