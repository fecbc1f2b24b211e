// Cards (issue 5): content, hover intent, keyboard, touch, placement, accessibility, cleanup.
// Runs with the other end-to-end tests (`node run.mjs cards`), on the built dist/.
import { test, assert, assertEqual, openDemo, ROOT } from './harness.mjs';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https: data:";
const DELAY = 300;

/** Serves a page of our own at `pathname` on the demo origin (with the demo's strict CSP). */
async function ownPage(page, pathname, { body, css = '' }) {
  await page.route(`**${pathname}`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP },
    body: `<!doctype html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>Lamha cards test</title>
<meta property="article:published_time" content="2026-01-27T09:30:00+02:00"><link rel="icon" href="data:,">
<link rel="stylesheet" href="${pathname}.css"><script src="/lamha/lamha.js" data-lamha-root="article" defer></script></head>
<body>${body}</body></html>` }));
  await page.route(`**${pathname}.css`, (route) => route.fulfill({ contentType: 'text/css', body:
    `body{margin:0;font:18px/1.8 "Noto Naskh Arabic",serif}${css}` }));
  return openDemo(page, pathname);
}

/** The card as the reader sees it: visibility, rectangle and text parts. */
function cardState(page) {
  return page.evaluate(() => {
    const host = document.getElementById('lamha-card');
    if (!host) return { exists: false };
    const card = host.shadowRoot.querySelector('.card');
    const r = card.getBoundingClientRect();
    const q = (sel) => [...card.querySelectorAll(sel)];
    return {
      exists: true, visible: !host.hidden && !card.hasAttribute('data-out') && r.width > 0,
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      dir: card.getAttribute('dir'), lang: card.getAttribute('lang'), type: card.dataset.type, side: card.dataset.side,
      title: card.querySelector('.title')?.textContent,
      latin: card.querySelector('bdi.latin') && { text: card.querySelector('bdi.latin').textContent, dir: card.querySelector('bdi.latin').dir },
      rows: Object.fromEntries(q('dl > div').map((d) => [d.querySelector('dt').textContent, d.querySelector('dd').textContent])),
      text: card.textContent, role: host.getAttribute('role'), label: host.getAttribute('aria-label'),
    };
  });
}

/** Runs `action` and resolves with the detail of the `lamha:open` it causes (the listener is in
 * place before the action starts). */
async function expectOpen(page, action) {
  await page.evaluate(() => {
    window.__lamhaOpen = new Promise((resolve) => document.addEventListener('lamha:open', (e) => resolve(e.detail), { once: true }));
  });
  await action();
  return page.evaluate(() => Promise.race([window.__lamhaOpen,
    new Promise((_, reject) => setTimeout(() => reject(new Error('no lamha:open within 3 s')), 3000))]));
}

const hoverAndOpen = (page, locator) => expectOpen(page, () => locator.hover());

/** Moves the mouse to a blank spot and waits for the card to close. */
async function moveAway(page) {
  await page.mouse.move(page.viewportSize().width / 2, 150);
  await page.waitForFunction(() => document.getElementById('lamha-card')?.hidden !== false, null, { timeout: 3000 });
}

const mark = (page, text) => page.locator('lamha-mark', { hasText: new RegExp(`^${text}$`) }).first();

