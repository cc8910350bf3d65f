// Moving through a word diff: "Next"/"Previous" buttons and the keys n/j and p/k step from
// change to change; the change's elements get the class "current" and keyboard focus moves to
// it, so a screen reader reads it. Side by side, the other side scrolls to line up with it.
// A move's two ends are linked: hovering or focusing one lights both ("twin"), and a click or
// Enter on one goes to the other.
//
// Listeners sit on the diff body (event delegation), so they survive re-rendering.

import { describe_change } from './diff_view.js';

const kHint = 'Step through the changes with n or j (next) and p or k (previous), or the buttons.';

export class DiffNavigator {
  /**
   * @param {{body:HTMLElement, status:HTMLElement, prev:HTMLButtonElement, next:HTMLButtonElement}} ui
   * @param {() => boolean} is_active  whether the diff is on screen (keys act only then)
   */
  constructor(ui, is_active) {
    this.ui = ui;
    this.changes = [];
    this.current = 0;
    this.lit = [];
    ui.prev.addEventListener('click', () => this.step(-1));
    ui.next.addEventListener('click', () => this.step(+1));
    document.addEventListener('keydown', (e) => {
      if (!is_active() || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const direction = { n: 1, j: 1, p: -1, k: -1 }[e.key];
      if (!direction) return;
      e.preventDefault();
      this.step(direction);
    });
    const body = ui.body;
    body.addEventListener('focusin', (e) => {
      const node = e.target.closest('[data-change]');
      if (!node) return;
      this.mark_current(Number(node.dataset.change));
      this.light(node);
    });
    body.addEventListener('focusout', () => this.light(null));
    body.addEventListener('mouseover', (e) => this.light(e.target.closest('[data-move]') || body.querySelector(':focus')));
    body.addEventListener('mouseleave', () => this.light(body.querySelector(':focus')));
    body.addEventListener('click', (e) => {
      const end = e.target.closest('[data-move]');
      if (end) this.other_end(end);
    });
    body.addEventListener('keydown', (e) => {
      const end = e.target.closest('[data-move]');
      if (end && e.key === 'Enter') {
        e.preventDefault();
        this.other_end(end);
      }
    });
  }

  /** After each render: the changes in order. `keep`: the same diff in another layout, so the
   * change the reader was at stays the current one. */
  reset(changes, keep = false) {
    const current = keep ? this.current : 0;
    this.changes = changes;
    this.current = 0;
    this.lit = [];
    this.update_buttons();
    this.show(changes.length ? kHint : '');
    if (current && current <= changes.length) this.mark_current(current);
  }

  step(direction) {
    if (!this.changes.length) return;
    const target = Math.min(this.changes.length, Math.max(1, this.current + direction));
    this.go(target);
  }

  /** Focuses change `number` (1-based) and brings it, and its counterpart, into view. */
  go(number) {
    const body = this.ui.body;
    const side = body.querySelector('.diff-side');
    const all = [...body.querySelectorAll(`[data-change="${number}"]`)];
    const real = all.filter((n) => !n.classList.contains('diff-gap'));
    // The newer text is the reference: a move is shown where it went, a change in B where it is.
    const target = real.find((n) => n.closest('[data-side="b"], [data-side="inline"]') && n.dataset.end !== 'from') || real[0];
    if (!target) return;
    target.focus({ preventScroll: true });
    if (!side) {
      target.scrollIntoView({ block: 'center' });
    } else {
      // Bring the panes on screen, then line the counterpart up with the target.
      const box = side.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) side.scrollIntoView({ block: 'end' });
      const counterpart = all.find((n) => n.closest('.diff-text') !== target.closest('.diff-text'));
      align(target, counterpart);
    }
    this.mark_current(number);
  }

  mark_current(number) {
    if (number === this.current && this.ui.body.querySelector('.current')) return;
    for (const node of this.ui.body.querySelectorAll('.current')) node.classList.remove('current');
    for (const node of this.ui.body.querySelectorAll(`[data-change="${number}"]`)) node.classList.add('current');
    this.current = number;
    this.update_buttons();
    const change = this.changes[number - 1];
    if (change) this.show(describe_change(change, this.changes.length));
  }

  /** Lights both ends of the move under the pointer or focus. */
  light(node) {
    for (const n of this.lit) n.classList.remove('twin');
    this.lit = [];
    if (!node || !node.dataset.move) return;
    this.lit = [...this.ui.body.querySelectorAll(`[data-move="${node.dataset.move}"]`)];
    for (const n of this.lit) n.classList.add('twin');
  }

  /** From one end of a move to the other. */
  other_end(end) {
    const other = [...this.ui.body.querySelectorAll(`[data-move="${end.dataset.move}"]`)].find((n) => n.dataset.end !== end.dataset.end);
    if (!other) return;
    other.focus({ preventScroll: true });
    if (other.closest('.diff-side')) align(other, end);
    else other.scrollIntoView({ block: 'center' });
  }

  update_buttons() {
    this.ui.prev.disabled = this.current <= 1;
    this.ui.next.disabled = this.current >= this.changes.length;
  }

  show(text) {
    this.ui.status.textContent = text;
    this.ui.status.title = text;
  }
}

/** How far `node` is below the top of its scrolling pane, in pixels. */
const offset_in = (node) => node.getBoundingClientRect().top - node.closest('.diff-text').getBoundingClientRect().top;

/** Scrolls `node`'s pane so that it is `offset` pixels below the pane's top (as near as the
 * pane can scroll); returns where it ended up. */
function scroll_to(node, offset) {
  node.closest('.diff-text').scrollTop += offset_in(node) - offset;
  return offset_in(node);
}

/**
 * Side by side: puts `target` a third of the way down its pane and `counterpart` (in the other
 * pane) at the same height. Near the start of a text a pane cannot scroll far enough, so each
 * side settles for where the other could go (the space after the text covers the end).
 */
function align(target, counterpart) {
  const wanted = scroll_to(target, target.closest('.diff-text').clientHeight / 3);
  if (!counterpart) return;
  const got = scroll_to(counterpart, wanted);
  if (Math.abs(got - wanted) > 1) scroll_to(target, got);
}

/** Keys typed into a field or a list are not commands. */
function typing(target) {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA') return true;
  return target.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}
