// The DOM text walk (src/web/text.rs explains what it reads and why it runs in JavaScript).
// scripts/dist.sh puts this file in dist/lamha.js before the loader, which hands `textWalker`
// to the wasm (`use_text_walker`); tests/web.rs makes the same function from this file.
//
// textWalker(root, skip, claimed, inline, markTag, markClass) returns a walk that can stop and
// resume. `step(deadline, units)` reads nodes until performance.now() passes `deadline` (looked
// at every 64 nodes) or `units` UTF-16 code units are waiting to be taken, and returns true when
// the walk is complete. `take()` hands over what was read since the last `take()`:
//   text    the text nodes' data in document order, with "\n\n" between blocks;
//   nodes   the text nodes with non-empty data;
//   bounds  node i's start and end in this `text` (UTF-16 code units) at 2i and 2i + 1;
//   links   1 for a node inside an <a href>, else 0;
//   blocks  node i's block: the nearest ancestor that is not inline (or the root), as an index
//           into `blockElements`, which lists each block once, when first met.
// Nothing here writes to the page.
function textWalker(root, skip, claimed, inline, markTag, markClass) {
  var inlineNames = new Set(inline);
  // An invalid selector (the configuration checks them first) skips everything under the root.
  function skips(el) {
    try {
      return el.matches(skip);
    } catch (e) {
      return true;
    }
  }
  var skipped;
  try {
    skipped = root.matches(skip) || root.closest(skip) !== null;
  } catch (e) {
    skipped = false;
  }
  var next = skipped ? null : root.firstChild;
  var linkDepth = root.closest('a[href]') ? 1 : 0;
  // Whether any text was read, and the last two code units read (no break after a break).
  var any = false;
  var tail = '';
  // The open blocks, innermost last.
  var blockStack = [root];
  var blockIds = new Map();
  // Since the last take().
  var parts = [], length = 0, nodes = [], bounds = [], links = [], blocks = [], blockElements = [];

  function push(s) {
    parts.push(s);
    length += s.length;
    any = true;
    tail = s.length >= 2 ? s.slice(-2) : (tail + s).slice(-2);
  }
  function paragraphBreak() {
    if (any && tail !== '\n\n') push('\n\n');
  }
  function leave(el) {
    var name = el.localName;
    if (name === 'a' && el.hasAttribute('href') && linkDepth > 0) linkDepth -= 1;
    if (!inlineNames.has(name)) {
      paragraphBreak();
      if (blockStack[blockStack.length - 1] === el) blockStack.pop();
    }
  }
  // A lone surrogate at either end of a node's data is read as U+FFFD, as the node's data alone
  // would be: joined to its neighbour's it could otherwise form a pair and cross the boundary.
  function whole(d) {
    var first = d.charCodeAt(0);
    var last = d.charCodeAt(d.length - 1);
    if (first >= 0xdc00 && first <= 0xdfff) d = '\ufffd' + d.slice(1);
    if (last >= 0xd800 && last <= 0xdbff) d = d.slice(0, -1) + '\ufffd';
    return d;
  }
  function blockId() {
    var el = blockStack[blockStack.length - 1];
    var id = blockIds.get(el);
    if (id === undefined) {
      id = blockIds.size;
      blockIds.set(el, id);
      blockElements.push(el);
    }
    return id;
  }

  function step(deadline, units) {
    var read = 0;
    while (next !== null) {
      var node = next;
      read += 1;
      if (length >= units || (read % 64 === 0 && performance.now() > deadline)) return false;
      var descend = false;
      if (node.nodeType === 3) {
        var data = node.data;
        if (data.length > 0) {
          nodes.push(node);
          bounds.push(length, length + data.length);
          links.push(linkDepth > 0 ? 1 : 0);
          blocks.push(blockId());
          push(whole(data));
        }
      } else if (node.nodeType === 1) {
        var name = node.localName;
        if ((name === markTag && node.classList.contains(markClass)) || skips(node) ||
            (claimed !== undefined && claimed !== null && claimed.has(node))) {
          paragraphBreak();
        } else {
          var block = !inlineNames.has(name);
          if (block) paragraphBreak();
          if (name === 'a' && node.hasAttribute('href')) linkDepth += 1;
          descend = node.firstChild !== null;
          if (descend && block) blockStack.push(node);
          if (!descend) leave(node);
        }
      }
      var after = descend ? node.firstChild : null;
      // Climb until a next sibling, closing the elements left on the way.
      var at = node;
      while (after === null) {
        if (at.nextSibling !== null) {
          after = at.nextSibling;
          break;
        }
        var parent = at.parentNode;
        if (parent === null || parent === root) break;
        leave(parent);
        at = parent;
      }
      next = after;
    }
    return true;
  }

  function take() {
    var out = {
      text: parts.join(''), nodes: nodes, bounds: new Uint32Array(bounds), links: new Uint8Array(links),
      blocks: new Uint32Array(blocks), blockElements: blockElements
    };
    parts = [];
    length = 0;
    nodes = [];
    bounds = [];
    links = [];
    blocks = [];
    blockElements = [];
    return out;
  }

  return { step: step, take: take };
}

// textWalker.wrapWord(piece, tag, className, type, id, index) wraps the text node `piece` in a
// new `tag` element with that class and the data-lamha-type, data-lamha-id (unless `id` is
// undefined) and data-lamha-mention attributes, and returns it; null when `piece` has no parent.
// One call from the wasm instead of seven, with the constant strings made once on its side
// (src/web/text.rs, wrap_word).
textWalker.wrapWord = function (piece, tag, className, type, id, index) {
  var parent = piece.parentNode;
  if (!parent) return null;
  var mark = piece.ownerDocument.createElement(tag);
  mark.className = className;
  mark.setAttribute('data-lamha-type', type);
  if (id !== undefined) mark.setAttribute('data-lamha-id', id);
  mark.setAttribute('data-lamha-mention', String(index));
  parent.insertBefore(mark, piece);
  mark.appendChild(piece);
  return mark;
};