test('cards: hovering توكاييف opens his person card after the hover delay, with the right content', async ({ page }) => {
  await openDemo(page, '/index.html');
  const tokayev = mark(page, 'توكاييف');
  let early = null;
  const detail = await expectOpen(page, async () => {
    await tokayev.hover();
    await page.waitForTimeout(DELAY / 2);
    early = (await cardState(page)).visible;
  });
  assertEqual(early, false, 'the card opened before the hover delay');
  assertEqual(detail.id, 'Q2918', 'lamha:open names the entity');
  assertEqual(detail.type, 'person', 'lamha:open gives the type');
  const c = await cardState(page);
  assert(c.visible, 'card not visible');
  assertEqual([c.dir, c.lang, c.type, c.role], ['rtl', 'ar', 'person', 'dialog'], 'card attributes');
  assertEqual(c.title, 'قاسم جومارت توكاييف', 'title');
  assertEqual(c.latin, { text: 'Kassym-Jomart Tokayev', dir: 'ltr' }, 'Latin name isolated in <bdi dir=ltr>');
  assertEqual(c.rows['المنصب'], 'رئيس كازاخستان منذ 2019', 'role with since');
  assert(c.rows['البلد'].includes('كازاخستان'), `country row: ${c.rows['البلد']}`);
  const inPage = await page.locator('lamha-mark[data-lamha-id="Q2918"]').evaluateAll((els) => new Set(els.map((e) => e.dataset.lamhaMention)).size);
  const expected = { 1: 'مرة واحدة', 2: 'مرتان' }[inPage] || (inPage <= 10 ? `${inPage} مرات` : `${inPage} مرة`);
  assertEqual(c.rows['في هذا المقال'], expected, 'mention count');
  assert(c.text.includes('الإشارة التالية'), 'next-mention button');
  assertEqual(c.label, 'قاسم جومارت توكاييف', 'the dialog is named');
  const described = await tokayev.evaluate((e) => (e.closest('a') || e).getAttribute('aria-describedby'));
  assertEqual(described, 'lamha-card', 'the highlight is described by the card');
});

test('cards: hovering 27 يناير 2026 shows الثلاثاء and 8 شعبان 1447', async ({ page }) => {
  await openDemo(page, '/index.html');
  const date = mark(page, '27 يناير 2026');
  assert(await date.count() === 1, 'the date is not highlighted (dates module)');
  const d = await hoverAndOpen(page, date);
  assertEqual(d.type, 'date', 'type');
  const c = await cardState(page);
  assert(c.rows['ميلادي'].includes('الثلاثاء') && c.rows['ميلادي'].includes('27 يناير 2026'), `Gregorian: ${c.rows['ميلادي']}`);
  assert(c.rows['هجري'].includes('الثلاثاء') && c.rows['هجري'].includes('8 شعبان 1447'), `Hijri: ${c.rows['هجري']}`);
  assertEqual(c.rows['بصيغة ISO'], '2026-01-27', 'ISO value');
  assert(c.text.includes('في يوم نشر المقال'), 'distance from publication');
});

test('cards: an article added later (infinite scroll, Lamha.annotate) dates its relative dates by its own <time datetime>', async ({ page }) => {
  // The page's date (the meta tag) is a Tuesday, 2026-01-27; the articles added later were
  // published on Thursday 2025-09-18, so their «يوم الخميس» is that very day.
  await page.route('**/scroll.html', (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP },
    body: `<!doctype html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>Lamha infinite scroll test</title>
<meta property="article:published_time" content="2026-01-27T09:30:00+02:00"><link rel="icon" href="data:,">
<script src="/lamha/lamha.js" data-lamha-root="main" defer></script></head>
<body><main><article><h1>الأول</h1><p>وصل توكاييف يوم الخميس إلى إسرائيل.</p></article></main><section id="more"></section></body></html>` }));
  const { ready } = await openDemo(page, '/scroll.html');
  assertEqual(ready.refDate, '2026-01-27', 'the page article is dated by the meta tag');
  const added = await page.evaluate(async () => {
    const make = (id) => {
      const a = document.createElement('article');
      a.id = id;
      const time = document.createElement('time');
      time.dateTime = '2025-09-18';
      time.textContent = 'نشر في 18 شتنبر 2025';
      const p = document.createElement('p');
      p.textContent = 'أجرى بوريطة يوم الخميس مباحثات في الرباط.';
      a.append(time, p);
      return a;
    };
    // Infinite scroll inside the root: the watcher's pass.
    document.querySelector('main').append(make('scrolled'));
    // An article outside the root, handed over by the page.
    const other = make('handed');
    document.getElementById('more').append(other);
    const detail = await Lamha.annotate(other);
    for (let i = 0; i < 100 && !document.querySelector('#scrolled lamha-mark'); i++) await new Promise((r) => setTimeout(r, 50));
    return { refDate: detail.refDate, scrolled: document.querySelectorAll('#scrolled lamha-mark').length };
  });
  assertEqual(added.refDate, '2025-09-18', 'Lamha.annotate(article): lamha:ready reports the article\'s own date');
  assert(added.scrolled >= 3, `the scrolled-in article got ${added.scrolled} wrappers`);
  const card = async (locator) => {
    await hoverAndOpen(page, locator);
    const c = await cardState(page);
    await moveAway(page);
    return c;
  };
  const thursday = (scope) => page.locator(`${scope} lamha-mark`, { hasText: /^يوم الخميس$/ }).first();
  for (const id of ['#scrolled', '#handed']) {
    const c = await card(thursday(id));
    assertEqual(c.rows['بصيغة ISO'], '2025-09-18', `${id}: the added article's Thursday`);
    assert(c.text.includes('في يوم نشر المقال'), `${id}: distance from the added article's own publication: ${c.text}`);
  }
  const first = (await card(thursday('main article:first-child'))).rows['بصيغة ISO'];
  assert(first.startsWith('2026-01-'), `the page article's Thursday is near its own date: ${first}`);
});

