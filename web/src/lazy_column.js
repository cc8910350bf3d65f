// Long columns built where they are read. Two 5 MB articles make about 47,000 marks and 93,000
// text nodes: built whole, they held ~26 MB of the page's memory (and their pieces much more
// while being made) although a reader sees a few screens of them at a time. So a column of more
// than kLazyChars characters is put in place as its chunks (the same chunks as any column:
// highlights.js chunk_starts) left empty, each as tall as its text is estimated to be, and a
// chunk's text and marks are made when it comes within kMargin of the column's visible part
// (IntersectionObserver). Built chunks stay built.
//
// Whatever goes to a highlight builds its chunk first: the mark index's `ensure` (mark_index.js)
// builds every chunk holding a key, `fill_toward` the next chunk holding a kind of mark (keyboard
// steps, mark_steps.js), `fill_all` everything (printing, the standalone report). Shorter
// columns are built whole, as before.

import { chunk_height, piece_node, piece_stream } from './highlights.js';

/** Columns longer than this (in UTF-16 code units, about 500 chunks) are built lazily; an
 * article under two megabytes is built whole, as it always was. */
export const kLazyChars = 2000000;
/** Chunks built with the column: its first screens, there when the analysis says "done". */
const kFirstChunks = 3;
/** How far past the visible part of a column chunks are built, before they come into sight. */
const kMargin = '1500px 0px';

const by_pane = new WeakMap();

/** The lazy column of a `.column-text` element, if it is one. */
export const lazy_column_of = (pane) => by_pane.get(pane);

export class LazyColumn {
  /**
   * @param {string} text
   * @param {number[]} starts  where its chunks start (chunk_starts)
   * @param {import('./mark_index.js').MarkIndex} index  its marks are added there
   * @param {(mark: HTMLElement, piece: object, in_order: boolean) => void} on_mark
   */
  constructor(text, starts, index, on_mark) {
    this.text = text;
    this.bounds = [0, ...starts, text.length];
    this.index = index;
    this.on_mark = on_mark;
    this.lists = Array.from({ length: this.bounds.length - 1 }, () => []); // highlights per chunk
    this.keys = new Map(); // "layer:id" -> the chunks holding its highlights
    this.chunks = [];
    this.built = new Uint8Array(this.lists.length);
    this.observer = null;
    index.lazy.push(this);
  }

  /** Sorts the highlights into the chunks they touch, pausing when the slice is spent. */
  async add_highlights(highlights, slicer) {
    const { bounds, lists, keys } = this;
    const length = this.text.length;
    for (let i = 0; i < highlights.length; i++) {
      const h = highlights[i];
      const start = Math.max(0, Math.min(length, h.start));
      const end = Math.max(0, Math.min(length, h.end));
      if (end <= start) continue;
      const key = `${h.layer}:${h.id}`;
      let chunks = keys.get(key);
      if (!chunks) keys.set(key, (chunks = []));
      for (let c = this.chunk_of(start); c < lists.length && bounds[c] < end; c++) {
        lists[c].push(h);
        if (chunks[chunks.length - 1] !== c) chunks.push(c);
      }
      if (i % 1024 === 1023 && slicer.due()) await slicer.pause();
    }
  }

  /** The chunk holding text position `pos`. */
  chunk_of(pos) {
    let lo = 0;
    let hi = this.lists.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.bounds[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The chunks, empty but for the first few, to put in the column's `.column-text`. */
  fragment() {
    const fragment = document.createDocumentFragment();
    for (let c = 0; c < this.lists.length; c++) {
      const chunk = document.createElement('div');
      chunk.className = 'chunk';
      const height = chunk_height(this.text, this.bounds[c], this.bounds[c + 1]);
      chunk.style.containIntrinsicBlockSize = `auto ${height}`;
      chunk.style.blockSize = height; // an empty chunk takes its text's room until it is built
      this.chunks.push(chunk);
      fragment.append(chunk);
    }
    for (let c = 0; c < Math.min(kFirstChunks, this.chunks.length); c++) this.build(c, true);
    return fragment;
  }

  /** Once the column is in the page: builds chunks as they near the column's visible part. */
  watch(pane) {
    by_pane.set(pane, this);
    // Wide screens: each column scrolls on its own, so it is the root whose margin counts;
    // narrow ones: the page scrolls.
    const scrolls = ['auto', 'scroll'].includes(getComputedStyle(pane).overflowY);
    this.observer = new IntersectionObserver((entries) => {
      let any = false;
      for (const entry of entries) if (entry.isIntersecting) any = this.build(this.chunks.indexOf(entry.target)) || any;
      if (any) this.index.filled();
    }, { root: scrolls ? pane : null, rootMargin: kMargin });
    this.chunks.forEach((chunk, c) => this.built[c] || this.observer.observe(chunk));
  }

  /** Makes chunk `c`'s text and marks; false when it was built already. */
  build(c, in_order = false) {
    if (c < 0 || this.built[c]) return false;
    this.built[c] = 1;
    const chunk = this.chunks[c];
    const made = [];
    for (const piece of piece_stream(this.bounds[c + 1], this.lists[c], [], this.bounds[c])) {
      const node = piece_node(this.text, piece);
      chunk.append(node);
      if (piece.layers.length) made.push(node, piece);
    }
    chunk.style.blockSize = '';
    this.observer?.unobserve(chunk);
    for (let i = 0; i < made.length; i += 2) this.on_mark(made[i], made[i + 1], in_order);
    return true;
  }

  /** Builds the chunks holding highlights of `key`. */
  fill_key(key) {
    let any = false;
    for (const c of this.keys.get(key) || []) any = this.build(c) || any;
    if (any) this.index.filled();
  }

  /** fill_key, pausing when the slice is spent (what is built so far is in the index then). */
  async fill_key_sliced(key, slicer) {
    let any = false;
    try {
      for (const c of this.keys.get(key) || []) {
        any = this.build(c) || any;
        if (any && slicer.due()) {
          this.index.filled();
          any = false;
          await slicer.pause();
        }
      }
    } finally {
      if (any) this.index.filled();
    }
  }

  fill_all() {
    let any = false;
    for (let c = 0; c < this.chunks.length; c++) any = this.build(c) || any;
    if (any) this.index.filled();
  }

  /** Builds `chunk` and, from it in `direction` (1 or -1), the first chunk where a highlight
   * that passes `test` starts: the next such item's first mark, wherever it is, is then in the
   * page (a highlight reaching into a chunk from the one before is not a new item there). */
  fill_toward(chunk, direction, test) {
    const from = this.chunks.indexOf(chunk);
    if (from < 0) return;
    let any = this.build(from);
    for (let c = from + direction; c >= 0 && c < this.chunks.length; c += direction) {
      if (this.lists[c].some((h) => h.start >= this.bounds[c] && test(h))) {
        any = this.build(c) || any;
        break;
      }
    }
    if (any) this.index.filled();
  }

  /** The chunk at height `y` of the screen (the last one above it, else the first). */
  chunk_at(y) {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.chunks[mid].getBoundingClientRect().top <= y) lo = mid;
      else hi = mid - 1;
    }
    return this.chunks[lo];
  }

  dispose() {
    this.observer?.disconnect();
    this.observer = null;
  }
}
