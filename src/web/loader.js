// Lamha's loader. scripts/dist.sh wraps wasm-bindgen's bindings and this file in one function,
// so that the only name the page sees is `Lamha`. It runs as a classic script (so
// `document.currentScript` gives the tag's data attributes and URL), fetches lamha_bg.wasm
// from next to itself, and forwards every API call to the wasm once it is ready.
var script = document.currentScript;
var scriptStart = performance.now();
var wasmUrl = new URL('lamha_bg.wasm', (script && script.src) || location.href);
var reported = false;
function fail(error) {
  if (reported) return;
  reported = true;
  var message = 'Lamha: could not start (' + (error && error.message ? error.message : String(error)) +
    '). The page is unchanged. Check that ' + wasmUrl + ' is served as application/wasm and that the ' +
    "Content-Security-Policy allows 'wasm-unsafe-eval'.";
  console.warn(message);
  document.dispatchEvent(new CustomEvent('lamha:error', { bubbles: true, detail: { message: message } }));
}
var loaded = wasm_bindgen({ module_or_path: wasmUrl }).then(function () {
  wasm_bindgen.use_text_walker(textWalker);
  return performance.now();
});
var ready = loaded.then(function (wasmReady) { return wasm_bindgen.boot(script, scriptStart, wasmReady); });
ready.catch(fail);
function later(name) {
  return function (argument) {
    return loaded.then(function () { return wasm_bindgen[name](argument); });
  };
}
Object.defineProperty(window, 'Lamha', {
  configurable: true,
  value: Object.freeze({
    /** (Re)starts with `config` as the lowest-precedence configuration layer. */
    init: later('init'),
    /** Annotates an element rendered after load. */
    annotate: later('annotate'),
    /** Restores the page exactly and removes everything Lamha added. */
    destroy: later('destroy'),
    /** Settles when the configured roots are annotated (with the last root's lamha:ready detail). */
    ready: ready
  })
});