test('cards: Gregorian months are named as the article names them (آب → كانون الثاني; lang="ar-DZ" → جانفي)', async ({ page }) => {
  const gregorian = async (text) => {
    await hoverAndOpen(page, mark(page, text));
    const c = await cardState(page);
    await moveAway(page);
    return c.rows['ميلادي'];
  };
  // A Levantine article: its own month, and a relative date (the page's 2026-01-27 minus one).
  await ownPage(page, '/levant.html', { body: '<article><p>وصل الوفد إلى بيروت في 3 آب 2025، وعاد أمس إلى دمشق.</p></article>' });
  assert((await gregorian('3 آب 2025')).includes('3 آب 2025'), 'a Levantine date keeps آب');
  assert((await gregorian('أمس')).includes('26 كانون الثاني 2026'), 'a relative date takes the article\'s month names');
  // No regional month in the text: the root's language tag decides.
  await ownPage(page, '/algiers.html', { body: '<article lang="ar-DZ"><p>وصل الوفد اليوم إلى الجزائر.</p></article>' });
  assert((await gregorian('اليوم')).includes('27 جانفي 2026'), 'lang="ar-DZ" names January جانفي');
  await ownPage(page, '/cairo.html', { body: '<article><p>وصل الوفد اليوم إلى القاهرة.</p></article>' });
  assert((await gregorian('اليوم')).includes('27 يناير 2026'), 'CLDR\'s ar by default');
});

test('cards: `cards: false` keeps the highlights, opens no card and adds no tab stop', async ({ page }) => {
  await page.addInitScript(() => { window.LamhaConfig = { cards: false }; });
  const { messages } = await ownPage(page, '/nocards.html', { body: '<article><p>قال توكاييف إن كازاخستان ترحب بالوفد.</p></article>' });
  const target = mark(page, 'توكاييف');
  assertEqual(await target.count(), 1, 'the name is highlighted');
  await target.hover();
  await page.waitForTimeout(DELAY + 500);
  await target.click();
  await page.waitForTimeout(300);
  const got = await page.evaluate(() => ({
    card: !!document.getElementById('lamha-card'),
    stops: document.querySelectorAll('article [tabindex]').length,
    highlights: CSS.highlights.size,
  }));
  assertEqual(got, { card: false, stops: 0, highlights: got.highlights }, 'no card, no tab stop');
  assert(got.highlights > 0, 'painted');
  assertEqual(messages.filter((m) => m.type !== 'log'), [], 'console warnings or errors');
});

