// Columns that scroll together by aligned content: when a person scrolls one column, every other
// column scrolls so that the shared passage or fact nearest the top of the scrolled column that
// it also has stands at the same height as its counterpart there. A column sharing nothing with
// the scrolled one keeps its position. A checkbox turns it off.
//
// Only scrolling a person does is followed: the column that last had the wheel, a touch, a
// pointer press (its scroll bar) or a scrolling key leads; the scrolls this module makes, and
// those other parts of the page make (lining up a focused mark, revealing a chosen entity), are
// not followed, so columns never chase each other.
// Columns scroll on their own only on wide screens; on narrow ones the page scrolls and this
// does nothing (the panes do not scroll).

import { marks_of } from './mark_index.js';

const kScrollKeys = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

export class ScrollSync {
  /**
   * @param {HTMLElement} container  holds the columns (.column-text panes)
   * @param {HTMLInputElement} toggle  checked: scroll together
   * @param {() => Map<string, HTMLElement[]>} index  "layer:id" -> marks, from the last render
   */
  constructor(container, toggle, index) {
    this.container = container;
    this.toggle = toggle;
    this.index = index;
    this.lead = null; // the pane the person scrolls
    this.frame = 0;
    this.anchors = new WeakMap(); // pane -> its passage and fact marks, in text order
    const lead = (e) => {
      this.lead = e.target.closest?.('.column-text') || null;
    };
    container.addEventListener('wheel', lead, { passive: true });
    container.addEventListener('touchstart', lead, { passive: true });
    container.addEventListener('pointerdown', lead);
    container.addEventListener('keydown', (e) => {
      if (kScrollKeys.has(e.key)) lead(e);
    });
    // Input anywhere else (a tab, a chosen entity, a shortcut) ends the lead.
    for (const type of ['pointerdown', 'keydown']) {
      document.addEventListener(type, (e) => {
        if (!container.contains(e.target)) this.lead = null;
      }, true);
    }
    // Scroll events do not bubble: listen in the capture phase.
    container.addEventListener('scroll', (e) => {
      if (e.target !== this.lead || !this.toggle.checked) return;
      if (!this.frame) this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        if (this.lead) this.follow(this.lead);
      });
    }, true);
  }

  /** Scrolls every other pane to line up with `pane`. */
  follow(pane) {
    const top = pane.getBoundingClientRect().top;
    for (const other of this.container.querySelectorAll('.column-text')) {
      if (other === pane || other.scrollHeight <= other.clientHeight) continue;
      for (const mark of this.nearest(pane, top)) {
        const pair = this.counterpart(mark, pane, other);
        if (!pair) continue;
        // The counterpart's start at the height the scrolled column's start of it stands.
        const offset = pair.from.getBoundingClientRect().top - top;
        other.scrollTop += pair.to.getBoundingClientRect().top - other.getBoundingClientRect().top - offset;
        break;
      }
    }
  }

  /** The pane's anchors outward from `top`: the first one not above it, then one before, one
   * after, and so on, so the nearest one with a counterpart in a column is found first. */
  *nearest(pane, top) {
    // Read again once a long column built more of its chunks (lazy_column.js).
    const version = this.index().version || 0;
    let list = this.anchors.get(pane);
    if (!list || list.version !== version) {
      list = [...pane.querySelectorAll('mark[data-passage], mark[data-fact]')];
      list.version = version;
      this.anchors.set(pane, list);
    }
    // Marks are in text order, so their heights only grow: binary search the first below `top`.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].getBoundingClientRect().bottom < top) lo = mid + 1;
      else hi = mid;
    }
    for (let step = 0; lo + step < list.length || lo - step > 0; step++) {
      if (lo + step < list.length) yield list[lo + step];
      if (lo - step - 1 >= 0) yield list[lo - step - 1];
    }
  }

  /** The first mark in `from` and in `to` of a passage (else a fact) `mark` belongs to. */
  counterpart(mark, from, to) {
    const index = this.index();
    for (const layer of ['passage', 'fact']) {
      for (const id of (mark.dataset[layer] || '').split(' ').filter(Boolean)) {
        const marks = marks_of(index, `${layer}:${id}`); // built in a long column
        const there = marks.find((m) => to.contains(m));
        if (there) return { from: marks.find((m) => from.contains(m)) || mark, to: there };
      }
    }
    return null;
  }
}
