// Lights a highlight's twins: hovering or focusing a mark adds the class "twin" to every mark
// of the same passage id(s) in every column, and the status line says who shares it. Within a
// lit near passage, the marks of its differing words (data-differ) also get "differ-lit", so the
// small edits stand out on both sides while the passage is in focus.
// A mark of an entity or a disagreement lights that entity's other mentions (or the
// disagreement's other values) with "mention-twin".
// A mark in a fact (data-fact) lights the fact's sentences in every column ("fact-twin") and
// emphasises the words that matched between them (outside exact passages) with the CSS Custom
// Highlight API (`::highlight(fact-matched)`): ranges over the marks' text, so the text is not
// cut further and nothing moves (browsers without the API light the sentences without the
// emphasis).
// Focusing a mark (keyboard or click, not hover) also scrolls each other column that holds a
// counterpart out of sight so that it stands level with the focused mark.
//
// Listeners sit on the columns container (event delegation), so they survive re-rendering; only
// the index of marks is replaced after each analysis.

const kHint = 'Hover over or focus a highlighted passage or sentence to see which articles share it.';
const kMatched = 'fact-matched';

export class Twins {
  /**
   * @param {HTMLElement} container  holds the columns
   * @param {HTMLElement} status     an aria-live element for the description
   */
  constructor(container, status) {
    this.status = status;
    this.index = new Map();
    this.describe = () => '';
    this.matched = () => new Map();
    this.hovered = null;
    this.focused = null;
    this.pinned = null; // {mark, fact}: the fact chosen in the coverage view, lit alone
    this.lit = [];
    this.frame = 0;
    this.show(kHint);

    container.addEventListener('mouseover', (e) => this.hover(e.target.closest('mark')));
    container.addEventListener('mouseleave', () => this.hover(null));
    container.addEventListener('focusin', (e) => {
      this.focused = e.target.closest('mark');
      if (this.pinned && this.pinned.mark !== this.focused) this.pinned = null;
      // The counterparts to line up, in a long column's chunks not built yet (lazy_column.js).
      if (this.focused && this.index.ensure) for (const key of keys_of(this.focused, ['passage', 'fact'])) this.index.ensure(key);
      this.update();
      if (this.focused) level_counterparts(this.focused, this.lit);
    });
    container.addEventListener('focusout', () => {
      this.focused = null;
      this.update();
    });
  }

  /**
   * After each render: the new "layer:id" -> marks index, a describer for the status text
   * (passage ids, fact ids, the mark) and, per fact id, its matched words per column name.
   */
  reset(index, describe, matched = () => new Map()) {
    this.index = index;
    this.describe = describe;
    this.matched = matched;
    this.hovered = null;
    this.focused = null;
    this.pinned = null;
    this.lit = [];
    emphasise([]);
    this.show(kHint);
  }

  /** Focuses `mark` for fact `fact` alone (a sentence can be in several facts; the coverage
   * view asked for one of them). */
  focus_fact(mark, fact) {
    this.pinned = { mark, fact: String(fact) };
    if (document.activeElement === mark) this.update();
    else mark.focus({ preventScroll: true });
  }

  /** Lights again what is lit (chunks of a long column were built meanwhile), once a frame. */
  relight() {
    if (this.frame || !(this.hovered || this.focused)) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  }

  hover(mark) {
    if (mark === this.hovered) return;
    this.hovered = mark;
    this.update();
  }

  update() {
    // The pointer wins over the keyboard focus while it is on a mark, as a person expects.
    const active = this.hovered || this.focused;
    for (const mark of this.lit) mark.classList.remove('twin', 'active', 'differ-lit', 'fact-twin', 'mention-twin');
    this.lit = [];
    if (!active) {
      emphasise([]);
      this.show(kHint);
      return;
    }
    const ids = (active.dataset.passage || '').split(' ').filter(Boolean);
    for (const id of ids) {
      for (const mark of this.index.get(`passage:${id}`) || []) {
        mark.classList.add('twin');
        if (mark.dataset.differ && mark.dataset.differ.split(' ').includes(id)) mark.classList.add('differ-lit');
        this.lit.push(mark);
      }
    }
    const facts = this.pinned && this.pinned.mark === active ? [this.pinned.fact] : (active.dataset.fact || '').split(' ').filter(Boolean);
    const ranges = [];
    for (const id of facts) {
      const marks = this.index.get(`fact:${id}`) || [];
      for (const mark of marks) {
        mark.classList.add('fact-twin');
        this.lit.push(mark);
      }
      ranges.push(...matched_ranges(marks, this.matched(Number(id))));
    }
    emphasise(ranges);
    // The other mentions of its entities, the other values of its disagreements.
    for (const layer of ['entity', 'discrepancy']) {
      for (const id of (active.getAttribute(`data-${layer}`) || '').split(' ').filter(Boolean)) {
        for (const mark of this.index.get(`${layer}:${id}`) || []) {
          mark.classList.add('mention-twin');
          this.lit.push(mark);
        }
      }
    }
    active.classList.add('active');
    this.lit.push(active);
    this.show(this.describe(ids.map(Number), facts.map(Number), active));
  }

  /** The status line has room for two lines (so it never pushes the columns while hovering);
   * the whole text stays in its title and is what screen readers announce. */
  show(text) {
    this.status.textContent = text;
    this.status.title = text;
  }
}

/**
 * Ranges over the text of `marks` (each holding one text node, starting at data-start in its
 * document) for the matched words of their column: `by_name` maps a column's name to
 * [start, end) spans in its text. Pieces of an exact passage are left out: there every word
 * matches, and the passage's own shade and twin lines already say so.
 */
function matched_ranges(marks, by_name) {
  const ranges = [];
  for (const mark of marks) {
    if (mark.dataset.kind && mark.dataset.kind.includes('exact')) continue;
    const spans = by_name.get(mark.closest('.column')?.dataset.name);
    const node = mark.firstChild;
    if (!spans || !node) continue;
    const start = Number(mark.dataset.start);
    const end = start + node.length;
    for (const [s, e] of spans) {
      if (e <= start || s >= end) continue;
      const range = new Range();
      range.setStart(node, Math.max(s, start) - start);
      range.setEnd(node, Math.min(e, end) - start);
      ranges.push(range);
    }
  }
  return ranges;
}

/** The "layer:id" keys of `mark` in `layers`. */
function keys_of(mark, layers) {
  return layers.flatMap((layer) => (mark.getAttribute(`data-${layer}`) || '').split(' ').filter(Boolean).map((id) => `${layer}:${id}`));
}

function emphasise(ranges) {
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  if (ranges.length) CSS.highlights.set(kMatched, new Highlight(...ranges));
  else CSS.highlights.delete(kMatched);
}

/**
 * Scrolls every other column whose first lit mark is out of its sight so that the mark stands
 * level with `focused`. Columns scroll on their own on wide screens; on narrow ones the page
 * scrolls and this does nothing.
 */
function level_counterparts(focused, lit) {
  const own = focused.closest('.column-text');
  if (!own) return;
  const top = focused.getBoundingClientRect().top;
  const done = new Set([own]);
  for (const mark of lit) {
    const pane = mark.closest('.column-text');
    if (!pane || done.has(pane)) continue;
    done.add(pane);
    const box = pane.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    if (at.top >= box.top && at.bottom <= box.bottom) continue;
    pane.scrollTop += at.top - top;
  }
}