test('cards: moving to a neighbouring highlight switches without waiting; leaving closes after the grace period', async ({ page }) => {
  await openDemo(page, '/index.html');
  await hoverAndOpen(page, mark(page, 'توكاييف'));
  const t0 = Date.now();
  const second = await hoverAndOpen(page, mark(page, 'إسحاق هرتسوغ'));
  assert(Date.now() - t0 < DELAY, `switching waited ${Date.now() - t0} ms`);
  assertEqual(second.id, 'Q460475', 'switched to Herzog');
  // Into the card: it stays open past the grace period.
  const r = (await cardState(page)).rect;
  await page.mouse.move((r.left + r.right) / 2, (r.top + r.bottom) / 2, { steps: 4 });
  await page.waitForTimeout(600);
  assert((await cardState(page)).visible, 'the card closed while the pointer was on it');
  await page.evaluate(() => {
    window.__lamhaClose = new Promise((resolve) => document.addEventListener('lamha:close', (e) => resolve(e.detail), { once: true }));
  });
  const closed = () => page.evaluate(() => window.__lamhaClose);
  await page.mouse.move(2, 2);
  await page.waitForTimeout(150);
  assert((await cardState(page)).visible, 'closed before the grace period');
  assertEqual((await closed()).id, 'Q460475', 'lamha:close names the entity');
  assert(!(await cardState(page)).visible, 'still visible after closing');
});

test('cards: Tab reaches one stop per entity, focus opens, Tab enters the card, Escape closes and returns focus', async ({ page }) => {
  await openDemo(page, '/index.html');
  const stops = await page.evaluate(() => {
    const marks = [...document.querySelectorAll('article lamha-mark')];
    const keyOf = (m) => m.dataset.lamhaId || `${m.dataset.lamhaType}:${m.textContent}`;
    const tabbable = marks.filter((m) => m.tabIndex === 0);
    return { marks: marks.length, stops: tabbable.length, distinct: new Set(tabbable.map(keyOf)).size,
      entities: new Set(marks.filter((m) => !m.closest('a')).map((m) => m.dataset.lamhaId || `${m.dataset.lamhaType}:${m.textContent.replace(/^[وبلف]/, '')}`)).size };
  });
  assert(stops.stops > 0 && stops.stops < stops.marks, `tab stops ${stops.stops} of ${stops.marks} highlights`);
  assertEqual(stops.distinct, stops.stops, 'one tab stop per entity');
  // Tab from the top of the page to the first highlight.
  let onMark = false;
  for (let i = 0; i < 60 && !onMark; i++) {
    await page.keyboard.press('Tab');
    onMark = await page.evaluate(() => document.activeElement?.tagName === 'LAMHA-MARK');
  }
  assert(onMark, 'Tab never reached a highlight');
  const first = await page.evaluate(() => ({ id: document.activeElement.dataset.lamhaId, mention: document.activeElement.dataset.lamhaMention,
    role: document.activeElement.getAttribute('role'), expanded: document.activeElement.getAttribute('aria-expanded') }));
  assertEqual([first.role, first.expanded], ['button', 'true'], 'focused highlight: role=button, aria-expanded=true');
  assert((await cardState(page)).visible, 'focus did not open the card');
  await page.keyboard.press('Tab');
  const inCard = await page.evaluate(() => document.activeElement?.id === 'lamha-card' &&
    ['A', 'BUTTON'].includes(document.getElementById('lamha-card').shadowRoot.activeElement?.tagName));
  assert(inCard, 'Tab did not move into the card');
  await page.keyboard.press('Escape');
  const after = await page.evaluate(() => ({ mention: document.activeElement.dataset?.lamhaMention, expanded: document.activeElement.getAttribute('aria-expanded') }));
  assertEqual(after, { mention: first.mention, expanded: 'false' }, 'Escape returned focus to the highlight and collapsed it');
  assert(!(await cardState(page)).visible, 'Escape did not close the card');
  // Enter on the highlight (a role=button) reopens it; Escape again closes it.
  await expectOpen(page, () => page.keyboard.press('Enter'));
  await page.keyboard.press('Escape');
  assert(!(await cardState(page)).visible, 'second Escape did not close the card');
  // The next Tab goes to the next entity's stop, whose card opens.
  const next = await expectOpen(page, () => page.keyboard.press('Tab'));
  assert(next.mention !== Number(first.mention), 'Tab went to the same mention');
  const nextId = await page.evaluate(() => document.activeElement.dataset.lamhaId);
  assert(nextId !== first.id, 'the next tab stop is another entity');
});

