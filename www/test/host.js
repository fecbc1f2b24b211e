// The host page's own script, as a news site would have one: it must keep running while Lamha
// works. It ticks a counter on a timer and records the page's globals before Lamha loads, so a
// test can tell what Lamha added. Loaded before lamha.js (which is deferred).
(function () {
  var host = { ticks: 0, maxGapMs: 0, errors: [], globalsBefore: Object.getOwnPropertyNames(window) };
  var last = performance.now();
  setInterval(function () {
    var now = performance.now();
    host.maxGapMs = Math.max(host.maxGapMs, now - last);
    last = now;
    host.ticks += 1;
  }, 10);
  window.addEventListener('error', function (e) { host.errors.push(String(e.message)); });
  window.addEventListener('unhandledrejection', function (e) { host.errors.push('unhandled rejection: ' + String(e.reason)); });
  document.addEventListener('lamha:error', function (e) { host.errors.push('lamha:error: ' + (e.detail && e.detail.message)); });
  Object.defineProperty(window, 'hostPage', { value: host, enumerable: false });
})();