test('cards: next mention scrolls to and focuses the next highlight of the same entity', async ({ page }) => {
  await openDemo(page, '/index.html');
  await hoverAndOpen(page, mark(page, 'توكاييف'));
  const before = await page.evaluate(() => [...document.querySelectorAll('lamha-mark[data-lamha-id="Q2918"]')].map((m) => m.dataset.lamhaMention));
  const d = await expectOpen(page, () => page.evaluate(() => document.getElementById('lamha-card').shadowRoot.querySelector('button.next').click()));
  assertEqual(d.id, 'Q2918', 'same entity');
  const focused = await page.evaluate(() => document.activeElement.dataset.lamhaMention);
  assertEqual(focused, String(d.mention), 'its highlight has focus');
  assert(before.indexOf(focused) === (before.indexOf(await mark(page, 'توكاييف').evaluate((e) => e.dataset.lamhaMention)) + 1) % before.length,
    `did not go to the next mention: ${focused} in ${before}`);
});

test('cards: touch: tap opens, tap outside closes, a highlighted link opens on the first tap and follows on the second', async ({ page }) => {
  await page.route('**/tokayev-page', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>followed</title><p>ok</p>' }));
  await ownPage(page, '/cards-touch.html', { body: `<article><p>في غضون ذلك، شدد توكاييف على التزام كازاخستان بالحفاظ على الذكرى.</p>
    <p>وقال ساعر إن <a href="/tokayev-page" aria-describedby="pagenote">قاسم جومارت توكاييف</a> رحّب بالوفد.<small id="pagenote">رابط</small></p><p id="blank">نص عادي بلا أسماء للنقر خارج البطاقة.</p></article>` });
  await page.locator('lamha-mark', { hasText: /^توكاييف$/ }).tap();
  await page.waitForFunction(() => document.getElementById('lamha-card')?.hidden === false, null, { timeout: 2000 });
  assertEqual((await cardState(page)).title, 'قاسم جومارت توكاييف', 'tap opened the card');
  await page.locator('#blank').tap();
  await page.waitForFunction(() => document.getElementById('lamha-card').hidden, null, { timeout: 2000 });
  const inLink = page.locator('a lamha-mark').first();
  await inLink.tap();
  await page.waitForTimeout(200);
  assert((await cardState(page)).visible, 'first tap on a link did not open the card');
  assert(page.url().endsWith('/cards-touch.html'), `first tap followed the link: ${page.url()}`);
  const describedBy = () => page.locator('a[href="/tokayev-page"]').getAttribute('aria-describedby');
  assertEqual(await describedBy(), 'pagenote lamha-card', 'the link is described by the card too');
  await page.locator('#blank').tap();
  await page.waitForFunction(() => document.getElementById('lamha-card').hidden, null, { timeout: 2000 });
  assertEqual(await describedBy(), 'pagenote', 'the page\'s own aria-describedby is back');
  await inLink.tap();
  await page.waitForTimeout(200);
  assert((await cardState(page)).visible && page.url().endsWith('/cards-touch.html'), 'first tap again: card, no navigation');
  await Promise.all([page.waitForURL('**/tokayev-page', { timeout: 3000 }), inLink.tap()]);
}, { context: { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } } });

test('cards: highlights at the left, right, top and bottom edges keep their cards inside the viewport', async ({ page }) => {
  const css = `p{position:fixed;margin:0;white-space:nowrap}#tl{top:0;left:0}#tr{top:0;right:0}#bl{bottom:0;left:0}#br{bottom:0;right:0}#mid{top:45%;left:40%}`;
  await ownPage(page, '/cards-edges.html', { css, body: `<article><p id="tl">زار توكاييف</p><p id="tr">هرتسوغ قال</p>
    <p id="bl">في أستانا التقى ساعر</p><p id="br">كازاخستان دولة</p><p id="mid">وزار علييف باكو</p></article>` });
  const vp = page.viewportSize();
  for (const id of ['tl', 'tr', 'bl', 'br', 'mid']) {
    const m = page.locator(`#${id} lamha-mark`).first();
    await hoverAndOpen(page, m);
    const c = await cardState(page);
    const a = await m.boundingBox();
    const where = `#${id}: card ${JSON.stringify(c.rect)} anchor ${JSON.stringify(a)}`;
    assert(c.visible, `${where}: not visible`);
    assert(c.rect.left >= 8 - 0.5 && c.rect.top >= 8 - 0.5 && c.rect.right <= vp.width - 8 + 0.5 && c.rect.bottom <= vp.height - 8 + 0.5, `${where}: outside the viewport margin`);
    const overlaps = c.rect.left < a.x + a.width && a.x < c.rect.right && c.rect.top < a.y + a.height && a.y < c.rect.bottom;
    assert(!overlaps, `${where}: covers its highlight`);
    if (id.startsWith('b')) assertEqual(c.side, 'above', `${where}: should flip above`);
    if (id === 'mid') assert(Math.abs(c.rect.right - (a.x + a.width)) < 1.5, `${where}: RTL card should start at the highlight's right edge`);
    await moveAway(page);
  }
});

test('cards: a name wrapped across lines anchors its card to the hovered line, and scrolling away hides it', async ({ page }) => {
  await ownPage(page, '/cards-wrap.html', { css: 'article{padding:120px 300px 2000px}p{width:40px}',
    body: '<article><p>التقى ساعر بالرئيس قاسم جومارت توكاييف أمس.</p></article>' });
  const lines = await page.evaluate(() => {
    const m = document.querySelector('lamha-mark[data-lamha-id="Q2918"]');
    return [...m.getClientRects()].map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2, top: r.top, bottom: r.bottom }));
  });
  assert(lines.length >= 2, `the name does not wrap: ${lines.length} line(s)`);
  for (const line of [lines[lines.length - 1], lines[0]]) {
    await expectOpen(page, () => page.mouse.move(line.x, line.y, { steps: 3 }));
    const c = await cardState(page);
    const gapBelow = c.rect.top - line.bottom;
    const gapAbove = line.top - c.rect.bottom;
    assert((c.side === 'below' && gapBelow >= 0 && gapBelow < 16) || (c.side === 'above' && gapAbove >= 0 && gapAbove < 16),
      `card ${JSON.stringify(c.rect)} (${c.side}) is not beside the hovered line ${JSON.stringify(line)}`);
    if (line !== lines[0]) {
      await page.mouse.move(2, 2);
      await page.waitForFunction(() => document.getElementById('lamha-card').hidden, null, { timeout: 3000 });
    }
  }
  // Follows scroll, then hides when the highlight leaves the viewport.
  await page.waitForTimeout(200); // the opening slide (4 px) is over
  const before = (await cardState(page)).rect.top;
  await page.evaluate(() => window.scrollBy(0, 50));
  await page.waitForTimeout(100);
  const moved = await cardState(page);
  assert(Math.abs(before - 50 - moved.rect.top) < 1.5, `card did not follow the scroll: ${before} -> ${moved.rect.top}`);
  await page.evaluate(() => window.scrollBy(0, 1500));
  await page.waitForTimeout(100);
  assert(!(await cardState(page)).visible, 'card still shown with its highlight scrolled away');
});

test('cards: axe-core finds no violations on the annotated demo page with a card open', async ({ page }) => {
  await openDemo(page, '/index.html');
  await hoverAndOpen(page, mark(page, 'توكاييف'));
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const list = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
  assertEqual(list, [], 'axe violations');
}, { context: { bypassCSP: true } });

test('cards: screenshots, light and dark', async ({ page, context }) => {
  const dir = path.join(ROOT, 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await openDemo(page, '/index.html');
    const m = mark(page, 'توكاييف');
    await m.scrollIntoViewIfNeeded();
    await hoverAndOpen(page, m);
    const c = await cardState(page);
    const a = await m.boundingBox();
    const x = Math.max(0, Math.min(c.rect.left, a.x) - 40);
    const y = Math.max(0, Math.min(c.rect.top, a.y) - 40);
    const clip = { x, y, width: Math.max(c.rect.right, a.x + a.width) + 40 - x, height: Math.max(c.rect.bottom, a.y + a.height) + 40 - y };
    const bg = await page.evaluate(() => getComputedStyle(document.getElementById('lamha-card').shadowRoot.querySelector('.card')).backgroundColor);
    assert(scheme === 'light' ? bg === 'rgb(255, 255, 255)' : bg !== 'rgb(255, 255, 255)', `${scheme} card background ${bg}`);
    await page.screenshot({ path: path.join(dir, `card-${scheme}.png`), clip });
  }
});

test('cards: opening and closing 1,000 cards neither grows the DOM nor leaks listeners; destroy removes everything', async ({ page, context }) => {
  await openDemo(page, '/index.html');
  const cdp = await context.newCDPSession(page);
  const listeners = async () => {
    let total = 0;
    for (const expr of ['document', 'window']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
      const { listeners: l } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      total += l.length;
    }
    return total;
  };
  const count = () => page.evaluate(() => ({ nodes: document.getElementsByTagName('*').length,
    shadow: document.getElementById('lamha-card').shadowRoot.querySelectorAll('*').length }));
  const baseline = { listeners: await listeners(), ...(await count()) };
  const events = await page.evaluate(() => {
    const stops = [...document.querySelectorAll('lamha-mark[tabindex="0"]')];
    let opens = 0; let closes = 0;
    document.addEventListener('lamha:open', () => opens++);
    document.addEventListener('lamha:close', () => closes++);
    for (let i = 0; i < 1000; i++) {
      stops[i % stops.length].focus();
      stops[i % stops.length].blur();
    }
    return { opens, closes };
  });
  assertEqual(events, { opens: 1000, closes: 1000 }, 'every focus opened a card and every blur closed it');
  const after = { listeners: (await listeners()) - 2 /* the two counters above */, ...(await count()) };
  assertEqual(after, baseline, 'DOM nodes and listeners after 1,000 cards');
  await page.evaluate(() => window.Lamha.destroy());
  const gone = await page.evaluate(() => ({ host: !!document.getElementById('lamha-card'),
    attrs: document.querySelectorAll('[tabindex][role="button"], [aria-describedby="lamha-card"]').length }));
  assertEqual(gone, { host: false, attrs: 0 }, 'destroy removed the card and its attributes');
  assertEqual(await listeners(), 2, 'only the test\'s own two listeners remain after destroy');
});

test('cards: prefers-reduced-motion turns the opening animation off; styles apply under the strict CSP', async ({ page }) => {
  await openDemo(page, '/index.html');
  const animation = () => page.evaluate(() => getComputedStyle(document.getElementById('lamha-card').shadowRoot.querySelector('.card')).animationName);
  await hoverAndOpen(page, mark(page, 'توكاييف'));
  assertEqual(await animation(), 'lamha-in', 'animated by default (the adopted stylesheet applies despite style-src \'self\')');
  await page.keyboard.press('Escape');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.mouse.move(2, 2);
  await hoverAndOpen(page, mark(page, 'إسحاق هرتسوغ'));
  assertEqual(await animation(), 'none', 'no animation with prefers-reduced-motion');
  const csp = await page.evaluate(() => fetch(location.href).then((r) => r.headers.get('content-security-policy')));
  assert(/style-src 'self'/.test(csp || ''), `the demo page should carry the strict CSP: ${csp}`);
});

test('cards: hostile page CSS cannot move, hide or restyle the card; the card follows a resize', async ({ page }) => {
  const css = `lamha-card,body>*,[id]{position:static!important;transform:scale(.5)!important;margin:40px!important;display:block!important}
    div,dl,dt,dd,bdi,button,span{display:none!important;color:red!important;font-size:40px!important}
    p{width:600px;margin:200px auto}`;
  await ownPage(page, '/cards-hostile.html', { css, body: '<article><p>وفي أستانا شدد توكاييف على التزام كازاخستان بالحفاظ على الذكرى.</p></article>' });
  const m = page.locator('lamha-mark', { hasText: /^توكاييف$/ });
  await hoverAndOpen(page, m);
  await page.waitForTimeout(200);
  const c = await cardState(page);
  const a = await m.boundingBox();
  assert(c.visible && Math.abs(c.rect.right - c.rect.left - 320) < 1, `card box changed: ${JSON.stringify(c.rect)}`);
  assert(Math.abs(c.rect.top - (a.y + a.height) - 10) < 1.5 || Math.abs(a.y - c.rect.bottom - 10) < 1.5, `card not beside its highlight: ${JSON.stringify(c.rect)} vs ${JSON.stringify(a)}`);
  const colour = await page.evaluate(() => getComputedStyle(document.getElementById('lamha-card').shadowRoot.querySelector('.title')).color);
  assert(colour !== 'rgb(255, 0, 0)', 'page CSS reached inside the card');
  await page.setViewportSize({ width: 360, height: 640 });
  await page.waitForTimeout(200);
  const small = await cardState(page);
  const b = await m.boundingBox();
  if (small.visible) {
    assert(small.rect.left >= 7.5 && small.rect.right <= 360 - 7.5, `after resize the card overflows: ${JSON.stringify(small.rect)}`);
    const overlaps = small.rect.left < b.x + b.width && b.x < small.rect.right && small.rect.top < b.y + b.height && b.y < small.rect.bottom;
    assert(!overlaps, 'after resize the card covers its highlight');
  } else {
    assert(b.y + b.height < 0 || b.y > 640 || b.x + b.width < 0 || b.x > 360, 'card hidden although its highlight is in view');
  }
});

test('cards: a portrait is lazy, fixed-size, https-only and keeps its box when it fails to load', async ({ page }) => {
  await page.route('**/cards-kb.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ lamha_kb: 1, entries: [
    { id: 'Q2918', image: 'https://portrait.invalid/tokayev.jpg' },
    { id: 'Q460475', image: 'javascript:alert(1)' }] }) }));
  const requested = [];
  await page.route('https://portrait.invalid/**', (route) => { requested.push(route.request().url()); route.abort(); });
  await page.route('**/cards-portrait.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP },
    body: `<!doctype html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>portrait</title><link rel="icon" href="data:,">
<script src="/lamha/lamha.js" data-lamha-root="article" data-lamha-kb="/cards-kb.json" defer></script></head>
<body><article><p>التقى توكاييف بالرئيس إسحاق هرتسوغ.</p></article></body></html>` }));
  await openDemo(page, '/cards-portrait.html');
  await hoverAndOpen(page, mark(page, 'توكاييف'));
  await page.waitForFunction(() => document.getElementById('lamha-card').shadowRoot.querySelector('img.portrait[data-failed]'), null, { timeout: 5000 });
  const img = await page.evaluate(() => {
    const i = document.getElementById('lamha-card').shadowRoot.querySelector('img.portrait');
    const r = i.getBoundingClientRect();
    // Rounded: layout may give 56.000004 px for a 56 px box.
    return { src: i.getAttribute('src'), loading: i.loading, alt: i.alt, w: Math.round(r.width), h: Math.round(r.height) };
  });
  assertEqual(requested, ['https://portrait.invalid/tokayev.jpg'], 'the https portrait was requested');
  assertEqual(img, { src: null, loading: 'lazy', alt: '', w: 56, h: 56 }, 'a failed portrait becomes an empty placeholder box');
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  await hoverAndOpen(page, mark(page, 'إسحاق هرتسوغ'));
  const none = await page.evaluate(() => document.getElementById('lamha-card').shadowRoot.querySelectorAll('img').length);
  assertEqual(none, 0, 'a javascript: image URL is never rendered');
});
